/**
 * Reference tables for recognising account numbers. A number is only reported when it fits
 * one of these and passes its checksum, which keeps order and tracking numbers out.
 */

/** Issuer prefixes of the card networks, as inclusive ranges of equal-length prefixes, with the lengths they issue. */
export interface CardPrefixRange {
  from: string;
  to: string;
  lengths: readonly number[];
}

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];

export const CARD_PREFIXES: readonly CardPrefixRange[] = [
  { from: '4', to: '4', lengths: [13, 16, 19] }, // Visa
  { from: '51', to: '55', lengths: [16] }, // Mastercard
  { from: '2221', to: '2720', lengths: [16] }, // Mastercard 2-series
  { from: '2200', to: '2204', lengths: [16] }, // Mir
  { from: '34', to: '34', lengths: [15] }, // American Express
  { from: '37', to: '37', lengths: [15] },
  { from: '62', to: '62', lengths: SIXTEEN_TO_NINETEEN }, // UnionPay
  { from: '6011', to: '6011', lengths: SIXTEEN_TO_NINETEEN }, // Discover
  { from: '644', to: '649', lengths: SIXTEEN_TO_NINETEEN },
  { from: '65', to: '65', lengths: SIXTEEN_TO_NINETEEN },
  { from: '3528', to: '3589', lengths: SIXTEEN_TO_NINETEEN }, // JCB
  { from: '300', to: '305', lengths: [14, 15, 16, 17, 18, 19] }, // Diners Club
  { from: '36', to: '36', lengths: [14, 15, 16, 17, 18, 19] },
  { from: '38', to: '39', lengths: [14, 15, 16, 17, 18, 19] },
  { from: '5018', to: '5018', lengths: [13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { from: '5020', to: '5020', lengths: [13, 14, 15, 16, 17, 18, 19] },
  { from: '5038', to: '5038', lengths: [13, 14, 15, 16, 17, 18, 19] },
  { from: '6304', to: '6304', lengths: [13, 14, 15, 16, 17, 18, 19] },
  { from: '6759', to: '6759', lengths: [13, 14, 15, 16, 17, 18, 19] },
  { from: '6761', to: '6763', lengths: [13, 14, 15, 16, 17, 18, 19] },
];

/** IBAN length by country, for the countries customers write from most. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AT: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18,
  EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GI: 23, GL: 18, GR: 27, HR: 21, HU: 28,
  IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21,
  MC: 27, MT: 31, NL: 18, NO: 15, PK: 24, PL: 28, PT: 25, QA: 29, RO: 24, SA: 24, SE: 24, SI: 19,
  SK: 24, SM: 27, TR: 26, UA: 29,
};

/** First two digits of a resident identity number: the province-level division that issued it. */
export const RESIDENT_ID_REGIONS: readonly string[] = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83',
];

/**
 * Words that say the number after them is not a card: order, tracking, invoice and the like.
 * Matched, ignoring case, against the few characters before a card-like number. A pattern's
 * source rather than a RegExp, and the regions a list rather than a Set: the content script
 * loads these tables with its rule data (src/extension/rule-data.ts), as JSON.
 */
export const NOT_A_CARD_LABEL =
  String.raw`(?:order|tracking|track|invoice|inv|ref|reference|ticket|case|serial|imei|awb|waybill|parcel|shipment|sku|po|订单|訂單|单号|單號|运单|運單|快递|快遞|物流|发票|發票|工单|工單|序列号|序號|流水号|流水號|交易号|交易號|编号|編號)\s*(?:no\.?|number|num|id|#|号|號|码|碼)?\s*[:：#.]?\s*$`;

// What the text calls a number or a code just before it (regular-expression sources, matched
// ignoring case): the rule's vocabulary, which the content script loads with its rule data.

/** Identity numbers of other countries, which no check tells apart from other numbers: known by what the text calls them. */
export const NATIONAL_ID_LABEL = String.raw`澳[门門]居民身[份分][证證](?:[号號]碼?|[号號]码?)?|nric|mykad(?: (?:number|no\.?)| ?[号號]碼?| ?[号號]码)?|social insurance (?:number|no\.?)|(?<!(?:order|ticket|case|booking|customer|member|user|account|transaction|reference|tracking|employee|student|session|device|client|merchant|product|request) )id (?:number|no\.)|social security (?:number|no\.?)|ssn|national insurance (?:number|no\.?)|ni number|nino|passport(?: (?:number|no\.?|#))?|nid(?: (?:number|no\.?|card))?|itin|aadhaar(?: (?:number|no\.?|card))?|ghana card(?: (?:number|no\.?))?|philsys(?: (?:number|no\.?|card|id))?|sss(?: (?:number|no\.?))?|tax file (?:number|no\.?)|tfn|(?:taxpayer|tax) identification (?:number|no\.?)|tin (?:number|no\.?)|ird (?:number|no\.?)|pps (?:number|no\.?)|ppsn|护照号码?|護照號碼?|身分證(?:字號|號碼?|統一編號)|居留证号码?|居留證號碼?`;
export const CODE_LABEL = String.raw`verification code|security code|confirmation code|one[- ]time (?:code|password|passcode)|(?:activation|access|unlock|reset|login|sign[- ]?in|bypass) code|otp|(?:2fa|mfa) code|auth(?:entication)? code|pin(?: code)?|激活码|激活碼|短信验证码|验证码|驗證碼|校验码|校驗碼|动态码|動態碼|动态密码|動態密碼|一次性密码|一次性密碼|短信码|簡訊碼|确认码|確認碼|认证码|認證碼|授权码|授權碼|安全码|安全碼|tac(?= ?(?:code|[:：]))(?: code)?|(?:backup|recovery|scratch) codes?`;
export const PASSWORD_LABEL = String.raw`password|passwd|pwd|passcode|密码|密碼|口令`;
export const KEY_LABEL = String.raw`api[ _-]?key|secret(?:[ _-]?key)?|(?:access|refresh|session|scim|webhook|signing|live|test|private)[ _-]?(?:key|token|secret)|client[ _-]?secret|auth(?:orization)?[ _-]?token|bearer|token|密钥|密鑰|秘钥|秘鑰|金钥|金鑰|令牌`;

/**
 * Words that name a number just before it or near it (regular-expression sources, matched
 * ignoring case). A number the text calls a card or an identity number is one even when its
 * check digit fails: a mistyped card number still gives most of a real one away, and an example
 * that passes no check is still written as the real thing would be.
 */
export const NUMBER_LABELS = {
  card: String.raw`(?:卡号|卡號|卡号码|卡號碼|信用卡|借记卡|借記卡|储蓄卡|儲蓄卡|银行卡|銀行卡|信用咭|扣款卡|card\s*(?:number|no\.?|#)|credit\s+card|debit\s+card)[^\d\n]{0,8}$`,
  residentId: String.raw`(?:身份证|身份證|身分證|identity\s+card|id\s+card|id\s+number)[^\d\n]{0,8}$`,
  /** The card named in the sentence before a number of its shape ("上传的身份证照片有反光，系统识别出来的号码是 …"): a typo or a misread still gives it away. */
  residentIdWord: String.raw`身份证|身份證|身分證|identity card|id card`,
  /** A bank account the money goes to or comes from ("收款账户：澄海银行 6230 …", "account number 1234 …", "戶口號碼"): a bank's name may stand between. */
  account: String.raw`(?:账户|賬戶|帳戶|账号|賬號|帳號|戶口(?:號碼|号码)|户口号码|银行户口|銀行戶口|bank\s+account(?:\s*(?:number|no\.?|#))?|account\s*(?:number|no\.?|#))[^\d\n]{0,8}$`,
  /** An account named a few words before its number, in the same clause: "the account number we have on file for her is …", "Account 6612 0483". */
  accountWord: String.raw`(?:账户|賬戶|帳戶|账号|賬號|帳號|戶口|\baccount\b)[^\d\n.!?。！？,，;；、]{0,40}$`,
  /** Words that put a bank beside an account number: its name, branch or routing code, or the holder's name. */
  bankCue: String.raw`\b(?:sort\s*code|bsb|routing|swift|bic|ifsc|bank|branch)\b|银行|銀行|分行|支行|户名|戶名|开户|開戶`,
  /**
   * What only a bank account has beside it: a routing code, a branch, the holder's name. A bank
   * as a place to pay ("你可以在网上或者银行付款") does not make a loosely named account a bank's.
   */
  bankingDetail: String.raw`\b(?:sort\s*code|bsb|routing|swift|bic|ifsc|branch\s*code)\b|户名|戶名|开户行|開戶行|分行|支行`,
  hkid: String.raw`(?:hkid|hong\s+kong\s+(?:id|identity)|身份證|身份证|身分證)[^\n]{0,12}$`,
  iban: String.raw`iban[^\w\n]{0,8}$|(?:国际银行账号|國際銀行帳號)[^\n]{0,4}$`,
} as const;
export type NumberLabel = keyof typeof NUMBER_LABELS;
