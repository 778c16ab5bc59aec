import { testRule } from '../core/testing/rule-tester.ts';
import { attachmentMention } from './attachment-mention.ts';

testRule(attachmentMention, {
  valid: [
    { name: 'an unknown attachment count is no evidence', body: "I've attached the invoice." },
    { name: "the customer's mention cited in quotation marks", body: 'You wrote "please see the attached invoice", but no file came through.', attachmentCount: 0 },
    { name: '引号里是客户的原话', body: '您来信说“发票在附件里”，但我们没有收到文件，麻烦您再发一次。', attachmentCount: 0 },
    { name: 'the file is there', body: 'Please find attached the return label.', attachmentCount: 1 },
    { name: 'Chinese promise with a file', body: '随信附上退货标签，请查收。', attachmentCount: 2 },
    { name: '请客户附上文件，中间隔着几个词', body: '麻煩您重新以 PDF 或 JPG 格式附上，謝謝。请您将截图附上。', attachmentCount: 0 },
    {
      name: 'attachments spoken of without a promise',
      attachmentCount: 0,
      body: [
        'We cannot open attachments from unknown senders, so please paste the error text.',
        'The strap is attached to the case, and the charger is enclosed in the box.',
        'Thanks for the screenshot. The attached photo you sent shows a cracked hinge.',
        'Could you send it as an attachment? Order #A88213, tracking 1Z999AA10123456784.',
      ].join('\n'),
    },
    {
      name: 'Chinese mentions of accessories, the customer’s files and requests for files',
      attachmentCount: 0,
      body: '手机附件齐全，请核对附件是否完整。您发来的附件中没有照片，请附上您的订单截图。为了安全，不要打开陌生附件。附上链接：https://example.com/help',
    },
    {
      name: 'the customer’s attachments, received with thanks',
      attachmentCount: 0,
      body: 'Thanks for the attached photos; they show the crack clearly. We received the attached invoice as well.',
    },
    {
      name: 'the customer’s attachments received, in Chinese',
      attachmentCount: 0,
      body: '附件中的照片我们已经收到，谢谢。我们也收到了附件里的发票。',
    },
    {
      name: 'a promise in the quoted customer mail',
      attachmentCount: 0,
      body: 'We will look into it.\n\n在 2026年1月5日，张先生 写道：\n> 请见附件。I have attached the photo.',
    },
  ],
  invalid: [
    { name: '附於本信：随这封信的文件（繁體）', attachmentCount: 0, body: '入住確認單已附於本信，請於入住時出示。', findings: [{ text: '附於本信' }] },
    { name: '附在邮件中', attachmentCount: 0, body: '缴费明细我已附在邮件中，请您核对。', findings: [{ text: '附在邮件中' }] },
    { name: '请参考附件', attachmentCount: 0, body: '詳細報價單請參考附件。', findings: [{ text: '請參考附件' }] },
    { name: '附件係（粤语）', attachmentCount: 0, body: '附件係你過去三個月嘅賬單明細。', findings: [{ text: '附件係' }] },
    { name: 'attached before a full-width comma in mixed text', attachmentCount: 0, body: '检测报告 attached，供您参考。', findings: [{ text: 'attached' }] },
    { name: '为客户附上的文件', attachmentCount: 0, body: '给您附上发票，请查收。', findings: [{ text: '附上' }] },
    { name: '申请表见附件：申请的“请”不是请求', attachmentCount: 0, body: '行李损坏赔偿申请表见附件，请您填写后回传。', findings: [{ text: '见附件' }] },
    {
      name: 'a negation in the sentence before does not reach the promise',
      attachmentCount: 0,
      body: "The invoice did not arrive. I've attached a new copy.",
      findings: [{ text: "I've attached" }],
    },
    {
      name: '上一句的否定管不到这一句',
      attachmentCount: 0,
      body: '上次的文件没有发出去。附件是新的发票，请查收。',
      findings: [{ text: '附件是' }],
    },
    {
      name: 'a promise of the agent after a cited one',
      attachmentCount: 0,
      body: 'You wrote "see the attached invoice" yesterday. Please find attached a new copy.',
      findings: [{ text: 'Please find attached' }],
    },
    {
      name: 'words between "find" and "attached", ended by a semicolon',
      attachmentCount: 0,
      body: 'Please find the prepaid return label attached; print it and tape it to the box.',
      findings: [{ text: 'find the prepaid return label attached' }],
    },
    {
      name: 'a list item ended by a comma',
      attachmentCount: 0,
      body: 'Hello,\n\nInvoice attached, receipt to follow.\n\nThanks',
      findings: [{ text: 'attached' }],
    },
    {
      name: 'an English promise without a file',
      attachmentCount: 0,
      body: "Hi Amy,\n\nI've attached the return label. Print it and drop the parcel at any UPS store.",
      findings: [{ text: "I've attached", line: 3, column: 1, message: 'nothing is attached', fixed: null }],
    },
    {
      name: 'only the first promise is reported',
      attachmentCount: 0,
      body: 'Please find attached the invoice. The receipt is attached too.',
      findings: [{ text: 'Please find attached' }],
    },
    {
      name: 'a Simplified Chinese promise',
      attachmentCount: 0,
      body: '您好，退货标签请见附件。',
      findings: [{ text: '请见附件', message: '并没有添加附件' }],
    },
    {
      name: 'a Traditional Chinese promise',
      attachmentCount: 0,
      body: '您好，發票請見附件，謝謝。',
      findings: [{ text: '請見附件' }],
    },
    { name: 'a Traditional attachment label', attachmentCount: 0, body: '附檔為您的發票。', findings: [{ text: '附檔為' }] },
    {
      name: 'a mixed-language promise',
      attachmentCount: 0,
      body: 'Order A88213 的 invoice is attached，请查收。',
      findings: [{ text: 'is attached' }],
    },
    {
      name: 'the subject promises a file',
      attachmentCount: 0,
      subject: 'Return label attached',
      body: 'See above.',
      findings: [{ field: 'subject', text: 'attached' }],
    },
    {
      name: 'a promise wrapped onto the next line',
      attachmentCount: 0,
      body: 'As promised, I have\nattached the return label.',
      findings: [{ text: 'I have\nattached', message: '“I have attached”' }],
    },
    {
      name: 'attached to this email is still a promise',
      attachmentCount: 0,
      body: 'The label is attached to this email.',
      findings: [{ text: 'is attached' }],
    },
  ],
});
