import { describe, expect, it } from 'vitest';
import { leadSentences } from './lead.ts';

describe('leadSentences', () => {
  it('leaves out the headline the page repeats under its title, so the lead is the article\'s first three sentences', () => {
    const body = ['Kremlin spokesman Dmitry Peskov said on Friday that the goals had not changed.', 'He spoke to reporters in Moscow after the call.', 'The call lasted over an hour, the Kremlin said.', 'A fourth sentence that is not in the lead.'];
    expect(leadSentences('Kremlin: goals unchanged | The Courier', ['Kremlin: goals unchanged', ...body])).toEqual(body.slice(0, 3));
    expect(leadSentences('Kremlin says goals unchanged', ['Kremlin says goals unchanged.', ...body])).toEqual(body.slice(0, 3));
  });

  it('keeps a first sentence that only shares words with the title, and skips lines too short to tell whose story it is', () => {
    const s = ['Live', 'The Kremlin said the goals of the operation were unchanged.', 'Two', 'Peskov spoke after the call with reporters.'];
    expect(leadSentences('Kremlin says goals unchanged', s)).toEqual([s[1], s[3]]);
  });
});
