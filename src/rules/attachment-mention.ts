import { once } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { ownSegments, quotationTest, textAround, type TextSegment } from '../core/segments.ts';
import { compilePatterns } from '../core/text.ts';
import type { TextRange } from '../core/types.ts';
import { NO_PROMISE_AFTER, NO_PROMISE_BEFORE, PROMISE_WORDINGS } from './data/attachment-mention.ts';

/** PROMISE_WORDINGS as one pattern, compiled at the first lint: the wordings come with the rule data. */
const promisePattern = once(() => new RegExp(PROMISE_WORDINGS.join('|').replaceAll(' ', String.raw`\s+`), 'gi'));
/** The contexts that take the promise back (NO_PROMISE_BEFORE, NO_PROMISE_AFTER), compiled at the first lint: they come with the rule data. */
const noPromiseBefore = once(() => compilePatterns(NO_PROMISE_BEFORE));
const noPromiseAfter = once(() => compilePatterns(NO_PROMISE_AFTER));

const CONTEXT_WINDOW = 48;

/** Everything up to the last end of a sentence: a full stop and a blank, or a Chinese or other closing mark. */
const UP_TO_SENTENCE_END = /^[^]*(?:[.!?;](?:\s|$)|[。！？；\n])/;

/**
 * What the customer must prepare, the file among it: "需要填寫申請書，並附上身分證影本". Not a
 * pointer to the agent's own file: "需要准备的材料，详细清单见附件".
 */
const MUST_PREPARE = new RegExp(String.raw`(?:需要|需|须|須|必须|必須)(?:您|你|妳)?(?:填写|填寫|提供|准备|準備|携带|攜帶|提交|签署|簽署|上传|上傳)[^。！？；\n]{0,40}$`);
const POINTS_TO_FILE = /[见見参參查详詳]/;
/** The agent as the one who attaches: "我已附在…", "我们已经附上". */
const AGENT_HAS = /(?:我|我们|我們)(?:已经|已經|已|也|都)?\s*$/;
/** Done already, so not a step the customer must take: "需要你签署两份文件，两份文件都放在附件里了". */
const DONE_AFTER = /^(?:里|裡|中|内|內|度)?(?:了|咗)/;

function isPromise(segment: TextSegment, start: number, end: number): boolean {
  const { before: around, after } = textAround(segment, start, end, CONTEXT_WINDOW);
  // Only the mention's own sentence says whether it is one: "It did not arrive. I've attached…" promises a file.
  const before = around.replace(UP_TO_SENTENCE_END, '');
  // The agent attaching it is no step of the customer's: "需填寫申請書，申請書我已附在這封信裡".
  if (MUST_PREPARE.test(before) && !POINTS_TO_FILE.test(segment.text.slice(start, end)) && !AGENT_HAS.test(before) && !DONE_AFTER.test(after)) return false;
  return !noPromiseBefore().some((pattern) => pattern.test(before)) && !noPromiseAfter().some((pattern) => pattern.test(after));
}

function firstPromise(segment: TextSegment): TextRange | undefined {
  // A mention inside quotation marks cites someone ("you wrote “see the attached invoice”"): it promises nothing of the agent's.
  const isInsideQuotation = quotationTest(segment.text);
  for (const match of segment.text.slice(segment.start, segment.end).matchAll(promisePattern())) {
    const start = segment.start + match.index;
    const end = start + match[0].length;
    if (!isInsideQuotation(start, end) && isPromise(segment, start, end)) return { start, end };
  }
  return undefined;
}

export const attachmentMention = defineRule({
  meta: {
    id: 'attachment-mention',
    defaultSeverity: 'warning',
    fixable: false,
    options: {},
    docs: {
      en: {
        summary: 'If the mail says a file is attached, attach it.',
        rationale:
          'A promised attachment that is missing costs the customer a reply and a wait, and the follow-up mail makes the team look careless.',
      },
      zh: {
        summary: '邮件中提到附件时，请确认已经添加。',
        rationale: '说了有附件却没有附上，客户只能回信索要、再等一轮，也显得我们不够细心。',
      },
    },
  },
  check({ model, report }) {
    // Only a page that shows no attachments can say one is missing; an unknown count is no evidence.
    if (model.draft.attachmentCount !== 0) return;
    for (const segment of ownSegments(model)) {
      const promise = firstPromise(segment);
      if (!promise) continue;
      const quoted = segment.text.slice(promise.start, promise.end).replace(/\s+/g, ' ');
      report({
        field: segment.field,
        ...promise,
        message: text(
          `The mail says “${quoted}”, but nothing is attached. Attach the file, or take the mention out.`,
          `邮件中写了“${quoted}”，但并没有添加附件。请添加附件，或删去这句话。`,
        ),
      });
      return;
    }
  },
});
