import { once } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { ownSegments, quotationTest, textAround, type TextSegment } from '../core/segments.ts';
import type { TextRange } from '../core/types.ts';
import { PROMISE_WORDINGS } from './data/attachment-mention.ts';

/** PROMISE_WORDINGS as one pattern, compiled at the first lint: the wordings come with the rule data. */
const promisePattern = once(() => new RegExp(PROMISE_WORDINGS.join('|').replaceAll(' ', String.raw`\s+`), 'gi'));

const CLAUSE = String.raw`[^.!?;。！？；，,\n]`;

/**
 * Text just before a mention that shows it promises nothing: the customer's files
 * ("您发来的附件中", "thanks for the attached photos"), a refusal ("we cannot open
 * attachments", "不要打开陌生附件"), or a request for a file ("please send it as an
 * attachment", "请附上您的截图").
 */
const NO_PROMISE_BEFORE: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:not|cannot|can't|can’t|couldn't|couldn’t|unable to|don't|don’t|never|no)\s+(?:\S+\s+){0,2}$`, 'i'),
  /\b(?:thanks?|thank\s+you)\s+for\s+$|\b(?:received|got|reviewed|checked|looked\s+at|opened)\s+$/i,
  // The customer as the one who attached it: "the photo of the screen you attached".
  /\byou(?:'ve|’ve|\s+have|\s+had)?\s+(?:just\s+|kindly\s+|already\s+)?$/i,
  /(?:收到|收悉)了?$/,
  new RegExp(String.raw`\b(?:send|resend|upload|reply with|forward)\b(?:\s+\S+){0,5}\s+$`, 'i'),
  new RegExp(String.raw`(?:您|你|客户|客戶)(?:发|發|上传|上傳|提供|寄|附|传|傳)${CLAUSE}{0,8}$`),
  /(?:您|你|客户|客戶)的$/,
  // The customer's own mail: "您邮件中附上的B超单".
  /(?<![给給为為帮幫替向])(?:您|你)(?:的)?(?:上次|之前|早前|前次)?(?:的)?(?:邮件|郵件|来信|來信|电邮|電郵|上次|之前|早前)(?:中|里|裡|内|內)?$/,
  // The customer's reply or upload carries it: "也可以在回信時一併附上", "补充上传照片作为附件".
  // Also the reply to this very mail: "您可以直接回复这封邮件附上文件".
  /(?:回信|回覆|回复|回郵|回邮|来信|來信)(?:(?:这|這|此|本)封?(?:邮件|郵件|电邮|電郵|信|email))?(?:時|时|的時候|的时候)?(?:并|並|一并|一併)?$|(?:上传|上傳|补充|補充)[^。！？；\n]{0,30}$/,
  // Something packed with the goods, not a file: "包装盒内随附的 control solution".
  /(?:盒|箱|包装|包裝|包裹|袋|瓶)(?:内|內|里|裡|中)(?:的)?$/,
  // What someone posted, a clause on: "您在社團張貼了照片，並附上該員工的全名".
  /(?:张贴|張貼|贴出|貼出|发帖|發帖|发文|發文)了?[^。！？.!?\n]{0,30}[，,]\s*(?:并|並|且|还|還)?$/,
  new RegExp(String.raw`(?:不要|别|別|勿|切勿|无法|無法|不能|打不开|打不開|没有|沒有|未)${CLAUSE}{0,6}$`),
  // A request, also with words between: "麻烦您重新以 PDF 格式附上", "请您将截图附上".
  // 请 of a request, not of 申请 (an application form) or 邀请.
  // Not 请参阅 / 請見, which point the reader to the file: "詳細安排請參閱隨本通告附上的時間表".
  new RegExp(String.raw`(?<![申邀聘])(?:请|請)(?!参阅|參閱|查阅|查閱|参考|參考|查看|见|見|阅读|閱讀|看附|看一下附)(?:您|你)?${CLAUSE}{0,20}$`),
  // 麻烦您 asks the reader for something however long the clause runs: "麻煩您回信時將她的成績單掃描後附上".
  new RegExp(String.raw`(?:麻烦|麻煩|烦请|煩請|劳烦|勞煩)(?:您|你)?${CLAUSE}{0,40}$`),
  // What the customer may do, a clause on: "可以在 30 日內提交 appeal，並附上…", "欢迎来信，并附上日志".
  /(?:欢迎|歡迎|可以|如需|若需|如要|(?:您|你)可)[^。！？；\n]{0,40}(?:并|並|同时|同時|以及|及)\s*$/,
  // What the customer then has to attach: "监护人如果不是父母，就要附上授权书".
  /(?:就|则|則|便)(?:要|得|需要|須|须)\s*$/,
  // The customer as the one who attaches, not the one attached for ("给您附上发票").
  /(?<![给給为為帮幫替向])(?:您|你)(?:可以|可|能|需要|须|須|务必|務必)?再?$/,
];

/**
 * Text just after a mention that shows it is about something else: "the photo you sent",
 * "attached to the box", "附上链接", or a file already received ("附件中的照片我们已经收到").
 */
const NO_PROMISE_AFTER: readonly RegExp[] = [
  /^\s+(?:\S+\s+)?(?:that\s+|which\s+)?you\b/i,
  /^\s+to\b(?!\s+(?:this|the|my|our)\s+(?:e-?mail|mail|message|reply|letter))/i,
  /^\s+(?:in|inside|within)\s+(?:the|a|an|its|your)\s+(?:box|package|packaging|parcel|case|carton)\b/i,
  /^(?:链接|鏈接|連結|网址|網址|地址)/,
  // Text at the end of this very mail, not a file: "相關資料已附在信末", "操作步驟已附在信件下方", "清單附咗喺下面".
  /^\s*(?:喺|在)?(?:末|尾|下方|下面|以下|后面|後面|底部|最后|最後)/,
  // The customer sends it back as an attachment: "以附件方式回覆本信".
  /^(?:的)?(?:方式|形式)?(?:回覆|回复|回信|回传|回傳|传回|傳回|寄回|提交|上传|上傳|发送给我们|發送給我們|发给我们|發給我們|寄给我们|寄給我們)/,
  new RegExp(String.raw`^${CLAUSE}{0,10}(?:(?:已经|已經|已|都)(?:收到|收悉|看过|看過|审核|審核|核实|核實|查看|查閱)|收到了)`),
];

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
  return !NO_PROMISE_BEFORE.some((pattern) => pattern.test(before)) && !NO_PROMISE_AFTER.some((pattern) => pattern.test(after));
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
