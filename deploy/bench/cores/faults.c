#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <pthread.h>
#include <sys/mman.h>
/* The cost of first touching anonymous memory (a page fault per page), in one thread and then in two threads of
 * one process at once (as Spark's task threads share one JVM), with 4 KiB pages and then with transparent huge
 * pages asked for by madvise (as -XX:+UseTransparentHugePages does for the heap).
 *   faults        2 GiB touched per thread, 256 MiB mapped and unmapped at a time */
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static int huge;
static void* work(void*tag){
  size_t sz=(size_t)256<<20; long pages=0; double t=now();
  for(int r=0;r<8;r++){
    char*p=mmap(0,sz,PROT_READ|PROT_WRITE,MAP_PRIVATE|MAP_ANONYMOUS,-1,0);
    if(p==MAP_FAILED){perror("mmap");exit(1);}
    if(huge) madvise(p,sz,MADV_HUGEPAGE);
    for(size_t i=0;i<sz;i+=4096){p[i]=1;pages++;}
    munmap(p,sz);
  }
  double f=now()-t;
  printf("%s pages, %s: %ld x 4 KiB touched in %.2f s (%.2f us per 4 KiB)\n",huge?"huge":"4 KiB",(char*)tag,pages,f,f/pages*1e6);
  fflush(stdout); return 0;
}
int main(){
  for(huge=0;huge<2;huge++){
    work("one thread");
    pthread_t a,b; pthread_create(&a,0,work,"two threads, a"); pthread_create(&b,0,work,"two threads, b");
    pthread_join(a,0); pthread_join(b,0);
  }
  return 0;
}
