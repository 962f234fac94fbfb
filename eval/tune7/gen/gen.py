"""Generate eval/tune7/*.json (and the page list for README.md) from topic.py and unrelated.py.

    cd /work/t7 && python3 gen/gen.py && node eval/check-pages.mjs tune7
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from topic import TOPIC  # noqa: E402
from unrelated import UNRELATED  # noqa: E402

# run from /work/t7/gen (writes ../eval/tune7) or from a copy in eval/tune7/gen (writes ..)
OUT = (os.path.dirname(HERE) if os.path.basename(os.path.dirname(HERE)) == "tune7"
       else os.path.join(HERE, "..", "eval", "tune7"))
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    if f.endswith(".json"):
        os.remove(os.path.join(OUT, f))

for p in TOPIC + UNRELATED:
    doc = {"title": p["title"], "kind": p["kind"], "outlet": p["outlet"], "date": p["date"]}
    if p.get("note"):
        doc["note"] = p["note"]
    doc["sentences"] = [{"text": t, "expect": e} for t, e in p["sentences"]]
    with open(os.path.join(OUT, p["pid"] + ".json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

# page list for the README
lines = ["| page | date | outlet style | sentences | expect a match |", "|---|---|---|--:|--:|"]
for p in TOPIC:
    m = sum(1 for _, e in p["sentences"] if e)
    lines.append(f"| `{p['pid']}` | {p['date']} | {p['outlet'].replace(' (written for this set)', '')} | {len(p['sentences'])} | {m} |")
lines.append("")
lines.append("| page | date | outlet style | shares with the corpus's vocabulary |")
lines.append("|---|---|---|---|")
for p in UNRELATED:
    lines.append(f"| `{p['pid']}` | {p['date']} | {p['outlet'].replace(' (written for this set)', '')} | {p['shares']} |")
with open(os.path.join(HERE, "pagelist.md"), "w", encoding="utf-8") as fh:  # for README.md
    fh.write("\n".join(lines) + "\n")
print(f"wrote {len(TOPIC)} topic + {len(UNRELATED)} unrelated pages to {os.path.normpath(OUT)}")
