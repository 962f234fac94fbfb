"""Write holdout4's pages: python3 gen/gen.py (from /work/h4). Re-run after any edit."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from topic import TOPIC  # noqa: E402
from unrelated import UNRELATED  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "eval", "holdout4")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"):
        os.remove(os.path.join(OUT, f))

for p in TOPIC + UNRELATED:
    sents = []
    for s in p["sentences"]:
        text, labels = (s, []) if isinstance(s, str) else s
        sents.append({"text": text, "expect": [
            {"report": r, "statement": st, "relation": rel} for (r, st, rel) in labels]})
    doc = {"title": p["title"], "kind": p["kind"], "outlet": p["outlet"], "date": p["date"]}
    if p.get("note"):
        doc["note"] = p["note"]
    doc["sentences"] = sents
    with open(os.path.join(OUT, p["id"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
print(f"{len(TOPIC)} topic + {len(UNRELATED)} unrelated pages written to {os.path.normpath(OUT)}")
