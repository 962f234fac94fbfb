/**
 * News wording that names the same thing in different words. Applied to a
 * lower-cased word before stemming, so "truce" and "ceasefire", "negotiations"
 * and "talks" meet in one term. Kept small and general: words a reporter
 * swaps freely, never words that change what a claim says.
 */
export const SYNONYMS: Record<string, string> = Object.fromEntries(
  (
    [
      ['offer', 'offers', 'proposal', 'proposals'],
      ['official', 'formal'],
      ['received', 'handed', 'receive', 'receives'],
      ['setback', 'setbacks', 'reverses', 'reversals'],
      ['report', 'reports', 'account', 'story', 'article'],
      // Those who report are not the report: Porter stems "reporters" to "report".
      ['journalists', 'journalist', 'reporters', 'reporter', 'correspondents', 'correspondent'],
      ['actions', 'deeds', 'action', 'deed'],
      ['liberated', 'retaken', 'recaptured', 'liberation', 'retake', 'recapture', 'freed'],
      ['ceasefire', 'truce', 'armistice', 'cease-fire'],
      ['talks', 'negotiations', 'negotiation', 'negotiate', 'negotiated', 'negotiating', 'dialogue', 'dialog', 'talk', 'negotiators'],
      ['call', 'conversation', 'phone', 'telephone', 'phoned', 'calls', 'conversations', 'phonecall'],
      ['war', 'conflict', 'fighting', 'hostilities'],
      ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary'],
      ['frontline', 'frontlines', 'front-line', 'front-lines'],
      ['deny', 'denied', 'denies', 'denying', 'rejected', 'rejects', 'reject', 'rejecting', 'dismissed', 'dismisses', 'dismiss', 'refuted', 'refutes', 'rebuffed', 'repudiated'],
      ['flexibility', 'flexible', 'softening', 'soften', 'softened'],
      ['willing', 'willingness', 'ready', 'readiness', 'openness', 'open', 'prepared'],
      ['territory', 'territories', 'land', 'lands'],
      ['withdraw', 'withdrawal', 'withdrawn', 'withdrew', 'retreat', 'pullout'],
      ['recognize', 'recognise', 'recognition', 'recognized', 'recognised', 'acknowledging', 'acknowledge'],
      // An army's push into another's land: "a surprise incursion", "its cross-border offensive into Kursk".
      ['invasion', 'invaded', 'invade', 'incursion', 'incursions', 'offensive'],
      // What a side wants or will settle for: reporters swap these freely.
      ['position', 'positions', 'goal', 'goals', 'objectives', 'objective', 'aims', 'aim', 'demands', 'demand', 'conditions', 'terms', 'condition', 'stance', 'parameters', 'approach'],
      ['minutes', 'minute', 'mins'],
      ['hours', 'hour', 'hrs'],
      ['freeze', 'freezing', 'frozen', 'froze', 'freezes'],
      ['unchanged', 'unaltered'],
      ['hint', 'hints', 'hinted', 'signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling', 'indicate', 'indicated', 'indicates', 'suggest', 'suggested', 'suggests'],
      ['annex', 'annexed', 'annexation', 'annexing'],
      ['guarantees', 'guarantee', 'assurances', 'assurance'],
      ['deal', 'agreement', 'accord', 'settlement', 'framework'],
      ['drone', 'drones', 'uav'],
      ['residence', 'home', 'dacha'],
      ['troops', 'soldiers', 'forces', 'military', 'army'],
      ['skeptical', 'sceptical', 'skepticism', 'scepticism', 'doubt', 'doubts', 'doubtful', 'wary', 'distrustful'],
      ['largest', 'biggest'],
      ['relations', 'ties', 'relationship'],
      ['inauguration', 'inaugurated', 'inaugurate'],
      // Not "authorization" as the canonical word: Porter stems it to "author", the writer of a story.
      ['permission', 'authorization', 'authorisation', 'authorized', 'authorised', 'authorize', 'authorise', 'approval', 'approved', 'allowed', 'allow', 'allows', 'permitted', 'permit'],
      ['exchange', 'exchanged', 'swap', 'swapped', 'swaps'],
      ['relinquish', 'relinquished', 'cede', 'ceded', 'cedes', 'ceding', 'forgo', 'forgoing'],
      ['cancelled', 'canceled', 'cancel', 'cancels', 'scrapped'],
      ['warned', 'warn', 'warns', 'warning', 'cautioned', 'caution', 'cautions'],
      ['fears', 'fear', 'feared', 'worry', 'worries', 'worried', 'concern', 'concerns', 'concerned'],
      ['newspaper', 'paper', 'daily'],
      ['promised', 'promise', 'promises', 'pledged', 'pledge', 'pledges', 'vowed', 'vow', 'vows'],
      ['thanked', 'thank', 'thanks', 'appreciation', 'gratitude', 'grateful'],
      ['hinder', 'hinders', 'hindered', 'derail', 'derails', 'derailed', 'hamper', 'hampers', 'hampered', 'impede', 'impedes', 'impeded'],
      ['delay', 'delays', 'delayed', 'delaying', 'stall', 'stalls', 'stalled', 'stalling'],
      ['expected', 'expect', 'expects', 'expecting', 'anticipates', 'anticipate', 'anticipated', 'anticipating'],
      ['support', 'supports', 'supported', 'aid', 'assistance', 'backing'],
      ['tactic', 'tactics', 'ploy', 'ploys', 'manoeuvre', 'manoeuvres', 'maneuver', 'maneuvers', 'ruse', 'gambit', 'trick'],
      ['surrender', 'capitulation', 'capitulate', 'capitulated', 'capitulating'],
      ['quick', 'quickly', 'rapid', 'rapidly', 'swift', 'swiftly', 'speedy'],
      ['optimism', 'optimistic', 'hope', 'hoped', 'hopes', 'hopeful'],
      ['victory', 'win', 'triumph'],
      // Porter leaves "met" apart from "meet" and "meeting".
      ['meet', 'met', 'meets', 'meeting', 'meetings'],
      ['timeline', 'timeframe', 'timeframes', 'timetable', 'timetables', 'timelines'],
      ['depend', 'depends', 'depended', 'depending', 'hinge', 'hinges', 'hinged', 'hinging', 'contingent'],
      // Keeping a truce: who watches it and who makes it hold.
      ['enforcement', 'enforce', 'enforced', 'enforcing', 'monitoring', 'monitor', 'monitored', 'policing', 'policed'],
    ] as const
  ).flatMap(([canonical, ...others]) => [canonical, ...others].map((w) => [w, canonical])),
);

/**
 * Words Porter stems onto a synonym group's term though they mean something
 * else: "positive" is not a position, "residents" are not a residence,
 * "related" is not relations, "liberal" is not liberated, "officials" are
 * not an official (formal) offer. Each keeps a term
 * of its own (found by listing the FNC-1 words whose stem is a group's term).
 */
export const STEM_COLLISIONS: Record<string, string> = {
  positive: 'positive',
  positively: 'positive',
  related: 'related',
  relating: 'related',
  resident: 'resident',
  residents: 'resident',
  liberal: 'liberal',
  liberals: 'liberal',
  // Officials are people; an "official offer" is a formal one (the group of "official").
  officials: 'officials',
  // A company "operating" a pipeline is no military "operation".
  operating: 'operating',
  operator: 'operator',
  operators: 'operator',
};
