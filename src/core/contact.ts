import { findUrlsAndEmails, wordsAndHan } from './text.ts';

/**
 * What a line of contact details holds: a phone number, an e-mail address, a web address, or a
 * label naming one ("Tel:", "地址："). Shared by the draft model, which knows a signature by
 * them, and the signature rule, which asks whether one is complete.
 */

/** A run of digits and separators, optionally with a +country code: "+86 138-0013-8000", "400-820-8820", "(021) 6123 4567". */
const PHONE_CANDIDATE = /\+?\(?\d[\d\s().-]{5,}\d/g;
const DATE_LIKE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;
/** Labels that open a line of contact details, in the languages a signature is written in: "Tel:", "地址：", "Instagram：@…", "營業時間：…". */
const CONTACT_LABEL_LINE =
  /^\s*(?:tel|phone|mobile|mob|cell|fax|hotline|e-?mail|web(?:site)?|site|address|addr|skype|wechat|line|whatsapp|电话|電話|手机|手機|座机|座機|传真|傳真|热线|熱線|专线|專線|直线|直線|邮箱|郵箱|电邮|電郵|邮件|郵件|地址|网址|網址|官网|官網|微信|公众号|公眾號|instagram|ig|facebook|fb|twitter|linkedin|telegram|tiktok|threads|微博|抖音|小红书|小紅書|opening hours|office hours|business hours|营业时间|營業時間|办公时间|辦公時間|服务时间|服務時間)(?![a-z])[^:：\n]{0,12}[:：]/i;

export function hasPhoneNumber(line: string): boolean {
  for (const match of line.matchAll(PHONE_CANDIDATE)) {
    const digits = match[0].replace(/\D/g, '').length;
    if (digits >= 7 && digits <= 15 && !DATE_LIKE.test(match[0])) return true;
  }
  return false;
}

export function hasEmail(line: string): boolean {
  return findUrlsAndEmails(line).some((range) => line.slice(range.start, range.end).includes('@'));
}

/** A phone number, an address for mail or the web, or a contact label: a line only contact details are written on. */
export function isContactLine(line: string): boolean {
  return CONTACT_LABEL_LINE.test(line) || hasPhoneNumber(line) || findUrlsAndEmails(line).length > 0;
}

/** A web address written as a signature writes one, with no "www." or scheme: "silverveiltas.example.com.au". */
const BARE_DOMAIN_LINE = /^\s*(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:\/\S*)?\s*$/i;

/** Most words, and most Chinese characters, a line of contact details holds besides the details: "Mobile", "客服热线". */
const MOST_WORDS_BESIDE = 3;
const MOST_HAN_BESIDE = 4;

/**
 * A line that holds contact details and little else: a labelled line ("电话：…"), or a phone
 * number, an address or a link with at most a few words beside it ("+65 6555 0123", "Mobile
 * +1 312 555 0177"). A sentence that gives a link ("Book a slot at https://…") is not one.
 */
export function isContactOnlyLine(line: string): boolean {
  if (CONTACT_LABEL_LINE.test(line) || BARE_DOMAIN_LINE.test(line)) return true;
  // The line with each link cut out, built in one pass: cutting them one by one copied the rest
  // of the line for every link, quadratic on a long line full of them.
  let rest = '';
  let from = 0;
  for (const range of findUrlsAndEmails(line)) {
    rest += `${line.slice(from, range.start)} `;
    from = range.end;
  }
  rest += line.slice(from);
  const withoutPhones = rest.replace(PHONE_CANDIDATE, ' ');
  if (withoutPhones === line) return false;
  const { words, han } = wordsAndHan(withoutPhones);
  return words <= MOST_WORDS_BESIDE && han <= MOST_HAN_BESIDE;
}

