"""Writes /work/h5/eval/holdout5/*.json from topic.py and unrelated.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from topic import PAGES as TOPIC
from unrelated import PAGES as UNREL

HERE = os.path.dirname(os.path.abspath(__file__))
# run from /work/h5/gen (draft) or from eval/holdout5/gen (the copy kept with the split)
PARENT = os.path.dirname(HERE)
OUT = PARENT if os.path.basename(PARENT) == "holdout5" else os.path.join(PARENT, "eval", "holdout5")

def expect(bundle):
    seen = {}
    out = []
    for rep, st, rel in bundle:
        k = (rep, st.lower())
        if k in seen:
            if seen[k] != rel:
                raise SystemExit(f"statement {st!r} of {rep} given {seen[k]} and {rel}")
            continue
        seen[k] = rel
        out.append({"report": rep, "statement": st, "relation": rel})
    return out

def write(page, kind):
    sents = []
    for s in page["s"]:
        if isinstance(s, str):
            sents.append({"text": s, "expect": []})
        else:
            text, bundle = s
            sents.append({"text": text, "expect": expect(bundle)})
    doc = {"title": page["title"], "kind": kind, "outlet": page["outlet"], "date": page["date"]}
    if page.get("note"):
        doc["note"] = page["note"]
    doc["sentences"] = sents
    with open(os.path.join(OUT, page["id"] + ".json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write("\n")

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"):
        os.remove(os.path.join(OUT, f))
for p in TOPIC:
    write(p, "topic")
for p in UNREL:
    for s in p["s"]:
        assert isinstance(s, str), (p["id"], s)
    write(p, "unrelated")
print(f"wrote {len(TOPIC)} topic + {len(UNREL)} unrelated pages")
