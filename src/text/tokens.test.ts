import { describe, expect, it } from 'vitest';
import { term, terms } from './tokens.ts';

describe('terms: a ceasefire where the armies stand is a freeze', () => {
  it('reads a ceasefire, a halt or talks "along / based on the current front lines" as a freeze', () => {
    expect(terms('Putin was open to a ceasefire based on the existing front lines.')).toContain('freez');
    expect(terms('He offered to halt the invasion along the current front line.')).toContain('freez');
    expect(terms('openness to negotiations based on the current frontlines')).toContain('freez');
    expect(terms('Putin was ready to halt the war along the present front.')).toContain('freez');
    expect(terms('a ceasefire along the existing lines')).toContain('freez');
  });

  it('does not read fighting or advances along the front line as a freeze', () => {
    expect(terms('Russian troops advanced along the current front line.')).not.toContain('freez');
    expect(terms('Heavy fighting continued along the front line on Sunday.')).not.toContain('freez');
    expect(terms('A ceasefire was agreed along the border.')).not.toContain('freez');
  });
});

describe('reporters are not the report', () => {
  it('gives "told reporters" a term of its own, apart from "the FT report"', () => {
    expect(terms('told reporters')).toEqual(['journalist']);
    expect(terms('the FT report')).not.toContain('journalist');
    expect(terms('journalists and a reporter')).toEqual(['journalist', 'journalist']);
  });
});

describe('numbers and stems', () => {
  it('keeps a number with separators as one term, so "10,000" is not two shared words', () => {
    expect(terms('over 10,000 North Korean troops')).toContain('10,000');
    expect(terms('over 10,000 North Korean troops')).not.toContain('000');
    expect(terms('99.5% of the region')).toContain('99.5');
  });

  it('keeps a permission apart from the author of a story', () => {
    expect(terms('the US authorization')).not.toContain(terms('the author of the story')[0]);
  });
});

describe('stem collisions', () => {
  it('does not read a company "operating" a pipeline as a military "operation"', () => {
    expect(term('operating')).not.toBe(term('operation'));
    expect(term('operations')).toBe(term('operation'));
  });

  it('does not read "positive" as a position, "residents" as a residence or "related" as relations', () => {
    expect(term('positive')).not.toBe(term('position'));
    expect(term('residents')).not.toBe(term('residence'));
    expect(term('related')).not.toBe(term('relations'));
    // The groups themselves still meet.
    expect(term('aims')).toBe(term('position'));
    expect(term('residents')).toBe(term('resident'));
  });
});

describe('"us" is a pronoun', () => {
  it('drops "us" as it drops "we"; the country is named by its alias, not by this word', () => {
    expect(terms("That's all from us today, thank you for following.")).toEqual(['thank', 'follow']);
  });
});

describe('news synonyms', () => {
  it('reads a ploy as a tactic, capitulation as surrender, rapid as quick, hope as optimism, a win as a victory, allowed as permission', () => {
    expect(term('manoeuvre')).toBe(term('tactic'));
    expect(term('capitulation')).toBe(term('surrender'));
    expect(term('rapid')).toBe(term('quick'));
    expect(term('hoped')).toBe(term('optimism'));
    expect(term('win')).toBe(term('victory'));
    expect(term('allowed')).toBe(term('authorization'));
  });
});

describe('compounds with a particle', () => {
  it('keeps a "phone-in" and a "year-end" whole: no phone call, no end', () => {
    expect(terms("Putin's year-end press conference and phone-in lasted four and a half hours.")).not.toContain(term('call'));
    expect(terms("Putin's year-end press conference")).not.toContain(term('end'));
    expect(terms('the pull-out of troops')).toContain(term('withdrawal'));
  });
});

describe('officials are people', () => {
  it('does not read "officials" as the "official" of an official (formal) offer', () => {
    expect(term('officials')).not.toBe(term('official'));
    expect(term('official')).toBe(term('formal'));
  });
});
