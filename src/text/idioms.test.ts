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
    ['the US gave Kyiv the green light', 'the US authorization', 'permiss'],
    ['Talk costs nothing, we need deeds', 'Words are cheap. We need actions', 'cheap'],
    ['the root causes of the war', 'the fundamental causes of this crisis', 'fundament'],
    ['its forces had been pushed out of Kursk', '99.5% of the Kursk region had been liberated', 'liber'],
    ['its surprise cross-border offensive into Kursk', 'a surprise incursion last August', 'invas'],
    ['he could settle for the current line of contact', 'along the existing front lines', 'frontlin'],
    ['he could live with freezing the war where it stands', 'a possible freeze of current front lines', 'frontlin'],
    ['the two met in St Petersburg', 'at a meeting in St. Petersburg', 'meet'],
    ['agreeing how long the truce would last', 'a truce, particularly regarding its duration', 'durat'],
    ['there is no call in the diary, Peskov said', 'there are no confirmed plans for a call', 'unschedul'],
    ['the Kremlin has called the newspaper story false', 'Peskov rejected the Financial Times report', 'deni'],
    ['Washington has let Ukraine fire American ATACMS missiles into Russia', 'the US authorization for Ukraine to use ATACMS missiles', 'permiss'],
    ['the decision to let Ukraine strike inside Russia with ATACMS', 'the US authorization for Ukraine to use ATACMS missiles', 'permiss'],
    ['Moscow could drop its claim to the regions', 'relinquish its claims over the regions', 'relinquish'],
    ['Ukraine must drop its bid for NATO membership', 'Ukraine to abandon NATO aspirations', 'aspir'],
    ['the drone was knocked out of the sky before it hit anything', 'the drone was neutralised before impact', 'impact'],
    ['Putin wants the last sliver of Kursk back before any truce', 'the complete liberation of the Kursk region', 'liber'],
    ['Ukraine would stop trying to win back territory by force', 'halt military efforts to retake territory', 'liber'],
    ['a simple 30-day ceasefire first, no strings attached', 'a 30-day unconditional ceasefire', 'uncondit'],
    ['officials are due in London to go over the proposals', 'scheduled to convene in London to discuss the proposals', 'discuss'],
    ['Ukraine must pull its army out of the four annexed provinces', 'withdraw its military from the four regions', 'withdraw'],
    ['handing over maybe a fifth of the country', 'possibly ceding up to 20% of its territory', 'relinquish'],
    ['European leaders worry about a bad deal', 'growing fears of a bad deal', 'fear'],
    ['a ceasefire that leaves the front where it is', 'a freeze of the front lines', 'freez'],
    ['stop the war where the troops now stand', 'freeze the current front lines', 'freez'],
    ['his pledge to stop the war in a day', 'his promise to end the war', 'end'],
    ['the Kremlin may be dragging its feet on a ceasefire', 'delaying ceasefire negotiations', 'delai'],
    ['Kyiv has lost ground in the east', 'Kyiv has suffered setbacks in the east', 'setback'],
    ["NATO's expansion after the Cold War", "NATO's post-Cold War expansion", 'coldwar'],
    ['they hope to reach a deal within days', 'agree to a peace deal within the week', 'agre'],
    ['relations with Washington have never been worse', 'relations are at an all-time low', 'nadir'],
    ['Putin is holding off on a ceasefire until Kursk is retaken', 'Putin is delaying ceasefire negotiations', 'delai'],
    ["Monday's chat between the pair", 'a detailed two-hour phone conversation', 'call'],
    ['the call dragged on for three hours', 'the call, which lasted over an hour', 'last'],
    ['Washington cleared Kyiv to fire US-made ATACMS missiles at Russia', 'the US authorization for Ukraine to use ATACMS missiles', 'permiss'],
    ['no call between the two men has been arranged', 'there are no confirmed plans for a call', 'unschedul'],
    ["Putin blames NATO's eastward march since the end of the Cold War", "NATO's post-Cold War expansion", 'expans'],
    ["Biden likened Russia's war to an old-fashioned imperial land grab", 'reminiscent of imperial conquests', 'conquest'],
    ['Putin expressed his appreciation for Trump’s support', 'Putin thanked the US leader', 'thank'],
    ['permission to use ATACMS puts Ukraine in a stronger position at the negotiating table', 'this strengthens Ukraine’s negotiating position', 'strengthen'],
    ["permission to use ATACMS strengthened Kyiv's hand at the table", 'this strengthens Ukraine’s negotiating position', 'posit'],
    ['saying the drone was destroyed before it hit anything', 'claimed the drone was neutralised before impact', 'impact'],
    ['a date for a first Putin-Trump phone call had already been agreed', 'a call between the two has been arranged', 'arrang'],
    ['the episode may have pushed the Kremlin to adjust its stance', 'may have prompted Moscow to recalibrate its approach', 'recalibr'],
    ['the Biden administration gave Kyiv permission to use the long-range weapons', 'the US authorization for Ukraine to use ATACMS missiles', 'permiss'],
    ["a quick deal would come at Ukraine's expense", 'a quick resolution could entail significant losses for Ukraine', 'loss'],
    ["European capitals are right to doubt Putin's sincerity", 'many European leaders remain skeptical of Putin’s intentions', 'intent'],
    ['Trump has been a critic of the billions sent to Kyiv', 'Trump, who has previously criticized extensive U.S. support for Ukraine', 'critic'],
    ['He has never explained how he would do it', 'though he has not specified his approach', 'specifi'],
  ])('"%s" and "%s" meet on one term', (a, b, t) => {
    expect(terms(a).map((x) => x.slice(0, t.length))).toContain(t);
    expect(shareTerm(a, b)).toBe(true);
  });

  it('does not read "called off the talks" as a phone call, nor "a drone strike" as a deal', () => {
    expect(terms('Washington called off the talks')).not.toContain(terms('phone call')[0]);
    expect(terms('they struck a deal')).toContain('agre');
    expect(terms('a drone strike on the refinery')).not.toContain('agre');
  });

  it('does not read a call that was arranged as unscheduled', () => {
    expect(terms('a call between the two men has been arranged for Tuesday')).not.toContain('unschedul');
  });
});

describe('handing over', () => {
  it('is ceding only when land is handed over, not a letter', () => {
    expect(terms('Kyiv handed over its reply to the envoy')).not.toContain('relinquish');
  });

  it('is not a place wanted back when remarks are taken back', () => {
    expect(terms('He took the remarks back later')).not.toContain('liber');
  });
});
