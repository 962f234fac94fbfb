/**
 * What the build learns about each corpus sentence. The matcher uses it to
 * decide relations; the explanations quote it.
 */

export interface Attribution {
  /** Canonical speaker, e.g. "Kremlin" or "Financial Times"; the raw phrase otherwise. */
  speaker: string;
  /** The reporting verb or phrase: "said", "according to", "told", "called". */
  verb: string;
  /** The words as they stand in the sentence: "Peskov said". */
  text: string;
}

export type Comparator = 'eq' | 'gt' | 'lt' | 'approx' | 'ge' | 'le';

export interface Quantity {
  /** Normalised value in `unit`: "two-hour" → 120 (min). */
  value: number;
  unit: 'min' | 'percent' | 'troops' | 'people' | 'days' | 'years' | 'hours' | 'count' | 'usd' | 'date' | 'km';
  /** What it measures, when it can be told: "call duration", "territory share", "troop deployment". */
  measure: string;
  comparator: Comparator;
  /** The words as they stand: "over an hour". */
  text: string;
}

export interface StatementAnalysis {
  attribution: Attribution[];
  /** Hedge words found: "reportedly", "alleged", "sources say". */
  hedges: string[];
  /** A negation that governs the main claim ("would not suffice", "has not changed"). */
  negated: boolean;
  /** A denial or rejection ("rejected the report", "denied", "dispelled rumours"). */
  denial: boolean;
  quantities: Quantity[];
  /** Canonical entity ids, e.g. "putin", "zelensky", "kyiv", "peskov", "kremlin". */
  entities: string[];
}

export interface Statement {
  /** `${reportId}#${index}` */
  id: string;
  reportId: string;
  /** Position of the sentence in the report body (0-based). */
  index: number;
  text: string;
  analysis: StatementAnalysis;
}
