import { testRule } from '../core/testing/rule-tester.ts';
import { honorific } from './honorific.ts';

testRule(honorific, {
  valid: [
    { name: '有位…來電, 这位骑手反馈: someone passed on to a colleague', body: '雅琪你好，\n\n早上有位陳老先生來電，說敬老卡遺失想補發。麻煩你確認一下能不能由家屬代辦。\n\n小王：\n你好，下面这位骑手反馈实名认证一直不通过，麻烦你在后台帮忙核实一下。' },
    { name: '内部派单：对同事称“你”，客户以第三人称出现', body: '李师傅你好，\n\n业主钱阿姨刚才来电，说卫生间一直滴水。你明天上午九点前去现场看一下。\n\n辛苦了！' },
    { name: 'a hand-over to a colleague, the customer spoken of', body: "Hi Wei,\n\nCan you pick up ticket #48210 while I'm on leave? 你帮我跟进一下就好; the customer prefers Chinese on the phone.\n\nThanks,\nEmma" },
    { name: '內部轉寄（粵語）：覆客戶', body: '你可唔可以幫手同商戶部確認吓？我會先覆客戶話我哋跟進緊。\n\n唔該晒\nMandy' },
    { name: 'the customer’s words in the subject a reply inherits', subject: '回复：你们到底什么时候发货', body: '您好，包裹明天送达。' },
    { name: '您 throughout', body: '您好，\n\n您的订单已发货，请您注意查收。\n\n谢谢！' },
    { name: '您们 and Traditional 您們', body: '感谢您们的耐心。\n感謝您們的支持。' },
    { name: 'English text', body: 'Hi, your parcel left today. Thank you!' },
    { name: 'mini is not address', body: '您订购的迷你音箱已经发货。' },
    { name: 'set phrases about people in general', body: '您好，这是一款你追我赶的竞速游戏，适合你我他。' },
    { name: 'a screen message in quotes', body: '如果屏幕显示“你的账号已被锁定”，请点击“解锁”。' },
    { name: 'the customer’s own words in corner quotes', body: '您提到客服说「你自己看说明书」，我们深表歉意。' },
    { name: 'the customer’s words in single quotation marks', body: '您说‘你们太慢了’，我们非常理解，已为您加急。' },
    { name: 'a film title in title marks', body: '您好，我们有《你的名字》蓝光碟现货，〈你好〉这张专辑也已到货。' },
    { name: 'the casual you in the quoted mail', body: '您好，已处理。\n\n> 你们到底什么时候发货？\n> 你好慢' },
    { name: 'the casual you in the signature', body: '您好，已处理。\n\n谢谢！\n客服小王（有问题找你身边的我）' },
    {
      name: 'written Cantonese may use 你 where the team allows it',
      body: '陳生你好，\n\n你訂嘅貨已經到咗門市，請帶同身份證明文件嚟取貨。',
      options: { exemptCantonese: true },
    },
  ],
  invalid: [
    {
      name: 'customers at large, or the customer-service line, make no internal mail',
      body: '唔好意思，我哋唔可以透露其他客人嘅資料，希望你明白。如有查詢，請致電客戶服務熱線。',
      findings: [{ text: '你' }],
    },
    {
      name: 'written Cantonese is held to 您 by default, as service standards in Cantonese regions ask',
      body: '陳生你好，\n\n你訂嘅貨已經到咗門市。',
      findings: [{ text: '你', fixed: { body: '陳生您好，\n\n你訂嘅貨已經到咗門市。' } }, { text: '你' }],
    },
    {
      name: '你 in a greeting and a sentence',
      body: '你好，\n\n你的订单已经发货。',
      findings: [
        { text: '你', line: 1, column: 1, message: '您', fixed: { body: '您好，\n\n你的订单已经发货。' } },
        { text: '你', line: 3, column: 1, fixed: { body: '你好，\n\n您的订单已经发货。' } },
      ],
    },
    {
      name: '你们 becomes 您们',
      body: '感谢你们的耐心等待。',
      findings: [{ text: '你们', fixed: { body: '感谢您们的耐心等待。' } }],
    },
    {
      name: 'Traditional 你們 and 妳 become 您們 and 您',
      body: '感謝你們的耐心，妳的訂單已出貨。',
      findings: [
        { text: '你們', fixed: { body: '感謝您們的耐心，妳的訂單已出貨。' } },
        { text: '妳', fixed: { body: '感謝你們的耐心，您的訂單已出貨。' } },
      ],
    },
    {
      name: '你我们 is not the idiom 你我',
      body: '我们会尽快给你我们的答复。',
      findings: [{ text: '你', fixed: { body: '我们会尽快给您我们的答复。' } }],
    },
    {
      name: 'mixed Chinese and English',
      body: 'Hi Amy，你的 refund 已经处理好了，order #A88213。',
      findings: [{ text: '你', line: 1, column: 8 }],
    },
    {
      name: 'every occurrence is reported, quoted text aside',
      body: '你先重启，你再登录，如果你看到“你好”就说明成功了。',
      findings: [{ column: 1 }, { column: 6 }, { column: 13 }],
    },
    {
      name: 'the subject is checked too',
      subject: '关于你的退款',
      body: '您好，退款已处理。',
      findings: [{ field: 'subject', text: '你', fixed: { subject: '关于您的退款' } }],
    },
    {
      name: 'own text under the quote is checked too',
      body: '> 怎么退货？\n你在订单页点击退货即可。',
      findings: [{ line: 2, column: 1 }],
    },
  ],
});
