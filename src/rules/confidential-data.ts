import { defineRule, text } from '../core/rule.ts';
import { ownSegments, textAround, type TextSegment } from '../core/segments.ts';
import { execFrom, linksIn, rangeContains } from '../core/text.ts';
import type { LocalizedText, TextRange } from '../core/types.ts';
import { memoizeByIdentity, once } from '../core/memo.ts';
import { CARD_PREFIXES, CODE_LABEL, IBAN_LENGTHS, KEY_LABEL, NATIONAL_ID_LABEL, NOT_A_CARD_LABEL, NUMBER_LABELS, PASSWORD_LABEL, RESIDENT_ID_REGIONS, type NumberLabel } from './data/confidential-data.ts';

/** The tables as the rule reads them, made when first needed: the content script receives them with its rule data. */
const regionSet = memoizeByIdentity((regions: readonly string[]) => new Set(regions));
const notACardLabel = once(() => new RegExp(NOT_A_CARD_LABEL, 'i'));
/** The words that name a number (NUMBER_LABELS), compiled at the first lint: they come with the rule data. */
const numberLabels = once(() => Object.fromEntries(Object.entries(NUMBER_LABELS).map(([name, source]) => [name, new RegExp(source, 'i')])) as Record<NumberLabel, RegExp>);

type SecretKind = 'card' | 'account' | 'resident-id' | 'national-id' | 'iban' | 'password' | 'code' | 'key';

const KIND_NAMES: Record<SecretKind, LocalizedText> = {
  card: { en: 'a payment card number', zh: '银行卡号' },
  account: { en: 'a bank account number', zh: '银行账号' },
  'resident-id': { en: 'a resident identity card number', zh: '身份证号码' },
  'national-id': { en: 'a national identity or passport number', zh: '证件号码' },
  iban: { en: 'an IBAN bank account number', zh: 'IBAN 银行账号' },
  password: { en: 'a password', zh: '密码' },
  code: { en: 'a verification code', zh: '验证码' },
  key: { en: 'an API key or access token', zh: 'API 密钥或访问令牌' },
};

const MASK = '••••';
const HIDDEN = '••••••';
const LABEL_WINDOW = 16;

/** The Luhn (mod 10) check every payment card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Whether a card network issues numbers of this length with this prefix. */
export function hasCardPrefix(digits: string): boolean {
  return CARD_PREFIXES.some(({ from, to, lengths }) => {
    const prefix = digits.slice(0, from.length);
    return lengths.includes(digits.length) && prefix >= from && prefix <= to;
  });
}

export function isCardNumber(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && hasCardPrefix(digits) && passesLuhn(digits);
}

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK_CHARACTERS = '10X98765432';

function isValidDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Shaped as a resident identity number: 18 characters, an issuing region, a real date of birth; the check character aside. */
function hasResidentIdShape(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id) || !regionSet(RESIDENT_ID_REGIONS).has(id.slice(0, 2))) return false;
  const year = Number(id.slice(6, 10));
  return year >= 1900 && year <= 2099 && isValidDate(year, Number(id.slice(10, 12)), Number(id.slice(12, 14)));
}

/** An 18-character resident identity number: issuing region, a real date of birth, and the ISO 7064 MOD 11-2 check character. */
export function isResidentIdNumber(value: string): boolean {
  const id = value.toUpperCase();
  if (!hasResidentIdShape(id)) return false;
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += (id.charCodeAt(index) - 48) * RESIDENT_ID_WEIGHTS[index]!;
  return RESIDENT_ID_CHECK_CHARACTERS[sum % 11] === id[17];
}

/** An IBAN without spaces: a known country, its length, and the ISO 7064 mod-97 check. */
export function isIban(compact: string): boolean {
  const value = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value) || IBAN_LENGTHS[value.slice(0, 2)] !== value.length) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const character of rearranged) {
    const code = character.charCodeAt(0);
    // Letters count as two digits, A = 10 … Z = 35.
    remainder = code >= 65 ? (remainder * 100 + code - 55) % 97 : (remainder * 10 + code - 48) % 97;
  }
  return remainder === 1;
}

interface Secret {
  kind: SecretKind;
  start: number;
  end: number;
  /** The value with the separators it was written with removed. */
  compact: string;
}

/** The first match in `text` at or after `from`, or null. */
type Search = (text: string, from: number) => RegExpExecArray | null;

/**
 * A search for the pattern `source`. With `mayStart`, a pattern that matches wherever `source`
 * can start, it is tried only where that matches (see execFrom): a pattern that opens with a
 * lookbehind is tried at every character, while one that opens with a few literal characters,
 * or with counted characters written out one by one, skips ahead several at a time.
 */
function searchFor(source: () => string, flags: string, mayStart?: () => string): Search {
  // Compiled at the first search, not as the module loads: the labels come with the rule data,
  // which the content script loads after its modules (src/extension/rule-data.ts).
  const search = once(() => compileSearch(source(), flags, mayStart?.()));
  return (text, from) => search()(text, from);
}

function compileSearch(source: string, flags: string, mayStart: string | undefined): Search {
  if (mayStart === undefined) {
    const pattern = new RegExp(source, `${flags}g`);
    return (text, from) => {
      pattern.lastIndex = from;
      return pattern.exec(text);
    };
  }
  const pattern = new RegExp(source, `${flags}y`);
  const starts = new RegExp(mayStart, `${flags}g`);
  return (text, from) => execFrom(pattern, starts, text, from);
}

interface Detector {
  find: Search;
  /** Account numbers in a link are part of an address, not data; keys and passwords leak there all the same. */
  skipInLinks: boolean;
  /** The secret in a match that starts at `start` of the field, or undefined when it is none. */
  accept(match: RegExpMatchArray, start: number, segment: TextSegment): Secret | undefined;
}

/** A number stands alone: not part of a code, a decimal, a longer run of digit groups or a link. */
const NUMBER_BEFORE = String.raw`(?<![\w+\-.\/#@:]|\d[ -])`;
const NUMBER_AFTER = String.raw`(?![\w\-\/@]|[.:,]\d|[ -]\d)`;

/** The shortest card number: thirteen digits, each but the first after a space or hyphen or not. */
const THIRTEEN_DIGITS = String.raw`\d` + String.raw`[ -]?\d`.repeat(12);

/** How far before a number of its shape the card may be named (NUMBER_LABELS.residentIdWord). */
const RESIDENT_ID_WORD_WINDOW = 48;

/**
 * Sixteen digits in four groups of four, and up to three more (a 19-digit UnionPay card), are written as a card is: with a card named in the
 * sentence before ("the debit card ending 4417 (full number 4532 8812 0675 4417)"), one.
 */
const GROUPED_AS_CARD = /^\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?$/;
const CARD_WORD = /card|卡|咭/i;
const CARD_WORD_WINDOW = 48;

/** The lengths of a card number; accounts of those lengths are read with the cards. */
const CARD_DIGITS = { least: 13, most: 19 };

const cardDetector: Detector = {
  find: searchFor(() => `${NUMBER_BEFORE}\\d(?:[ -]?\\d){${CARD_DIGITS.least - 1},${CARD_DIGITS.most - 1}}${NUMBER_AFTER}`, '', () => THIRTEEN_DIGITS),
  skipInLinks: true,
  accept(match, start, segment) {
    const compact = match[0].replace(/[ -]/g, '');
    const end = start + match[0].length;
    const { before } = textAround(segment, start, end, LABEL_WINDOW);
    if (notACardLabel().test(before)) return undefined;
    if (isCardNumber(compact) || numberLabels().card.test(before) || (GROUPED_AS_CARD.test(match[0]) && CARD_WORD.test(textAround(segment, start, end, CARD_WORD_WINDOW).before))) {
      return { kind: 'card', start, end, compact };
    }
    return numberLabels().account.test(before) || isAccountAtBank(segment, start, end) ? { kind: 'account', start, end, compact } : undefined;
  },
};

/** How far around an account number a bank is looked for (NUMBER_LABELS.bankCue, .bankingDetail). */
const BANK_CUE_WINDOW = 80;
/** How far before its number an account may be named loosely (NUMBER_LABELS.accountWord). */
const ACCOUNT_WORD_WINDOW = 56;

/** A bank named by its name beside an account: "Himalayan Commerce Bank" (in capitals, unlike "pay at the bank"). */
const NAMED_BANK = /\b[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?Bank\b/;

/**
 * Whether the number at [start, end) is a bank account: named one just before it ("Account
 * number:", "帳號") with a bank beside it, or named loosely a few words before ("the account we
 * have on file for her is …", "Account 6612 0483") with banking details beside it.
 */
function isAccountAtBank(segment: TextSegment, start: number, end: number): boolean {
  const around = textAround(segment, start, end, BANK_CUE_WINDOW);
  const beside = (cue: RegExp) => cue.test(around.before) || cue.test(around.after);
  if (numberLabels().account.test(textAround(segment, start, end, LABEL_WINDOW).before)) return beside(numberLabels().bankCue);
  return numberLabels().accountWord.test(textAround(segment, start, end, ACCOUNT_WORD_WINDOW).before) && (beside(numberLabels().bankingDetail) || beside(NAMED_BANK));
}

/**
 * A bank account number of another length than a card's, 6 to 12 digits or 20 to 24: named an
 * account, with a bank beside it, "Sort code: 40-18-22 / Account number: 73019946",
 * "台灣銀行（004）帳號 052004117689", "BSB 484-799 / Account 6612 0483", a company's
 * "账号：4420 1568 0930 0007 2316". Without the bank, an account number is as often a customer's
 * number with a utility or a shop.
 */
const accountDetector: Detector = {
  find: searchFor(() => `${NUMBER_BEFORE}\\d(?:[ -]?\\d){5,23}${NUMBER_AFTER}`, '', () => String.raw`\d(?:[ -]?\d){5}`),
  skipInLinks: true,
  accept(match, start, segment) {
    const compact = match[0].replace(/[ -]/g, '');
    if (compact.length >= CARD_DIGITS.least && compact.length <= CARD_DIGITS.most) return undefined;
    const end = start + match[0].length;
    if (notACardLabel().test(textAround(segment, start, end, LABEL_WINDOW).before) || !isAccountAtBank(segment, start, end)) return undefined;
    return { kind: 'account', start, end, compact };
  },
};

/**
 * A US social security or taxpayer number by its shape, 123-45-6789, with the number named
 * earlier in its sentence: "the SSN we have on file for your daughter, 351-72-0948".
 */
const SSN_SHAPE = String.raw`(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])`;
const SSN_WORD = /\b(?:ssn|social security|itin|taxpayer identification)\b|社安[号號]|社[会會]安全/i;
const SSN_WORD_WINDOW = 64;
const UP_TO_SENTENCE_END = /^[^]*[.!?。！？](?:\s|$)/;

const ssnDetector: Detector = {
  find: searchFor(() => SSN_SHAPE, ''),
  skipInLinks: true,
  accept(match, start, segment) {
    const end = start + match[0].length;
    const before = textAround(segment, start, end, SSN_WORD_WINDOW).before.replace(UP_TO_SENTENCE_END, '');
    return SSN_WORD.test(before) ? { kind: 'national-id', start, end, compact: match[0].replace(/-/g, '') } : undefined;
  },
};

const residentIdDetector: Detector = {
  find: searchFor(() => `${NUMBER_BEFORE}\\d{17}[\\dXx]${NUMBER_AFTER}`, '', () => String.raw`\d`.repeat(17)),
  skipInLinks: true,
  accept(match, start, segment) {
    const end = start + match[0].length;
    const named = () => numberLabels().residentId.test(textAround(segment, start, end, LABEL_WINDOW).before);
    const shapedAndNamedNearby = () => hasResidentIdShape(match[0].toUpperCase()) && numberLabels().residentIdWord.test(textAround(segment, start, end, RESIDENT_ID_WORD_WINDOW).before);
    if (!isResidentIdNumber(match[0]) && !named() && !shapedAndNamedNearby()) return undefined;
    return { kind: 'resident-id', start, end, compact: match[0] };
  },
};

/** India's PAN, in capitals only: "pan" is a word too. */
const PAN_LABEL = String.raw`(?:PAN|SIN)(?: (?:[Nn]umber|[Nn]o\.?|[Cc]ard))?`;
/** A PAN: five letters, four digits, a letter. */
const PAN_VALUE = String.raw`[A-Z]{5}\d{4}[A-Z](?![\w-])`;
/** A date after "passport" is its expiry, not its number. */
const DATE_VALUE = /^(?:\d{4}[-/. ]\d{1,2}[-/. ]\d{1,2}|\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4})$/;
/** Upper-case letters and digits, maybe grouped by single spaces or hyphens: "078-05-1120", "QQ 12 34 56 C", "E12345678", "GHA-721904583-6". */
const ID_VALUE = String.raw`(?=(?:[A-Z]{1,3}[ -]?)?\d)[A-Z0-9](?:[ -]?[A-Z0-9]){5,19}(?![\w-])`;
/** A Macau resident identity number as it is written: "1/382046/7". */
const MACAU_ID_VALUE = String.raw`\d\/\d{6}\/\d(?![\w\/-])`;
/** A whole value that is a PAN or a Macau number: known by its form, however few digits it has. */
const PAN_OR_MACAU_ID = new RegExp(`^(?:${PAN_VALUE}|${MACAU_ID_VALUE})$`);

/** `source` with each Latin letter matching either case (outside escapes): the label is caseless, the number that follows is not. */
function caseless(source: string): string {
  return source.replace(/(?<!\\)[A-Za-z]/g, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}

const nationalIdDetector: Detector = {
  // Between the name and the number, a few words ("number on file, "), but no sentence's end.
  find: searchFor(
    () => String.raw`(?<![A-Za-z])(?:${caseless(NATIONAL_ID_LABEL)}|${PAN_LABEL})[^\n.!?。！？\d]{0,24}?(?<value>${PAN_VALUE}|${MACAU_ID_VALUE}|${ID_VALUE})`,
    '',
    () => `${caseless(NATIONAL_ID_LABEL)}|${PAN_LABEL}`,
  ),
  skipInLinks: true,
  accept(match, start) {
    const value = match.groups!.value!;
    const compact = value.replace(/[ -]/g, '');
    // Five digits, or eight characters mixing three digits with letters ("C7KX4N2P9"): not a word, not a date.
    const digits = compact.match(/\d/g)?.length ?? 0;
    const mixed = compact.length >= 8 && digits >= 3 && /[A-Z]/.test(compact);
    if (!PAN_OR_MACAU_ID.test(value) && ((digits < 5 && !mixed) || DATE_VALUE.test(value))) return undefined;
    const valueStart = start + match[0].length - value.length;
    return { kind: 'national-id', start: valueStart, end: valueStart + value.length, compact };
  },
};

/**
 * A Hong Kong identity card number as it is written, check digit in brackets: "K418822(5)". Known
 * by its check digit, or, when that fails (an example, a typo), by what the text calls it.
 */
const HKID_VALUE = String.raw`(?<![A-Za-z0-9])[A-Z]{1,2}\d{6} ?[(（][0-9A][)）]`;

/** The HKID check: letters count 10–35 (a single letter is led by a space, 36), weights 9 down to 2, and the check digit (A for 10) makes the sum a multiple of 11. */
export function isHkidNumber(value: string): boolean {
  const compact = value.replace(/[ (（)）]/g, '');
  const body = compact.length === 8 ? ` ${compact.slice(0, 7)}` : compact.slice(0, 8);
  let sum = 0;
  for (let index = 0; index < 8; index += 1) {
    const character = body[index]!;
    const worth = character === ' ' ? 36 : /\d/.test(character) ? Number(character) : character.charCodeAt(0) - 55;
    sum += worth * (9 - index);
  }
  const check = compact[compact.length - 1]!;
  return (sum + (check === 'A' ? 10 : Number(check))) % 11 === 0;
}

const hkidDetector: Detector = {
  find: searchFor(() => HKID_VALUE, ''),
  skipInLinks: true,
  accept(match, start, segment) {
    const end = start + match[0].length;
    const compact = match[0].replace(/[ (（)）]/g, '');
    if (!isHkidNumber(compact) && !numberLabels().hkid.test(textAround(segment, start, end, LABEL_WINDOW).before)) return undefined;
    return { kind: 'national-id', start, end, compact };
  },
};


const ibanDetector: Detector = {
  // Greedy on purpose: the country's length then says where the IBAN ends.
  find: searchFor(() => String.raw`(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}`, ''),
  skipInLinks: true,
  accept(match, start, segment) {
    const length = IBAN_LENGTHS[match[0].slice(0, 2)];
    if (length === undefined) return undefined;
    let compact = '';
    let end = 0;
    while (end < match[0].length && compact.length < length) {
      if (match[0][end] !== ' ') compact += match[0][end];
      end += 1;
    }
    if (/[A-Z0-9]/.test(match[0][end] ?? '')) return undefined;
    // A check digit that fails is still an account number the text calls an IBAN.
    if (!isIban(compact) && !numberLabels().iban.test(textAround(segment, start, start + end, LABEL_WINDOW).before)) return undefined;
    return { kind: 'iban', start, end: start + end, compact };
  },
};

/** Between a label and its value: a colon, "is", 为, 是, 係, or 成 and Cantonese 做 after a verb (密码改成…, 重設咗密碼做…). */
const LABEL_SEPARATOR = String.raw`[:：=]|(?:is|was)\b|为|為|是|係|成|做`;
/**
 * The value handed over later in the sentence: "I sent a verification code to your phone, but since texts aren't coming through, here it is: 638204",
 * "If Libby asks for a verification code when you sign in, use 583019".
 */
const HERE_IT_IS = String.raw`[^\n\d.!?。！？:：=]{0,100}?\b(?:here it is|here you go|here's the code|here is the code|use|enter|type in|key in)\s*[:：]?`;
/** A small number in the words between a label and its value, an amount or a time ("withdrawal of 2.5 BTC", "有效期 10 分钟"): three digits at most, so that no code or phone number passes for one. */
const SMALL_NUMBER = String.raw`\d{1,3}(?:[.,]\d{1,3})?(?!\d)`;
/**
 * What may stand between a label and its separator: a closing bracket ("一次性密碼（OTP）："),
 * a remark in brackets ("Delivery OTP (share with the courier only): 6619"), a few words ("code
 * to unlock your account:", "密码已经重置为", "code for your withdrawal of 2.5 BTC:"), but no
 * number longer than a small one and no sentence's end.
 */
const LABEL_FILLER = String.raw`[)）]?(?:\s*[(（](?:[^()（）\n\d]|${SMALL_NUMBER}){1,60}[)）])?(?:(?:[^\n\d.!?。！？:：=]|${SMALL_NUMBER}){0,48}?(?:${LABEL_SEPARATOR})|${HERE_IT_IS})?`;
/** A verb that sets a password to a value ("I've reset your portal password to …"), a few words before the word "password". */
const SET_TO = /\b(?:reset|set|changed?|updated?)\b[^.!?\n]{0,30}$/i;
const SET_TO_WINDOW = 40;
/** Four to eight digits, or six to twelve written in two or three groups ("583 091", "482 913 770"), the groups tried first so that all of them are taken. */
const CODE_VALUE = String.raw`\d{3,4}(?:[ -]\d{3,4}){1,2}|\d{4,8}`;

const labelledDetector: Detector = {
  find: searchFor(
    () =>
      String.raw`(?<![A-Za-z])(?:(?:${CODE_LABEL})${LABEL_FILLER}\s*(?<code>${CODE_VALUE})(?!\w|[.\-\/:]\d)` +
      String.raw`|(?:${PASSWORD_LABEL})(?:[^\n\d.!?。！？:：=]{0,24}?(?<separator>${LABEL_SEPARATOR}|to\b))?\s*(?<password>[\x21-\x7e]{4,64}))`,
    'i',
    () => `${CODE_LABEL}|${PASSWORD_LABEL}`,
  ),
  skipInLinks: false,
  accept(match, start, segment) {
    const { code, password, separator } = match.groups!;
    const valueStart = start + match[0].length - (code ?? password!).length;
    if (code !== undefined) return { kind: 'code', start: valueStart, end: valueStart + code.length, compact: code.replace(/[ -]/g, '') };
    const value = trimClosingPunctuation(password!, segment.text, valueStart);
    // "Reset your password to Westmoor#5521" gives it; "send the password to it-help@…" names where it goes.
    if (separator?.toLowerCase() === 'to' && (!SET_TO.test(textAround(segment, start, start, SET_TO_WINDOW).before) || /@|:\/\/|^www\./i.test(value))) return undefined;
    // Written right after the word, with nothing between, only what no word of prose looks like: "password Linkwave2025!",
    // or a PIN of digits ("輸入個人密碼 482915#"), not a count ("密码 6 位").
    const plain = separator === undefined;
    // Right after the word, wholly in brackets and with no digit, it names or explains the word: "一次性密碼 (OTP)", "password (case-sensitive)".
    if (plain && /^[(（][^()（）\d]*[)）]/.test(password!)) return undefined;
    if (plain && /^\d{4,8}#?$/.test(value) && !/^\s*(?:位|個|个|字|digits?|characters?)/i.test(segment.text.slice(valueStart + value.length, valueStart + value.length + 12))) {
      return { kind: 'password', start: valueStart, end: valueStart + value.length, compact: value };
    }
    if (!looksLikePassword(value, !plain && /^[:：=]$/.test(separator), segment.text, valueStart + value.length, plain)) return undefined;
    return { kind: 'password', start: valueStart, end: valueStart + value.length, compact: value };
  },
};

/** "Password: Abc12345." ends the sentence with the full stop; the password is the rest. */
function trimClosingPunctuation(value: string, full: string, valueStart: number): string {
  const trimmed = value.replace(/[.,;:!?)\]}'"]+$/, '');
  const followedByBreak = /^(?:\s|$)/.test(full.slice(valueStart + value.length, valueStart + value.length + 1));
  return trimmed.length >= 4 && followedByBreak ? trimmed : value;
}

/**
 * Told apart from prose: "your password is incorrect", "密码是 case-sensitive", placeholders
 * such as "****" or "<new password>". A plain word counts only after a colon, as the last
 * thing on its line.
 */
function looksLikePassword(value: string, afterColon: boolean, full: string, end: number, strict = false): boolean {
  if (/^[*•xX#.\-_]+$/.test(value) || /^[<[{].*[>\]}]$/.test(value)) return false;
  if (strict) {
    // The full stop or comma of the sentence is no symbol of the password: "change your password now." gives none.
    const word = value.replace(/[.,;:!?)\]}'"]+$/, '');
    return /[A-Za-z]/.test(word) && (/\d/.test(word) || /[^A-Za-z\d'’-]/.test(word));
  }
  if (/\d/.test(value) || /[^A-Za-z\d-]/.test(value) || (/[a-z]/.test(value) && /[A-Z]/.test(value.slice(1)))) return true;
  return afterColon && /^[A-Za-z]+$/.test(value) && /^[ \t]*(?:\n|$)/.test(full.slice(end, end + 80));
}

/** The keys and tokens of the common services: the prefix each issuer gives its keys, and the rest. */
const KEY_FORMS: readonly { prefix: string; rest: string }[] = [
  { prefix: 'sk-', rest: String.raw`(?:proj-|ant-)?[A-Za-z0-9_\-]{20,}` },
  { prefix: '[sr]k_', rest: String.raw`(?:live|test)_[A-Za-z0-9]{16,}` },
  { prefix: 'gh[pousr]_', rest: '[A-Za-z0-9]{36,}' },
  { prefix: 'github_pat_', rest: '[A-Za-z0-9_]{22,}' },
  { prefix: 'xox[abposr]-', rest: String.raw`[A-Za-z0-9\-]{10,}` },
  { prefix: '(?:AKIA|ASIA)', rest: '[A-Z0-9]{16}' },
  { prefix: 'AIza', rest: String.raw`[A-Za-z0-9_\-]{35}` },
  { prefix: 'glpat-', rest: String.raw`[A-Za-z0-9_\-]{20,}` },
  { prefix: 'eyJ', rest: String.raw`[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}` },
];

const keyDetector: Detector = {
  find: searchFor(
    () => String.raw`(?<![A-Za-z0-9_\-])(?:${KEY_FORMS.map(({ prefix, rest }) => prefix + rest).join('|')})(?![A-Za-z0-9_\-])`,
    '',
    () => KEY_FORMS.map(({ prefix }) => prefix).join('|'),
  ),
  skipInLinks: false,
  accept(match, start) {
    return { kind: 'key', start, end: start + match[0].length, compact: match[0] };
  },
};

/**
 * Other issuers' live and test keys ("mrc_live_7Hq2…"): a short name, the mode and a run with
 * digits in it. Searched for from the mode, a few literal characters, and widened back over the
 * name: a search that opened with the name's letters was tried at nearly every character of prose.
 */
const issuerKeyDetector: Detector = {
  find: searchFor(() => String.raw`(?<=(?<![A-Za-z0-9_\-])[a-z]{2,10})_(?:live|test|prod)_(?=[A-Za-z]*\d)[A-Za-z0-9]{16,}(?![A-Za-z0-9_\-])`, '', () => '_(?:live|test|prod)_'),
  skipInLinks: false,
  accept(match, start, segment) {
    let keyStart = start;
    while (keyStart > segment.start && /[a-z]/.test(segment.text[keyStart - 1]!)) keyStart -= 1;
    const end = start + match[0].length;
    return { kind: 'key', start: keyStart, end, compact: segment.text.slice(keyStart, end) };
  },
};


/**
 * A key of a form KEY_FORMS does not know, called one by the text: after its label and a
 * separator, a run of sixteen or more letters and digits with both in it, as no word is.
 */
const labelledKeyDetector: Detector = {
  find: searchFor(
    () => String.raw`(?<![A-Za-z])(?:${KEY_LABEL})[^\n.!?。！？:：=]{0,32}?(?:[:：=]|is\b|为|為|是|係)\s*(?<key>[A-Za-z0-9_\-+/]{16,}={0,2})(?![A-Za-z0-9_\-+/=])`,
    'i',
    () => KEY_LABEL,
  ),
  skipInLinks: false,
  accept(match, start) {
    const key = match.groups!.key!;
    if (!/\d/.test(key) || !/[A-Za-z]/.test(key)) return undefined;
    const keyStart = start + match[0].length - key.length;
    return { kind: 'key', start: keyStart, end: keyStart + key.length, compact: key };
  },
};

/** In order of trust: where two overlap, the earlier detector's reading stands. */
const DETECTORS: readonly Detector[] = [keyDetector, issuerKeyDetector, labelledKeyDetector, labelledDetector, residentIdDetector, hkidDetector, nationalIdDetector, ssnDetector, ibanDetector, cardDetector, accountDetector];

/** Two lists sorted by start as one. */
function mergeByStart(a: readonly Secret[], b: readonly Secret[]): Secret[] {
  const merged: Secret[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start) ? a[i++]! : b[j++]!);
  return merged;
}

/**
 * Whether `[start, end)` overlaps one of `links` (sorted, not overlapping), for queries that come
 * in order of their starts, as one detector's matches do: a pointer walks the links once, so a
 * line full of numbers and links costs one pass over each. A query out of order starts the walk again.
 */
function linkOverlapTest(links: readonly TextRange[]): (start: number, end: number) => boolean {
  let next = 0;
  let lastStart = 0;
  return (start, end) => {
    if (start < lastStart) next = 0;
    lastStart = start;
    while (next < links.length && links[next]!.end <= start) next += 1;
    return next < links.length && links[next]!.start < end;
  };
}

/**
 * Each detector's matches do not overlap one another; a match overlapping what an earlier
 * detector found is dropped, looked up by binary search (a mail full of numbers has tens of
 * thousands of them, and comparing each with all the others took seconds).
 */
function findSecrets(segment: TextSegment, links: readonly TextRange[]): Secret[] {
  const slice = segment.text.slice(segment.start, segment.end);
  let secrets: Secret[] = [];
  for (const detector of DETECTORS) {
    const fresh: Secret[] = [];
    const inLink = linkOverlapTest(links);
    for (let match = detector.find(slice, 0); match !== null; match = detector.find(slice, match.index + match[0].length)) {
      const found = detector.accept(match, segment.start + match.index, segment);
      if (!found || found.end > segment.end) continue;
      if (detector.skipInLinks && inLink(found.start, found.end)) continue;
      // Secrets are sorted by start and do not overlap one another, as rangeContains asks.
      if (!rangeContains(secrets, found.start, found.end)) fresh.push(found);
    }
    secrets = mergeByStart(secrets, fresh);
  }
  return secrets;
}

/** Short secrets are hidden entirely; long numbers and keys keep their last four characters, so the customer can tell which one is meant. */
function masked(secret: Secret): string {
  if (secret.kind === 'password' || secret.kind === 'code') return HIDDEN;
  return `${MASK} ${secret.compact.slice(-4)}`;
}

export const confidentialData = defineRule({
  meta: {
    id: 'confidential-data',
    defaultSeverity: 'error',
    fixable: true,
    options: {},
    docs: {
      en: {
        summary: 'Never send card numbers, ID numbers, bank accounts, passwords, verification codes or API keys by mail.',
        rationale:
          'Mail is copied to servers and mailboxes the company does not control and can be forwarded by anyone; a leaked number or code cannot be taken back.',
      },
      zh: {
        summary: '不要在邮件中发送银行卡号、身份证号、银行账号、密码、验证码或 API 密钥。',
        rationale: '邮件会保存在多台服务器和邮箱中，也可能被随意转发；这类信息一旦泄露便无法收回。',
      },
    },
  },
  check({ model, report }) {
    for (const segment of ownSegments(model)) {
      for (const secret of findSecrets(segment, linksIn(model, segment.field, segment.start, segment.end))) {
        const mask = masked(secret);
        const name = KIND_NAMES[secret.kind];
        report({
          field: segment.field,
          start: secret.start,
          end: secret.end,
          message: text(
            `This looks like ${name.en} (${mask}). Mail is not a safe place for it: mask it, or share it through a secure channel.`,
            `这看起来是${name.zh}（${mask}）。邮件并不安全，请遮盖后再发送，或改用安全渠道提供。`,
          ),
          fixes: [
            {
              title: text(`Mask it as “${mask}”`, `遮盖为“${mask}”`),
              edits: [{ field: segment.field, start: secret.start, end: secret.end, text: mask }],
            },
          ],
        });
      }
    }
  },
});
