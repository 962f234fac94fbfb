import { describe, expect, it } from 'vitest';
import { findAttributions } from './attribution.ts';

const who = (s: string, published = '') => findAttributions(s, { published }).map((a) => [a.speakerId ?? a.speaker, a.verb]);

describe('findAttributions', () => {
  it.each([
    ['“It was constructive,” Peskov said.', [['peskov', 'said']]],
    ['“Goals remain unchanged,” said Peskov.', [['peskov', 'said']]],
    ['The U.S. has proposed its own ideas, according to the FT.', [['financial-times', 'according to']]],
    ['Putin suggested ending the war along the front lines, as reported by the Financial Times on Tuesday.', [['putin', 'suggested'], ['financial-times', 'reported by']]],
    ['Sources familiar with the discussion told Reuters that Putin expressed willingness to talk.', [['reuters', 'told']]],
    ['The Kremlin called it “an attempted provocation” by Ukraine.', [['kremlin', 'called']]],
    ['“There is pressure on Kyiv,” a European official was quoted as saying by the FT.', [['a European official', 'quoted as saying']]],
    ['Russia is open to talks with the incoming administration, Bloomberg reports.', [['bloomberg', 'reports']]],
    ['The Kremlin’s statement, relayed by spokesman Dmitry Peskov, follows a Reuters report.', [['peskov', 'relayed by']]],
    ['Dmitry Peskov, Putin’s spokesperson, emphasized that the objectives have not shifted.', [['peskov', 'emphasized']]],
    ['Peskov, however, noted that the president remains open to dialogue.', [['peskov', 'noted']]],
    ['Sources mentioned by the FT indicated that Putin might be ready to withdraw.', [['financial-times', 'indicated']]],
    ['However, European officials quoted by the newspaper cautioned that this could be a tactic.', [['European officials quoted by the newspaper', 'cautioned']]],
    ['Ukrainian officials, backed by the US and EU, have repeatedly called for a 30-day ceasefire.', [['Ukrainian officials', 'called']]],
    ['Ukrainian officials remain sceptical, with President Volodymyr Zelensky stating: “Words are cheap.', [['zelensky', 'stating']]],
    ['Trump himself has mentioned to NBC that he has not yet spoken with Putin.', [['trump', 'mentioned']]],
    ['However, the Reuters report suggests Putin might be willing to discuss security guarantees.', [['reuters', 'suggests']]],
    ['Putin Open to Talks with Trump, But Ukraine Demands Remain Firm, Says Kremlin', [['kremlin', 'says']]],
    ['The talks were useful, said Kremlin spokesman Dmitry Peskov on Tuesday.', [['peskov', 'said']]],
    ['The ceasefire has largely held, according to residents.', [['residents', 'according to']]],
    ['Apple said it would invest $500 billion in the United States.', [['Apple', 'said']]],
  ])('%s', (sentence, expected) => {
    expect(who(sentence)).toEqual(expected);
  });

  it('gives the rejecting speaker of 002: Kremlin spokesman Peskov, with the pronoun of "as he told" folded in', () => {
    const a = findAttributions(
      'Later on Tuesday, Kremlin spokesman Dmitry Peskov rejected the Financial Times report, stating, “Many false claims are being made,” as he told RIA Novosti.',
    );
    expect(a).toEqual([{ speaker: 'Kremlin spokesman Dmitry Peskov', speakerId: 'peskov', verb: 'rejected', text: 'Kremlin spokesman Dmitry Peskov rejected' }]);
  });

  it('does not take an object or a possessive for a speaker', () => {
    // The sentence's subject is Putin, cut off by an aside; Trump is the object of "with".
    expect(who('Russian President Vladimir Putin, in a rare direct phone conversation with US President-elect Donald Trump indicated a shift, according to sources close to the Kremlin.')).toEqual([
      ['sources close to the Kremlin', 'according to'],
    ]);
    expect(who('Trump reportedly acknowledged Russia’s stated readiness to pursue a diplomatic path.')).toEqual([['trump', 'acknowledged']]);
    expect(who('The approaching Trump administration has added another layer of complexity.')).toEqual([]);
    expect(who('Putin expressed appreciation for Trump’s support.')).toEqual([]);
  });

  it('resolves "he" to the previous sentence’s person speaker', () => {
    const prev = { speaker: 'Vladimir Putin', speakerId: 'putin', verb: 'said', text: 'Putin said' };
    expect(findAttributions('He emphasized that progress hinges on concrete terms.', { previousSpeaker: prev })).toEqual([
      { speaker: 'Vladimir Putin', speakerId: 'putin', verb: 'emphasized', text: 'He emphasized' },
    ]);
    expect(findAttributions('He emphasized that progress hinges on concrete terms.')).toEqual([]);
  });
});
