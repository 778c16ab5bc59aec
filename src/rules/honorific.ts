import { defineRule, text } from '../core/rule.ts';
import { ownSegments, quotationTest, type TextSegment } from '../core/segments.ts';
import type { TextRange } from '../core/types.ts';

/** 你 / 妳, with the plural 们 / 們 when present. */
const PLAIN_YOU = /[你妳]([们們])?/g;

/**
 * Words and idioms with 你 that do not address the reader: 迷你 (mini), and set phrases about
 * "you and me" in general (你我他, 你追我赶, 你死我活 …).
 */
const NOT_ADDRESS = /迷你|你我(?![们們])|你追我赶|你追我趕|你来我往|你來我往|你争我夺|你爭我奪|你死我活|你一言我一语|你一言我一語|你情我愿|你情我願/g;

/**
 * Written Cantonese uses 你 as the ordinary form of address; 您 is Mandarin usage. Service
 * standards in Cantonese-speaking regions still ask for 您 with customers (the hotline courses
 * this product follows among them), so a team decides: `exemptCantonese`.
 */
const CANTONESE = /[嘅咗嚟啲喺冇佢嗰哋]/g;

/**
 * Whether a segment has written Cantonese in it. Segments come in order of their field, so one
 * search per field serves every segment up to the next match: a long draft is read once, not
 * once per segment, and nothing is copied.
 */
function hasCantonese(segments: readonly TextSegment[]): boolean {
  const nextMatch = new Map<string, number>();
  return segments.some(({ text: source, start, end }) => {
    let next = nextMatch.get(source) ?? -1;
    if (next < start) {
      CANTONESE.lastIndex = start;
      next = CANTONESE.exec(source)?.index ?? Number.POSITIVE_INFINITY;
      nextMatch.set(source, next);
    }
    return next < end;
  });
}

/** The customer as a service speaks of them; the owner apart, who to an estate agent's client is someone else. */
const PARTIES_BUT_OWNER = '客户|客戶|客人|顾客|顧客|用户|用戶|住户|住戶|乘客|旅客|会员|會員|病人|患者|持卡人';
const PARTY = `(?:业主|業主|${PARTIES_BUT_OWNER})`;
const THE_PARTY = String.raw`\bthe (?:customer|client|guest|caller|cardholder|patient|passenger|member)`;
/** "有位", "这位": someone the mail speaks of. */
const SOMEONE = '(?:有一?位|[这這那]位)';
/**
 * The customer spoken of in the third person: "这位客户", "客户反映…", "业主钱阿姨", "覆客戶",
 * "the customer (Mr. Luo)". A mail that does so is written to a colleague about the customer (a
 * hand-over, a dispatch, an internal forward), and its 你 addresses that colleague. Not "尊敬的客户",
 * "客户服务部", "老客户" or "our customers", which speak to or of customers at large.
 */
const CUSTOMER_SPOKEN_OF = new RegExp(
  [
    `(?:这位|這位|那位)${PARTY}`,
    // Not 业主 here: to an estate agent's client the owner is a third party ("業主話可以再傾").
    `(?<!其他|其它|所有|各位|部分|很多|不少)(?:${PARTIES_BUT_OWNER})(?:说|說|话|話|反映|投诉|投訴|来电|來電|表示|要求|希望|刚才|剛才|那边|那邊|的(?:订单|訂單|诉求|訴求|情况|情況))`,
    `${PARTY}\\p{Script=Han}{1,3}(?:阿姨|先生|女士|小姐|叔叔|伯伯|太太|奶奶|爷爷|爺爺)`,
    `(?:覆|回覆|回复|通知|提示|联系|聯繫|聯絡|告诉|告訴|致电|致電|打给|打俾)${PARTY}(?!服务|服務|热线|熱線|中心|部)`,
    String.raw`${THE_PARTY}s?\b`,
    // Someone who called or wrote in, passed on: "有位陳老先生來電", "下面这位骑手反馈".
    String.raw`${SOMEONE}\p{Script=Han}{0,5}?(?:来电|來電|反馈|反饋|反映|投诉|投訴|打来|打來|留言|来信|來信)`,
  ].join('|'),
  'iu',
);

/** The nouns and words CUSTOMER_SPOKEN_OF is about, looked for first: most drafts have none, and the whole pattern costs several times more. */
const PARTY_NOUN = new RegExp(`${PARTY}|${THE_PARTY}|${SOMEONE}`, 'i');

function speaksOfTheCustomer(segments: readonly TextSegment[]): boolean {
  return segments.some(({ text: source, start, end }) => {
    const own = source.slice(start, end);
    return PARTY_NOUN.test(own) && CUSTOMER_SPOKEN_OF.test(own);
  });
}

/** Matches one at a time, so that a rule the engine ends early (past its cap) stops matching too. */
function* rangesOf(pattern: RegExp, source: string, start: number, end: number): Generator<TextRange> {
  for (const match of source.slice(start, end).matchAll(pattern)) yield { start: start + match.index, end: start + match.index + match[0].length };
}

export const honorific = defineRule({
  meta: {
    id: 'honorific',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      exemptCantonese: {
        kind: 'boolean',
        default: false,
        doc: {
          en: 'Let 你 pass in a mail written in Cantonese (嘅, 咗, 喺…), where it is the everyday form of address.',
          zh: '粤语书面语（嘅、咗、喺……）中放行“你”：粤语日常即以“你”称呼对方。',
        },
      },
    },
    docs: {
      en: {
        summary: 'In Chinese, address the customer as 您, not 你.',
        rationale: '您 is the respectful form of "you" that service staff use with customers; 你 sounds offhand, or even rude in a complaint.',
      },
      zh: {
        summary: '称呼客户用“您”，不用“你”。',
        rationale: '“您”是服务人员对客户应有的尊称；用“你”显得随意，处理投诉时甚至会显得失礼。',
      },
    },
  },
  check({ model, options, report }) {
    const segments = ownSegments(model);
    if (options.exemptCantonese && hasCantonese(segments)) return;
    // Asked once, at the first 你: most drafts have none.
    let toColleague: boolean | undefined;
    for (const { field, text: source, start, end } of segments) {
      const idioms = rangesOf(NOT_ADDRESS, source, start, end);
      const isInsideQuotation = quotationTest(source);
      // Both come in text order: the idioms are read on as the matches move on.
      let idiom = idioms.next();
      for (const found of rangesOf(PLAIN_YOU, source, start, end)) {
        while (!idiom.done && idiom.value.end <= found.start) idiom = idioms.next();
        if (!idiom.done && idiom.value.start <= found.start) continue;
        // Quoted text is cited (a screen message, the customer's words, a film title), not the agent's address.
        if (isInsideQuotation(found.start, found.end)) continue;
        if ((toColleague ??= speaksOfTheCustomer(segments))) return;
        const word = source.slice(found.start, found.end);
        const polite = word.length === 1 ? '您' : `您${word[1]}`;
        report({
          field,
          start: found.start,
          end: found.end,
          message: text(`"${word}" is the casual "you"; write "${polite}" to the customer.`, `对客户应称“${polite}”，不宜用“${word}”。`),
          fixes: [{ title: text(`Replace with "${polite}"`, `改为“${polite}”`), edits: [{ field, start: found.start, end: found.end, text: polite }] }],
        });
      }
    }
  },
});
