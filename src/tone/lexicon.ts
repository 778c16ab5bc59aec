/**
 * The shape of a tone lexicon. Every list is written for this project (see LEXICONS.md) and
 * matched with the syntax described in phrase-matcher.ts; entries are folded like the text,
 * so they may be written in Simplified or Traditional script and in any case.
 */

/** What a phrase says about the writer's mood; each kind reacts differently to its context (see KIND_RULES in score.ts). */
export type CueKind =
  /** A name for the reader: "idiot", "白痴". */
  | 'insult'
  /** Swearing, whoever it is aimed at: "damn", "他妈的". */
  | 'profanity'
  /** Phrases that talk down to or shut out the reader: "what part of … don't you understand", "有完没完". */
  | 'hostile'
  /** Laying the fault on the reader: "your own fault", "都怪你". */
  | 'blame'
  /** Praise or thanks that mean the opposite: "wow, great job", "真是服了". */
  | 'sarcasm'
  /** Politeness used as a weapon: "per my last email", "以防您又没看到". */
  | 'passive'
  /** Spite and ultimatums: "I'll close your account", "别逼我". */
  | 'threat'
  /** Harsh judgements of things or people: "pathetic", "离谱". */
  | 'negative'
  /** The writer's own anger, named: "I'm fed up", "气死我了". Calm when it is the reader's anger being acknowledged. */
  | 'emotion';

export interface TermGroup {
  kind: CueKind;
  /** Contribution of one occurrence before context, 0–1: about 0.9 for a slur, 0.3 for a word that needs company. */
  weight: number;
  terms: readonly string[];
}

export interface Lexicon {
  groups: readonly TermGroup[];
  /**
   * Innocent words that contain or overlap a term: "可靠" for 靠, "垃圾邮件" for 垃圾, "kill the process".
   * A term that overlaps one of them is not counted.
   */
  vetoes: readonly string[];
  /** Words that turn a judgement round when they come just before it: "not", "不". */
  negators: readonly string[];
  /** Words that make the next term stronger: "so", "太". */
  intensifiers: readonly string[];
  /** The reader: an insult in a sentence that names them is aimed at them. */
  addressee: readonly string[];
  /** Apology and empathy: a sentence with one of these names anger without being angry. */
  empathy: readonly string[];
  /** Good news and thanks: exclamation marks next to them are joy, not shouting. */
  cheer: readonly string[];
}

/** A phrase with a gap: "难道…吗" matches 难道 and then 吗 later in the same sentence. */
export const GAP = '…';
