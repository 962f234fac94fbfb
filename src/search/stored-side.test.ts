import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../match/setup.ts';
import { readBackground, readReports, readStanceJson, ROOT } from '../../cli/lib/corpus.ts';
import { matchSentence } from '../match/matcher.ts';
import { loadStance } from '../match/stance.ts';
import { compileCorpus } from './build.ts';
import { Corpus } from './corpus.ts';
import { STORE_SIDES_UP_TO } from './stored-side.ts';

const reports = readReports();
const bundle = compileCorpus(reports, '2026-01-01T00:00:00Z', readBackground());
const stance = loadStance(readStanceJson());

describe('stored statement sides', () => {
  it('are stored for the bundled corpus, one per statement', () => {
    expect(bundle.statements.length).toBeLessThanOrEqual(STORE_SIDES_UP_TO);
    expect(bundle.sides).toHaveLength(bundle.statements.length);
  });

  it('read back, equal the sides made from the text, field by field and in order', () => {
    // The sides are made first, frame hits and all (a made side finds them on first read): reading stored sides keeps
    // their frame hits as frameHits' answer for the text.
    const made = Corpus.fromBundle(JSON.parse(JSON.stringify(bundle)), readBackground(), stance);
    const sides = made.statements.map((_, i) => made.side(i));
    for (const s of sides) void s.frames;
    const stored = Corpus.fromBundle(JSON.parse(JSON.stringify(bundle)), readBackground(), stance, { storedSides: true });
    for (let i = 0; i < made.statements.length; i++) {
      const a = stored.side(i);
      const b = sides[i]!;
      expect(a.hits).not.toBe(b.hits);
      expect(Object.keys(a), `statement ${i}`).toEqual(Object.keys(b));
      expect([...a.terms]).toEqual([...b.terms]);
      expect([...a.names]).toEqual([...b.names]);
      expect([...a.frames]).toEqual([...b.frames]);
      expect(a).toEqual(b);
    }
  });

  it('give the same matches as sides made from the text (every eval sentence)', () => {
    const stored = Corpus.fromBundle(JSON.parse(JSON.stringify(bundle)), readBackground(), stance, { storedSides: true });
    const made = Corpus.fromBundle(JSON.parse(JSON.stringify(bundle)), readBackground(), stance);
    const evalDir = path.join(ROOT, 'eval');
    const sentences = readdirSync(evalDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(path.join(evalDir, d.name)).filter((f) => f.endsWith('.json')).map((f) => path.join(evalDir, d.name, f)))
      .flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { sentences?: { text: string }[] }).sentences ?? [])
      .map((s) => s.text);
    expect(sentences.length).toBeGreaterThan(200);
    for (const s of sentences) expect(matchSentence(stored, s), s).toEqual(matchSentence(made, s));
  });

  it('are read only when asked for (Node makes its sides from the text)', () => {
    const plain = Corpus.fromBundle(JSON.parse(JSON.stringify(bundle)), readBackground(), stance);
    expect((plain as unknown as { sides: unknown[] }).sides.filter(Boolean)).toHaveLength(0);
  });
});
