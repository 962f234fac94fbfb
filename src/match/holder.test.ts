import { describe, expect, it } from 'vitest';
import './setup.ts';
import { hitIndex, holderBefore } from './holder.ts';

const holder = (text: string, word: string) => holderBefore(text, hitIndex(text, word));

describe('holderBefore', () => {
  it('reads the side of the party named right before a stance word', () => {
    expect(holder('Zelensky said Ukraine was ready for a ceasefire', 'ready')).toBe('ukraine');
    expect(holder('Sources told Reuters that Putin expressed willingness to consider a freeze', 'willingness')).toBe('russia');
    expect(holder("the Kremlin's readiness for talks", 'readiness')).toBe('russia');
    expect(holder('contingent upon Washington making more substantial concessions', 'substantial concessions')).toBe('usa');
  });

  it('names no holder across a pronoun, a comma or a long gap', () => {
    expect(holder('Putin told Trump he was ready to talk', 'ready')).toBeNull();
    expect(holder('Putin, whom few expected to move, is ready', 'ready')).toBeNull();
    expect(holder('Putin remains, according to officials in several capitals, unwilling', 'unwilling')).toBeNull();
  });

  it('finds a stance word whose words before it were folded ("declared its willingness")', () => {
    expect(holder('Russia has declared its willingness to engage in ceasefire negotiations', 'has willingness')).toBe('russia');
  });
});
