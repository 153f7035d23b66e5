#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
/* dependent random reads over an array of MB megabytes: one process, then two at once */
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void work(size_t mb,const char*tag){
  size_t n=mb*(1<<20)/4; uint32_t*a=malloc(n*4);
  for(size_t i=0;i<n;i++) a[i]=i; uint64_t x=88172645463325252ULL;
  for(size_t i=n-1;i>0;i--){x^=x<<13;x^=x>>7;x^=x<<17;size_t j=x%(i+1);uint32_t t=a[i];a[i]=a[j];a[j]=t;}
  double t=now(); uint32_t p=0; for(long i=0;i<50000000;i++) p=a[p]; double r=now()-t;
  printf("%zu MB %s: %.1f ns per read (%u)\n",mb,tag,r/5e7*1e9,p); fflush(stdout);
}
int main(int c,char**v){ size_t mb=atoi(v[1]); work(mb,"one"); for(int i=0;i<2;i++) if(fork()==0){work(mb,i?"two-b":"two-a");_exit(0);} while(wait(NULL)>0); }
