#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
/* random reads (dependent chain) and a sequential sum over 1 GiB: one process, then two at once */
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void work(const char*tag){
  size_t n=(size_t)1<<27; uint64_t*a=malloc(n*8); uint64_t x=88172645463325252ULL;
  for(size_t i=0;i<n;i++){x^=x<<13;x^=x>>7;x^=x<<17;a[i]=x%n;}
  double t=now(); uint64_t p=0; for(long i=0;i<20000000;i++) p=a[p]; double r=now()-t;
  t=now(); uint64_t s=0; for(int k=0;k<4;k++) for(size_t i=0;i<n;i++) s+=a[i]; double q=now()-t;
  printf("%s random %.2f s sequential %.2f s (%lu)\n",tag,r,q,(unsigned long)(p+s)); fflush(stdout);
}
int main(){ work("one"); for(int i=0;i<2;i++) if(fork()==0){work(i?"two-b":"two-a");_exit(0);} while(wait(NULL)>0); }
