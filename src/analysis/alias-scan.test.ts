import { describe, expect, it } from 'vitest';
import { ENTITY_ALIASES, lowerAliasMatches } from './entities.ts';

describe('the alias scan of lower-cased text', () => {
  // The pattern the scan stands in for: every alias, longest first, not inside a word.
  const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
  const aliases = Object.values(ENTITY_ALIASES)
    .flatMap((e) => e.aliases)
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${aliases.map((a) => escapeRe(a.toLowerCase())).join('|')})(?![\p{L}\p{N}])`, 'gu');

  it('finds what the alias pattern finds, where it finds it', () => {
    const texts = [
      'Kremlin spokesman Dmitry Peskov said on Monday that the goals had not changed.',
      'The U.S.-led talks, the U.S.A. and the U.K. met E.U. and U.N. envoys; the F.T. and the FT reported it.',
      "Putin's spokesman and Putin’s press secretary spoke; Ukraine’s president replied.",
      'Kievan Rus is not Kiev, and Kyiv is not Kyivstar.',
      'Erdoğan met officials of Türkiye in Ankara; OPEC+ cut output, OPEC+5 did not.',
      'x𝐀putin 𝐀putin putin𝐀 ªputin putin٣ zelenskiyy zelenskiy',
      '\ud800putin and putin\udc00',
      'Washington Post and Washington; the White House and the house.',
      '',
      'p',
    ];
    for (const t of texts) {
      const lower = t.toLowerCase();
      expect(lowerAliasMatches(lower), t).toEqual([...lower.matchAll(pattern)].map((m) => [m.index, m[0]]));
    }
  });
});
