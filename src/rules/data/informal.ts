/**
 * Chat shorthand, internet slang and emoticons that read as careless in a customer mail.
 * Business shorthand written as such, ASAP or FYI in capitals, is fine; "asap" typed in lower
 * case, as a chat message is, is not.
 */

export type InformalKind = 'abbreviation' | 'slang' | 'laughter' | 'emoticon';

export interface InformalTerm {
  /** Matched regardless of case, unless `lowerCaseOnly`. */
  term: string;
  kind: InformalKind;
  /** The written-out form offered as a fix. */
  expansion?: string;
  /** The fix deletes the term (laughter, emoticons). */
  remove?: boolean;
  /** Counts only in lower case: otherwise it is a name, a code or an organisation ("Plan U", "NP-hard", "Ty", "MSG", "IMO rules"). */
  lowerCaseOnly?: boolean;
  /** Counts only as a whole reply or sentence opener, as in "k, will do": a single letter is too easily something else. */
  sentenceOnly?: boolean;
  /** Counts only next to Chinese text: chat slang of digits and letters ("3Q") is something else in English ("3Q results"). */
  amongChinese?: boolean;
}

const abbreviation = (term: string, expansion?: string, extra: Partial<InformalTerm> = {}): InformalTerm => ({
  term,
  kind: 'abbreviation',
  expansion,
  ...extra,
});

const slang = (term: string, expansion?: string): InformalTerm => ({ term, kind: 'slang', expansion, remove: expansion === undefined });

const emoticon = (term: string): InformalTerm => ({ term, kind: 'emoticon', remove: true });

export const INFORMAL_TERMS: readonly InformalTerm[] = [
  { term: 'lol', kind: 'laughter', remove: true },
  { term: 'lmao', kind: 'laughter', remove: true },
  { term: 'rofl', kind: 'laughter', remove: true },
  { term: 'orz', kind: 'emoticon', remove: true },
  abbreviation('btw', 'by the way'),
  abbreviation('thx', 'thanks'),
  abbreviation('thnx', 'thanks'),
  abbreviation('tks', 'thanks'),
  abbreviation('pls', 'please'),
  abbreviation('plz', 'please'),
  abbreviation('imo', 'in my opinion', { lowerCaseOnly: true }),
  abbreviation('imho', 'in my opinion'),
  abbreviation('tbh', 'to be honest'),
  abbreviation('gonna', 'going to'),
  abbreviation('wanna', 'want to'),
  abbreviation('gotta', 'have to'),
  abbreviation('cuz', 'because'),
  abbreviation('coz', 'because'),
  abbreviation('ppl', 'people'),
  abbreviation('omg'),
  abbreviation('idk'),
  abbreviation('brb'),
  abbreviation('asap', 'as soon as possible', { lowerCaseOnly: true }),
  // More chat shorthand: "lmk and I'll unlock it", "tmr 會到".
  abbreviation('lmk', 'let me know'),
  abbreviation('nvm', 'never mind'),
  abbreviation('ttyl', 'talk to you later'),
  abbreviation('iirc', 'if I remember correctly'),
  abbreviation('smh'),
  abbreviation('idc'),
  abbreviation('cya', 'see you'),
  abbreviation('thanx', 'thanks'),
  abbreviation('tmr', 'tomorrow'),
  abbreviation('tmrw', 'tomorrow'),
  abbreviation('b4', 'before'),
  abbreviation('gr8', 'great'),
  abbreviation('l8r', 'later'),
  abbreviation('rn', 'right now', { lowerCaseOnly: true }),
  abbreviation('w/e'),
  abbreviation('u', 'you', { lowerCaseOnly: true }),
  abbreviation('ur', undefined, { lowerCaseOnly: true }),
  abbreviation('ty', 'thank you', { lowerCaseOnly: true }),
  abbreviation('yw', "you're welcome", { lowerCaseOnly: true }),
  abbreviation('np', 'no problem', { lowerCaseOnly: true }),
  abbreviation('msg', 'message', { lowerCaseOnly: true }),
  abbreviation('k', 'OK', { lowerCaseOnly: true, sentenceOnly: true }),
  abbreviation('kk', 'OK', { lowerCaseOnly: true, sentenceOnly: true }),
  slang('酱紫', '这样子'),
  slang('醬紫', '這樣子'),
  slang('神马', '什么'),
  slang('神馬', '什麼'),
  slang('肿么', '怎么'),
  slang('腫麼', '怎麼'),
  slang('木有', '没有'),
  slang('童鞋', '同学'),
  // "3Q" reads "thank you" in Chinese chat; in English it is a quarter ("3Q results").
  { term: '3Q', kind: 'slang', expansion: '谢谢', amongChinese: true },
  slang('么么哒'),
  slang('麼麼噠'),
  // Matched without regard to case, so ":P" covers ":p" and "XD" covers "xD".
  ...[':)', ':-)', ':(', ':-(', ';)', ';-)', ":'(", ':D', ':-D', ':P', ':-P', '=)', '<3'].map(emoticon),
  ...['XD', '^_^', '^^', '^o^', 'T_T', 'QAQ', '-_-', '>_<', '(╯°□°）╯', '(╯°□°)╯', '(╯°□°）╯︵ ┻━┻', '(╯°□°)╯︵ ┻━┻'].map(emoticon),
  // The codes WeChat and QQ write their stickers as when text is copied out of a chat.
  ...[
    '微笑', '抱拳', '呲牙', '偷笑', '愉快', '憨笑', '可怜', '握手', '强', '玫瑰', '爱心', '耶', '捂脸', '奸笑', '机智', '皱眉', '加油', '汗',
    '流泪', '大哭', '害羞', '调皮', '鼓掌', '胜利', '拥抱', '亲亲', '色', '得意', '再见', '擦汗', '坏笑', '委屈', '快哭了', '发怒', '白眼',
    '旺柴', '吃瓜', '社会社会', '嘿哈', '红包', '撇嘴', '发呆', '尴尬', '难过', '抓狂', '疑问', '鄙视', '阴险', '心碎', '太阳', '月亮',
  ].map((name) => emoticon(`[${name}]`)),
];

/**
 * "木有" is also "wood has": 实木有 (solid wood has), 积木有 (the blocks have). These characters
 * before it make it the noun.
 */
export const WOOD_COMPOUND_PREFIXES = '实實原红紅积積松橡樟楠枫楓檀柚桃乌烏樱櫻榉櫸杉柏桦樺椴梨翅苗树樹林伐枕草灌乔喬硬软軟朽浮啄';
