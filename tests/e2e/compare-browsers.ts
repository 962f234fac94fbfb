/**
 * node --import tsx tests/e2e/compare-browsers.ts [PAGE...]
 *
 * Opens each sample page (default: every page in examples/expectations.json)
 * in Chromium and in Firefox with the built extension, and prints where the
 * two disagree: statements marked in one only, and per statement the matches
 * (relation, report, why) found in one only. The matcher runs the same code in
 * both, so any difference points at engine-dependent behaviour.
 */
import type { TabState } from '../../src/messaging/protocol.ts';
import { callBackground, launch, loadExpectations, openAndSettle, startServer, type BrowserKind } from './harness/index.ts';

type Statements = TabState['statements'];
const key = (m: Statements[number]['matches'][number]) => `${m.relation} ${m.report.id} #${m.statement.id}`;

async function main(pages: string[]): Promise<number> {
  const server = await startServer();
  const results: Record<BrowserKind, Map<string, Statements>> = { chromium: new Map(), firefox: new Map() };
  try {
    for (const kind of ['chromium', 'firefox'] as const) {
      const session = await launch(kind);
      try {
        for (const page of pages) {
          const p = await openAndSettle(session, server.url(`/examples/${page}`));
          results[kind].set(page, (await callBackground(session, 'tabState', { tabId: p.tabId })).statements);
          await p.page.close();
        }
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  let differences = 0;
  for (const page of pages) {
    const c = results.chromium.get(page) ?? [];
    const f = results.firefox.get(page) ?? [];
    const texts = [...new Set([...c.map((s) => s.text), ...f.map((s) => s.text)])];
    const lines: string[] = [];
    for (const text of texts) {
      const a = c.find((s) => s.text === text);
      const b = f.find((s) => s.text === text);
      const ka = new Map((a?.matches ?? []).map((m) => [key(m), m]));
      const kb = new Map((b?.matches ?? []).map((m) => [key(m), m]));
      const onlyA = [...ka.keys()].filter((k) => !kb.has(k));
      const onlyB = [...kb.keys()].filter((k) => !ka.has(k));
      if (!onlyA.length && !onlyB.length) continue;
      lines.push(`  “${text}”${!a ? ' (marked in Firefox only)' : !b ? ' (marked in Chromium only)' : ''}`);
      for (const k of onlyA) lines.push(`    chromium only: ${k} — ${ka.get(k)!.why}`);
      for (const k of onlyB) lines.push(`    firefox only:  ${k} — ${kb.get(k)!.why}`);
    }
    differences += lines.length;
    console.log(`${page}: ${c.length} statements in Chromium, ${f.length} in Firefox${lines.length ? '' : ', same matches'}`);
    for (const l of lines) console.log(l);
  }
  return differences ? 1 : 0;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
main(args.length ? args : Object.keys(loadExpectations())).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
