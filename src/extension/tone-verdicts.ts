import type { TextRange } from '../core/types.ts';
import type { ModelVerdict } from '../tone/model.ts';

/**
 * The content script's side of the learned tone model. The model runs in the background (its
 * weights stay out of the content script); this keeps the verdicts it sent back, keyed by the
 * exact body they were worked out for. A lint asks synchronously: it gets the verdict of this
 * very text or nothing (and then the lexicon judges alone), while the question goes to the
 * background; when the answer comes, `onArrival` has the text relinted, and the next lint of the same text
 * finds it. A verdict never applies to any other text, so Send is always decided on the
 * verdict of what is being sent. A failed question counts as "no verdict" for that text: the
 * lexicon's judgement stands (fail open), and it is not asked again.
 */

export type AskModel = (body: string, ownRanges: readonly TextRange[]) => Promise<ModelVerdict | undefined>;

/** Bodies remembered: the drafts open at once, and a few earlier states of each (undo). */
const REMEMBERED = 16;

export class ToneVerdicts {
  /** Body → verdict (null: asked, no verdict to be had). Insertion order is age. */
  private readonly verdicts = new Map<string, ModelVerdict | null>();
  private readonly pending = new Set<string>();

  constructor(
    private readonly ask: AskModel,
    /** A verdict came for `body`: a lint of that text now finds it. */
    private readonly onArrival: (body: string) => void,
  ) {}

  /** The verdict on exactly this body if the background has sent it; else asks for it and returns undefined. */
  verdictFor(body: string, ownRanges: readonly TextRange[]): ModelVerdict | undefined {
    const known = this.verdicts.get(body);
    if (known !== undefined) {
      // Keep what is in use from ageing out.
      this.verdicts.delete(body);
      this.verdicts.set(body, known);
      return known ?? undefined;
    }
    if (!this.pending.has(body)) this.request(body, ownRanges);
    return undefined;
  }

  private request(body: string, ownRanges: readonly TextRange[]): void {
    this.pending.add(body);
    const settle = (verdict: ModelVerdict | null) => {
      this.pending.delete(body);
      this.remember(body, verdict);
      if (verdict) this.onArrival(body);
    };
    let asked: Promise<ModelVerdict | undefined>;
    try {
      asked = this.ask(body, ownRanges);
    } catch {
      settle(null);
      return;
    }
    asked.then(
      (verdict) => settle(isModelVerdict(verdict, body.length) ? verdict : null),
      () => settle(null),
    );
  }

  private remember(body: string, verdict: ModelVerdict | null): void {
    this.verdicts.delete(body);
    this.verdicts.set(body, verdict);
    while (this.verdicts.size > REMEMBERED) this.verdicts.delete(this.verdicts.keys().next().value!);
  }
}

function isRangeWithin(value: unknown, length: number): value is TextRange {
  if (value === null || typeof value !== 'object') return false;
  const { start, end } = value as Record<string, unknown>;
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= (start as number) && (start as number) <= (end as number) && (end as number) <= length;
}

/** A verdict from another context is checked before it is believed: its spans must lie inside the body. */
export function isModelVerdict(value: unknown, bodyLength: number): value is ModelVerdict {
  if (value === null || typeof value !== 'object') return false;
  const verdict = value as Record<string, unknown>;
  if (typeof verdict.strength !== 'number' || !(verdict.strength >= 0 && verdict.strength <= 1)) return false;
  if (verdict.sentence !== undefined && !isRangeWithin(verdict.sentence, bodyLength)) return false;
  return Array.isArray(verdict.phrases) && verdict.phrases.every((phrase: unknown) => isRangeWithin(phrase, bodyLength) && typeof (phrase as { weight?: unknown }).weight === 'number');
}
