#!/usr/bin/env python3
"""Writes two coders' `.codings` files (docs/coding-format.md) for a folder of
generated interviews, as `wijk code auto` would with the rules bench/agreement.sh
uses, but in one pass: at 200,000 interviews running `code auto` 36 times takes
long. Python's re (IGNORECASE) stands in for NSRegularExpression here; the
output only has to be a realistic volume of codings for benchmarks.

usage: bench/make_codings.py DATA_FOLDER [--every]
  --every  the heaviest case instead: both coders code every answer to the three
           questions (one or two codes each, picked from the text's hash), and
           disagree on about one answer in ten
"""
import json, os, re, sys

data = sys.argv[1]
every = "--every" in sys.argv[2:]
questions = ["beeld", "aanbeveling", "verwachting_gemeente"]
rules = {
    "anna": [("taal", "taal|nederlands"), ("schaamte", "schaamte|schamen"),
             ("netwerk", "imam|buurtmoeder|netwerk"), ("vertrouwen", "vertrouw")],
    "bert": [("taal", "taal|nederlands"), ("schaamte", "schaamte|schamen"),
             ("netwerk", "imam|buurtmoeder|netwerk"), ("vertrouwen", "vertrouw|bang")],
}
compiled = {c: [(code, pattern, re.compile(pattern, re.I)) for code, pattern in rs] for c, rs in rules.items()}


def fingerprint(text):
    h = 0xcbf29ce484222325
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return "fnv1a64:%016x" % h


codings = {c: [] for c in rules}
for name in sorted(os.listdir(data)):
    if not name.endswith(".json") or name.startswith("."):
        continue
    try:
        r = json.load(open(os.path.join(data, name), encoding="utf-8"))
    except Exception:
        continue
    answers = r.get("answers") or {}
    for q in questions:
        text = answers.get(q)
        if not isinstance(text, str) or not text:
            continue
        fp = fingerprint(text)
        if every:
            h = int(fp[-8:], 16)
            names = ["taal", "schaamte", "vertrouwen", "netwerk"]
            first = [names[h % 4]] + ([names[(h >> 4) % 4]] if h & 0x100 else [])
            second = first if h % 10 else [names[(h >> 8) % 4]]
            for coder, codes in (("anna", first), ("bert", second)):
                for code in sorted(set(codes)):
                    codings[coder].append((r["id"], q, code, fp, "every"))
            continue
        for coder, rs in compiled.items():
            for code, pattern, rx in rs:
                if rx.search(text):
                    codings[coder].append((r["id"], q, code, fp, pattern))

codebook = {"format": "wijk-codebook", "formatVersion": 1, "codes": [
    {"id": i, "guid": "00000000-0000-4000-8000-00000000000%d" % n, "name": i.capitalize(), "description": "",
     "parent": p, "color": None}
    for n, (i, p) in enumerate([("drempels", None), ("taal", "drempels"), ("schaamte", "drempels"),
                                ("vertrouwen", None), ("netwerk", None)])]}
folder = os.path.join(data, "coding")
os.makedirs(folder, mode=0o700, exist_ok=True)
with open(os.path.join(folder, "codebook.codes"), "w", encoding="utf-8") as f:
    json.dump(codebook, f, ensure_ascii=False, indent=2)
for coder, items in codings.items():
    items.sort(key=lambda t: (t[0], t[1], t[2], t[3]))
    doc = {"format": "wijk-codings", "formatVersion": 1, "coder": coder, "codings": [
        {"interview": i, "question": q, "fingerprint": fp, "code": c, "origin": "rule", "rule": p}
        for i, q, c, fp, p in items]}
    path = os.path.join(folder, coder + ".codings")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)
    print(coder, len(items), file=sys.stderr)
