#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/wait.h>
/* Dependent random reads, one process and then two at once.
 *   walk dram   a chain over 1 GiB (DRAM latency), then a sequential sum over it
 *   walk MB     a random cyclic permutation over MB megabytes (cache-sized arrays) */
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void dram(const char*tag){
  size_t n=(size_t)1<<27; uint64_t*a=malloc(n*8); uint64_t x=88172645463325252ULL;
  for(size_t i=0;i<n;i++){x^=x<<13;x^=x>>7;x^=x<<17;a[i]=x%n;}
  double t=now(); uint64_t p=0; for(long i=0;i<20000000;i++) p=a[p]; double r=now()-t;
  t=now(); uint64_t s=0; for(int k=0;k<4;k++) for(size_t i=0;i<n;i++) s+=a[i]; double q=now()-t;
  printf("%s random %.2f s sequential %.2f s (%lu)\n",tag,r,q,(unsigned long)(p+s)); fflush(stdout);
}
static void cache(size_t mb,const char*tag){
  size_t n=mb*(1<<20)/4; uint32_t*a=malloc(n*4);
  for(size_t i=0;i<n;i++) a[i]=i;
  uint64_t x=88172645463325252ULL;
  for(size_t i=n-1;i>0;i--){x^=x<<13;x^=x>>7;x^=x<<17;size_t j=x%(i+1);uint32_t t=a[i];a[i]=a[j];a[j]=t;}
  double t=now(); uint32_t p=0; for(long i=0;i<50000000;i++) p=a[p]; double r=now()-t;
  printf("%zu MB %s: %.1f ns per read (%u)\n",mb,tag,r/5e7*1e9,p); fflush(stdout);
}
static size_t mb;
static void work(const char*tag){ if(mb) cache(mb,tag); else dram(tag); }
int main(int c,char**v){
  if(c!=2){fprintf(stderr,"usage: walk dram | walk MB\n");return 2;}
  mb=strcmp(v[1],"dram")==0?0:(size_t)atoi(v[1]);
  work("one"); for(int i=0;i<2;i++) if(fork()==0){work(i?"two-b":"two-a");_exit(0);} while(wait(NULL)>0);
  return 0;
}
