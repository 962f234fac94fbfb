import { describe, expect, it } from 'vitest';
import { ENTITY_ALIASES, canonicalEntity, entitiesOf, findEntities, normaliseEntityPhrases } from './entities.ts';

describe('canonicalEntity', () => {
  it.each([
    ['Zelensky', 'zelensky'], ['Zelenskiy', 'zelensky'], ['Zelenskyy', 'zelensky'], ['zelenskiy', 'zelensky'],
    ['Kyiv', 'ukraine'], ['Kiev', 'ukraine'], ['FT', 'financial-times'], ['Financial Times', 'financial-times'], ['ft', 'financial-times'],
    ['Peskov', 'peskov'], ['Kremlin spokesman', 'peskov'], ["Putin's spokesperson", 'peskov'], ['Putin’s spokesperson', 'peskov'],
    ['U.S.', 'usa'], ['United States', 'usa'], ['Washington', 'usa'], ['Witkoff', 'witkoff'], ['Ushakov', 'ushakov'],
    ['Gerasimov', 'gerasimov'], ['Kursk', 'kursk'], ['Crimea', 'crimea'], ['Lugansk', 'luhansk'], ['Zaporozhye', 'zaporizhzhia'],
    ['NATO', 'nato'], ['Reuters', 'reuters'], ['Bloomberg', 'bloomberg'], ['RIA Novosti', 'ria-novosti'], ['financialtimes', 'financial-times'],
  ])('%s → %s', (token, id) => {
    expect(canonicalEntity(token)).toBe(id);
  });

  it('leaves everyday words alone', () => {
    expect(canonicalEntity('us')).toBeUndefined();
    expect(canonicalEntity('talks')).toBeUndefined();
    expect(canonicalEntity('president')).toBeUndefined();
  });

  it('resolves titles by the report date', () => {
    expect(canonicalEntity('President-elect', '2024-11-20')).toBe('trump');
    expect(canonicalEntity('President-elect', '2020-12-01')).toBe('biden');
    expect(canonicalEntity('President-elect', '2025-03-01')).toBeUndefined();
    expect(canonicalEntity('President-elect')).toBeUndefined();
    expect(canonicalEntity('former President', '2023-06-01')).toBe('trump');
    expect(canonicalEntity('former President', '2025-06-01')).toBe('biden');
  });

  it('every alias maps back to its own entity', () => {
    for (const [id, info] of Object.entries(ENTITY_ALIASES)) {
      for (const alias of info.aliases) {
        if (['US', 'UN', 'RIA', 'AP'].includes(alias)) continue; // exact-case only
        expect([id, alias]).toEqual([canonicalEntity(alias), alias]);
      }
    }
  });
});

describe('findEntities / entitiesOf', () => {
  it('normalises spellings and adds implied entities', () => {
    expect(entitiesOf('Zelenskiy met officials in Kiev.')).toEqual(['zelensky', 'ukraine']);
    expect(entitiesOf('Dmitry Peskov, Putin’s spokesperson, emphasized')).toEqual(['peskov', 'kremlin', 'russia']);
    expect(entitiesOf('the Kremlin spokesman said')).toEqual(['peskov', 'kremlin', 'russia']);
  });

  it('"President-elect" without a name is Trump between the 2024 election and inauguration', () => {
    expect(entitiesOf('The President-elect said he would end the war.', '2024-11-20')).toEqual(['trump']);
    expect(entitiesOf('The President-elect said he would end the war.', '2025-02-01')).toEqual([]);
    // A name after the title decides, whatever the date.
    expect(entitiesOf('former US President Joe Biden', '2023-06-01')).toEqual(['usa', 'biden']);
  });

  it('respects case where it changes the word', () => {
    expect(entitiesOf('Let us roast a turkey in May.')).toEqual([]);
    expect(entitiesOf('The US and Turkey')).toEqual(['usa', 'turkey']);
  });

  it('reads "the Biden administration" as the United States that decides, not Biden the man', () => {
    expect(entitiesOf('The Biden administration let Kyiv fire ATACMS missiles into Russia.')).toEqual(['usa', 'ukraine', 'russia']);
    expect(entitiesOf('Joe Biden called the war an imperial land grab.')).toEqual(['biden']);
  });

  it('prefers the longest alias', () => {
    const m = findEntities('as reported by the Washington Post and the Financial Times');
    expect(m.map((x) => x.entity)).toEqual(['washington-post', 'financial-times']);
  });

  it('rewrites names as single tokens for the search index', () => {
    expect(normaliseEntityPhrases('The Financial Times said Kiev and the U.S. agreed.')).toBe('The financialtimes said ukraine and the usa agreed.');
    expect(normaliseEntityPhrases('The President-elect spoke.', '2024-11-20')).toBe('The trump spoke.');
  });
});

describe('findEntities on text whose lower case changes length', () => {
  it('still finds the names, at their places ("İ" lower-cases to two characters)', () => {
    const text = 'İzmir officials said Putin and Trump spoke on Monday.';
    const found = findEntities(text).map((m) => [m.entity, text.slice(m.start, m.end)]);
    expect(found).toEqual([['putin', 'Putin'], ['trump', 'Trump']]);
  });
});

describe('names written in lower case on purpose', () => {
  it('reads "russia", "putin" and "the kremlin" as Ukrainian outlets write them, but not "trump" the word', () => {
    expect(entitiesOf('the newspaper wrote that the kremlin offered to stop the war, and putin agreed')).toEqual(expect.arrayContaining(['kremlin', 'russia', 'putin']));
    expect(entitiesOf('russia could give up its claims')).toContain('russia');
    expect(entitiesOf('a card that would trump the others')).not.toContain('trump');
  });
});
