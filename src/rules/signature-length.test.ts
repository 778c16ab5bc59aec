import { testRule } from '../core/testing/rule-tester.ts';
import { signatureLength } from './signature-length.ts';

const FULL_EN = 'Tom Lee\nSenior Support Engineer, Acme Ltd\n+1 (555) 010-0199\ntom.lee@acme.example';
const FULL_ZH = '李明 | 客服专员\n上海某某贸易有限公司\n电话：400-820-8820\nliming@example.cn';

testRule(signatureLength, {
  valid: [
    { name: 'an English signature of four lines with every contact', body: `Hi,\n\nDone.\n\nBest regards,\n${FULL_EN}` },
    { name: 'a Chinese signature of four lines with every contact', body: `您好，\n\n已处理。\n\n此致\n敬礼\n\n${FULL_ZH}` },
    { name: 'five lines is the limit', body: `Done.\n\n-- \n${FULL_EN}\nAcme, 88 Jianguo Road, Beijing` },
    { name: 'blank lines inside the signature do not count', body: `Done.\n\n-- \n${FULL_EN.replace(/\n/g, '\n\n')}` },
    { name: 'no signature at all', body: 'Hi,\n\nYour parcel left today.' },
    { name: 'a sign-off and nothing after it', body: 'Hi,\n\nYour parcel left today.\n\nThanks!' },
    { name: 'a mobile number with a country code', body: 'Done.\n\nRegards,\n张伟\n+86 138 0013 8000\nzhangwei@example.cn' },
    { name: 'a name next to a department', body: 'Done.\n\n谢谢！\n客服部 李明\n(021) 6123-4567\nliming@example.cn' },
    { name: 'a name alone: the contact check is off unless a pack asks for it', body: 'Done.\n\nThanks,\nTom' },
    {
      name: 'steps with a link after the last paragraph are no signature',
      body: 'Hi Ana,\n\nYou can reset it yourself.\n\nOpen www.acme.example/reset\nEnter your e-mail\nClick Send\nOpen the link we mail you\nChoose a new password\nSign in again',
    },
    {
      name: 'a paragraph that ends in a colon introduces contact details, not a signature',
      body: '您好：\n\n如需帮助，请通过以下方式联系我们：\n\n客服中心\n电话：400-820-8820\n邮箱：help@example.cn\n地址：上海市某某路 1 号\n网址：www.example.cn\n微信：example\n传真：021-6123 4567',
    },
    { name: 'a long signature in the quoted mail', body: `Done.\n\n> -- \n> ${FULL_EN.replace(/\n/g, '\n> ')}\n> Line 5\n> Line 6` },
    {
      name: 'a short paragraph after the last sentence, its lines opening in lower case, is no signature',
      body: 'Hi Sam,\n\nYour refund is on its way.\nplease keep the receipt\nand call +1 555 010 0199\nor write to help@acme.example',
    },
    { name: 'a higher limit', body: `Done.\n\n-- \n${FULL_EN}\nLine five\nLine six`, options: { maxLines: 6 } },
  ],
  invalid: [
    {
      name: 'under a closing of its own words, more contact lines than names, a bare web address and a closing disclaimer',
      body: 'Just a quick note that your gallery is now live.\n\nThanks heaps for having me,\nGeorgie Ransley\nPhotographer\nSilver Veil Photography\nLaunceston, Tasmania\n0418 772 306\nsilverveiltas.example.com.au\nPlease consider the environment before printing this email.',
      findings: [{ message: '7 lines' }],
    },
    {
      name: 'under a closing of its own words ending in a comma, a signature of seven lines',
      body: 'Hi Eimear,\n\nI have unlocked it and extended the deadline.\n\nBest of luck with the quiz,\nOrla Fitzpatrick\nLearner Support Specialist\nCul Learning Ltd\nUnit 4, Digital Hub, Thomas Street\nDublin 8, D08 TCV4\n+353 1 555 0124\nsupport@cullearning.example',
      findings: [{ text: '+353 1 555 0124\nsupport@cullearning.example', message: '7 lines' }],
    },
    {
      name: 'a short thanks that ends in "！" is the mail, and the seven lines under it the signature',
      body: 'Hi 曾先生，\n\n附件係你兩張電子門票。\n\nThx 再次支持！\n港票通有限公司\n客戶服務部\n熱線：3188 2233\nWhatsApp：5566 7788\n電郵：cs@hkticket.example.hk\n網址：www.hkticket.example.hk\n「港票通 — 好戲一票通」',
      findings: [{ text: '網址：www.hkticket.example.hk\n「港票通 — 好戲一票通」', message: '签名有 7 行' }],
    },
    {
      name: 'after "Thx!", a signature of six lines',
      body: 'Hi Wang,\n\nYour order shipped today.\n\nThx!\nEmily Zhou\nCustomer Success\nShopBridge Inc.\nTel: +1 (201) 555-0184\nEmail: emily@shopbridge.example\nwww.shopbridge.example',
      findings: [{ text: 'www.shopbridge.example', message: '6 lines' }],
    },
    {
      name: 'after "Talk soon,", a signature of seven lines ending in a tagline',
      body: 'Hi Ollie,\n\nYour workspace is live.\n\nTalk soon,\nOllie Brennan\nCustomer Onboarding Lead\nTallybird Payroll\nSuite 3, 88 King Street\nSydney NSW 2000\n+61 2 5550 2291\nPayroll that just works.',
      findings: [{ text: '+61 2 5550 2291\nPayroll that just works.', message: '7 lines' }],
    },
    {
      name: 'a signature with no closing above it, known by its address lines and an e-mail',
      body: 'Hi Dana,\n\nWe rotated the credentials. Redeploy before the cutoff.\n\nRelaywave Support\nDeveloper Success Team\nRelaywave Inc.\n500 Howard Street, Suite 300\nSan Francisco, CA 94105\nsupport@relaywave.example',
      findings: [{ text: 'support@relaywave.example', message: '6 lines' }],
    },
    {
      name: 'a signature of six lines straight under the sentence that ends the mail, with no blank line, known by its contacts',
      body: '尊敬的唐先生：\n您好！您的服务密码已重置。\n感谢您对星联通信的支持！\n星联通信客户服务中心\n账户安全组\n客服热线：400-820-6633\n邮箱：security@example.cn\n地址：杭州市滨江区江陵路1888号\n官网：www.example.cn',
      findings: [{ text: '官网：www.example.cn', message: '签名有 6 行' }],
    },
    {
      name: 'an English signature of six lines under "Thank you and have a great day!", its slogan in quotation marks',
      body: 'Hello Paolo,\n\nYour SIM replacement is done.\n\nThank you and have a great day!\nAna Santos\nCustomer Experience Specialist\nIslaTel Communications, Inc.\nHotline: (02) 8555 7000\ncare@islatel.example\n"Your island, your network"',
      findings: [{ text: '"Your island, your network"', message: '6 lines' }],
    },
    {
      name: 'a sentence with commas and a number above the name is the mail, not an address of the signature',
      body: 'Hi,\n\nYour order is packed.\nYes, we ship to 40 countries, mostly by air.\nTom Lee\nTel: +1 555 010 0199\nEmail: tom@acme.example\nAcme\nSupport Team\nLondon',
      findings: [{ text: 'London', message: '6 lines' }],
    },
    {
      name: 'an address written with commas stays in the signature',
      body: 'Dear Ms Wang,\n\nYour shipment is delayed by two days.\n\n此致敬礼 / Kind regards,\n\nLi Hao 李浩\nCustomer Service Executive\nLongxing Express (HK) Limited\nTel: +852 3001 8826\nEmail: cs@longxing.example\n12/F, Harbour Logistics Centre, Kwai Chung, N.T.\nwww.longxing.example',
      findings: [{ text: '12/F, Harbour Logistics Centre, Kwai Chung, N.T.\nwww.longxing.example', message: '7 lines' }],
    },
    {
      name: 'a signature of eight lines after a sentence of thanks, known by its contact details',
      body: '尊敬的陈先生：\n\n您好！您的临时额度申请已审批通过。\n\n感谢您一直以来对我行的支持！\n\n杨帆\n信用卡中心 | 高级客户经理\nXX银行股份有限公司 信用卡中心\n电话：400-820-5555 转 3021\n手机：138 1234 5678\n地址：上海市浦东新区陆家嘴环路 1088 号\n官网：www.xxbank.com\n微信公众号：XX银行信用卡',
      findings: [{ text: '地址：上海市浦东新区陆家嘴环路 1088 号\n官网：www.xxbank.com\n微信公众号：XX银行信用卡', message: '签名有 8 行' }],
    },
    {
      name: 'an English signature of seven lines after "Thanks for playing!", with no sign-off',
      body: 'Hi,\n\nYour season pass is active now.\n\nThanks for playing!\n\nRyan Ho\nPlayer Support Lead\nDragon Realm Games Ltd.\nDiscord: discord.gg/dragonrealm\nFacebook: fb.com/dragonrealm\nWebsite: www.dragonrealm.example\nSupport: support@dragonrealm.example',
      findings: [{ text: 'Website: www.dragonrealm.example\nSupport: support@dragonrealm.example', message: '7 lines' }],
    },
    {
      name: 'seven lines, the two past the limit reported',
      body: `Done.\n\n-- \n${FULL_EN}\nAcme Ltd\nWe make routers\nFollow us on social media`,
      findings: [{ text: 'We make routers\nFollow us on social media', line: 9, severity: 'warning', message: '7 lines' }],
    },
    {
      name: 'a signature of eleven lines after "Kind regards," is found however long it is',
      body: `Hi,\n\nDone.\n\nKind regards,\n${FULL_EN}\nAcme Ltd\nCustomer Care\n88 Harbour Road\nSpringfield\nwww.acme.example\nFollow us @acme\nRouters you can trust`,
      findings: [{ text: 'Customer Care\n88 Harbour Road\nSpringfield\nwww.acme.example\nFollow us @acme\nRouters you can trust', message: '11 lines' }],
    },
    {
      name: 'a Traditional Chinese signature of nine lines after 謝謝',
      body: `您好：\n\n已處理。\n\n謝謝！\n陳大文\n客戶服務專員\n某某貿易有限公司\n電話：+852 2123 4567\n電郵：chan@example.hk\n地址：香港中環\n皇后大道中100號\n網址：www.example.hk\n用心服務每一位客戶`,
      findings: [{ text: '地址：香港中環\n皇后大道中100號\n網址：www.example.hk\n用心服務每一位客戶', message: '签名有 9 行' }],
    },
    {
      name: 'a Chinese signature of six lines',
      body: `已处理。\n\n祝好\n${FULL_ZH}\n地址：北京市朝阳区建国路88号\n网址：www.example.cn`,
      findings: [{ text: '网址：www.example.cn', message: '签名有 6 行' }],
    },
    {
      name: 'a name only: phone and e-mail missing',
      body: 'Hi Grace,\n\nDone.\n\nThanks,\nMatt',
      options: { requireContact: true },
      findings: [{ text: 'Matt', severity: 'info', message: 'a phone number and an e-mail address' }],
    },
    {
      name: 'a department only: name, phone and e-mail missing',
      body: '刘女士您好：\n\n退款已处理。\n\n此致\n售后服务部',
      options: { requireContact: true },
      findings: [{ text: '售后服务部', severity: 'info', message: '姓名、电话、电子邮件地址' }],
    },
    {
      name: 'a date is not a phone number',
      body: 'Done.\n\n-- \nAnna Li\n2026-01-05\nanna@example.com',
      options: { requireContact: true },
      findings: [{ severity: 'info', message: 'missing a phone number;' }],
    },
    {
      name: 'a long signature that also lacks contacts gets both findings',
      body: 'Done.\n\n-- \nCustomer Care\nAcme Ltd\nBuilding 3\nNo. 88\nBeijing\nChina',
      options: { requireContact: true },
      findings: [
        { severity: 'info', message: 'a phone number and an e-mail address' },
        { text: 'China', severity: 'warning', message: 'keep it to 5' },
      ],
    },
    {
      name: 'the signature the page marks',
      body: 'Done.\n\nTom',
      knownRegions: { signature: { start: 7, end: 10 } },
      options: { requireContact: true },
      findings: [{ text: 'Tom', severity: 'info' }],
    },
  ],
});
