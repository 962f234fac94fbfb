import { describe, expect, it } from 'vitest';
import shipped from '../../data/stance-model.json';
import { loadStanceModel, MlpStanceModel, StanceModelError } from './model.ts';
import { packStanceModel, unpackStanceModel } from './packed-model.ts';

const packed = packStanceModel(shipped);
const fromJson = loadStanceModel(shipped) as MlpStanceModel;
const fromBytes = loadStanceModel(unpackStanceModel(packed)) as MlpStanceModel;

describe('the packaged stance model', () => {
  it('is the shipped model: same id, vocabulary and dense weights', () => {
    expect(fromBytes.id).toBe(fromJson.id);
    expect(fromBytes.weights.vocab).toEqual(fromJson.weights.vocab);
    for (const k of ['idf', 'denseRows', 'mean', 'std', 'b1', 'w2', 'b2'] as const) expect(fromBytes.weights[k], k).toEqual(fromJson.weights[k]);
  });

  it('predicts exactly as the shipped JSON does', () => {
    const texts = [
      'Kremlin spokesman Dmitry Peskov said the goals of the operation had not changed.',
      'Apple unveiled its new iPhone on Tuesday at an event in Cupertino.',
      'Islamic State militants seize town in northern Iraq',
      'The ceasefire talks collapsed after the delegation walked out, officials said.',
      'Trump said he had not yet spoken to Putin but expected to soon.',
    ];
    for (const h of texts) for (const b of texts) expect(fromBytes.predict(h, fromBytes.prepareBody(b))).toEqual(fromJson.predict(h, fromJson.prepareBody(b)));
  });

  it('refuses bytes that are not a packaged model, or are cut short', () => {
    expect(() => unpackStanceModel(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(StanceModelError);
    expect(() => unpackStanceModel(packed.subarray(0, 100))).toThrow(/header runs past its end/);
    expect(() => unpackStanceModel(packed.subarray(0, packed.length - 10))).toThrow(/section is missing or runs past its end/);
  });

  it('is not packed from a model that does not load', () => {
    expect(() => packStanceModel({ ...(shipped as Record<string, unknown>), b1: [0, 1, 2] })).toThrow('stance model: b1 has 3 values, expected 64');
  });
});
