import { describe, expect, it } from 'vitest';
import { IDIOMS } from './idioms.ts';
import { guard, installKnownLiterals, knownLiterals, mayMatch, requiredLiterals } from './literals.ts';

describe('requiredLiterals', () => {
  it('finds the words a pattern cannot match without', () => {
    expect(requiredLiterals(/\bcold war\b/gi)).toEqual(['cold war']);
    expect(requiredLiterals(/\b(?:lean|leans|leaning|leaned|leant) on\b/gi)).toEqual(['lean']);
    expect(requiredLiterals(/\bbargaining chips?\b/gi)).toEqual(['bargaining chip']);
    expect(requiredLiterals(/\b(?:tele)?phone[- ]call\b/gi)).toEqual(['phone']);
    expect(requiredLiterals(/Putin/)).toEqual(['putin']);
  });

  it('keeps characters next to each other only where the pattern does', () => {
    // "b{2}": the b's after the first need not be the next character.
    expect(requiredLiterals(/ab{2}c/)).toEqual(['ab']);
    // Zero-width assertions join what stands on their two sides.
    expect(requiredLiterals(/\bfoo\b(?=!)bar/)).toEqual(['foobar']);
    expect(requiredLiterals(/an? apple/)).toEqual([' apple']);
  });

  it('gives null when a branch needs no fixed text, or the syntax is not read', () => {
    expect(requiredLiterals(/cold|\d+/)).toBeNull();
    expect(requiredLiterals(/\w+/)).toBeNull();
    expect(requiredLiterals(/x\u0041/)).toBeNull();
    expect(requiredLiterals(/(a)\1/)).toBeNull();
    expect(requiredLiterals(/[]a]/)).toBeNull();
  });

  it('keeps out of the words an "s" that a case-insensitive Unicode pattern also matches as "ſ"', () => {
    expect(requiredLiterals(/stop/iu)).toEqual(['top']);
    expect(/stop/iu.test('ſtop')).toBe(true);
    expect(mayMatch(requiredLiterals(/stop/iu), 'ſtop'.toLowerCase())).toBe(true);
    expect(requiredLiterals(/\bnumber of\b/giu)).toEqual(['number of']);
    expect(requiredLiterals(/\bstop/gu)).toEqual(['stop']);
  });

  it('reads escaped marks as text', () => {
    expect(requiredLiterals(/US\$\s?\d+/gi)).toEqual(['us$']);
    expect(requiredLiterals(/approx\.\s+\d/)).toEqual(['approx.']);
  });

  it('reads every idiom', () => {
    for (const [re] of IDIOMS) expect(requiredLiterals(re), re.source).not.toBeNull();
  });

  it('never rules out a text an idiom matches (random runs of the idioms’ own words)', () => {
    // Runs of the words each idiom's pattern lists, in its order, with some words
    // dropped or taken from another idiom, in mixed case: many match, many just miss.
    const wordsOf = IDIOMS.map(([re]) => re.source.replace(/\\[a-zA-Z]/g, ' ').match(/[A-Za-z]+/g) ?? []);
    const joins = [' ', ' ', ' ', ' ', '-', ', ', ' the ', ' a ', ' its '];
    let seed = 7;
    // Math.imul: a plain product passes 2^53 and rounds, and the sequence falls into a short cycle.
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    const cased = (w: string) => (rand() < 0.15 ? w[0]!.toUpperCase() + w.slice(1) : rand() < 0.03 ? w.toUpperCase() : w);
    const needs = IDIOMS.map(([re]) => requiredLiterals(re));
    let matched = 0;
    for (let n = 0; n < 30_000; n++) {
      const ws = pick(wordsOf);
      const from = Math.floor(rand() * ws.length);
      const parts: string[] = [];
      for (let k = from; k < Math.min(ws.length, from + 2 + Math.floor(rand() * 8)); k++) {
        if (rand() < 0.5) continue;
        parts.push(cased(rand() < 0.1 ? pick(pick(wordsOf)) : ws[k]!));
      }
      const text = parts.reduce((t, w) => (t ? t + pick(joins) + w : w), rand() < 0.5 ? 'Officials said' : '');
      IDIOMS.forEach(([re], i) => {
        re.lastIndex = 0;
        if (!re.test(text)) return;
        matched++;
        expect(mayMatch(needs[i]!, text.toLowerCase()), `${re.source} on "${text}"`).toBe(true);
      });
    }
    expect(matched).toBeGreaterThan(500);
  });
});

describe('guarded patterns', () => {
  it('take their words from the installed table when it holds the very pattern, else read them', () => {
    const listed = guard(/\bquokka sightings?\b/gi);
    const changed = guard(/\bwombat sightings?\b/gi);
    installKnownLiterals({ 'gi/\\bquokka sightings?\\b': ['from the table'], 'gi/\\bwombat sighting\\b': ['stale entry'] });
    try {
      expect(listed.need()).toEqual(['from the table']);
      expect(changed.need()).toEqual(['wombat sighting']);
    } finally {
      installKnownLiterals({});
    }
  });

  it('are listed, each with the words read from it, for the build to write', () => {
    guard(/\bnumbat\b/);
    const table = knownLiterals();
    expect(table['/\\bnumbat\\b']).toEqual(['numbat']);
    for (const [key, need] of Object.entries(table)) {
      const at = key.indexOf('/');
      expect(need, key).toEqual(requiredLiterals(new RegExp(key.slice(at + 1), key.slice(0, at))));
    }
  });
});
