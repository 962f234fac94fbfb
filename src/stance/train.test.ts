import { describe, expect, it } from 'vitest';
import { loadStanceModel, serialiseModel, type Stance } from './model.ts';
import { splitByBody, trainStanceModel, type Pair } from './train.ts';

/** A tiny synthetic FNC-1: a few topics, bodies that confirm, deny, discuss, and unrelated pairings. */
function synthetic(): { bodies: Map<string, string>; pairs: Pair[] } {
  const topics = [
    ['volcano', 'erupted near the village', 'lava'],
    ['senator', 'resigned from office', 'scandal'],
    ['bank', 'collapsed after the run', 'depositors'],
    ['whale', 'washed ashore on the beach', 'marine'],
    ['actor', 'was cast as the new hero', 'studio'],
    ['tunnel', 'flooded during the storm', 'commuters'],
  ];
  const bodies = new Map<string, string>();
  const pairs: Pair[] = [];
  const kinds: [Stance, (t: string[]) => string][] = [
    ['agree', (t) => `Officials confirmed the ${t[0]} ${t[1]}. The ${t[2]} story is true, witnesses said.`],
    ['disagree', (t) => `Reports that the ${t[0]} ${t[1]} are a hoax. Officials denied it and said the story was fake.`],
    ['discuss', (t) => `The ${t[0]} reportedly ${t[1]}, according to unconfirmed claims. It may or may not be so.`],
  ];
  topics.forEach((t, i) => {
    kinds.forEach(([stance, body], k) => {
      const id = String(i * 3 + k);
      bodies.set(id, body(t));
      pairs.push({ headline: `The ${t[0]} ${t[1]}`, bodyId: id, stance });
      const other = topics[(i + 1) % topics.length]!;
      pairs.push({ headline: `The ${other[0]} ${other[1]}`, bodyId: id, stance: 'unrelated' });
    });
  });
  return { bodies, pairs };
}

describe('training', () => {
  it('is reproducible: the same seed gives byte-identical weights', () => {
    const { bodies, pairs } = synthetic();
    const opts = { hidden: 8, epochs: 3, batch: 8, vocabSize: 200, minDf: 1 };
    const a = JSON.stringify(serialiseModel(trainStanceModel(bodies, pairs, opts)));
    const b = JSON.stringify(serialiseModel(trainStanceModel(bodies, pairs, opts)));
    expect(a).toBe(b);
    const c = JSON.stringify(serialiseModel(trainStanceModel(bodies, pairs, { ...opts, seed: 7 })));
    expect(c).not.toBe(a);
  });

  it('learns the synthetic data and round-trips through the shipped format', () => {
    const { bodies, pairs } = synthetic();
    const weights = trainStanceModel(bodies, pairs, { hidden: 16, epochs: 40, batch: 8, vocabSize: 300, minDf: 1, dropout: 0 });
    const model = loadStanceModel(JSON.parse(JSON.stringify(serialiseModel(weights))));
    let correct = 0;
    for (const p of pairs) {
      const probs = model.predict(p.headline, model.prepareBody(bodies.get(p.bodyId)!));
      const top = (Object.keys(probs) as Stance[]).reduce((x, y) => (probs[x] >= probs[y] ? x : y));
      if (top === p.stance) correct++;
    }
    expect(correct / pairs.length).toBeGreaterThan(0.8);
  });
});

describe('splitByBody', () => {
  it('puts no body on both sides and is seeded', () => {
    const { pairs } = synthetic();
    const { train, heldOut, heldOutBodies } = splitByBody(pairs, 0.3, 1);
    expect(heldOut.length).toBeGreaterThan(0);
    for (const p of train) expect(heldOutBodies.has(p.bodyId)).toBe(false);
    for (const p of heldOut) expect(heldOutBodies.has(p.bodyId)).toBe(true);
    expect(train.length + heldOut.length).toBe(pairs.length);
    expect(splitByBody(pairs, 0.3, 1).heldOutBodies).toEqual(heldOutBodies);
  });
});
