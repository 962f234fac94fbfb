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
  /** Canonical entity id of the speaker ("peskov", "financial-times"), when the speaker is a known entity. */
  speakerId?: string;
}

/** 'gt-near' / 'lt-near': just over, just under ("ran to just over an hour" is not two hours). */
export type Comparator = 'eq' | 'gt' | 'lt' | 'approx' | 'ge' | 'le' | 'gt-near' | 'lt-near';

export interface Quantity {
  /**
   * Normalised value in `unit`: "two-hour" → 120 (min), "30-day" → 30 (days),
   * "two months" → 60 (days). Dates (unit "date") are YYYYMMDD numbers with 00
   * for a missing day or month: "February 2022" → 20220200, "2014" → 20140000;
   * a date without a year takes the year nearest the report's date (0000MMDD without one).
   */
  value: number;
  unit: 'min' | 'percent' | 'troops' | 'people' | 'days' | 'years' | 'hours' | 'count' | 'usd' | 'date' | 'km';
  /**
   * What it measures, when it can be told, else "": "call duration", "ceasefire duration",
   * "promised time frame", "time between events", "time frame", "war duration", "territory share",
   * "troop numbers", "casualties", "inauguration date", "war start", "annexation date", "contact date";
   * for other counted things, the thing counted in the singular ("region", "conversation").
   */
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
  /** What is denied, as the text says it: "the Financial Times report", "rumors that Trump had spoken to Putin". */
  denialTarget?: string;
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
