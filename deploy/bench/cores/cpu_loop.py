import time, multiprocessing as mp, sys
def burn(n):
    t=time.time(); s=0
    for i in range(n): s+=i*i%7
    return time.time()-t
if __name__=='__main__':
    n=30_000_000
    t=time.time(); burn(n); one=time.time()-t
    with mp.Pool(2) as p:
        t=time.time(); p.map(burn,[n,n]); two=time.time()-t
    print(f"one process {one:.2f} s; two processes at once {two:.2f} s; throughput ratio {2*one/two:.2f}x")
