#!/usr/bin/env python3
"""Fallback generator of valid, realistic response files for the benchmark
(used only when `wijk generate` is not available). Reads the bundled
questionnaires through `wijk questionnaire show --format json`.

usage: gen_responses.py WIJK COUNT OUTDIR [SEED]
"""
import json, os, random, re, subprocess, sys, uuid

wijk, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
os.makedirs(out, exist_ok=True)

variants = {}
for v in ("wijkteam", "migrantenorganisatie"):
    text = subprocess.run([wijk, "questionnaire", "show", "--variant", v, "--format", "json"],
                          check=True, capture_output=True, text=True).stdout
    variants[v] = json.loads(text)

GEMEENTEN = ["Utrecht", "Amsterdam", "Rotterdam", "Den Haag", "Eindhoven", "Tilburg", "Groningen",
             "Almere", "Breda", "Nijmegen", "Arnhem", "Haarlem", "Zwolle", "Leiden", "Deventer"]
WORDS = ("bewoners wijkteam vertrouwen taal drempel gezin jongeren moeders sleutelfiguren spreekuur "
         "organisatie samenwerking hulpvraag schulden zorg huisvesting buurt contact netwerk").split()

def sentence(n):
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."

def relevant(expr, answers):
    if not expr:
        return True
    py = re.sub(r"\$\{(\w+)\}", lambda m: "A.get(%r)" % m.group(1), expr)
    py = py.replace("true()", "True").replace("false()", "False")
    py = re.sub(r"(?<![<>!=])=(?!=)", "==", py)
    return bool(eval(py, {}, {"A": answers}))

def stamp(day, sec):
    return "2026-%02d-%02dT%02d:%02d:%02d.000Z" % (1 + day // 28, 1 + day % 28, sec // 3600 % 24, sec // 60 % 60, sec % 60)

def answer(q, lists):
    t = q["type"]
    if q.get("allowDontKnow") and rng.random() < 0.05:
        return {"special": "dontKnow"}
    if t == "single":
        codes = [c["value"] for c in lists[q["choices"]] if c["value"] != "anders"]
        return rng.choice(codes)
    if t == "multiple":
        codes = [c["value"] for c in lists[q["choices"]] if c["value"] not in ("anders", "geen")]
        k = rng.randint(1, min(q.get("maxSelections") or 3, len(codes)))
        return rng.sample(codes, k)
    if t == "scale":
        return rng.randint(q["scale"]["min"], q["scale"]["max"])
    if t == "integer":
        return rng.randint(int(q.get("min", 0)), min(int(q.get("max", 60)), 60))
    if t == "decimal":
        return round(rng.uniform(q.get("min", 0), q.get("max", 10)), 1)
    if t == "yesNo":
        return rng.random() < 0.6
    if t == "date":
        return "2026-%02d-%02d" % (rng.randint(1, 10), rng.randint(1, 28))
    if t == "longText":
        return " ".join(sentence(rng.randint(8, 12)) for _ in range(2))
    return sentence(3)

for i in range(count):
    v = "wijkteam" if i % 2 == 0 else "migrantenorganisatie"
    qn = variants[v]
    lists = {name: cs for name, cs in qn["choiceLists"].items()}
    gemeente = rng.choice(GEMEENTEN)
    answers = {}
    for section in qn["sections"]:
        for q in section["questions"]:
            if q["type"] == "note" or not relevant(section.get("relevant"), answers) or not relevant(q.get("relevant"), answers):
                continue
            qid = q["id"]
            if qid == "gemeente": a = gemeente
            elif qid == "organisatie": a = "%s %s %d" % ("Wijkteam" if v == "wijkteam" else "Stichting", gemeente, rng.randint(1, 40))
            elif qid == "toestemming": a = True
            elif q["type"] == "longText" and rng.random() < 0.3 and qid not in ("beeld", "aanbeveling", "verwachting_gemeente", "notities_interviewer", "geen_contact_reden", "ondersteuning_welke"): continue
            else: a = answer(q, lists)
            answers[qid] = a
    day, sec = rng.randint(0, 250), rng.randint(0, 86399)
    audit = [{"at": stamp(day, sec + k), "event": "answer", "question": k2, "old": None, "new": answers[k2]}
             for k, k2 in enumerate(list(answers)[:4])]
    audit.append({"at": stamp(day, sec + 3600), "event": "complete"})
    doc = {"format": "wijk-response", "formatVersion": 1, "id": str(uuid.UUID(int=rng.getrandbits(128))),
           "questionnaire": {"id": qn["settings"]["id"], "version": qn["settings"]["version"]},
           "variant": v, "status": "complete", "interviewer": "Interviewer %d" % rng.randint(1, 12),
           "device": "laptop-%02d" % rng.randint(1, 12), "createdAt": stamp(day, sec),
           "updatedAt": stamp(day, sec + 3600), "completedAt": stamp(day, sec + 3600),
           "answers": answers, "remarks": {}, "audit": audit}
    with open(os.path.join(out, doc["id"] + ".json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
