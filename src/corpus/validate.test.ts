import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimReviewsIn, formatProblem, validateCorpusFiles, validatePack, MAX_LISTED_PROBLEMS } from './validate.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

const good = {
  id: 'seed-003',
  headline: 'Russia Signals Openness to Ukraine Ceasefire Talks',
  outlet: '',
  url: '',
  published: '2024-11-20',
  author: 'Michelle Larsen',
  language: 'en',
  body: 'Russia has declared its willingness to engage in ceasefire negotiations.',
  provenance: { source: '003_0d9989bd3b25f316.txt', ingestedAt: '2026-01-01T00:00:00.000Z' },
};
const file = (name: string, value: unknown) => ({ name: `data/corpus/${name}`, text: JSON.stringify(value, null, 2) });

describe('validateCorpusFiles', () => {
  it('accepts good records', () => {
    const r = validateCorpusFiles([file('seed-003.json', good)]);
    expect(r.problems).toEqual([]);
    expect(r.reports.map((x) => x.id)).toEqual(['seed-003']);
  });

  it('names file, field and reason for a broken record', () => {
    const r = validateCorpusFiles([file('seed-003.json', { ...good, published: '20 November 2024', headline: '', provenance: { ingestedAt: 'now' } })]);
    expect(r.reports).toEqual([]);
    expect(r.problems.map(formatProblem)).toEqual([
      'data/corpus/seed-003.json: headline: must not be empty',
      'data/corpus/seed-003.json: published: must be an ISO date (YYYY-MM-DD) or empty',
      'data/corpus/seed-003.json: provenance.source: is missing',
      'data/corpus/seed-003.json: provenance.ingestedAt: must be an ISO date or timestamp',
    ]);
  });

  it('reports wrong types, unknown fields and impossible dates', () => {
    const r = validateCorpusFiles([file('seed-003.json', { ...good, author: 42, publised: '2024-11-20', published: '2024-02-31' })]);
    expect(r.problems.map(formatProblem)).toEqual([
      'data/corpus/seed-003.json: publised: is not a known field',
      'data/corpus/seed-003.json: author: must be a string, not a number',
    ]);
    const r2 = validateCorpusFiles([file('seed-003.json', { ...good, published: '2024-02-31' })]);
    expect(r2.problems.map(formatProblem)).toEqual(['data/corpus/seed-003.json: published: is not a real calendar date (2024-02-31)']);
    const r3 = validateCorpusFiles([file('seed-003.json', { ...good, published: '2024-11-20 or so' })]);
    expect(r3.problems.map(formatProblem)).toEqual(['data/corpus/seed-003.json: published: must be an ISO date (YYYY-MM-DD) or empty']);
  });

  it('reports JSON syntax errors with their position', () => {
    const r = validateCorpusFiles([{ name: 'data/corpus/bad.json', text: '{\n  "id": "bad",\n  "headline": "x",,\n}' }]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ file: 'data/corpus/bad.json', field: 'json' });
    expect(r.problems[0]!.reason).toBe(`invalid JSON at line 3, column 19: expected a double-quoted property name, found ","`);
    const r2 = validateCorpusFiles([{ name: 'data/corpus/bad.json', text: '{"id": "bad",\n "headline": }' }]);
    expect(formatProblem(r2.problems[0]!)).toBe('data/corpus/bad.json: json: invalid JSON at line 2, column 14: expected a value, found "}"');
    const r3 = validateCorpusFiles([{ name: 'data/corpus/bad.json', text: '{"id": "bad"' }]);
    expect(r3.problems[0]!.reason).toBe("invalid JSON at line 1, column 13: expected ',' or '}', found the end");
  });

  it('reports duplicate ids across files and ids that do not match the file name', () => {
    const r = validateCorpusFiles([file('seed-003.json', good), file('copy.json', good)]);
    expect(r.problems.map(formatProblem)).toEqual([
      'data/corpus/copy.json: id: must match the file name (the file is copy.json, the id is "seed-003")',
      'data/corpus/copy.json: id: duplicate id "seed-003" (also in data/corpus/seed-003.json)',
    ]);
    expect(r.reports).toHaveLength(1);
  });

  it('validates the committed corpus', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = join(import.meta.dirname, '..', '..', 'data', 'corpus');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ name: `data/corpus/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
    const r = validateCorpusFiles(files);
    expect(r.problems).toEqual([]);
    expect(r.reports.map((x) => x.id)).toEqual(expect.arrayContaining(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']));
  });
});

describe('validatePack', () => {
  const pack = { version: 1, name: 'My pack', reports: [good, { ...good, id: 'other' }] };

  it('accepts a pack', () => {
    const r = validatePack(JSON.stringify(pack), 'my.json');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.format).toBe('pack');
      expect(r.pack.reports.map((x) => x.id)).toEqual(['seed-003', 'other']);
    }
  });

  it('refuses a pack with a wrong version or duplicate ids, as a whole', () => {
    const r = validatePack(JSON.stringify({ ...pack, version: 2, reports: [good, good] }), 'my.json');
    expect(r).toEqual({ ok: false, total: 2, problems: ['version: must be 1', 'reports[1].id: duplicate id "seed-003" (also reports[0])'] });
  });

  it('lists at most the first 20 problems, with their paths', () => {
    const reports = Array.from({ length: 30 }, (_, i) => ({ ...good, id: `r${i}`, published: 'yesterday' }));
    const r = validatePack(JSON.stringify({ ...pack, reports }), 'big.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.total).toBe(30);
      expect(r.problems).toHaveLength(MAX_LISTED_PROBLEMS);
      expect(r.problems[3]).toBe('reports[3].published: must be an ISO date (YYYY-MM-DD) or empty');
    }
  });

  it('refuses what is neither a pack nor ClaimReview, and broken JSON', () => {
    expect(validatePack('[1, 2]', 'x.json')).toMatchObject({ ok: false, total: 1 });
    const broken = validatePack('{"version": 1,', 'x.json');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]).toMatch(/^invalid JSON/);
  });

  it('accepts schema.org ClaimReview JSON-LD and maps each review to a report', () => {
    const text = readFileSync(join(FIXTURES, 'claimreview.jsonld'), 'utf8');
    const r = validatePack(text, 'claimreview.jsonld', { now: '2026-01-01T00:00:00.000Z' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.format).toBe('claimreview');
    expect(r.pack.reports).toHaveLength(2);
    const [a, b] = r.pack.reports;
    expect(a).toMatchObject({
      headline: 'Trump and Putin had as many as seven phone calls after Trump left office in 2021.',
      outlet: 'Example Fact Check',
      url: 'https://factcheck.example/reviews/putin-trump-calls',
      published: '2024-10-15',
      claimReview: { claim: 'Trump and Putin had as many as seven phone calls after Trump left office in 2021.', rating: 'Unproven', reviewer: 'Example Fact Check' },
      provenance: { source: 'claimreview.jsonld#0', ingestedAt: '2026-01-01T00:00:00.000Z' },
    });
    expect(a!.body).toContain('Unproven');
    expect(a!.body).toContain('The Kremlin denied that any such calls took place');
    expect(a!.id).toMatch(/^claimreview-[0-9a-f]{8}$/);
    expect(b!.published).toBe('2025-03-17');
    expect(b!.id).not.toBe(a!.id);
  });

  it('accepts a single ClaimReview object and an array of them', () => {
    const one = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'A claim that was checked.', url: 'https://x.example/1', author: { name: 'Checker' }, reviewRating: { alternateName: 'False' } };
    expect(claimReviewsIn(one)).toHaveLength(1);
    expect(validatePack(JSON.stringify(one), 'one.json').ok).toBe(true);
    expect(validatePack(JSON.stringify([one, { ...one, url: 'https://x.example/2' }]), 'two.json')).toMatchObject({ ok: true });
  });

  it('refuses a ClaimReview file with an invalid review, naming it', () => {
    const bad = { '@type': 'ClaimReview', claimReviewed: '', datePublished: 'last week', author: { name: 'Checker' } };
    const r = validatePack(JSON.stringify([bad]), 'bad.jsonld');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toContain('reports[0].headline: must not be empty');
      expect(r.problems).toContain('reports[0].published: must be an ISO date (YYYY-MM-DD) or empty');
    }
  });
});
