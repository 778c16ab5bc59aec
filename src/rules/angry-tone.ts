import { memoizeByIdentity } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { quote } from '../core/text.ts';
import type { TextRange } from '../core/types.ts';
import type { Vocabulary } from '../core/vocabulary.ts';
import { combinedScore, modelEvidence, wordScore } from '../tone/combine.ts';
import type { ModelVerdict } from '../tone/model.ts';
import { analyzeTone, compileToneDetector } from '../tone/score.ts';

/** The tone detector for a vocabulary, built once per configuration (the engine keeps the object). */
const detectorFor = memoizeByIdentity((vocabulary: Vocabulary) =>
  compileToneDetector({
    angerTerms: vocabulary.angerTerms,
    ignoredAngerTerms: vocabulary.ignoredAngerTerms,
    acronyms: vocabulary.acronyms,
  }),
);

const NAMED_IN_MESSAGE = 3;

interface Span extends TextRange {
  strength: number;
}

/**
 * The model's evidence as spans: the wordings it names, or, where it names none (no piece carried
 * enough of the push), its sentence. What holds Send is the score, never whether the card can
 * explain it.
 */
function spansOfModel(verdict: ModelVerdict, strength: number): Span[] {
  if (verdict.phrases.length > 0) return verdict.phrases.map((phrase) => ({ start: phrase.start, end: phrase.end, strength: strength * phrase.weight }));
  return verdict.sentence ? [{ start: verdict.sentence.start, end: verdict.sentence.end, strength }] : [];
}

/** Spans in text order, overlapping ones merged, for the card to highlight. */
function mergedSpans(found: readonly Span[]): Span[] {
  const spans: Span[] = [];
  for (const cue of [...found].sort((a, b) => a.start - b.start)) {
    const last = spans[spans.length - 1];
    if (last && cue.start <= last.end) {
      last.end = Math.max(last.end, cue.end);
      last.strength = Math.max(last.strength, cue.strength);
    } else {
      spans.push({ start: cue.start, end: cue.end, strength: cue.strength });
    }
  }
  return spans;
}

export const angryTone = defineRule({
  meta: {
    id: 'angry-tone',
    defaultSeverity: 'error',
    fixable: false,
    options: {
      threshold: {
        kind: 'number',
        default: 0.5,
        min: 0.05,
        max: 1,
        doc: {
          en: 'Anger score (0–1) from which the draft is reported at the configured severity; the send guard acts on it.',
          zh: '愤怒评分（0–1）达到此值时按所配置的级别提示，发送拦截据此生效。',
        },
      },
      warnAt: {
        kind: 'number',
        default: 0.35,
        min: 0.05,
        max: 1,
        doc: {
          en: 'Anger score from which a milder warning is shown; it never blocks sending. Set it to the threshold to turn warnings off.',
          zh: '愤怒评分达到此值时给出较轻的警告，不会拦截发送。设为与 threshold 相同即可关闭警告。',
        },
      },
    },
    docs: {
      en: {
        summary: 'Do not send a mail that reads as angry: insults, swearing, blame, sarcasm, threats or shouting.',
        rationale:
          'A reply written in anger reads as an attack, and once sent it cannot be taken back. Wait until you are calm, and let the facts carry a firm answer.',
      },
      zh: {
        summary: '不要发送带有怒气的邮件：辱骂、脏话、指责、讽刺、威胁或大喊大叫。',
        rationale: '带着火气写的回复在客户眼里就是攻击，而且发出去就收不回来。请先冷静下来，再用事实表达坚定的立场。',
      },
    },
  },
  check({ model, options, vocabulary, toneVerdict, typing, report }) {
    const { score: lexiconScore, cues } = analyzeTone(detectorFor(vocabulary), model.body, model.ownRanges, { inPieces: typing });
    const verdict = toneVerdict();
    const modelStrength = verdict ? modelEvidence(verdict.strength) : 0;
    const lexiconWordScore = wordScore(cues);
    const score = combinedScore(lexiconScore, lexiconWordScore, modelStrength);
    if (score < Math.min(options.warnAt, options.threshold)) return;
    // What the model alone suspects is shown only once it would hold Send: its hints below that
    // fell on 1–4% of calm texts (business mail, polite how-tos), too many to be worth the noise.
    // Capitals and "!!!" found by the lexicon do not make it less alone: the combined score leaves
    // them out (the model reads them itself), so a hint from them and the model is the model's.
    if (score < options.threshold && lexiconWordScore === 0 && lexiconScore < options.warnAt) return;
    const modelSpans = modelStrength > 0 && verdict ? spansOfModel(verdict, modelStrength) : [];
    // The lexicon's cues and the model's words: the card highlights them all and names the strongest.
    const found: Span[] = [...cues, ...modelSpans];
    if (found.length === 0) return;
    const strongest = found.reduce((best, span) => (span.strength > best.strength ? span : best));
    const spans = mergedSpans(found);
    const named = [...spans].sort((a, b) => b.strength - a.strength).slice(0, NAMED_IN_MESSAGE);
    const quotes = named.map((span) => quote(model.body, span));
    const rounded = score.toFixed(2);
    const lexiconFound = cues.length > 0;
    report({
      field: 'body',
      start: strongest.start,
      end: strongest.end,
      score,
      related: spans.map(({ start, end }) => ({ start, end })),
      severity: score >= options.threshold ? undefined : 'warning',
      message: lexiconFound
        ? text(
            `This reads as angry (score ${rounded}): ${quotes.map((words) => `“${words}”`).join(', ')}. Rewrite before sending.`,
            `语气显得生气（评分 ${rounded}）：${quotes.map((words) => `“${words}”`).join('')}。请改写后再发送。`,
          )
        : text(
            `This may read as hostile (score ${rounded}, from the wording as a whole rather than one word): ${quotes.map((words) => `“${words}”`).join(', ')}. Read it again as the customer would.`,
            `语气可能显得不友好（评分 ${rounded}，依据整句措辞而非某个词）：${quotes.map((words) => `“${words}”`).join('')}。请以客户的角度再读一遍。`,
          ),
    });
  },
});
