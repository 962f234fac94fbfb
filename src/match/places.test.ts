import { describe, expect, it } from 'vitest';
import './setup.ts';
import { attackTargetsOf, cityInCountry, otherRegion, otherVenue, venuesOf } from './places.ts';

const never = () => false;

describe('venues of an event', () => {
  it('reads the city or country a thing happened in', () => {
    expect([...venuesOf('Talks resumed last week in Riyadh.')]).toEqual(['riyadh']);
    expect([...venuesOf('Witkoff met Putin in St. Petersburg.')]).toEqual(['st-petersburg']);
  });

  it('leaves out regions of the front, where many things happen at once', () => {
    expect(venuesOf('Fighting continued in Donetsk.').size).toBe(0);
  });

  it('sets two places for one meeting against each other', () => {
    expect(otherVenue('Direct talks resumed in Riyadh.', 'Direct talks resumed recently in Turkey.', never, never)).toEqual(['riyadh', 'turkey']);
  });

  it('does not oppose a city to the country it lies in', () => {
    expect(otherVenue('The talks in Istanbul were the first since 2022.', 'The first direct talks since 2022 were held in Turkey.', never, never)).toBeNull();
  });

  it('does not oppose a place the other side also names', () => {
    expect(otherVenue('The war in Ukraine goes on; talks were held in Riyadh.', 'Ukraine and Russia held talks in Turkey.', (id) => id === 'ukraine', (id) => id === 'ukraine')).toEqual(['riyadh', 'turkey']);
    expect(otherVenue('Talks in Riyadh covered Turkey.', 'Talks in Turkey.', (id) => id === 'turkey', never)).toBeNull();
  });
});

describe('the same venue by its country', () => {
  it('ties "resumed in Istanbul" to the talks "resumed recently in Turkey", but not a mention of Russia to Sochi', () => {
    expect(cityInCountry('Direct talks resumed in Istanbul on 16 May 2025.', 'face-to-face diplomacy, which resumed recently in Turkey')).toBe(true);
    expect(cityInCountry('Russia has not published any evidence of the attack.', 'The alleged drone attack on Putin’s Sochi residence has not been independently verified.')).toBe(false);
  });
});

describe('otherRegion', () => {
  it('tells two regions of the war apart, but not a region from what lies in it', () => {
    expect(otherRegion('Ukrainian forces have recaptured a village in the Kharkiv region', 'Gerasimov said 99.5% of the Kursk region had been recaptured')).toEqual(['kharkiv', 'kursk']);
    expect(otherRegion('Russia demands all of the Donbas', 'withdraw its military from Donetsk, Luhansk, Zaporizhzhia and Kherson')).toBeNull();
    expect(otherRegion('Russian troops advanced near Pokrovsk', 'fighting in the Donetsk region')).toBeNull();
    expect(otherRegion('Russian troops advanced near Pokrovsk', 'the talks resumed in Turkey')).toBeNull();
  });
});

describe('attackTargetsOf', () => {
  it('reads what an attack struck, by noun or verb, a capital as its city', () => {
    expect([...attackTargetsOf('Moscow hit by largest drone attack of the war')]).toEqual(['moscow']);
    expect([...attackTargetsOf("Alleged drone attack on Putin's Sochi residence")]).toEqual(['sochi']);
    expect([...attackTargetsOf('Ukraine used these missiles to strike Russian territory')]).toEqual(['russia']);
    expect([...attackTargetsOf('Putin and Trump spoke by phone for over an hour')]).toEqual([]);
  });
});
