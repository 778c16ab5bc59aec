import { testRule } from '../core/testing/rule-tester.ts';
import { shouting } from './shouting.ts';

testRule(shouting, {
  valid: [
    { name: "a company's name in capitals among Chinese text", body: '扣款商户为 ONLINE STORE LTD，金额 USD 59。' },
    { name: 'two words no list holds are a name or a course, in English and among Chinese', body: 'Your TOPIK II mock test is booked for Saturday. 孩子已报名 IB MYP 课程。' },
    {
      name: 'acronyms and codes in an English reply',
      body: 'FYI, your replacement unit (SKU-88A) shipped via DHL this morning. The AWB number is 4471230098. Please keep the original box for the RMA.',
    },
    {
      name: 'acronyms and codes in a Chinese reply',
      body: 'FYI，您的替换机（SKU-88A）今天上午已通过DHL发出，运单号4471230098。请保留原包装以便办理RMA。',
    },
    { name: 'IT jargon', body: 'Please connect to the VPN before opening the CRM. If you still get the SSO prompt, send me a PDF or PNG.' },
    { name: 'order ids, money and times', body: 'Your order ID AB12345 is confirmed. ETA is Thursday 10:00 AM UTC; the COD amount is USD 54.00. Reply ASAP.' },
    { name: 'short unknown acronyms alone', body: 'Our GDPR team has your DSAR and will send a ZIP file. Use the APN for LTE.' },
    { name: 'settings written as labels', body: 'NOTE: the APN settings are below.\nAPN: cmnet\nMMS: OFF\nVoLTE：ON' },
    { name: 'an admonition label before a polite sentence', body: 'NOTE: your card on file expires tomorrow.\nWARNING: the old card stops working then.\nStatus: ACTIVE' },
    { name: 'a label that names a part', body: 'TERMS AND CONDITIONS: see our website.\nSHIPPING AND RETURNS: free within 30 days.' },
    { name: 'a label that only says when', body: 'LAST UPDATED: 3 May 2025\nFINAL PRICE: $120\nLAST ORDER：22:00' },
    { name: 'a model written after its brand, and file formats and tax numbers by their names', body: '您的 Gogoro VIVA MIX 已完成保養。I can send the RAW and JPEG files, and your NID and TIN are on file.' },
    { name: 'screen text after "shows"', body: 'If your SIM still shows NO SERVICE, please restart the device.' },
    { name: 'screen text in Chinese quotes', body: '若SIM卡仍顯示「NO SERVICE」，請重新開機。' },
    { name: 'a key to press', body: 'Press OK, then hold POWER for ten seconds.' },
    { name: 'a coupon code', body: 'Here is a code for your next order: use code WELCOME at checkout.' },
    { name: 'a surname in capitals after a title or greeting', body: 'Dear Mr. ZHANG,\n\nHi ANNA, your parcel is here.' },
    { name: 'a name as the value of a label', body: '收件人：ZHANG WEI\n电话：138 0013 8000' },
    { name: 'mixed case brand names and plurals', body: 'FedEx, iOS and SaaS are fine, and so are SKUs and PDFs.' },
    { name: 'a single exclamation and question mark', body: 'Great news! Your refund has been approved. Really?\n好消息！退款已经批准了。真的吗？' },
    { name: 'capitals inside a URL or e-mail address', body: 'See https://EXAMPLE.COM/HELP/RESET-ROUTER or write to SUPPORT@EXAMPLE.COM.' },
    { name: 'repeated marks inside a URL', body: 'Open https://example.com/search?q=a??b for details.' },
    { name: 'the shouting is in the quoted mail', body: 'We are sorry.\n\n> WHERE IS MY REFUND???\n> I WANT IT NOW!!!' },
    { name: 'the shouting is in the signature', body: 'Done.\n\n-- \nACME TRADING COMPANY\nCUSTOMER CARE' },
    { name: 'abbreviations without vowels', body: 'The TNRCC approved the permit; the YCPSC has the file.' },
    { name: 'a handle, a tag and a term in backticks', body: 'Follow @ACMEHELP and #BLACKFRIDAY for news, or run it in `STDIN` mode.\n请关注 @ACMEHELP 获取最新消息。' },
    {
      name: 'menu steps and the names of controls',
      body: 'Go to Settings > PRIVACY, then hold the RESET button until the FAULT light goes off.\n请按下 POWER 按钮，再打开 设置 > PRIVACY。',
    },
    { name: 'a keyword to type', body: 'Type in UNSUBSCRIBE as the subject.' },
    { name: 'brands usually written in capitals', body: 'Your HUAWEI phone and the XIAOMI band ship today via FEDEX.' },
    { name: 'a lone brand or code among Chinese', body: '您购买的 GATCAT 卡牌和WHATABURGER礼品卡已经发货。' },
    { name: 'words the pack allows', body: 'Your ROUTERX unit is on its way.', vocabulary: { acronyms: ['ROUTERX'] } },
    { name: 'words the options allow', body: 'Restart the SMARTHUB please.', options: { allow: ['smarthub'] } },
    { name: 'a subject with acronyms and a reply prefix', subject: 'RE: FW: RMA for SKU-88A (USB-C cable)' },
    { name: 'an ordinary subject', subject: '关于您订单 A1234 的退款' },
    { name: 'the customer’s shouted subject, which a reply inherits', subject: 'RE: URGENT REFUND REQUEST!!!' },
    { name: 'terms in capitals: among Chinese, beside an acronym, before a number', body: '請確認該 KEY 有權限，並附上 REQUEST ID，我們會協助查 LOG。Send us your API KEY name. ERROR 403 means no access.' },
    { name: 'names and codes in capitals that are no English word', body: 'Open %APPDATA% and delete the STORMBLADE X folder. 您的HUAWEI手机已寄出。請加入我們的 LINE 官方帳號。' },
    {
      name: 'names known by what follows them: a route, a vessel and its voyage, a lone word leading a title-case name',
      body: 'AWB 618-22491037 (SIN–PVG) left on SQ 830. 貨物已訂上 FORMOSA GRACE 0825-017W 出發。The SEA Clash Season 3 schedule is out.',
    },
  ],
  invalid: [
    {
      name: 'a word raised beside a name, or one of emphasis before a code, still shouts',
      body: 'Your appointment with John Foster is THIS Wednesday. PLEASE BRING FORM 2B. The DO NOT Disturb sign stays on.',
      findings: [{ text: 'THIS' }, { text: 'PLEASE BRING FORM' }, { text: 'DO NOT' }],
    },
    {
      name: 'three words no list holds, or two with a "!", still shout',
      body: 'WHYYY IS THIIIS SO HAAARD. 请别再 ARGHH HMPF! 了',
      findings: [{ text: 'WHYYY IS THIIIS SO HAAARD' }, { text: 'ARGHH HMPF' }],
    },
    { name: 'English words raised among Chinese text', body: '建议贵司工程师先把文档 READ CAREFULLY 一遍。迟到者 WILL BE DISQUALIFIED。', findings: [{ text: 'READ CAREFULLY' }, { text: 'WILL BE DISQUALIFIED' }] },
    {
      name: 'a word of emphasis in a label’s brackets shouts; a key or a button in them does not',
      body: '【IMPORTANT】考試進行中請勿切換分頁。Press [ENTER] to continue, then click 【OK】. [URGENT] Your account will close.',
      findings: [{ text: 'IMPORTANT' }, { text: 'URGENT' }],
    },
    {
      name: 'a label or a value of emphasis shouts all the same',
      body: 'URGENT: your card on file expires tomorrow.\nPLEASE NOTE: the fee changes in May.\n请注意：DO NOT 在升级过程中拔掉电源。',
      findings: [{ text: 'URGENT' }, { text: 'PLEASE NOTE' }, { text: 'DO NOT' }],
    },
    {
      name: 'a word raised after a short capitalised word among Chinese is no model of a brand',
      body: 'Hi Kelly,\nWe DID notify you. 考试时间调整的通知已经发出。',
      findings: [{ text: 'DID' }],
    },
    {
      name: 'a verb’s helper in capitals among Chinese is raised, not a term',
      body: '如果 11 月 15 日前仍然收不到款项，我们 WILL terminate 您的 access card。',
      findings: [{ text: 'WILL' }],
    },
    {
      name: 'a sentence of emphasis raised over a colon is no label',
      body: 'FOR THE LAST TIME: Wheelswap is a marketplace, we do not sell the cars.',
      findings: [{ text: 'FOR THE LAST TIME' }],
    },
    {
      name: 'a warning made graver is no label (English and among Chinese)',
      body: 'FINAL WARNING: the account closes on Friday.\nFINAL WARNING：如果您继续恶意 chargeback，我们会永久封号。\nLAST WARNING: stop sharing the password.\nFINAL REMINDER：请在 11 月 15 日前付款。',
      findings: [{ text: 'FINAL WARNING' }, { text: 'FINAL WARNING' }, { text: 'LAST WARNING' }, { text: 'FINAL REMINDER' }],
    },
    {
      name: 'an English word in capitals shouts on its own, among Chinese too',
      body: 'We will SUSPEND your account. NOT when you decide to show up. 请 IMMEDIATELY 上传新证书。',
      findings: [{ text: 'SUSPEND', fixed: { body: 'We will suspend your account. NOT when you decide to show up. 请 IMMEDIATELY 上传新证书。' } }, { text: 'NOT' }, { text: 'IMMEDIATELY' }],
    },
    { name: 'a word with an ending the list leaves out', body: 'Your order was CANCELLED and REFUNDED.', findings: [{ text: 'CANCELLED' }, { text: 'REFUNDED' }] },
    {
      name: 'capitals beyond ASCII, accented or full-width',
      body: 'Merci, mais ÇA NE MARCHE PAS.\n请不要再说 ＳＴＯＰ ＮＯＷ 了',
      findings: [
        { text: 'ÇA NE MARCHE PAS', fixed: { body: 'Merci, mais ça ne marche pas.\n请不要再说 ＳＴＯＰ ＮＯＷ 了' } },
        { text: 'ＳＴＯＰ ＮＯＷ', fixed: { body: 'Merci, mais ÇA NE MARCHE PAS.\n请不要再说 ｓｔｏｐ ｎｏｗ 了' } },
      ],
    },
    {
      name: 'a run of capital words',
      body: 'I HAVE ANSWERED THIS THREE TIMES. Please check the log.',
      findings: [{ text: 'I HAVE ANSWERED THIS THREE TIMES', message: 'shouting', fixed: { body: 'I have answered this three times. Please check the log.' } }],
    },
    {
      name: 'a run at a sentence start keeps its capital, a month keeps its name',
      body: 'Sorry. THE REFUND WAS ISSUED ON MAY 2.',
      findings: [{ text: 'THE REFUND WAS ISSUED ON MAY', fixed: { body: 'Sorry. The refund was issued on May 2.' } }],
    },
    {
      name: 'acronyms inside a run keep their case',
      body: 'Please READ THE FAQ AND THE PDF first.',
      findings: [{ text: 'READ THE FAQ AND THE PDF', fixed: { body: 'Please read the FAQ and the PDF first.' } }],
    },
    {
      name: 'acronyms that double as plain words are lowered inside a shouted run',
      body: 'IT IS NOT OUR FAULT, CALL US.',
      findings: [{ text: 'IT IS NOT OUR FAULT', fixed: { body: 'It is not our fault, CALL US.' } }, { text: 'CALL US', fixed: { body: 'IT IS NOT OUR FAULT, call us.' } }],
    },
    {
      name: 'one long unknown word',
      body: 'You changed the password YOURSELF yesterday.',
      findings: [{ text: 'YOURSELF', line: 1, column: 26, fixed: { body: 'You changed the password yourself yesterday.' } }],
    },
    {
      name: 'a short word stressed with an exclamation mark, and the mark',
      body: 'Please stop. NOW!',
      findings: [{ text: 'NOW', fixed: { body: 'Please stop. Now!' } }],
    },
    {
      name: 'capitals in a Chinese reply',
      body: 'NO！REFUND！这件是 final sale，页面上写得很清楚。',
      findings: [{ text: 'REFUND', fixed: { body: 'NO！Refund！这件是 final sale，页面上写得很清楚。' } }],
    },
    {
      name: 'a shouted run among Chinese is still shouting',
      body: '我们已经说过了 NOT OUR FAULT，请不要再来信。',
      findings: [{ text: 'NOT OUR FAULT' }],
    },
    {
      name: 'shouting after a handle is still shouting',
      body: '@ACMEHELP PLEASE ANSWER ME',
      findings: [{ text: 'PLEASE ANSWER ME' }],
    },
    {
      name: 'a stressed word after an article is still shouting',
      body: 'The package went to the WRONG address.',
      findings: [{ text: 'WRONG', fixed: { body: 'The package went to the wrong address.' } }],
    },
    {
      name: 'capitals in the subject',
      subject: 'URGENT REFUND NOTICE',
      findings: [{ field: 'subject', text: 'URGENT REFUND NOTICE', fixed: { subject: 'Urgent refund notice' } }],
    },
    {
      name: 'a label does not excuse a shouted sentence after it',
      body: 'For the LAST time: NOT TODAY.',
      findings: [{ text: 'LAST' }, { text: 'NOT TODAY', fixed: { body: 'For the LAST time: not today.' } }],
    },
    {
      name: 'repeated exclamation marks in English',
      body: 'Your new phone is on its way!!! Enjoy!',
      findings: [{ text: '!!!', message: 'one mark', fixed: { body: 'Your new phone is on its way! Enjoy!' } }],
    },
    {
      name: 'mixed question and exclamation marks become one question mark',
      body: 'Did you read my mail?!? 您看过了吗？？',
      findings: [
        { text: '?!?', fixed: { body: 'Did you read my mail? 您看过了吗？？' } },
        { text: '？？', fixed: { body: 'Did you read my mail?!? 您看过了吗？' } },
      ],
    },
    {
      name: 'fullwidth exclamation marks stay fullwidth',
      body: '我已经回答过三次了！！！退款已经退了！！',
      findings: [
        { text: '！！！', fixed: { body: '我已经回答过三次了！退款已经退了！！' } },
        { text: '！！', fixed: { body: '我已经回答过三次了！！！退款已经退了！' } },
      ],
    },
    {
      name: 'repeated marks in the subject',
      subject: '退款到底什么时候到？？？',
      findings: [{ field: 'subject', text: '？？？', fixed: { subject: '退款到底什么时候到？' } }],
    },
    {
      name: 'own text above the quote is still checked',
      body: 'WE NEVER RECEIVED IT.\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> Where is it?',
      findings: [{ text: 'WE NEVER RECEIVED IT', line: 1, fixed: { body: 'We never received it.\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> Where is it?' } }],
    },
  ],
});
