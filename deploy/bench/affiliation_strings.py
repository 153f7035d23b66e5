"""Seeded benchmark set of distinct affiliation strings for deploy/bench/affiliation-matching.sh.

    affiliation_strings.py N SEED ROR_DUMP.json.gz OUT_DIR GOLD.csv...

Writes OUT_DIR/strings.csv (column affiliation, N distinct strings) and OUT_DIR/works/works.jsonl (OpenAlex works,
10 authorships each, one string per authorship, so the Spark resolve path sees the same N distinct strings).
Strings are variants of the gold strings and of ROR names (display names, labels, aliases): a department or lab
before, a city / postcode / country after, abbreviations (Univ., Inst., Dept.), case changes, a typo, a stray
token, a numbered footnote; a share are pure noise (random words) that should match nothing.
"""
import csv, gzip, json, os, random, sys

n, seed, ror, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
golds = sys.argv[5:]
rng = random.Random(seed)
names, places = [], []
for r in json.load(gzip.open(ror)):
    if r.get("status") != "active":
        continue
    loc = (r.get("locations") or [{}])[0].get("geonames_details", {})
    city, country = loc.get("name"), loc.get("country_name")
    for nm in r.get("names", []):
        if "acronym" not in nm["types"]:
            names.append((nm["value"], city, country))
    if city and country:
        places.append((city, country))
for g in golds:
    with open(g, encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            names.append((row["affiliation"], None, None))
units = ["Department of Physics", "Dept. of Computer Science", "School of Medicine", "Institute of Chemistry",
         "Lab. of Applied Optics", "Center for Data Science", "Faculty of Engineering", "Graduate School of Informatics",
         "Division of Cardiology", "Key Laboratory of Intelligent Systems", "Research Group Robotics",
         "Department of Electrical and Computer Engineering", "Centre for Cognitive Science", "Laboratoire de Physique"]
abbrev = [("University", "Univ."), ("Institute", "Inst."), ("Department", "Dept."), ("Technology", "Technol."),
          ("Science", "Sci."), ("Academy", "Acad."), ("Laboratory", "Lab."), ("National", "Natl."), ("Center", "Ctr.")]
words = "alpha beta gamma delta omega nova quantum vector lumen terra orbis civitas atlas meridian boreal".split()

def variant(name, city, country):
    s = name
    r = rng.random()
    if r < 0.5:
        s = rng.choice(units) + ", " + s
    if rng.random() < 0.5:
        c, k = (city, country) if city and rng.random() < 0.7 else rng.choice(places)
        s += ", " + c + (", %05d" % rng.randrange(100000) if rng.random() < 0.3 else "") + ", " + k
    if rng.random() < 0.3:
        a, b = rng.choice(abbrev)
        s = s.replace(a, b)
    if rng.random() < 0.1:
        s = s.upper() if rng.random() < 0.5 else s.lower()
    if rng.random() < 0.1 and len(s) > 8:
        i = rng.randrange(len(s) - 1)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if rng.random() < 0.1:
        s = "%d %s" % (rng.randrange(1, 20), s)
    if rng.random() < 0.1:
        s += " " + rng.choice(words)
    return s

seen = set()
os.makedirs(os.path.join(out, "works"), exist_ok=True)
with open(os.path.join(out, "strings.csv"), "w", encoding="utf-8", newline="") as f, \
        open(os.path.join(out, "works", "works.jsonl"), "w", encoding="utf-8") as w:
    cw = csv.writer(f, lineterminator="\n")
    cw.writerow(["affiliation"])
    batch = []
    work = 0
    while len(seen) < n:
        if rng.random() < 0.05:
            s = " ".join(rng.choice(words).capitalize() for _ in range(rng.randrange(2, 6))) + " %d" % rng.randrange(10**6)
        else:
            s = variant(*rng.choice(names))
        if s in seen or not s.strip():
            continue
        seen.add(s)
        cw.writerow([s])
        batch.append(s)
        if len(batch) == 10 or len(seen) == n:
            work += 1
            w.write(json.dumps({"id": "https://openalex.org/W9%09d" % work, "title": "bench work %d" % work,
                                "publication_year": 2020, "type": "article",
                                "authorships": [{"author": {"display_name": "Author %d" % i},
                                                 "raw_affiliation_strings": [a]} for i, a in enumerate(batch)]},
                               ensure_ascii=False) + "\n")
            batch = []
print(len(seen), work)
