import type { ToneCue } from './score.ts';

/**
 * How the lexicon's evidence and the learned model's (model.ts) make one score. A module of its
 * own, free of the model, because the content script runs the rule and must not carry the model.
 */

/** The model's strength at its hint logit; below it the model's suspicion is too weak to count as evidence. */
export const HINT_STRENGTH = 0.35;

/**
 * What the model's strength counts for as evidence: itself from the hint strength up, nothing
 * below. A verdict worth 0 leaves every finding as it was without a verdict, so the content script
 * need not relint when such a verdict arrives.
 */
export function modelEvidence(modelStrength: number): number {
  return modelStrength >= HINT_STRENGTH ? modelStrength : 0;
}

/** The lexicon's noisy-OR over its word cues only: what the model does not also see (it reads "!!!" and capitals itself). */
export function wordScore(cues: readonly ToneCue[]): number {
  let calm = 1;
  for (const cue of cues) if (cue.source !== 'punctuation' && cue.source !== 'capitals') calm *= 1 - cue.strength;
  return 1 - calm;
}

/**
 * The detector's score from the lexicon and the model. The model's strength is one more
 * independent piece of evidence next to the lexicon's words (noisy-OR, as the lexicon joins its
 * own cues), but not next to its exclamation marks and capitals, which the model's character
 * n-grams read too and which would otherwise count twice ("SHIPPED, 请查收！！！"). Below its hint
 * level the model's score is not evidence at all; and nothing the model says lowers the lexicon's
 * own score.
 */
export function combinedScore(lexiconScore: number, lexiconWordScore: number, modelStrength: number): number {
  const model = modelStrength >= HINT_STRENGTH ? modelStrength : 0;
  return Math.max(lexiconScore, 1 - (1 - lexiconWordScore) * (1 - model));
}

