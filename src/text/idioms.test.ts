import { describe, expect, it } from 'vitest';
import '../match/setup.ts';
import { terms } from './tokens.ts';

const shareTerm = (a: string, b: string) => terms(a).some((t) => terms(b).includes(t));

describe('news idioms', () => {
  it.each([
    ['was sworn in on January 20', 'the January 20 inauguration', 'inaugur'],
    ['before Trump takes office', 'ahead of the inauguration', 'inaugur'],
    ['the biggest war since World War Two', 'since the Second World War', 'worldwar2'],
    ['relations are at their lowest point', 'relations at an all-time low', 'nadir'],
    ['the first face-to-face talks', 'the first direct talks', 'direct'],
    ['a bargaining chip in negotiations', 'leverage in talks', 'leverag'],
    ['the US gave Kyiv the green light', 'the US authorization', 'author'],
    ['Moscow could drop its claim to the regions', 'relinquish its claims over the regions', 'relinquish'],
  ])('"%s" and "%s" meet on one term', (a, b, t) => {
    expect(terms(a).map((x) => x.slice(0, t.length))).toContain(t);
    expect(shareTerm(a, b)).toBe(true);
  });

  it('does not read "called off the talks" as a phone call, nor "a drone strike" as a deal', () => {
    expect(terms('Washington called off the talks')).not.toContain(terms('phone call')[0]);
    expect(terms('they struck a deal')).toContain('agre');
    expect(terms('a drone strike on the refinery')).not.toContain('agre');
  });
});
