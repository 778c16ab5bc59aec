import { RecentMap } from '../core/recent-map.ts';
import type { TextRange } from '../core/types.ts';
import { decodeUnits } from './fold.ts';
import { ownTextForScoring, type OwnText } from './mask.ts';
import { readWeightsModule, weightsModule } from './weights-module.ts';
import { sentenceFeatures, type FeatureOptions, type FeatureSet } from './model-features.ts';
import { phrasingLogit, phrasingWeightsOf, sameFeatures, type PhrasingModel } from './phrasing-model.ts';
import { HINT_STRENGTH } from './combine.ts';
import { quotations, splitSentences, type CueSource, type ToneAnalysis } from './score.ts';

/** The lexicon's evidence as the model reads it: the strongest cue of each kind, then the lexicon's score. */
export const LEXICON_INPUTS: readonly CueSource[] = ['insult', 'profanity', 'hostile', 'blame', 'sarcasm', 'passive', 'threat', 'negative', 'emotion', 'punctuation', 'capitals'];

export function lexiconInputs(analysis: ToneAnalysis): Float32Array {
  const inputs = new Float32Array(LEXICON_INPUTS.length + 1);
  for (const cue of analysis.cues) {
    const index = LEXICON_INPUTS.indexOf(cue.source);
    inputs[index] = Math.max(inputs[index]!, cue.strength);
  }
  inputs[LEXICON_INPUTS.length] = analysis.score;
  return inputs;
}

/**
 * The learned tone model: logistic regression over hashed n-grams (model-features.ts) with int8
 * weights, trained by scripts/train-tone.ts. Pure: no DOM, no browser API, so the CLI, the tests
 * and the extension's background share it.
 *
 * A draft is scored over the agent's own text (quoted history and signature left out, names
 * blanked, as the lexicon sees it), sentence by sentence and, from two sentences on, as a whole.
 * The highest sentence counts, so one hostile sentence is enough; the whole counts too, with a
 * calibration of its own, because hostility without a marker word (condescension, sarcasm,
 * politeness that means its opposite) runs through a reply rather than peaking in one sentence:
 * its sentences' features taken together weigh by their number (a logit grows with √n at a
 * given mean weight), which lifts a reply that leans hostile throughout and sinks one that
 * leans calm, where each sentence alone says little.
 */

/** Logits from which a sentence of one script holds Send (strength 0.5) or earns a hint (0.35). */
export interface Calibration {
  hold: number;
  hint: number;
}

export type Script = 'latin' | 'han';

export interface ToneModel {
  features: FeatureOptions;
  /** Weight of one int8 step. */
  scale: number;
  bias: number;
  weights: Int8Array;
  calibration: Record<Script, Calibration>;
  /** Logits from which the own text as a whole (two sentences or more) holds or hints, by the script of the whole. */
  wholeCalibration: Record<Script, Calibration>;
  /**
   * How many features the whole's logit may grow with: about the longest own text the model
   * learned from. A longer text is judged by its mean weight as one of this length, since the
   * √n growth that separates replies would otherwise turn a slight lean into a verdict on any
   * long enough mail (26 polite steps of a setup guide).
   */
  wholeFeatureCap: number;
}

export interface ModelPhrase extends TextRange {
  /** Share of the sentence's logit this phrase carries. */
  weight: number;
}

export interface ModelVerdict {
  /** 0–1 on the lexicon's scale: 0.5 at the hold threshold, 0.35 at the hint threshold; the higher of the highest sentence's and the whole's. */
  strength: number;
  /** The highest-scoring sentence, in body offsets, or undefined when there is no own text. */
  sentence?: TextRange;
  /** The words in that sentence that pushed its score up most, in body offsets, strongest first. */
  phrases: ModelPhrase[];
  /**
   * The own sentences the service-phrasing model (phrasing-model.ts) reads as a forbidden service
   * phrase, in body order; absent when it was not asked. `forbidden-phrase` reports those its
   * list does not already name.
   */
  brushOffs?: BrushOff[];
}

/** A sentence read as a forbidden service phrase, in body offsets, blanks at its ends left out. */
export interface BrushOff extends TextRange {
  /** The words that drove it, in body offsets, strongest first. */
  phrases: ModelPhrase[];
}

/** Sentences a verdict names as brush-offs at most: the strongest, so a hostile 300 KB draft sends no flood of them. */
export const MOST_BRUSH_OFFS = 20;

const HAN = /\p{Script=Han}/gu;
const LATIN = /[a-z]/gi;

/** Which calibration a sentence gets: Han if it has at least as many Han characters as Latin letters / 3 (a word of Latin ≈ a character of Han). */
export function scriptOf(text: string): Script {
  return scriptOfCounts(text.match(HAN)?.length ?? 0, text.match(LATIN)?.length ?? 0);
}

function scriptOfCounts(han: number, latin: number): Script {
  return han > 0 && han * 3 >= latin ? 'han' : 'latin';
}

/** logit(HINT_STRENGTH): the hint threshold on the logistic curve through 0.5 at the hold threshold. */
const HINT_LOGIT = Math.log(HINT_STRENGTH / (1 - HINT_STRENGTH));

export function strengthOf(logit: number, calibration: Calibration): number {
  if (!Number.isFinite(calibration.hold)) return 0;
  const slope = HINT_LOGIT / (calibration.hint - calibration.hold);
  return 1 / (1 + Math.exp(-slope * (logit - calibration.hold)));
}

/** What each feature occurrence of a sentence adds to its logit (bucket weight times the normalisation), for explanations. */
interface SentenceContributions {
  contributions: Float64Array;
  starts: Uint16Array;
  ends: Uint16Array;
  count: number;
}

/** What each feature of a sentence adds to a logit, given its int8 weights (in the order of its features) and the weight of one int8 step. */
function contributionsOf(features: FeatureSet, weights: ArrayLike<number>, scale: number): SentenceContributions {
  const norm = scale / Math.sqrt(Math.max(1, features.count));
  const contributions = new Float64Array(features.count);
  for (let index = 0; index < features.count; index += 1) contributions[index] = weights[index]! * norm;
  return { contributions, starts: features.starts, ends: features.ends, count: features.count };
}

function toneContributions(model: ToneModel, folded: string): SentenceContributions {
  const features = sentenceFeatures(folded, model.features);
  return contributionsOf(features, Int8Array.from(features.buckets.subarray(0, features.count), (bucket) => model.weights[bucket]!), model.scale);
}

function phrasingContributions(model: PhrasingModel, folded: string): SentenceContributions {
  const features = sentenceFeatures(folded, model.features);
  return contributionsOf(features, phrasingWeightsOf(model, features), model.scale);
}

export function sentenceLogit(model: ToneModel, folded: string): number {
  return summarize(model, folded, undefined).logit;
}

/** What a sentence adds to a verdict: its own logit, and what the whole's logit is summed from. */
interface SentenceSummary {
  readonly logit: number;
  /** Its features' int8 weights, summed. */
  readonly weightSum: number;
  readonly features: number;
  readonly han: number;
  readonly latin: number;
  /** The service-phrasing model's logit, or -Infinity without one. */
  readonly phrasing: number;
}

function summarize(model: ToneModel, folded: string, phrasing: PhrasingModel | undefined): SentenceSummary {
  const features = sentenceFeatures(folded, model.features);
  const weightSum = weightSumOf(model, features.buckets, features.count);
  return {
    phrasing: phrasing ? phrasingLogit(phrasing, features) : -Infinity,
    logit: logitOf(model, weightSum, features.count),
    weightSum,
    features: features.count,
    han: folded.match(HAN)?.length ?? 0,
    latin: folded.match(LATIN)?.length ?? 0,
  };
}

/** The int8 weights of the first `count` hashed features, summed. */
export function weightSumOf(model: ToneModel, buckets: Uint32Array, count = buckets.length): number {
  let weightSum = 0;
  for (let index = 0; index < count; index += 1) weightSum += model.weights[buckets[index]!]!;
  return weightSum;
}

/** The logit of features whose int8 weights sum to `weightSum`: each occurrence counts 1/√n, so a text's length does not make it shout. */
export function logitOf(model: ToneModel, weightSum: number, features: number): number {
  return model.bias + (weightSum * model.scale) / Math.sqrt(Math.max(1, features));
}

/**
 * The logit of the own text as a whole, from its sentences' features together (their int8
 * weights summed to `weightSum`): as a sentence's up to wholeFeatureCap features, then by the
 * mean weight.
 */
export function wholeLogitOf(model: ToneModel, weightSum: number, features: number): number {
  const counted = Math.max(1, features);
  return model.bias + (weightSum / counted) * model.scale * Math.sqrt(Math.min(counted, model.wholeFeatureCap));
}

let wordPieces: Intl.Segmenter | undefined;
const MOST_PHRASES = 3;
/** A phrase is named only if it carries this share of what pushed the sentence up: "refund" next to "per my last email" says nothing. */
const LEAST_SHARE = 0.15;
/** A word piece joins the phrase beside it if it carries this share: a character or a word that pushes the logit up a little belongs to the wording around it ("不归我们管", not "不"). */
const JOINING_SHARE = 0.03;
/** What may stand between two word pieces of one phrase: blanks inside a line, an apostrophe or a hyphen ("don't you", "so-called"). */
const WITHIN_PHRASE = /^[ \t'’-]*$/;
/** The most word pieces one phrase joins: a card quotes a few words, not a clause. */
const MOST_PIECES_PER_PHRASE = 4;

/**
 * The wordings of a sentence whose features pushed the logit up most: each feature's share spread
 * over the characters it covers, summed by word piece (Intl.Segmenter), and runs of neighbouring
 * pieces that each push up joined into one phrase. A Chinese word piece is often one character
 * ("您", "不"), which names nothing on its own; the run around it is what the model read.
 */
function phrasesOf(sentence: string, scored: SentenceContributions): ModelPhrase[] {
  const perCharacter = new Float64Array(sentence.length);
  for (let index = 0; index < scored.count; index += 1) {
    const start = scored.starts[index]!;
    const end = Math.min(sentence.length, scored.ends[index]!);
    if (end <= start) continue;
    const share = scored.contributions[index]! / (end - start);
    for (let at = start; at < end; at += 1) perCharacter[at]! += share;
  }
  const pieces: ModelPhrase[] = [];
  wordPieces ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const piece of wordPieces.segment(sentence)) {
    if (!piece.isWordLike) continue;
    let weight = 0;
    for (let at = piece.index; at < piece.index + piece.segment.length; at += 1) weight += perCharacter[at]!;
    if (weight > 0) pieces.push({ start: piece.index, end: piece.index + piece.segment.length, weight });
  }
  const total = pieces.reduce((sum, piece) => sum + piece.weight, 0);
  if (total <= 0) return [];
  const phrases: ModelPhrase[] = [];
  let piecesInLast = 0;
  for (const piece of pieces) {
    const share = piece.weight / total;
    if (share < JOINING_SHARE) continue;
    const last = phrases.at(-1);
    if (last && piecesInLast < MOST_PIECES_PER_PHRASE && WITHIN_PHRASE.test(sentence.slice(last.end, piece.start))) {
      last.end = piece.end;
      last.weight += share;
      piecesInLast += 1;
    } else {
      phrases.push({ start: piece.start, end: piece.end, weight: share });
      piecesInLast = 1;
    }
  }
  return phrases
    .filter((phrase) => phrase.weight >= LEAST_SHARE)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MOST_PHRASES);
}

/**
 * The summaries of the sentences a model scored last, by their folded text, the most recently
 * used kept. While the agent types, the verdict on each state of a draft differs from the one before
 * in a sentence or two: the rest are looked up rather than scored again (a 300 KB thread reply
 * has thousands of sentences of its own), the whole's logit included, which is summed from them.
 */
export class SentenceSummaries {
  private readonly summaries: RecentMap<string, SentenceSummary>;

  constructor(
    readonly model: ToneModel,
    capacity: number,
    /** The service-phrasing model whose logits are kept beside the tone model's. */
    readonly phrasing?: PhrasingModel,
  ) {
    this.summaries = new RecentMap(capacity);
  }

  of(folded: string): SentenceSummary {
    let summary = this.summaries.get(folded);
    if (summary === undefined) {
      summary = summarize(this.model, folded, this.phrasing);
      this.summaries.set(folded, summary);
    }
    return summary;
  }
}

/** The agent's own text as the model reads it, and its sentences. */
export interface ModelReading {
  readonly own: OwnText;
  /** The own text as written (names and addresses blanked, as for the lexicon), quoted words blanked too. */
  readonly masked: string;
  /** `masked` folded for matching. */
  readonly folded: string;
  readonly sentences: readonly TextRange[];
}

const SPACE = 0x20;

/**
 * What the model judges: the agent's own text with the words inside quotation marks blanked,
 * marks kept. An agent who quotes a customer ("您来信说：「你们的系统根本是垃圾」", "You asked
 * 'why the hell…'") or a label ("Kill process") reports those words; the lexicon weakens a quoted
 * cue, but n-grams cannot tell a quoted word from a said one, so the model never sees it. The
 * marks stay, and with them the sarcasm of 'your "urgent" issue'. Quotations lie within a line,
 * so a paragraph reads the same alone as in its draft. Training reads replies through this too.
 */
export function modelReading(body: string, ownRanges: readonly TextRange[]): ModelReading {
  const own = ownTextForScoring(body, ownRanges);
  const masked = own.masked.slice();
  const folded = own.folded.slice();
  for (const quotation of quotations(own.masked)) {
    masked.fill(SPACE, quotation.start + 1, quotation.end - 1);
    folded.fill(SPACE, quotation.start + 1, quotation.end - 1);
  }
  return { own, masked: decodeUnits(masked), folded: decodeUnits(folded), sentences: splitSentences(folded) };
}

export interface ToneModels {
  /** Keeps sentence summaries from one verdict to the next; made for the same models. */
  summaries?: SentenceSummaries;
  /** Names the brush-off sentences too (ModelVerdict.brushOffs); trained on the tone model's features. */
  phrasing?: PhrasingModel;
}

/** The model's verdict on the agent's own text of a body. */
export function modelTone(model: ToneModel, body: string, ownRanges: readonly TextRange[], { summaries, phrasing }: ToneModels = {}): ModelVerdict {
  if (summaries && (summaries.model !== model || summaries.phrasing !== phrasing)) throw new Error('tone model: sentence summaries kept for other models');
  if (phrasing && !sameFeatures(phrasing.features, model.features)) throw new Error('phrasing model: trained on other features than the tone model reads');
  const { own, folded, sentences } = modelReading(body, ownRanges);
  let best: { strength: number; range: TextRange; text: string } | undefined;
  const whole = { weightSum: 0, features: 0, han: 0, latin: 0 };
  const brushOffs: { logit: number; range: TextRange; text: string }[] = [];
  for (const range of sentences) {
    const text = folded.slice(range.start, range.end);
    const summary = summaries ? summaries.of(text) : summarize(model, text, phrasing);
    const strength = strengthOf(summary.logit, model.calibration[scriptOfCounts(summary.han, summary.latin)]);
    if (!best || strength > best.strength) best = { strength, range, text };
    if (phrasing && summary.phrasing >= phrasing.threshold && text.trim() !== '') brushOffs.push({ logit: summary.phrasing, range, text });
    whole.weightSum += summary.weightSum;
    whole.features += summary.features;
    whole.han += summary.han;
    whole.latin += summary.latin;
  }
  if (!best) return { strength: 0, phrases: [] };
  // One sentence is its own whole: its calibration is the sentence's. The card still points at
  // the highest sentence, the likeliest place to start rewording.
  const wholeStrength = sentences.length < 2 ? 0 : strengthOf(wholeLogitOf(model, whole.weightSum, whole.features), model.wholeCalibration[scriptOfCounts(whole.han, whole.latin)]);
  const inBody = (sentence: TextRange, pieces: readonly ModelPhrase[]): ModelPhrase[] =>
    pieces.map((phrase) => ({ start: own.bodyOffset(sentence.start + phrase.start), end: own.bodyOffset(sentence.start + phrase.end), weight: phrase.weight }));
  const verdict: ModelVerdict = {
    strength: Math.max(best.strength, wholeStrength),
    sentence: { start: own.bodyOffset(best.range.start), end: own.bodyOffset(best.range.end) },
    phrases: inBody(best.range, phrasesOf(best.text, toneContributions(model, best.text))),
  };
  if (phrasing) {
    verdict.brushOffs = brushOffs
      .sort((a, b) => b.logit - a.logit)
      .slice(0, MOST_BRUSH_OFFS)
      .sort((a, b) => a.range.start - b.range.start)
      .map(({ range, text }) => {
        const trimmed = { start: range.start + (text.length - text.trimStart().length), end: range.end - (text.length - text.trimEnd().length) };
        return { start: own.bodyOffset(trimmed.start), end: own.bodyOffset(trimmed.end), phrases: inBody(range, phrasesOf(text, phrasingContributions(phrasing, text))) };
      });
  }
  return verdict;
}

// The shipped form: a small JSON header, then the int8 weights, base64 in a TypeScript module so
// Node, vitest and the bundler load it without a file-system or fetch path of their own.

interface Header {
  features: FeatureOptions;
  scale: number;
  bias: number;
  calibration: Record<Script, Calibration>;
  wholeCalibration: Record<Script, Calibration>;
  wholeFeatureCap: number;
}

export function encodeModel(model: ToneModel, attribution: string): string {
  const header: Header = { features: model.features, scale: model.scale, bias: model.bias, calibration: model.calibration, wholeCalibration: model.wholeCalibration, wholeFeatureCap: model.wholeFeatureCap };
  return weightsModule('scripts/train-tone.ts (npm run train:tone)', 'MODEL', header, model.weights, attribution);
}

export function decodeModel(headerJson: string, weightsBase64: string): ToneModel {
  const { header, weights } = readWeightsModule<Header>(headerJson, weightsBase64);
  if (weights.length !== 1 << header.features.bits) throw new Error(`tone model: ${weights.length} weights for ${header.features.bits} bits`);
  if (header.wholeCalibration === undefined || !(header.wholeFeatureCap > 0)) throw new Error('tone model: the header has no calibration or feature cap for the whole text');
  return { ...header, weights };
}
