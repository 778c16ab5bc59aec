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
    { name: 'contact checks turned off', body: 'Done.\n\nThanks,\nTom', options: { requireContact: false } },
    { name: 'a long signature in the quoted mail', body: `Done.\n\n> -- \n> ${FULL_EN.replace(/\n/g, '\n> ')}\n> Line 5\n> Line 6` },
    { name: 'a higher limit', body: `Done.\n\n-- \n${FULL_EN}\nLine five\nLine six`, options: { maxLines: 6 } },
  ],
  invalid: [
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
      findings: [{ text: 'Matt', severity: 'info', message: 'a phone number and an e-mail address' }],
    },
    {
      name: 'a department only: name, phone and e-mail missing',
      body: '刘女士您好：\n\n退款已处理。\n\n此致\n售后服务部',
      findings: [{ text: '售后服务部', severity: 'info', message: '姓名、电话、电子邮件地址' }],
    },
    {
      name: 'a date is not a phone number',
      body: 'Done.\n\n-- \nAnna Li\n2026-01-05\nanna@example.com',
      findings: [{ severity: 'info', message: 'missing a phone number;' }],
    },
    {
      name: 'a long signature that also lacks contacts gets both findings',
      body: 'Done.\n\n-- \nCustomer Care\nAcme Ltd\nBuilding 3\nNo. 88\nBeijing\nChina',
      findings: [
        { severity: 'info', message: 'a phone number and an e-mail address' },
        { text: 'China', severity: 'warning', message: 'keep it to 5' },
      ],
    },
    {
      name: 'the signature the page marks',
      body: 'Done.\n\nTom',
      knownRegions: { signature: { start: 7, end: 10 } },
      findings: [{ text: 'Tom', severity: 'info' }],
    },
  ],
});
