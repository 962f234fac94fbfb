"""Writes eval/tune8/u##-*.json from batch1-6.txt: '# Title' then the page's sentences, one paragraph.
Every page is unrelated (expect: []). Run from the repo root: python3 eval/tune8/gen/make.py"""
import json, re, pathlib

HERE = pathlib.Path(__file__).parent
OUT = HERE.parent
# Pages or sentences that speak to a corpus claim after all, under the labelling policy: left out.
SKIP_PAGES = {'Zelensky: Ukraine needs security guarantees, not just a ceasefire',  # 000: Ukraine insists on security guarantees
              'Kremlin says no Putin–Trump contacts planned before inauguration',  # 004: no call planned; 000: the inauguration on January 20
              'Kremlin: US 28-point plan could be basis for settlement'}  # ceding parts of Donetsk: 002's claims given up
SKIP_SENTENCES = {'Russian forces have made steady gains in the Donetsk region this year.',  # 004: Russian forces' gains
                  'Most Ukrainians still oppose territorial concessions to Russia, the poll found.'}  # 000: Ukraine insists on full territorial restoration
# Dates in the months the pages tell of (2024-11 … 2026-03), one per batch page in order.
DATES = ['2025-08-19', '2025-02-21', '2025-03-10', '2025-05-16', '2024-12-02', '2025-08-08', '2025-07-10', '2025-05-22', '2025-07-28', '2025-09-12',
         '2025-06-04', '2025-05-21', '2025-02-14', '2025-05-29', '2025-07-10',
         '2025-04-24', '2025-04-07', '2025-06-08', '2025-01-13', '2025-12-19', '2025-03-04', '2025-07-25', '2025-05-14', '2025-01-01', '2025-06-21',
         '2025-08-01', '2025-06-25', '2025-08-03', '2025-09-29', '2025-04-12',
         '2025-11-13', '2025-12-20', '2025-09-22', '2025-06-27', '2025-09-03', '2025-09-08', '2025-10-15', '2025-07-05', '2025-05-13', '2025-11-19',
         '2025-01-03', '2025-04-30', '2025-10-02', '2025-10-22', '2025-05-27',
         '2024-11-15', '2024-11-21', '2024-11-20', '2024-07-05', '2024-11-13', '2024-12-06', '2024-11-25', '2025-01-15', '2025-08-07', '2024-12-07',
         '2024-12-10', '2024-12-02', '2024-11-26', '2024-12-09', '2024-11-29',
         '2025-06-18', '2025-10-23', '2025-05-08', '2025-07-02', '2025-08-05', '2025-10-06', '2025-12-01', '2025-07-10', '2025-08-12', '2025-08-04',
         '2025-05-12', '2025-09-09', '2025-07-23', '2025-07-01', '2025-10-30',
         '2025-05-16', '2025-10-17', '2025-04-10', '2025-10-16', '2025-11-28', '2025-11-21', '2025-05-11', '2025-10-23']
n = 0
for f in OUT.glob('u*.json'):
    f.unlink()
for batch in ['batch1.txt', 'batch2.txt', 'batch3.txt', 'batch4.txt', 'batch5.txt', 'batch6.txt']:
    for block in re.split(r'^# ', (HERE / batch).read_text(), flags=re.M):
        if not block.strip():
            continue
        title, body = block.split('\n', 1)
        date = DATES[n]
        n += 1
        if title in SKIP_PAGES:
            continue
        sentences = [s for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["”]))\s+(?=[A-Z"“])', body.strip()) if s and s not in SKIP_SENTENCES]
        slug = re.sub(r'[^a-z0-9]+', '-', title.lower()).strip('-')[:40].rstrip('-')
        page = {'title': title, 'kind': 'unrelated', 'outlet': 'wire or newspaper style (written for this set)', 'date': date,
                'sentences': [{'text': s, 'expect': []} for s in sentences]}
        (OUT / f'u{n:02d}-{slug}.json').write_text(json.dumps(page, indent=2, ensure_ascii=False) + '\n')
print(n, 'pages read')
