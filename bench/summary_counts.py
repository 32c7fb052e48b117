#!/usr/bin/env python3
"""The straightforward way to count: json.load every file, collections.Counter
per variant and question — answer codes, don't know and refused — for the
completed interviews. No validation, relevance or deduplication.

usage: summary_counts.py DIR...
"""
import collections, json, os, sys

counts = collections.defaultdict(collections.Counter)
respondents = collections.Counter()
files = invalid = 0
for folder in sys.argv[1:]:
    for name in sorted(os.listdir(folder)):
        if name.startswith(".") or not name.endswith(".json"):
            continue
        files += 1
        try:
            with open(os.path.join(folder, name), "rb") as f:
                doc = json.load(f)
        except (OSError, ValueError):
            invalid += 1
            continue
        if doc.get("status") != "complete":
            continue
        variant = doc.get("variant")
        respondents[variant] += 1
        for qid, value in doc.get("answers", {}).items():
            c = counts[(variant, qid)]
            if isinstance(value, list):
                c.update(value)
            elif isinstance(value, dict):
                c["(" + str(value.get("special")) + ")"] += 1
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                c[str(value)] += 1
            else:
                c[str(value)] += 1
json.dump({"files": files, "invalid": invalid, "respondents": respondents,
           "questions": {"%s/%s" % k: dict(v) for k, v in sorted(counts.items())}},
          sys.stdout, ensure_ascii=False)
print()
