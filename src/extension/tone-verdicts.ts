import type { ToneQuestion } from '../core/engine.ts';
import { RecentMap } from '../core/recent-map.ts';
import { carryVerdict } from '../core/fix-safety.ts';
import type { TextEdit, TextRange } from '../core/types.ts';
import { modelEvidence } from '../tone/combine.ts';
import type { ModelVerdict } from '../tone/model.ts';

/**
 * The content script's side of the learned tone model. The model runs in the background (its
 * weights stay out of the content script); this keeps the verdicts it sent back, keyed by the
 * exact body they were worked out for. A lint asks synchronously and gets the verdict of this
 * very text, while the question goes to the background; when an answer that can change the
 * findings comes, `onArrival` has the text relinted, and the next lint of the same text finds it
 * (a verdict too weak to count as evidence is kept too, and changes nothing). A failed question
 * counts as "no verdict" for that text: the lexicon's judgement stands (fail open), and it is not
 * asked again.
 *
 * Until a text's own verdict comes, a lint while typing may be lent a stand-in: the last verdict
 * that came for an earlier state of the same draft, moved through the edit between them
 * (`carryVerdict`). Without it, the tone finding and meter of a draft the model holds would drop
 * back to the lexicon's at every keystroke and return once typing paused. A stand-in is only for
 * showing: Send asks without one (`exact`), so it is always decided on the verdict of what is
 * being sent.
 */

export type AskModel = (body: string, ownRanges: readonly TextRange[]) => Promise<ModelVerdict | undefined>;

/** Bodies remembered: the drafts open at once, and a few earlier states of each (undo). */
const REMEMBERED = 16;
/**
 * And of those no more than this many code units together, the latest body always kept: every
 * state of a 300 KB draft is a 400 KB string, and 16 of them outweighed the rest of the content
 * script's heap. A state forgotten is asked about again if an undo returns to it.
 */
const REMEMBERED_UNITS = 32 * 1024;
const REMEMBERED_BOUND = { weigh: (body: string) => body.length, maxWeight: REMEMBERED_UNITS };
/** Bodies waiting for the question in flight: one per draft being typed in. */
const WAITING = 4;
/** Two bodies this close (all but this many code units alike at both ends) are states of one draft. */
const SAME_DRAFT_SLACK = 64;

/**
 * The one edit that turns `a` into `b`, if they differ only in one stretch of at most
 * SAME_DRAFT_SLACK units and share at least half of the shorter: a draft before and after a few
 * keys, not two short drafts.
 */
export function sameDraftEdit(a: string, b: string): TextEdit | undefined {
  if (Math.abs(a.length - b.length) > SAME_DRAFT_SLACK) return undefined;
  const shorter = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (suffix < shorter - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix += 1;
  if (prefix + suffix < Math.max(Math.max(a.length, b.length) - SAME_DRAFT_SLACK, Math.ceil(shorter / 2))) return undefined;
  return { field: 'body', start: prefix, end: a.length - suffix, text: b.slice(prefix, b.length - suffix) };
}

export class ToneVerdicts {
  /** Body → verdict (null: asked, no verdict to be had); one in use does not age out. */
  private readonly verdicts = new RecentMap<string, ModelVerdict | null>(REMEMBERED, REMEMBERED_BOUND);
  /** The verdict that came last, and its body: what a stand-in is moved from. */
  private lastAnswer: { body: string; verdict: ModelVerdict } | undefined;
  /** Bodies lent a stand-in that counts as evidence: their own verdict changes the findings, whatever it is. */
  private readonly lent = new RecentMap<string, true>(REMEMBERED, REMEMBERED_BOUND);
  /**
   * One question at a time goes to the background; the bodies linted meanwhile wait, oldest
   * first, each replacing a waiting earlier state of its own draft. While the agent types, the
   * model judges the text as it is when it is free, not every keystroke's text in turn (a 300 KB
   * draft would keep it busy long after the typing stopped).
   */
  private inFlight: string | undefined;
  private readonly waiting = new RecentMap<string, readonly TextRange[]>(WAITING);

  constructor(
    private readonly ask: AskModel,
    /** This body's own verdict came and changes its findings: a lint of that text now finds it. */
    private readonly onArrival: (body: string) => void,
  ) {}

  /**
   * The verdict on exactly this body if the background has sent it; else asks for it and
   * returns the stand-in, or undefined when `exact` or none can be had.
   */
  verdictFor(body: string, ownRanges: readonly TextRange[], { exact }: ToneQuestion): ModelVerdict | undefined {
    // Not asked about already, nor waiting to be.
    if (!this.verdicts.has(body) && body !== this.inFlight && !this.waiting.has(body)) this.enqueue(body, ownRanges);
    // Looked up after asking: a question that fails at once answers it.
    const known = this.verdicts.get(body);
    if (known !== undefined) return known ?? undefined;
    if (exact) return undefined;
    const standIn = this.standInFor(body);
    if (standIn && changesFindings(standIn)) this.lent.set(body, true);
    return standIn;
  }

  /** Whether a lint of this body was lent a stand-in that counts, its own verdict not yet come. */
  lentStandIn(body: string): boolean {
    return this.lent.has(body);
  }

  private standInFor(body: string): ModelVerdict | undefined {
    if (!this.lastAnswer) return undefined;
    const edit = sameDraftEdit(this.lastAnswer.body, body);
    return edit && carryVerdict(this.lastAnswer.verdict, [edit], { stretchSentence: true });
  }

  private enqueue(body: string, ownRanges: readonly TextRange[]): void {
    if (this.inFlight === undefined) {
      this.request(body, ownRanges);
      return;
    }
    for (const earlier of this.waiting.keys()) {
      if (!sameDraftEdit(earlier, body)) continue;
      this.waiting.delete(earlier);
      break;
    }
    this.waiting.set(body, ownRanges);
  }

  private request(body: string, ownRanges: readonly TextRange[]): void {
    this.inFlight = body;
    const settle = (verdict: ModelVerdict | null) => {
      this.verdicts.set(body, verdict);
      if (verdict) this.lastAnswer = { body, verdict };
      this.inFlight = undefined;
      const next = this.waiting.oldest();
      if (next) {
        this.waiting.delete(next[0]);
        this.request(next[0], next[1]);
      }
      // A verdict too weak to count as evidence, naming no brush-off, leaves the findings as the
      // rules found them, unless a stand-in that counted was lent meanwhile.
      const lent = this.lent.has(body);
      this.lent.delete(body);
      if (lent || (verdict && changesFindings(verdict))) this.onArrival(body);
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
}

/** Whether a verdict can change any finding: tone evidence for `angry-tone`, or a brush-off for `forbidden-phrase`. */
function changesFindings(verdict: ModelVerdict): boolean {
  return modelEvidence(verdict.strength) > 0 || (verdict.brushOffs?.length ?? 0) > 0;
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
  if (verdict.brushOffs !== undefined && !(Array.isArray(verdict.brushOffs) && verdict.brushOffs.every((brushOff: unknown) => isRangeWithin(brushOff, bodyLength) && arePhrasesWithin((brushOff as { phrases?: unknown }).phrases, bodyLength)))) return false;
  return arePhrasesWithin(verdict.phrases, bodyLength);
}

function arePhrasesWithin(phrases: unknown, bodyLength: number): boolean {
  return Array.isArray(phrases) && phrases.every((phrase: unknown) => isRangeWithin(phrase, bodyLength) && typeof (phrase as { weight?: unknown }).weight === 'number');
}
