import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../core/engine.ts';
import type { Rule } from '../core/rule.ts';
import { testRule } from '../core/testing/rule-tester.ts';
import { confidentialData, isCardNumber, isIban, isResidentIdNumber, passesLuhn } from './confidential-data.ts';

/** Check digits computed here independently of the rule, so the tests do not grade the rule's own arithmetic. */
function luhnCheckDigit(payload: string): string {
  let sum = 0;
  [...payload].reverse().forEach((character, index) => {
    let digit = Number(character);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  });
  return String((10 - (sum % 10)) % 10);
}

function residentIdCheckCharacter(first17: string): string {
  let sum = 0;
  for (let index = 0; index < 17; index += 1) sum += Number(first17[index]) * (2 ** (17 - index) % 11);
  return '10X98765432'[sum % 11]!;
}

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (length: number) => fc.array(digit, { minLength: length, maxLength: length }).map((list) => list.join(''));
const visaNumber = digits(14).map((payload) => `4${payload}${luhnCheckDigit(`4${payload}`)}`);

/** Replaces one digit with a different one. */
function changeDigit(value: string, position: number, shift: number): string {
  const index = position % value.length;
  const changed = (Number(value[index]) + 1 + (shift % 9)) % 10;
  return value.slice(0, index) + String(changed) + value.slice(index + 1);
}

describe('passesLuhn', () => {
  it('accepts published test card numbers', () => {
    for (const number of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '3530111333300000', '6200000000000005']) {
      expect(passesLuhn(number), number).toBe(true);
      expect(isCardNumber(number), number).toBe(true);
    }
  });

  it('accepts any number completed with its check digit, and rejects it after any one digit changes', () => {
    fc.assert(
      fc.property(visaNumber, fc.nat(), fc.nat(), (number, position, shift) => {
        expect(passesLuhn(number)).toBe(true);
        expect(passesLuhn(changeDigit(number, position, shift))).toBe(false);
      }),
    );
  });

  it('wants a card network prefix and length', () => {
    expect(passesLuhn('1234567812345670')).toBe(true);
    expect(isCardNumber('1234567812345670')).toBe(false);
    expect(isCardNumber('41111111111111111')).toBe(false);
  });
});

describe('isResidentIdNumber', () => {
  const validId = fc
    .record({
      region: fc.constantFrom('11', '31', '44', '65'),
      rest: digits(4),
      birth: fc.date({ min: new Date('1930-01-01'), max: new Date('2020-12-31'), noInvalidDate: true }),
      sequence: digits(3),
    })
    .map(({ region, rest, birth, sequence }) => {
      const first17 = `${region}${rest}${birth.toISOString().slice(0, 10).replaceAll('-', '')}${sequence}`;
      return first17 + residentIdCheckCharacter(first17);
    });

  it('accepts the published sample, in either case of X', () => {
    expect(isResidentIdNumber('11010519491231002X')).toBe(true);
    expect(isResidentIdNumber('11010519491231002x')).toBe(true);
  });

  it('accepts generated numbers and rejects them after any one digit changes', () => {
    fc.assert(
      fc.property(validId, fc.integer({ min: 0, max: 16 }), fc.nat(), (id, position, shift) => {
        expect(isResidentIdNumber(id)).toBe(true);
        expect(isResidentIdNumber(changeDigit(id.slice(0, 17), position, shift) + id[17])).toBe(false);
      }),
    );
  });

  it('rejects impossible dates and unknown regions even with a matching check character', () => {
    const february30 = '11010519490230001';
    expect(isResidentIdNumber(february30 + residentIdCheckCharacter(february30))).toBe(false);
    const region99 = '99010519491231002';
    expect(isResidentIdNumber(region99 + residentIdCheckCharacter(region99))).toBe(false);
  });
});

describe('isIban', () => {
  const published = ['DE89370400440532013000', 'GB82WEST12345698765432', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'CH9300762011623852957'];

  it('accepts published examples', () => {
    for (const iban of published) expect(isIban(iban), iban).toBe(true);
  });

  it('rejects any one changed digit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...published), fc.nat(), fc.nat(), (iban, position, shift) => {
        const digitPositions = [...iban].flatMap((character, index) => (index >= 2 && /\d/.test(character) ? [index] : []));
        const index = digitPositions[position % digitPositions.length]!;
        const changed = iban.slice(0, index) + String((Number(iban[index]) + 1 + (shift % 9)) % 10) + iban.slice(index + 1);
        expect(isIban(changed)).toBe(false);
      }),
    );
  });

  it('wants the length of its country', () => {
    expect(isIban('DE8937040044053201300')).toBe(false);
    expect(isIban('ZZ89370400440532013000')).toBe(false);
  });
});

describe('confidential-data on generated card numbers', () => {
  const linter = createLinter([confidentialData as unknown as Rule]);
  const cardFindings = (body: string) => linter.lint({ subject: 'Refund', body }).filter((finding) => finding.message.en.includes('card'));

  it('always reports a valid number, grouped or not, and never one with a changed digit', () => {
    fc.assert(
      fc.property(visaNumber, fc.boolean(), fc.nat(), fc.nat(), (number, grouped, position, shift) => {
        const written = grouped ? number.replace(/(\d{4})(?=\d)/g, '$1 ') : number;
        expect(cardFindings(`Your card ${written} was charged.`)).toHaveLength(1);
        expect(cardFindings(`Your card ${changeDigit(number, position, shift)} was charged.`)).toHaveLength(0);
      }),
    );
  });
});

const SUPPORT_REPLY = [
  'Hi Mr. Lee,',
  '',
  'Order #4111111111111111 and order no. 5555555555554444 shipped on 2026-01-05.',
  'UPS tracking 1Z999AA10123456784; SF Express SF1234567890123; IMEI 356938035643809.',
  'Invoice INV-2026-0113 for $1,234.56 (¥8,888.00) is in your account. Call +86 138 0013 8000 or 400-123-4567.',
  'The order number 4111 1111 1111 1112 does not pass as a card, nor does 110105194912310021.',
  'Your password is case-sensitive; the verification code expires in 10 minutes.',
  'Details: https://example.com/orders/4111111111111111?ref=GB82WEST12345698765432',
  '',
  'Best regards,',
  'Support',
].join('\n');

/** Built from parts so that secret scanners reading this file do not take the examples for real keys. */
const KEYS = [
  ['sk_live_', '4eC39HqLyjWDarjtT1zdp7dc'],
  ['ghp_', 'abcdefghijklmnopqrstuvwxyz0123456789'],
  ['AKIA', 'IOSFODNN7EXAMPLE'],
  ['AIza', 'SyA1234567890abcdefghijklmnopqrstuv'],
  ['xoxb-', '123456789012-abcdefghij'],
  ['glpat-', 'abcdefghij1234567890'],
  ['eyJhbGciOiJIUzI1NiJ9.', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', '.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'],
].map((parts) => parts.join(''));

testRule(confidentialData, {
  valid: [
    {
      name: 'no code where a long number stands between the label and the colon, or the sentence ends first',
      body: 'The verification code for order 123456: we sent it again.\nYour verification code expires in 10 minutes. Order 48291345 ships today.\n验证码已发送至尾号 1234 的手机：请查收。',
    },
    { name: 'the words without a number, and a tin on the lid', body: 'Your SSS contributions are up to date and your tax file number is on file. The tin number on the lid is 4471. 您的税号已登记。' },
    { name: 'a password named with the sentence ending after it, and a length in digits', body: "If this wasn't you, please change your password now. Check your email account's password too, as it may also be compromised. 密码 6 位以上，密码设置成功。" },
    { name: 'TAC and MyKad named with no value', body: 'Request a new TAC from the login screen. Please bring your MyKad to the branch. The stack trace is attached.' },
    { name: 'no value after "here it is", and a key name with no digits', body: 'We sent a new verification code to your phone; here it is, in the SMS from 95588. Set the mode in config_live_settings_enabled_flag.' },
    { name: 'an order ID number, a sin and a word after passport are no identity numbers', body: 'Your order ID number 88213901 has shipped. It would be a sin to miss it. Bring your passport tomorrow.' },
    { name: 'an order number of eighteen digits near a mention of the ID card, its first digits no region', body: '请上传身份证照片。您的订单号 202403151234567890 已登记。' },
    { name: 'a model number in the shape of an HKID, unnamed and failing its check', body: 'The replacement part AB123456(7) ships today.' },
    { name: 'a password sent to someone, or reset to continue, gives nothing away', body: 'Never send your password to it-help@acme.example. Please reset your password to continue. Forward the password to IT-Support.' },
    { name: 'a member account number is too short to be a bank account', body: '会员账号：DY88302175，积分已到账。' },
    { name: 'an account number with a utility or a shop, no bank beside it', body: 'Your water account number: 73019946 is now linked. 您的会员帐号 88302175 已升级。' },
    { name: 'a number of the social-security shape that nothing names', body: 'Call 555-12-3456 today. Your SSN is safe with us. Room 201-33-4455 is booked.' },
    { name: 'a bank as a place to pay, and a phone number a clause after an account', body: 'The corrected bill for account 118-60233 is US$96.20. 你可以在网上或者银行付款。閣下的戶口已即時凍結，請立即致電反詐騙熱線 3188 6620。' },
    { name: 'a reply full of order, tracking, phone and invoice numbers', body: SUPPORT_REPLY },
    {
      name: 'a Chinese reply with order numbers and dates',
      body: '您好！订单号 6222021234567890123 已于 2026年1月5日 发货，运单号 SF1234567890123，客服电话 400-123-4567。验证码有效期为 5 分钟，密码已重置，请用新密码登录。',
    },
    { name: 'prose after a password label', body: 'Your password is incorrect. Password: please use the reset link below.' },
    { name: 'placeholders and masked values', body: 'Password: ********\nCard: •••• 4242\n密码：<您的密码>' },
    { name: 'a card number in the quoted customer mail', body: 'We removed it for you.\n\n> My card is 4111 1111 1111 1111' },
    { name: 'decimal and amount look-alikes', body: 'Totals: 4111111111111111.50 and 4,111,111,111,111,111.' },
    {
      name: 'prose about passwords, codes, keys and identity numbers',
      body: 'Your password must have 8 characters and a digit. The password-protected file is attached. We never ask for your Social Security number by email. Your API key is revoked; create a new one.',
    },
    {
      name: 'a passport’s expiry, a frying pan, an unlabelled IBAN-shaped code and grouped digits named an order',
      body: 'Your passport expires 2031-11-30. The pan ordered on 12345678 ships today. Ref DE27 5001 0517 4086 2319 55. Card order number 4532 8812 0675 4417 is confirmed.',
    },
    { name: '关于密码、验证码和证件的说明', body: '验证码将发送到您的手机 138 0013 8000。密码已经重置，请查收短信。请携带身份证原件办理。您的 API key 已失效，请重新生成。' },
    { name: 'a bracket after the word names it: 一次性密碼 (OTP), password (case-sensitive)', body: '本行職員絕不會要求閣下提供網上理財密碼或一次性密碼 (OTP)，如有疑問請致電。The password (case-sensitive) is in the welcome letter.' },
  ],
  invalid: [
    {
      name: 'a password in brackets with digits is still one',
      body: 'Your new password (Tr0ub4dor&3) works from today.',
      findings: [{ text: '(Tr0ub4dor&3' }],
    },
    {
      name: 'social security and tax numbers by name: SSS, a tax file number, a TIN, 身分證字號',
      body: 'SSS No.: 34-5678912-3\nWe prepared it under your tax file number 482 915 637. TIN No. 123-456-789-000.\n您的身分證字號 F228391045 已登記。',
      findings: [{ text: '34-5678912-3' }, { text: '482 915 637' }, { text: '123-456-789-000' }, { text: 'F228391045' }],
    },
    {
      name: 'backup codes, a Ghana Card and a PhilSys number, a door PIN, a password reset in Cantonese, a 19-digit card grouped by fours',
      body: "Here are your new backup codes; each one works once:\n4819-2270\nThe registration was done with Ghana Card number GHA-721904583-6. The ID you uploaded (PhilSys No. 4827-1936-5502-8841) is fine.\n請在大門輸入個人密碼 482915#，再拍會員卡。我已經重設咗密碼做 Sf8832kq。系统里登记的银行卡号是6217 0033 1088 2456 719。",
      findings: [{ text: '4819-2270' }, { text: 'GHA-721904583-6' }, { text: '4827-1936-5502-8841' }, { text: '482915#' }, { text: 'Sf8832kq' }, { text: '6217 0033 1088 2456 719' }],
    },
    { name: 'a TAC and a MyKad number', body: '我们把一次性验证码发到这封邮件：\nTAC: 604 918（5分钟内有效）\nMyKad 号码：870614-10-5382', findings: [{ text: '604 918' }, { text: '870614-10-5382' }] },
    {
      name: 'a code handed over later in the sentence, a 確認碼, and another issuer’s live key',
      body: "I sent a verification code to your phone, but since you mentioned texts aren't coming through, here it is: 638204.\n一次性確認碼：604 918（10 分鐘內有效）\nHere's the new one: mrc_live_7Hq2ZpX9vLk4Tn1RbW8s",
      findings: [{ text: '638204' }, { text: '604 918' }, { text: 'mrc_live_7Hq2ZpX9vLk4Tn1RbW8s' }],
    },
    {
      name: 'identity numbers by their names: NRIC, SIN, a South African ID number, an alphanumeric passport number',
      body: 'We matched your NRIC S8812345D. The account holder is on file with SIN 527 318 904. We ran the check with your ID number 8507125801089. We registered you with passport no. C7KX4N2P9.',
      findings: [{ text: 'S8812345D' }, { text: '527 318 904' }, { text: '8507125801089' }, { text: 'C7KX4N2P9' }],
    },
    {
      name: 'a code after a long remark, a Macau identity number, a resident number misread near the card it was read from',
      body: "Here's the one-time code to complete your SIM swap in the app: 552931.\n澳門居民身份證號碼：1/382046/7\n上传的身份证照片有反光，系统识别出来的号码是 110105199203154417，和你填的信息对不上。",
      findings: [{ text: '552931' }, { text: '1/382046/7' }, { text: '110105199203154417' }],
    },
    {
      name: 'Hong Kong identity numbers: by their check digit, or by their name when it fails',
      body: 'We have updated the beneficiary (ID A123456(3)) as requested.\n香港身份證號碼：Z683214(5)\n受益人 HKID K418822（5）已更新。',
      findings: [{ text: 'A123456(3)' }, { text: 'Z683214(5)' }, { text: 'K418822（5）' }],
    },
    {
      name: 'a bank account the text names, a bank between, though no card check passes',
      body: '赔款将支付至您提供的收款账户：澄海银行 6230 5821 0093 4417 268，户名：何静。\nThe refund goes to bank account no. 4024 7781 0093 4417 26.',
      findings: [{ text: '6230 5821 0093 4417 268', message: '银行账号' }, { text: '4024 7781 0093 4417 26', message: 'bank account number' }],
    },
    {
      name: 'a shorter bank account number, named an account with a bank beside it',
      body: 'Payments will be taken from:\nSort code: 40-18-22\nAccount number: 73019946\n已退回到您指定的帳戶：台灣銀行（004）帳號 052004117689，戶名 林佩儀。',
      findings: [{ text: '73019946', message: 'bank account number' }, { text: '052004117689', message: '银行账号' }],
    },
    {
      name: 'an account named loosely, with banking details or a named bank beside it, and 戶口號碼',
      body: 'BSB 484-799\nAccount 6612 0483\nThe account number we have on file for her is 01234567890123 at Himalayan Commerce Bank.\n澳門幣儲蓄戶口已開立，戶口號碼為 9012-3456-7890-12。',
      findings: [{ text: '6612 0483' }, { text: '01234567890123' }, { text: '9012-3456-7890-12' }],
    },
    {
      name: 'a social security or taxpayer number by its shape, named earlier in its sentence; a company account of twenty digits; a code to use; a NID',
      body: 'Please double-check the SSN we have on file for your daughter, 351-72-0948, since last year.\n户名：远航通达物流有限公司\n开户行：中国建设银行深圳南山支行\n账号：4420 1568 0930 0007 2316\nIf Libby asks for a verification code when you sign in, use 583019.\nI have entered your NID number 1992 4417 3386 0215.',
      findings: [{ text: '351-72-0948' }, { text: '4420 1568 0930 0007 2316' }, { text: '583019' }, { text: '1992 4417 3386 0215' }],
    },
    {
      name: 'a code written in three groups, and a bypass code',
      body: 'Bypass code: 482 913 770\nYour MFA code: 5521 9083',
      findings: [{ text: '482 913 770' }, { text: '5521 9083' }],
    },
    {
      name: 'a password set to a value, a code after a remark in brackets, Cantonese 係, a token a few words after its label',
      body: "I've reset your portal password to Westmoor#5521 so you can sign in.\nDelivery OTP (share with the delivery associate only): 6619\n新 password 係 Hk#2291mm，login 之後記得改。\nI created a read-only API token for your accountant: lgr_ro_7f3KpQ9vX2mW8zRb",
      findings: [{ text: 'Westmoor#5521' }, { text: '6619' }, { text: 'Hk#2291mm' }, { text: 'lgr_ro_7f3KpQ9vX2mW8zRb' }],
    },
    {
      name: 'numbers the text names though their check digits fail: an IBAN, a card in four groups, a Taiwanese ID',
      body: 'IBAN: DE27 5001 0517 4086 2319 55. The debit card ending 4417 (full number 4532 8812 0675 4418) is cancelled. 身分證統一編號：F228374615',
      findings: [{ text: 'DE27 5001 0517 4086 2319 55' }, { text: '4532 8812 0675 4418' }, { text: 'F228374615' }],
    },
    {
      name: 'identity numbers by their names: Aadhaar, PAN, a passport with a few words between',
      body: 'Aadhaar No.: 6734 2219 8840\nPAN: ABKPV4417M\nWe verified your passport, number 561820473, today.',
      findings: [{ text: '6734 2219 8840' }, { text: 'ABKPV4417M' }, { text: '561820473' }],
    },
    {
      name: 'an activation code in two groups, and tokens and keys by their labels',
      body: 'Your one-time activation code for you: 738 205. SCIM token: scim_9fK2pLx7Qw4vT8mZ1rB6nY3d\nHere is your new live key: pdk_live_51HqA8tZ2vX9kLmP4rN7wQ3e',
      findings: [{ text: '738 205' }, { text: 'scim_9fK2pLx7Qw4vT8mZ1rB6nY3d' }, { text: 'pdk_live_51HqA8tZ2vX9kLmP4rN7wQ3e' }],
    },
    {
      name: 'a grouped card number is masked to its last four digits',
      body: 'Card 4111 1111 1111 1111 was charged.',
      findings: [{ text: '4111 1111 1111 1111', message: '•••• 1111', severity: 'error', fixed: { body: 'Card •••• 1111 was charged.' } }],
    },
    {
      name: 'the message never repeats the whole number',
      body: '卡号：5555-5555-5555-4444，请核对。',
      findings: [{ text: '5555-5555-5555-4444', message: '银行卡号（•••• 4444）', fixed: { body: '卡号：•••• 4444，请核对。' } }],
    },
    {
      name: 'a resident ID number',
      body: '身份证号 11010519491231002X 已登记。',
      findings: [{ text: '11010519491231002X', message: '身份证号码', fixed: { body: '身份证号 •••• 002X 已登记。' } }],
    },
    {
      name: 'an IBAN written in groups, followed by a word',
      body: 'IBAN: DE89 3704 0044 0532 0130 00 BANK',
      findings: [{ text: 'DE89 3704 0044 0532 0130 00', message: 'IBAN', fixed: { body: 'IBAN: •••• 3000 BANK' } }],
    },
    {
      name: 'a password after a colon is hidden entirely',
      body: 'Your new password: Abc12345.',
      findings: [{ text: 'Abc12345', message: 'password (••••••)', fixed: { body: 'Your new password: ••••••.' } }],
    },
    {
      name: 'a Traditional password label',
      body: '新密碼:Qw!2er34，請盡快修改。',
      findings: [{ text: 'Qw!2er34', fixed: { body: '新密碼:••••••，請盡快修改。' } }],
    },
    {
      name: 'a plain word is a password when it ends the line after a colon',
      body: 'Password: sunshine\nPlease change it.',
      findings: [{ text: 'sunshine' }],
    },
    { name: 'pwd= in a link still leaks', body: 'Log in at https://example.com/login?user=amy&pwd=secret1', findings: [{ text: 'secret1' }] },
    {
      name: 'verification codes in both languages',
      body: '验证码 123456\nYour verification code is 482913.\nOTP: 4829',
      findings: [
        { text: '123456', line: 1, message: '验证码' },
        { text: '482913', line: 2, message: 'verification code' },
        { text: '4829', line: 3 },
      ],
    },
    {
      name: 'API keys and tokens with known prefixes',
      body: KEYS.join('\n'),
      findings: [
        { line: 1, message: '•••• p7dc', fixed: { body: ['•••• p7dc', ...KEYS.slice(1)].join('\n') } },
        ...KEYS.slice(1).map((key, index) => ({ line: index + 2, text: key, message: 'API key or access token' })),
      ],
    },
    {
      name: 'a number the text calls a card number is one even when its check digit fails',
      body: '新卡卡号为 6222 0212 3456 7890 123，请查收。\nThe card number 4563-1800-2345-6789 expires 03/30.',
      findings: [{ text: '6222 0212 3456 7890 123', message: '银行卡号' }, { text: '4563-1800-2345-6789', message: 'payment card' }],
    },
    {
      name: 'an 18-digit number the text calls a resident ID',
      body: '您登记的身份证号 110105198703152316 与系统不一致。',
      findings: [{ text: '110105198703152316', message: '身份证号码' }],
    },
    {
      name: 'identity numbers of other countries, known by their names',
      body: 'We used the Social Security number on file, 078-05-1120, and your National Insurance number QQ 12 34 56 C.\n護照號碼：E12345678',
      findings: [{ text: '078-05-1120', message: 'national identity' }, { text: 'QQ 12 34 56 C' }, { text: 'E12345678', message: '证件号码' }],
    },
    {
      name: 'codes after a few words or a closing bracket',
      body: '一次性密碼（OTP）：582016\nHere is the verification code to unlock your account: 583 091.',
      findings: [{ text: '582016' }, { text: '583 091', message: 'verification code' }],
    },
    {
      name: 'codes after words that hold a small number, an amount or a time, in both languages',
      body: 'We have generated a one-time verification code for your withdrawal of 2.5 BTC: 482913.\n您的验证码（10 分钟内有效）：730184',
      findings: [{ text: '482913', message: 'verification code' }, { text: '730184', message: '验证码' }],
    },
    {
      name: 'passwords after a few words, or right after the word',
      body: '你的 Wi-Fi 密码已经重置为 Lk8#29xa\nYour temporary password Linkwave2025! must be changed.',
      findings: [{ text: 'Lk8#29xa', message: '密码' }, { text: 'Linkwave2025' }],
    },
    {
      name: 'keys the text calls keys, of forms no issuer prefix tells',
      body: 'API Key: ak_9f8e7d6c5b4a3210fedcba\nSecret: 3mVq8Xz2Lr6PtN0wYb4KcJ7dHs1\n新的 API key 已经生成：ak_live_7Hd92KqLmP0xZr4TnW8vB3c',
      findings: [{ text: 'ak_9f8e7d6c5b4a3210fedcba' }, { text: '3mVq8Xz2Lr6PtN0wYb4KcJ7dHs1' }, { text: 'ak_live_7Hd92KqLmP0xZr4TnW8vB3c', message: 'API 密钥' }],
    },
    {
      name: 'a key in the subject',
      subject: 'Key sk-proj-abcdefghijklmnopqrstuvwxyz123456',
      body: 'See subject.',
      findings: [{ field: 'subject', column: 5 }],
    },
  ],
});
