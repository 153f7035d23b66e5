"""A seeded random graph with communities, shaped like a co-authorship graph, as a CSV edge list.

Usage: /usr/bin/python3 community_graph.py N M COMMUNITIES P_INSIDE SEED OUT.csv
M edge draws: with probability P_INSIDE both ends in one of COMMUNITIES equal communities, else uniform;
integer weights 1..3; repeated draws add up; self-loops skipped. Vertex ids are v0..v(N-1).
"""
import random
import sys


def main():
    n, m, k = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    p_inside, seed, out = float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
    rng = random.Random(seed)
    size = (n + k - 1) // k
    weights = {}
    draws = 0
    while draws < m:
        u = rng.randrange(n)
        if rng.random() < p_inside:
            base = (u // size) * size
            v = base + rng.randrange(min(size, n - base))
        else:
            v = rng.randrange(n)
        if u == v:
            continue
        a, b = (u, v) if u < v else (v, u)
        weights[(a, b)] = weights.get((a, b), 0) + rng.randint(1, 3)
        draws += 1
    with open(out, "w") as f:
        f.write("src,dst,weight\n")
        for (a, b), w in sorted(weights.items()):
            f.write(f"v{a},v{b},{w}\n")


if __name__ == "__main__":
    main()
