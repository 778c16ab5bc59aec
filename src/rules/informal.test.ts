import { describe, expect, it } from 'vitest';
import { testRule } from '../core/testing/rule-tester.ts';
import { INFORMAL_TERMS } from './data/informal.ts';
import { informal } from './informal.ts';

const SUPPORT_REPLY = [
  'Hi Mr. Uddin,',
  '',
  'Your U-boat model kit (SKU U-2024-LOL, order #A88213) ships ASAP; FYI the U.S. warehouse is on Plan U.',
  'Tracking 1Z999AA10123456784, vessel IMO 9321483 under IMO rules, room 233, total $233.00, ETA 10:30.',
  'The menu lists a lollipop, the Ty Burrell DVD and NP-hard puzzles. Vitamin k is included.',
  'See https://example.com/lol/btw?u=1 or write to thx@example.com. Windows path C:Program Files.',
  '',
  'Best regards,',
  'Support',
].join('\n');

testRule(informal, {
  valid: [
    { name: '3Q in English is a quarter', body: 'Our 3Q results are out, and Q3 and 3Q revenue both grew.' },
    { name: 'RN as a title and words that hold the shorthand', body: 'Our RN will call you back. The ttylinux image and the b4x package are fixed.' },
    { name: '哈 in names and things, brackets that hold words or numbers', body: '我们在哈尔滨和哈佛都有分部，店里有一面哈哈镜。详情（见附件）(1) (a) (・) 已处理。' },
    { name: '方括号里的普通标签不是表情', body: '附件：[重要]合同.pdf，[通知] 明天停机维护。' },
    { name: 'shorthand in the subject a reply inherits is the customer’s', subject: 'RE: order lost?? pls help', body: 'Hello' },
    { name: 'a long s that case-folds onto “pls” is not the shorthand', body: 'Bitte plſ beachten Sie die Hinweise.' },
    { name: 'a reply full of codes, names and acronyms that look like shorthand', body: SUPPORT_REPLY },
    {
      name: 'Chinese look-alikes of slang and laughter',
      body: '您好！请把U盘插上，u盘里的文件会自动同步。房间号是233，共 233 件，单价 2333 元。我们会亲自处理，亲爱的客户，感谢您父亲的来信。这款实木有三种颜色。',
    },
    { name: 'a memory card format and a weight limit', body: 'We stock the xD card and your XD camera strap. Parcels <3 kg ship free.' },
    { name: 'a limit in a Chinese reply', body: '重量<3公斤的包裹免运费，一般<3天送达。' },
    { name: 'text symbols that are not emoji', body: 'Netiquette® and Acme™ © 2026. ☎ 400-123-4567' },
    { name: 'shorthand in the quoted customer mail', body: 'We are on it.\n\n> thx lol :) 酱紫 😀' },
    { name: "the customer's shorthand cited in quotation marks", body: 'You wrote "ur app is broken fix it lol" and “pls refund asap 😡”, and I understand why.' },
    { name: '客户的原话放在引号里', body: '您来信说「亲，东西啥时候到啊 orz」，我们已经为您查询物流。' },
    { name: 'emoji can be switched off', body: 'Your refund is on its way 🎉', options: { emoji: 'off' } },
    { name: 'terms the team allows', body: 'Thanks for waiting :) np', options: { allow: [':)', 'NP'] } },
  ],
  invalid: [
    { name: 'a letter joined to a word by an apostrophe is no shorthand, a lone one is', body: "He drove 40 minutes to Faleasi'u and back. Can u send it?", findings: [{ text: 'u' }] },
    { name: 'asap typed in lower case, as a chat message is', body: '有任何问题 asap 联系我们就好。We will sort it asap.', findings: [{ text: 'asap' }, { text: 'asap' }] },
    { name: '3Q beside Traditional Chinese, written out in its script', body: '取機時間為今天 14:00 後，3Q 您的耐心等候～', findings: [{ text: '3Q', fixed: { body: '取機時間為今天 14:00 後，謝謝 您的耐心等候～' } }] },
    { name: '3Q beside Simplified Chinese', body: '好的，收到了，3Q！', findings: [{ text: '3Q', fixed: { body: '好的，收到了，谢谢！' } }] },
    { name: '哈哈 between words, after a verb that may come before a number', body: '明后天应该就能到 哈哈 你家咪咪会喜欢的。', findings: [{ text: '哈哈' }] },
    { name: 'more chat shorthand, in English and in mixed text', body: "If it still fails lmk and I'll unlock it. 包裹 tmr 會到，nvm 之前嗰個 tracking。", findings: [{ text: 'lmk' }, { text: 'tmr' }, { text: 'nvm' }] },
    {
      name: '中文聊天的笑声、句尾的“哈”“哒”和颜文字',
      body: '已经帮你补发了 哈哈. 可以自己打海关电话问问哈。欢迎随时联系我们哒～ 您好(｡•́︿•̀｡) 呵呵，那您请便。',
      findings: [{ text: '哈哈' }, { text: '哈' }, { text: '哒' }, { text: '(｡•́︿•̀｡)' }, { text: '呵呵' }],
    },
    { name: '聊天软件的表情代码', body: '您好[微笑]\n\n师傅明天上门，请保持电话畅通[抱拳]', findings: [{ text: '[微笑]' }, { text: '[抱拳]' }] },
    {
      name: 'shorthand of the agent\'s own beside a quotation is still found',
      body: 'You wrote "fix it lol", thx for telling us :)',
      findings: [{ text: 'thx' }, { text: ':)' }],
    },
    {
      name: 'chat abbreviations get their written-out form',
      body: 'btw, thx for waiting. Can u check the label pls?',
      findings: [
        { text: 'btw', fixed: { body: 'By the way, thx for waiting. Can u check the label pls?' } },
        { text: 'thx', fixed: { body: 'btw, thanks for waiting. Can u check the label pls?' } },
        { text: 'u', fixed: { body: 'btw, thx for waiting. Can you check the label pls?' } },
        { text: 'pls', message: '“please”', fixed: { body: 'btw, thx for waiting. Can u check the label please?' } },
      ],
    },
    {
      name: 'a capitalised abbreviation gets a capitalised expansion',
      body: 'Hi,\nBTW the old model is better. Gonna ship it today.',
      findings: [
        { text: 'BTW', fixed: { body: 'Hi,\nBy the way the old model is better. Gonna ship it today.' } },
        { text: 'Gonna', fixed: { body: 'Hi,\nBTW the old model is better. Going to ship it today.' } },
      ],
    },
    {
      name: 'an expansion that repeats the word before it just goes',
      body: 'Please pls reply by Friday. 谢谢 thx!',
      findings: [
        { text: 'pls', fixed: { body: 'Please reply by Friday. 谢谢 thx!' } },
        { text: 'thx', fixed: { body: 'Please pls reply by Friday. 谢谢 thanks!' } },
      ],
    },
    { name: 'shorthand without a written-out form', body: 'omg, sorry!', findings: [{ text: 'omg', message: 'write it out', fixed: null }] },
    { name: 'a lower-case imo', body: 'imo the blue one fits better.', findings: [{ text: 'imo', fixed: { body: 'In my opinion the blue one fits better.' } }] },
    { name: 'a lone k as the whole reply', body: 'k', findings: [{ text: 'k', fixed: { body: 'OK' } }] },
    {
      name: 'emoticons are removed with the space before them; one that ended a sentence leaves its full stop',
      body: 'Thanks for waiting :) We shipped it XD',
      findings: [
        { text: ':)', message: 'Emoticons', fixed: { body: 'Thanks for waiting. We shipped it XD' } },
        { text: 'XD', fixed: { body: 'Thanks for waiting :) We shipped it' } },
      ],
    },
    {
      name: '表情或笑声在两句之间删除后补上句号',
      body: '已经帮您确认了😊 会议室有投影仪。\n\nAll booked lol We will send the key tomorrow.',
      findings: [
        { text: '😊', fixed: { body: '已经帮您确认了。会议室有投影仪。\n\nAll booked lol We will send the key tomorrow.' } },
        { text: 'lol', fixed: { body: '已经帮您确认了😊 会议室有投影仪。\n\nAll booked. We will send the key tomorrow.' } },
      ],
    },
    {
      name: 'Chinese slang, laughter and kaomoji',
      body: '酱紫就可以了hhhh\n有木有收到？2333\n(╯°□°）╯︵ ┻━┻ 我们马上处理',
      findings: [
        { text: '酱紫', fixed: { body: '这样子就可以了hhhh\n有木有收到？2333\n(╯°□°）╯︵ ┻━┻ 我们马上处理' } },
        { text: 'hhhh', message: 'laughter', fixed: { body: '酱紫就可以了\n有木有收到？2333\n(╯°□°）╯︵ ┻━┻ 我们马上处理' } },
        { text: '木有', line: 2, fixed: { body: '酱紫就可以了hhhh\n有没有收到？2333\n(╯°□°）╯︵ ┻━┻ 我们马上处理' } },
        { text: '2333', line: 2 },
        { text: '(╯°□°）╯︵ ┻━┻', line: 3, fixed: { body: '酱紫就可以了hhhh\n有木有收到？2333\n我们马上处理' } },
      ],
    },
    {
      name: 'Traditional slang',
      body: '醬紫就好了，神馬都不用做。',
      findings: [{ text: '醬紫', fixed: { body: '這樣子就好了，神馬都不用做。' } }, { text: '神馬', fixed: { body: '醬紫就好了，什麼都不用做。' } }],
    },
    {
      name: 'the shop-chat address goes with its comma',
      body: '亲，您的订单已发货。\n親~ 請稍等。',
      findings: [
        { text: '亲', message: '您好', fixed: { body: '您的订单已发货。\n親~ 請稍等。' } },
        { text: '親', line: 2, fixed: { body: '亲，您的订单已发货。\n請稍等。' } },
      ],
    },
    {
      name: 'emoji are reported as info by default, with their modifiers and flags',
      body: 'Refund sent 👍🏽 from 🇨🇳 ❤️',
      findings: [
        { text: '👍🏽', severity: 'info', fixed: { body: 'Refund sent from 🇨🇳 ❤️' } },
        { text: '🇨🇳', severity: 'info' },
        { text: '❤️', severity: 'info' },
      ],
    },
    {
      name: 'emoji severity can be raised',
      body: 'Done 😀',
      options: { emoji: 'warning' },
      findings: [{ text: '😀', severity: 'warning' }],
    },
    { name: 'a heart for the customer is still an emoticon', body: 'We <3 our customers.', findings: [{ text: '<3', message: 'Emoticons' }] },
    { name: 'laughter on its own after Chinese text', body: '好的 233', findings: [{ text: '233', fixed: { body: '好的' } }] },
    { name: 'shorthand in the subject', subject: 'Refund done thx', body: 'Hello', findings: [{ field: 'subject', text: 'thx', column: 13 }] },
  ],
});

describe('the listed terms', () => {
  it('hold no letters with a case beyond A–Z, the only ones the matcher folds', () => {
    const casedBeyondAscii = INFORMAL_TERMS.flatMap(({ term }) => [...term]).filter(
      (character) => character.toLowerCase() !== character.toUpperCase() && !/[A-Za-z]/.test(character),
    );
    expect(casedBeyondAscii).toEqual([]);
  });
});
