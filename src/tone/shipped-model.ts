import type { TextRange } from '../core/types.ts';
import { decodeModel, modelTone, type ModelVerdict, type ToneModel } from './model.ts';
import { MODEL_HEADER, MODEL_WEIGHTS } from './model-weights.ts';

/**
 * The tone model that ships (model-weights.ts, from `npm run train:tone`), decoded on first use.
 * Only the CLI, the tests and the extension's background import this: the weights must stay
 * out of the content script.
 */

let shipped: ToneModel | undefined;

export function shippedToneModel(): ToneModel {
  shipped ??= decodeModel(MODEL_HEADER, MODEL_WEIGHTS);
  return shipped;
}

/** LinterHooks.toneVerdict with the shipped model, computed on the spot (Node, background). */
export function shippedToneVerdict(body: string, ownRanges: readonly TextRange[]): ModelVerdict {
  return modelTone(shippedToneModel(), body, ownRanges);
}
