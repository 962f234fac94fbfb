"""Writes /work/t9/eval/tune9/*.json from topic.py and unrelated.py (run: python3 gen.py)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from claims import exp
import topic, unrelated

HERE = os.path.dirname(os.path.abspath(__file__))
# run from /work/t9/gen/ (draft) or from eval/tune9/gen/ (copy in the split): write next to the split
OUT = os.path.dirname(HERE) if os.path.basename(os.path.dirname(HERE)) == "tune9" else os.path.join(HERE, "..", "eval", "tune9")
OUT = os.path.normpath(OUT)
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"):
        os.remove(os.path.join(OUT, f))

ids = set()
def write(pid, page):
    assert pid not in ids, pid
    ids.add(pid)
    with open(os.path.join(OUT, pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(page, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

for p in topic.PAGES:
    write(p["id"], {
        "title": p["title"], "kind": "topic", "outlet": p["outlet"], "date": p["date"],
        "sentences": [{"text": t, "expect": exp(*names)} for t, names in p["sentences"]],
    })
for p in unrelated.PAGES:
    page = {"title": p["title"], "kind": "unrelated", "outlet": p["outlet"], "date": p["date"]}
    if p.get("note"):
        page["note"] = p["note"]
    page["sentences"] = [{"text": t, "expect": []} for t in p["sentences"]]
    write(p["id"], page)
print(f"wrote {len(ids)} pages to {OUT}")
