import { readWeightsModule, weightsModule } from './weights-module.ts';
import type { FeatureOptions, FeatureSet } from './model-features.ts';

/**
 * The learned service-phrasing model: which of the agent's sentences read as a forbidden service
 * phrase (passing the buck, blaming the customer, lecturing, a flat "nothing we can do") whatever
 * their wording. The phrase list (rules/forbidden-phrase.ts) names the wordings it knows and
 * offers a polite one; writers keep finding wordings no list holds, and this catches the kind.
 *
 * Logistic regression over the tone model's own features of a sentence (model-features.ts), so
 * a sentence is read once for both models: a tone feature's bucket, masked to `bits`, is this
 * model's weight index. Trained by scripts/train-phrasing.ts on the labelled support mails of
 * eval/rule-mails/. Pure, like model.ts; it ships with the tone model, outside the content script.
 */
export interface PhrasingModel {
  /** The feature options of the tone model it was trained beside; it reads nothing else. */
  features: FeatureOptions;
  /** log2 of its number of weights. */
  bits: number;
  /** Weight of one int8 step. */
  scale: number;
  bias: number;
  weights: Int8Array;
  /** The logit from which a sentence reads as a forbidden service phrase. */
  threshold: number;
}

/** This model's weight of each of a sentence's features, in the order of `features.buckets`. */
export function phrasingWeightsOf(model: PhrasingModel, features: FeatureSet): Int8Array {
  const mask = (1 << model.bits) - 1;
  const weights = new Int8Array(features.count);
  for (let index = 0; index < features.count; index += 1) weights[index] = model.weights[features.buckets[index]! & mask]!;
  return weights;
}

/** The logit of a sentence from its features: each occurrence counts 1/√n, as in the tone model. */
export function phrasingLogit(model: PhrasingModel, features: FeatureSet): number {
  const mask = (1 << model.bits) - 1;
  let weightSum = 0;
  for (let index = 0; index < features.count; index += 1) weightSum += model.weights[features.buckets[index]! & mask]!;
  return model.bias + (weightSum * model.scale) / Math.sqrt(Math.max(1, features.count));
}

export function sameFeatures(a: FeatureOptions, b: FeatureOptions): boolean {
  return a.bits === b.bits && a.maxCharGram === b.maxCharGram && a.words === b.words && a.chineseWords === b.chineseWords && (a.stanceCopies ?? 0) === (b.stanceCopies ?? 0);
}

interface Header {
  features: FeatureOptions;
  bits: number;
  scale: number;
  bias: number;
  threshold: number;
}

export function encodePhrasingModel(model: PhrasingModel, attribution: string): string {
  const header: Header = { features: model.features, bits: model.bits, scale: model.scale, bias: model.bias, threshold: model.threshold };
  return weightsModule('scripts/train-phrasing.ts (npm run train:phrasing)', 'PHRASING', header, model.weights, attribution);
}

export function decodePhrasingModel(headerJson: string, weightsBase64: string): PhrasingModel {
  const { header, weights } = readWeightsModule<Header>(headerJson, weightsBase64);
  if (weights.length !== 1 << header.bits) throw new Error(`phrasing model: ${weights.length} weights for ${header.bits} bits`);
  if (!(header.bits <= header.features.bits)) throw new Error(`phrasing model: ${header.bits} bits, more than the ${header.features.bits} its features are hashed to`);
  if (!Number.isFinite(header.threshold)) throw new Error('phrasing model: the header has no threshold');
  return { ...header, weights };
}
