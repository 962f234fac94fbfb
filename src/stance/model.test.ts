import { describe, expect, it } from 'vitest';
import shipped from '../../data/stance-model.json';
import { dequantiseRows, loadStanceModel, MlpStanceModel, STANCES, topStance, type PreparedBody } from './model.ts';

const model = loadStanceModel(shipped);

describe('the shipped stance model', () => {
  it('loads and gives probabilities that sum to 1', () => {
    const p = model.predict('Storm hits the coast', model.prepareBody('A storm hit the coast on Monday.'));
    const sum = STANCES.reduce((a, s) => a + p[s], 0);
    expect(sum).toBeCloseTo(1, 6);
    for (const s of STANCES) expect(p[s]).toBeGreaterThanOrEqual(0);
  });

  it('calls an obviously unrelated pair unrelated', () => {
    const body = model.prepareBody(
      'Apple unveiled its new iPhone on Tuesday at an event in Cupertino. The phone has a larger screen and a faster chip, ' +
        'and will go on sale next month, the company said.',
    );
    expect(topStance(model.predict('Islamic State militants seize town in northern Iraq', body))).toBe('unrelated');
  });

  it('gives a related label to a clearly related pair, full article or one sentence', () => {
    const headline = 'Russian troops crossed the border into Ukraine, Kiev says';
    const long = model.prepareBody(
      'Russian troops crossed the border into eastern Ukraine overnight, officials in Kiev said on Tuesday. ' +
        'A column of tanks and armoured vehicles crossed the border near Luhansk, the Ukrainian military said. ' +
        'Moscow has not commented on the report.',
    );
    const short = model.prepareBody('Russian troops crossed the border into Ukraine, Ukrainian officials said.');
    expect(topStance(model.predict(headline, long))).not.toBe('unrelated');
    expect(topStance(model.predict(headline, short))).not.toBe('unrelated');
  });

  it('leans to disagree when the body calls the claim a hoax', () => {
    const body = model.prepareBody(
      'The story that a spider burrowed into a tourist\'s stomach is a hoax. Doctors denied the report, saying it was fake ' +
        'and that no such patient had ever been treated.',
    );
    const p = model.predict('Spider burrowed through tourist\'s stomach and up into his chest', body);
    expect(p.disagree).toBeGreaterThan(p.agree);
  });

  it('prepares bodies as plain JSON that predicts the same after a round trip', () => {
    const headline = 'Police confirm the bridge collapsed';
    const body = model.prepareBody('The bridge collapsed on Friday morning, police confirmed. Nobody was hurt.');
    const copy = JSON.parse(JSON.stringify(body)) as PreparedBody;
    expect(model.predict(headline, copy)).toEqual(model.predict(headline, body));
  });

  it('refuses a body prepared by another model', () => {
    const body = { ...model.prepareBody('Some text.'), m: 'deadbeef' };
    expect(() => model.predict('Some text', body)).toThrow(/prepared by model deadbeef/);
  });
});

describe('loadStanceModel', () => {
  it('refuses malformed input with a clear message', () => {
    expect(() => loadStanceModel(null)).toThrow('stance model: expected a JSON object, got null');
    expect(() => loadStanceModel([1, 2])).toThrow(/expected a JSON object, got an array/);
    expect(() => loadStanceModel({ format: 'something-else' })).toThrow(/invalid model file: format: must be "second-source-stance"/);
    const { hidden: _hidden, ...noHidden } = shipped as Record<string, unknown>;
    expect(() => loadStanceModel(noHidden)).toThrow(/invalid model file: .*hidden/);
  });

  it('refuses weights of the wrong size', () => {
    const bad = { ...(shipped as Record<string, unknown>), b1: [0, 1, 2] };
    expect(() => loadStanceModel(bad)).toThrow('stance model: b1 has 3 values, expected 64');
    const badRows = { ...(shipped as Record<string, unknown>), headRows: { q: 'AAAA', scale: 'AAAA' } };
    expect(() => loadStanceModel(badRows)).toThrow(/headRows\.q holds 3 weights, expected/);
  });

  it('refuses a scale that is not finite when loading, before any row is used', () => {
    const json = shipped as unknown as { headRows: { q: string; scale: string } };
    const scales = new Float32Array(Buffer.from(json.headRows.scale, 'base64').buffer.slice(0));
    scales[7] = Infinity;
    const bad = { ...(shipped as Record<string, unknown>), headRows: { q: json.headRows.q, scale: Buffer.from(scales.buffer).toString('base64') } };
    expect(() => loadStanceModel(bad)).toThrow('stance model: headRows.scale[7] is not finite');
  });

  it('gives, with rows turned into floats as first used, what it gives with every row turned at load', () => {
    const lazy = loadStanceModel(shipped) as MlpStanceModel;
    const json = shipped as unknown as { headRows: { q: string; scale: string }; bodyRows: { q: string; scale: string } };
    const { hidden: H, vocab } = lazy.weights;
    const eager = new MlpStanceModel(
      { ...lazy.weights, headRows: dequantiseRows(json.headRows, vocab.length, H, 'headRows'), bodyRows: dequantiseRows(json.bodyRows, vocab.length, H, 'bodyRows') },
      lazy.id,
    );
    const texts = [
      'Kremlin spokesman Dmitry Peskov said the goals of the operation had not changed.',
      'Apple unveiled its new iPhone on Tuesday at an event in Cupertino.',
      'Islamic State militants seize town in northern Iraq',
      'The ceasefire talks collapsed after the delegation walked out, officials said.',
    ];
    for (const h of texts) for (const b of texts) expect(lazy.predict(h, lazy.prepareBody(b))).toEqual(eager.predict(h, eager.prepareBody(b)));
  });
});
