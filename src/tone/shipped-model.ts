import type { TextRange } from '../core/types.ts';
import { decodeModel, modelTone, SentenceSummaries, type ModelVerdict, type ToneModel } from './model.ts';
import { MODEL_HEADER, MODEL_WEIGHTS } from './model-weights.ts';
import { decodePhrasingModel, type PhrasingModel } from './phrasing-model.ts';
import { PHRASING_HEADER, PHRASING_WEIGHTS } from './phrasing-weights.ts';

/**
 * The tone model and the service-phrasing model that ship (model-weights.ts from `npm run
 * train:tone`, phrasing-weights.ts from `npm run train:phrasing`), decoded on first use. Only the
 * CLI, the tests and the extension's background import this: the weights must stay out of the
 * content script.
 */

let shipped: ToneModel | undefined;
let shippedPhrasing: PhrasingModel | undefined;
let summaries: SentenceSummaries | undefined;
/** Sentences whose summaries are kept: every sentence of a few long drafts being typed at once. */
const KEPT_SENTENCES = 20_000;

export function shippedToneModel(): ToneModel {
  shipped ??= decodeModel(MODEL_HEADER, MODEL_WEIGHTS);
  return shipped;
}

export function shippedPhrasingModel(): PhrasingModel {
  shippedPhrasing ??= decodePhrasingModel(PHRASING_HEADER, PHRASING_WEIGHTS);
  return shippedPhrasing;
}

/** LinterHooks.toneVerdict with the shipped models (Node, background); sentences they have scored before are looked up. */
export function shippedToneVerdict(body: string, ownRanges: readonly TextRange[]): ModelVerdict {
  summaries ??= new SentenceSummaries(shippedToneModel(), KEPT_SENTENCES, shippedPhrasingModel());
  return modelTone(shippedToneModel(), body, ownRanges, { summaries, phrasing: shippedPhrasingModel() });
}
