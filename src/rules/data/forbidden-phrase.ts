import type { LocalizedText } from '../../core/types.ts';

/**
 * Service phrases a support agent should not send, after the "wrong phrase → right phrase"
 * tables and the "five never-says" of hotline etiquette courses: nothing that hurts the
 * customer's self-respect, blames them, talks back or lectures, is vulgar, or provokes.
 *
 * Chinese entries are written in Simplified script; each gets a Traditional twin built with
 * the character table below, so one list serves both.
 */

export interface BuiltinPhrase {
  phrase: string;
  /** The polite wording offered as a one-click fix. */
  replacement?: string;
  /**
   * The replacement is a sentence of its own: it is offered only where the phrase closes its
   * clause, and given as advice otherwise.
   */
  clause?: boolean;
  /** The phrase should just go: the fix deletes it where that leaves a clean sentence. */
  remove?: boolean;
  /** What to write instead when no drop-in replacement exists; shown in the message only. */
  suggestion?: LocalizedText;
  reason: LocalizedText;
  /** The phrase is fine where this matches the few characters before it (lower-cased, anchored with `$`). */
  unlessPreceded?: RegExp;
  /** The phrase is fine where this matches the few characters after it (lower-cased, anchored with `^`). */
  unlessFollowed?: RegExp;
}

const CURT: LocalizedText = { en: 'It sounds curt and cold.', zh: '语气生硬，缺少礼貌。' };
const PASSING_ON: LocalizedText = {
  en: 'It tells the customer their problem is somebody else’s business.',
  zh: '这是在推诿，让客户觉得没人负责。',
};
const BELITTLING: LocalizedText = { en: 'It belittles the customer.', zh: '这会伤害客户的自尊心。' };
const REPROACHING: LocalizedText = {
  en: 'It reproaches the customer for asking again.',
  zh: '这是在埋怨、反问客户。',
};
const PROVOKING: LocalizedText = { en: 'It provokes the customer and escalates the conflict.', zh: '这会刺激客户，激化矛盾。' };
const HELPLESS: LocalizedText = { en: 'It leaves the customer with nowhere to go.', zh: '这让客户感到求助无门。' };
const ORDERING: LocalizedText = { en: 'It orders the customer about.', zh: '这是在命令客户。' };
const BLAMING: LocalizedText = { en: 'It puts the blame on the customer.', zh: '这是在指责客户。' };
const CONTRADICTING: LocalizedText = { en: 'It contradicts the customer flatly.', zh: '这是在顶撞、反驳客户。' };
const PASSIVE_AGGRESSIVE: LocalizedText = {
  en: 'It reads as impatient and passive-aggressive.',
  zh: '这种说法带着不耐烦，显得咄咄逼人。',
};

/** "不知道" is a polite question in "不知道您是否方便" and no refusal in "如果您不知道订单号". */
const DONT_KNOW_POLITE_BEFORE = /(?:您|你|客户|客戶|如果|若|万一|萬一|是否|并|並|还|還)[也都]?$/;
const DONT_KNOW_POLITE_AFTER =
  /^(?:您|你|是否|能否|可否|可不可以|方便|有没有|有沒有|会不会|會不會|要不要|该|該|怎么|怎麼|如何|的|为什么|為什麼)/;
/** "你不懂 / 你不明白" is a kind offer in "如果你不明白，可以…" or "有你不明白的地方". */
const OFFER_BEFORE = /(?:如果|若|要是|假如|有|万一|萬一)$/;
const OFFER_AFTER = /^(?:的)/;

const PASS_ON = '我帮您转给负责的同事跟进';
const PASSING_ON_PHRASES = [
  '不归我管', '不归我们管', '这不归我管', '不是我负责的', '这不是我负责的', '不关我的事', '不关我们的事', '与我无关', '跟我没关系',
  // The team named between: "不归我们客服管".
  ...['客服', '售后', '部门', '这边', '这里'].flatMap((team) => [`不归我们${team}管`, `不归${team}管`]),
];

const I_DO_NOT_KNOW = '抱歉，这事我不太清楚，我帮您确认一下';
const DONT_KNOW_PHRASES = ['不知道', '我不知道', '我也不知道', '我们也不知道', '我们不知道'];

const LOOK_IT_UP = '我为您说明一下';
const LOOK_IT_UP_PHRASES = ['你自己看', '你自己看吧', '你自己看看', '你自己去看', '你自己查', '你自己去查'];

const TOLD_YOU_PHRASES = [
  '不是告诉你了吗',
  '不是告诉过你了吗',
  '我不是告诉过你了吗',
  '不是跟你说了吗',
  '不是跟你说过了吗',
  '我不是说过了吗',
  '说了多少遍了',
  '说过多少次了',
  '跟你说过多少次了',
  '我已经说过了',
  '我已经说过',
  '我们已经说过了',
  '我说过了',
  '已经跟你说过了',
  '已经跟您说过了',
  '已经和您说过了',
];
const AS_MENTIONED: LocalizedText = {
  en: 'Explain it once more, patiently, e.g. “as mentioned in my previous mail, …”.',
  zh: '耐心地再说明一次，例如“如之前邮件所述，……”。',
};

export const SIMPLIFIED_BUILTIN_PHRASES: readonly BuiltinPhrase[] = [
  { phrase: '你找谁', replacement: '请问您找哪位', reason: CURT },
  { phrase: '你找谁呀', replacement: '请问您找哪位', reason: CURT },
  { phrase: '你是谁', replacement: '请问您贵姓', reason: CURT, unlessPreceded: /(?:不管|无论|無論)$/ },
  { phrase: '你有什么事', replacement: '请问您有什么事', reason: CURT },
  { phrase: '你说什么', replacement: '抱歉，我没有完全理解您的意思，麻烦您再说明一下', clause: true, reason: CURT, unlessPreceded: /(?:不管|无论|無論)$/, unlessFollowed: /^(?:时|時)/ },
  { phrase: '你等一下', replacement: '请您稍等', reason: ORDERING },
  // "让你等着急了" apologises for the wait.
  { phrase: '你等着', replacement: '请您稍等', reason: ORDERING, unlessFollowed: /^急/ },
  { phrase: '没这个人', replacement: '抱歉，我再帮您查一下', clause: true, reason: CURT },
  { phrase: '喂，', replacement: '您好，', reason: CURT, unlessPreceded: /\S$/ },
  { phrase: '喂！', replacement: '您好！', reason: CURT, unlessPreceded: /\S$/ },
  ...DONT_KNOW_PHRASES.map((phrase) => ({
    phrase,
    replacement: I_DO_NOT_KNOW,
    clause: true,
    reason: HELPLESS,
    unlessPreceded: DONT_KNOW_POLITE_BEFORE,
    unlessFollowed: DONT_KNOW_POLITE_AFTER,
  })),
  ...PASSING_ON_PHRASES.map((phrase) => ({ phrase, replacement: PASS_ON, clause: true, reason: PASSING_ON })),
  ...['我也没办法', '我也没有办法', '我们也没办法', '我们也没有办法'].map((phrase) => ({
    phrase,
    replacement: '我会尽力帮您想办法',
    clause: true,
    reason: HELPLESS,
  })),
  ...LOOK_IT_UP_PHRASES.map((phrase) => ({ phrase, replacement: LOOK_IT_UP, clause: true, reason: ORDERING })),
  ...TOLD_YOU_PHRASES.map((phrase) => ({ phrase, remove: true, suggestion: AS_MENTIONED, reason: REPROACHING })),
  ...['这都不明白', '这都不懂', '这都不会', '连这都不明白', '这么简单都不会'].map((phrase) => ({ phrase, remove: true, reason: BELITTLING })),
  { phrase: '你不懂', remove: true, reason: BELITTLING, unlessPreceded: OFFER_BEFORE, unlessFollowed: OFFER_AFTER },
  { phrase: '你不明白', remove: true, reason: BELITTLING, unlessPreceded: OFFER_BEFORE, unlessFollowed: OFFER_AFTER },
  { phrase: '动动脑筋', remove: true, reason: BELITTLING },
  { phrase: '动动脑子', remove: true, reason: BELITTLING },
  { phrase: '你行吗', remove: true, reason: BELITTLING },
  { phrase: '你行不行', remove: true, reason: BELITTLING },
  { phrase: '真笨', remove: true, reason: BELITTLING, unlessFollowed: /^重/ },
  { phrase: '不用问了', remove: true, reason: CURT },
  { phrase: '有完没完', remove: true, reason: PROVOKING },
  { phrase: '烦不烦', remove: true, reason: PROVOKING },
  { phrase: '急什么', remove: true, reason: PROVOKING, unlessFollowed: /^(?:时|時|样|樣)/ },
  { phrase: '你急什么', remove: true, reason: PROVOKING, unlessFollowed: /^(?:时|時|样|樣)/ },
  { phrase: '我就这态度', remove: true, reason: PROVOKING },
  { phrase: '我就是这个态度', remove: true, reason: PROVOKING },
  { phrase: '爱买不买', remove: true, reason: PROVOKING },
  { phrase: '你爱找谁找谁', remove: true, reason: PROVOKING },
  { phrase: '你去投诉吧', remove: true, reason: PROVOKING },
  ...['你要怎么样', '你想怎么样', '你到底想怎么样', '您到底想怎么样'].map((phrase) => ({ phrase, remove: true, reason: PROVOKING })),
  ...['找领导去', '你找领导去', '有本事找领导'].map((phrase) => ({ phrase, remove: true, reason: PROVOKING })),
  { phrase: '你听我说', remove: true, reason: ORDERING },
  // "我不管多晚都会回复您" is no refusal: only the clause that ends with it is.
  { phrase: '我不管', replacement: '我来帮您跟进', clause: true, reason: PASSING_ON, unlessFollowed: /^[^，。！？,.!?；;\s]/ },
  // Only where it ends the clause: "您没办法登录" and "没办法及时到账" say what cannot be done, not that nobody will try.
  ...['没办法', '这个没办法', '真的没办法', '我没办法', '我们没办法'].map((phrase) => ({
    phrase,
    replacement: '我会尽力帮您想办法',
    clause: true,
    reason: HELPLESS,
    unlessPreceded: /(?:您|你|想|有|总|總|也)$/,
    unlessFollowed: /^(?![了啦呀啊])[^，。！？,.!?；;\s]/,
  })),
  // As a verdict of its own ("这不可能。"), not "不可能出现" or "客服不可能向您索取密码".
  ...['这不可能', '那不可能', '这是不可能的', '那是不可能的'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say what you checked and what you found.', zh: '说明您核实了什么、结果如何。' },
    reason: CONTRADICTING,
    unlessFollowed: /^[^，。！？,.!?；;\s]/,
  })),
  { phrase: '随便你投诉', remove: true, reason: PROVOKING },
  ...['这是规定', '这是公司规定'].map((phrase) => ({
    phrase,
    replacement: '根据公司的相关规定，我们需要这样处理，还请您谅解',
    clause: true,
    reason: CURT,
    unlessFollowed: /^的/,
  })),
  ...['那是你自己的问题', '那是你的问题', '是你自己的问题'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Explain the cause, then what can be done about it.', zh: '先说明原因，再告诉客户可以怎样解决。' },
    reason: BLAMING,
  })),
  {
    phrase: '你自己想办法',
    suggestion: { en: 'Offer the next step you can take for the customer.', zh: '告诉客户您能为他做的下一步。' },
    reason: HELPLESS,
  },
];

const ACKNOWLEDGE = 'I understand how frustrating this is';
const TELL_AGAIN: LocalizedText = {
  en: 'Explain it once more without pointing out that you already did.',
  zh: '不必强调“已经说过”，直接再说明一次即可。',
};

const ENGLISH_PHRASES: readonly BuiltinPhrase[] = [
  { phrase: 'please calm down', replacement: ACKNOWLEDGE, reason: PROVOKING },
  { phrase: 'you need to calm down', replacement: ACKNOWLEDGE, reason: PROVOKING },
  {
    phrase: 'calm down',
    suggestion: { en: `Name the feeling instead: “${ACKNOWLEDGE}.”`, zh: '改为体谅客户的感受，例如“我理解这件事让您很困扰”。' },
    reason: PROVOKING,
    // With a subject other than the customer it describes, not orders: "once things calm down".
    unlessPreceded: /\b(?:things|it|they|everything|demand|traffic|swelling|situation|market|queue)(?:\s+(?:should|will|would|may|might|can|could|to|soon))?\s+$/,
  },
  ...['as I already told you', 'as I told you', 'as I already said', 'like I said', 'as I said before'].map((phrase) => ({
    phrase,
    replacement: 'as mentioned',
    reason: PASSIVE_AGGRESSIVE,
  })),
  ...['per my last email', 'per my previous email', 'per my last e-mail'].map((phrase) => ({
    phrase,
    replacement: 'as mentioned in my previous email',
    reason: PASSIVE_AGGRESSIVE,
  })),
  { phrase: 'for the last time', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  ...["that's not my job", "it's not my job", 'that is not my job', "that's not my department", 'is not my department', "isn't my department"].map((phrase) => ({
    phrase,
    replacement: 'let me connect you with the right team',
    reason: PASSING_ON,
  })),
  ...["that's not my problem", 'that is not my problem', "it's not my problem"].map((phrase) => ({
    phrase,
    replacement: 'let me find out who can help with this',
    reason: PASSING_ON,
  })),
  ...['not my job', 'not my problem'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say who will help and when.', zh: '说明谁会来处理、何时处理。' },
    reason: PASSING_ON,
  })),
  { phrase: 'obviously', remove: true, reason: BELITTLING },
  ...['what do you want me to do', 'what do you expect me to do', 'what else do you want me to do'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say what you can do next.', zh: '说明您接下来能做什么。' },
    reason: PROVOKING,
  })),
  // A verdict on the customer's word; "it's impossible to say" and "impossible for us to ship" are not.
  ...["that's impossible", 'that is impossible', "that's not possible"].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say what you checked and what you found.', zh: '说明您核实了什么、结果如何。' },
    reason: CONTRADICTING,
    unlessFollowed: /^\s*(?:to|for|that|because|,)\b/,
  })),
  {
    phrase: 'you must have',
    replacement: 'it looks like you may have',
    reason: BLAMING,
    // "you must have a receipt" states a requirement, "you must have been worried" sympathises.
    unlessFollowed: /^\s+(?:a|an|the|your|valid|at\s+least|been)\b/,
  },
  {
    phrase: 'you should have',
    suggestion: { en: 'Say what will help from now on, e.g. “Next time, you can …”.', zh: '说明今后怎样做更好，例如“下次您可以……”。' },
    reason: BLAMING,
    unlessPreceded: /\bif\s+$/,
    // "you should have it by Friday" promises a delivery.
    unlessFollowed: /^\s+(?:it|them|this|that|these|those|the|a|an|your|any|all|everything|access|received|got|gotten)\b/,
  },
  ...["that's our policy", 'that is our policy', "it's company policy", 'that is company policy'].map((phrase) => ({
    phrase,
    replacement: "this is how our policy works, and I'm happy to explain why",
    reason: CURT,
  })),
  { phrase: "there's nothing I can do", replacement: "here's what I can do", reason: HELPLESS },
  { phrase: 'there is nothing I can do', replacement: 'here is what I can do', reason: HELPLESS },
  { phrase: "there's nothing we can do", replacement: "here's what we can do", reason: HELPLESS },
  { phrase: 'there is nothing we can do', replacement: 'here is what we can do', reason: HELPLESS },
  { phrase: "I can't help you", replacement: 'let me find someone who can help you', reason: HELPLESS },
  { phrase: 'I cannot help you', replacement: 'let me find someone who can help you', reason: HELPLESS },
  {
    phrase: "I don't know",
    replacement: 'let me find out for you',
    clause: true,
    reason: HELPLESS,
    unlessFollowed: /^\s+(?:if|whether)\b/,
  },
  ...["you're wrong", 'you are wrong'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Set out the facts instead, e.g. “Our records show …”.', zh: '改为陈述事实，例如“我们的记录显示……”。' },
    reason: CONTRADICTING,
  })),
  {
    phrase: 'no way',
    suggestion: { en: 'Explain what is not possible and what you can offer instead.', zh: '说明哪些做不到，以及可以提供什么替代方案。' },
    reason: CONTRADICTING,
    unlessPreceded: /\b(?:in|by|any)\s+$/,
    unlessFollowed: /^\s+(?:to|of|for|around|back)\b/,
  },
  {
    phrase: 'whatever',
    suggestion: { en: 'Answer the point the customer raised.', zh: '针对客户提出的问题作答。' },
    reason: PROVOKING,
    // "whatever you need" is an offer; only the word on its own is a shrug.
    unlessFollowed: /^\s*[a-z0-9]/,
  },
  {
    phrase: 'you people',
    suggestion: { en: 'Address the customer directly and by name.', zh: '直接、礼貌地称呼客户。' },
    reason: BELITTLING,
  },
  {
    phrase: "it's not our fault",
    suggestion: { en: 'Explain what happened and what you will do about it.', zh: '说明发生了什么，以及接下来会怎样处理。' },
    reason: BLAMING,
  },
  {
    phrase: 'read the manual',
    suggestion: { en: 'Quote the step from the manual, or link to the section.', zh: '直接摘录说明书中的步骤，或附上对应章节的链接。' },
    reason: BELITTLING,
  },
];

/**
 * Every Simplified character of the list above whose Traditional form differs (Taiwan usage),
 * as pairs in one string. A test checks it against a full converter.
 */
const TRADITIONAL_PAIRS =
  '与與个個为為么麼买買们們会會关關办辦动動单單后後吗嗎听聽处處导導尽盡帮幫归歸态態据據无無来來样樣没沒烦煩爱愛着著确確简簡系係经經给給脑腦规規认認诉訴说說请請谁誰谅諒负負责責贵貴转轉边邊过過还還这這进進连連里裡门門问問随隨领領题題';

const TRADITIONAL: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, index) => [TRADITIONAL_PAIRS[index * 2]!, TRADITIONAL_PAIRS[index * 2 + 1]!]),
);

export function toTraditional(text: string): string {
  let converted = '';
  for (const character of text) converted += TRADITIONAL.get(character) ?? character;
  return converted;
}

function traditionalTwin(entry: BuiltinPhrase): BuiltinPhrase {
  return {
    ...entry,
    phrase: toTraditional(entry.phrase),
    replacement: entry.replacement === undefined ? undefined : toTraditional(entry.replacement),
  };
}

export const BUILTIN_PHRASES: readonly BuiltinPhrase[] = [
  ...SIMPLIFIED_BUILTIN_PHRASES,
  ...SIMPLIFIED_BUILTIN_PHRASES.map(traditionalTwin).filter((twin, index) => twin.phrase !== SIMPLIFIED_BUILTIN_PHRASES[index]!.phrase),
  ...ENGLISH_PHRASES,
];
