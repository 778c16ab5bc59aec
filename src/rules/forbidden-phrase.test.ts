import { testRule } from '../core/testing/rule-tester.ts';
import { forbiddenPhrase } from './forbidden-phrase.ts';

const SUPPORT_REPLY_EN = [
  'Hi Ms. Chen,',
  '',
  'Thank you for your patience. Order #A88213 (SKU TX-4410-BLK) shipped on 2026-01-05 via UPS,',
  'tracking 1Z999AA10123456784. The refund of $42.50 for invoice INV-2026-0113 is on its way.',
  'If you should have any questions, call +1 (415) 555-0134 or see https://example.com/help/whatever-you-need.',
  'There is no way to track the old parcel, but we will do whatever you need to sort it out.',
  "I don't know if you saw our note, so here it is again: the FAQ is at www.example.com/faq.",
  '',
  'Best regards,',
  'Anna',
].join('\n');

const SUPPORT_REPLY_ZH = [
  '王先生，您好！',
  '',
  '您的订单 20260105-88213 已于 1 月 5 日通过顺丰发出，运单号 SF1234567890123。',
  '不知道您是否方便在今天下午签收？如果您不知道取件码，可以拨打 400-123-4567 查询。',
  '有不知道的地方，随时联系我们。这款真笨重的旧型号已经停产，您着急什么时候用呢？',
  '',
  '此致',
  '敬礼',
].join('\n');

testRule(forbiddenPhrase, {
  valid: [
    { name: '不属于本热线受理范围，但已为您转接：代客户转交不是推诿', body: '您反映的问题不属于本热线受理范围，已为您转接市场监管部门，对方电话是12315。' },
    { name: 'a clause that goes on in English after 冇辦法 says what cannot be done', body: '明白嘅，張單已經 ship 咗，所以冇辦法 cancel。不過收到之後 14 日內可以免費退貨。' },
    {
      name: "firm refusals that go on to say what can be done, an honest limit, a problem named as not the customer's",
      body: "这张特价机票不可退票，我这边确实没办法为您办理退款，但基金和燃油附加费可以退还。停电是线路熔断引起的，不是您家里的问题。The courier's delay is a problem for us, and we will chase it. Please check your spam folder; if it is not there, I will resend it.",
    },
    { name: 'a reply keeps the customer’s subject, which is theirs', subject: 'Re: 你们到底什么时候发货？不归你管归谁管', body: '您好，包裹明天到。' },
    { name: 'an English reply full of numbers, codes and polite look-alikes', body: SUPPORT_REPLY_EN },
    { name: 'a Chinese reply with polite 不知道 questions', body: SUPPORT_REPLY_ZH },
    { name: 'Traditional polite question', body: '不知道您是否方便提供訂單編號？' },
    { name: 'a phrase inside a longer word or code', body: 'The Whatevers album, code SKU-obviously-2 and calmdown.io are fine.' },
    { name: 'phrases in the quoted customer mail', body: 'We are on it.\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> Calm down? Whatever. 不归我管 is what you said.' },
    { name: 'the built-in list can be switched off', body: '这个不归我管。Calm down.', options: { builtin: false } },
    {
      name: 'a pack phrase keeps the context checks of the built-in it replaces',
      body: '不知道您是否方便？',
      vocabulary: { forbiddenPhrases: [{ phrase: '不知道', replacement: '我查一下' }] },
    },
    { name: '如果你不明白 is an offer of help', body: '如果你不明白这一步，可以随时问我。' },
    { name: 'a phrase quoted from someone else', body: '您说之前的客服跟您讲“都是你自己的问题”，这一定让您很受气。He was told "calm down" twice.' },
    { name: '“you should have it” promises a delivery', body: "It's out for delivery today; you should have it before 6pm." },
    { name: 'phrases in single quotation marks', body: 'He wrote ‘calm down’ in the chat. 您说之前的客服回了一句‘不归我管’，非常抱歉。' },
    {
      name: '“calm down” describing things rather than the customer',
      body: 'Once things calm down after the holidays, we will restock. The swelling should calm down as the battery cools.',
    },
    { name: '“you must have” stating a requirement or sympathising', body: 'To claim the warranty, you must have the original receipt. You must have been so worried.' },
    { name: '让你等着急了 apologises for the wait', body: '让您等着急了，非常抱歉。讓您等著急了，非常抱歉。' },
    {
      name: '没办法, 不可能 and 我不管 inside a longer clause say what cannot happen, not that nobody will help',
      body: '您没办法登录的原因是缓存。款项没办法当天到账。客服不可能向您索取密码，这种情况不可能出现。我不管多晚都会回复您。我们想办法为您处理。',
    },
    { name: '“impossible” about something else than the customer’s word', body: "It's impossible to say when stock returns. That is impossible for us to ship before Friday." },
    { name: 'a gap does not reach over the end of a sentence', body: 'I have explained the steps below. We tried to call you three times yesterday.' },
    { name: 'a gap reaches a few words, not a whole list', body: 'I have told the warehouse team, the courier and the store manager about your parcel several times.' },
    {
      name: 'reassurance that it is not the customer’s fault, in both languages',
      body: "It's not your fault, and it was never your mistake. 这不是您的问题，请放心。這並不是您的錯。",
    },
    { name: 'a thing the customer need not worry about is no brush-off', body: "This isn't something you need to worry about. 您可以自己查看物流进度。" },
    { name: 'the agent spares the customer the errand; nothing the customer did wrong', body: '调平本来就是安装服务的一部分，不应该让您自己处理。It wasn’t anything you did wrong.' },
    { name: 'a pack phrase is taken word for word: no gap, no alternatives', body: 'We said it twice.', options: { builtin: false }, vocabulary: { forbiddenPhrases: [{ phrase: 'said…twice' }, { phrase: '(said|told)' }] } },
  ],
  invalid: [
    {
      name: 'a brush-off that ends its clause, in both scripts',
      body: '这个没办法，系统就是这样设计的。我們真的沒辦法，系統不容許。',
      findings: [{ text: '这个没办法' }, { text: '真的沒辦法', message: '我會盡力幫您想辦法' }],
    },
    {
      name: '“I already told you” in its common forms, Traditional too',
      body: '我已经说过了，年费是这样收的。我已經說過了，此票種需收手續費。',
      findings: [{ text: '我已经说过了' }, { text: '我已經說過了' }],
    },
    {
      name: 'passing the customer on, with the team named in between',
      body: '发票抬头修改不归我们客服管。空調移機不歸我們售後管。快递丢了我不管，你去找快递公司。',
      findings: [{ text: '不归我们客服管' }, { text: '不歸我們售後管' }, { text: '我不管' }],
    },
    {
      name: 'provoking and lecturing phrases',
      body: '你要怎么样？找领导去也是一样。你听我说，这是预售商品。这不可能。',
      findings: [{ text: '你要怎么样' }, { text: '找领导去' }, { text: '你听我说' }, { text: '这不可能' }],
    },
    {
      name: 'English: a question back at the customer, a flat denial, not my department',
      body: "What do you want me to do? That's impossible. Billing is not my department.",
      findings: [{ text: 'What do you want me to do' }, { text: "That's impossible" }, { text: 'is not my department' }],
    },
    {
      name: 'curt question from the phone etiquette table',
      body: '你找谁？',
      findings: [{ text: '你找谁', message: '请问您找哪位', fixed: { body: '请问您找哪位？' } }],
    },
    {
      name: 'a replacement does not repeat the words already before the phrase (请问 + 你找谁)',
      body: '请问你找谁？',
      findings: [{ text: '你找谁', fixed: { body: '请问您找哪位？' } }],
    },
    {
      name: 'nor in Traditional script (請問 + 你找誰)',
      body: '請問你找誰？',
      findings: [{ text: '你找誰', fixed: { body: '請問您找哪位？' } }],
    },
    {
      name: 'nor the words already after it',
      body: '您好，你等一下请您稍等。',
      findings: [{ text: '你等一下', fixed: { body: '您好，请您稍等。' } }],
    },
    {
      name: 'nor English words already before a pack phrase',
      body: 'Please reply as soon as ASAP.',
      vocabulary: { forbiddenPhrases: [{ phrase: 'ASAP', replacement: 'as soon as possible' }] },
      findings: [{ text: 'ASAP', fixed: { body: 'Please reply as soon as possible.' } }],
    },
    {
      name: 'words that only look alike are not taken for a repeat (a part of a word, one character)',
      body: 'Thank you, you must have missed it. 我你等一下。',
      findings: [
        { text: 'you must have', fixed: { body: 'Thank you, it looks like you may have missed it. 我你等一下。' } },
        { text: '你等一下', fixed: { body: 'Thank you, you must have missed it. 我请您稍等。' } },
      ],
    },
    {
      name: 'passing the customer on, in Traditional script',
      body: '這個問題不歸我管。',
      findings: [{ text: '不歸我管', fixed: { body: '這個問題我幫您轉給負責的同事跟進。' } }],
    },
    {
      name: 'a replacement follows the Traditional script of the reply, also where the phrase is written alike in both',
      body: '您的訂單已經寄出。我也不知道。',
      findings: [{ text: '我也不知道', message: '抱歉，這事我不太清楚', fixed: { body: '您的訂單已經寄出。抱歉，這事我不太清楚，我幫您確認一下。' } }],
    },
    {
      name: 'and stays Simplified in a Simplified reply',
      body: '您的订单已经寄出。我也不知道。',
      findings: [{ text: '我也不知道', fixed: { body: '您的订单已经寄出。抱歉，这事我不太清楚，我帮您确认一下。' } }],
    },
    {
      name: 'a bare 不知道 answer gets the full polite sentence',
      body: '我也不知道。',
      findings: [{ text: '我也不知道', fixed: { body: '抱歉，这事我不太清楚，我帮您确认一下。' } }],
    },
    {
      name: 'the clause replacement is only advice in the middle of a sentence',
      body: '我不知道具体原因',
      findings: [{ text: '我不知道', message: '抱歉，这事我不太清楚', fixed: null }],
    },
    {
      name: 'a rhetorical question that is a sentence of its own is removed with its mark',
      body: '有完没完？保修不包括人为损坏。',
      findings: [{ text: '有完没完', fixed: { body: '保修不包括人为损坏。' } }],
    },
    {
      name: 'the same question inside a sentence gets no fix',
      body: '我已经讲得很清楚了，有完没完？',
      findings: [{ text: '讲得很清楚' }, { text: '有完没完', fixed: null }],
    },
    {
      name: 'reproach with advice and removal',
      body: '您好，\n不是告诉你了吗？要先登录。',
      findings: [{ text: '不是告诉你了吗', message: '如之前邮件所述', fixed: { body: '您好，\n要先登录。' } }],
    },
    {
      name: 'English replacement keeps the sentence-start capital',
      body: 'As I already told you, the refund is done.',
      findings: [{ text: 'As I already told you', fixed: { body: 'As mentioned, the refund is done.' } }],
    },
    {
      name: 'mid-sentence replacement stays lower case',
      body: 'The refund is done, per my last email.',
      findings: [{ text: 'per my last email', fixed: { body: 'The refund is done, as mentioned in my previous email.' } }],
    },
    {
      name: 'longest phrase wins and takes the capital after a greeting line',
      body: 'Hi Mark,\n\nplease calm down. We will fix it.',
      findings: [{ text: 'please calm down', line: 3, column: 1, fixed: { body: 'Hi Mark,\n\nI understand how frustrating this is. We will fix it.' } }],
    },
    {
      name: 'removing a sentence opener hands its capital to the next word',
      body: 'Obviously, the parcel was late.',
      findings: [{ text: 'Obviously', fixed: { body: 'The parcel was late.' } }],
    },
    {
      name: 'removing a word between spaces takes one space with it',
      body: 'That obviously means a new label.',
      findings: [{ text: 'obviously', fixed: { body: 'That means a new label.' } }],
    },
    {
      name: 'a phrase wrapped onto the next line',
      body: 'Sorry, there is nothing we can\ndo about the fee.',
      findings: [{ text: 'there is nothing we can\ndo', message: '“there is nothing we can do”', fixed: { body: 'Sorry, here is what we can do about the fee.' } }],
    },
    {
      name: '“calm down” after a modal is still said to the customer',
      body: 'I think you should calm down first.',
      findings: [{ text: 'calm down', fixed: null }],
    },
    {
      name: '“you must have” presuming the customer’s mistake',
      body: 'You must have entered the wrong address.',
      findings: [{ text: 'You must have', fixed: { body: 'It looks like you may have entered the wrong address.' } }],
    },
    {
      name: 'blaming phrase with advice only',
      body: 'You should have told us sooner.',
      findings: [{ text: 'You should have', message: 'Next time', fixed: null }],
    },
    {
      name: 'upper case and the typographic apostrophe still match',
      body: 'I DON’T KNOW.',
      findings: [{ text: 'I DON’T KNOW', fixed: { body: 'Let me find out for you.' } }],
    },
    {
      name: 'a dismissive word on its own',
      body: 'Whatever. The label is attached.',
      findings: [{ text: 'Whatever', message: 'Answer the point', fixed: null }],
    },
    {
      name: 'mixed Chinese and English in one reply',
      body: 'Order #A88213: 这个不归我管, calm down.',
      findings: [
        { text: '不归我管', fixed: { body: 'Order #A88213: 这个我帮您转给负责的同事跟进, calm down.' } },
        { text: 'calm down', fixed: null },
      ],
    },
    {
      name: 'paraphrases that count the times the customer was told, a few words apart',
      body: 'I have explained this to you three times now. 我已经跟您说过好几次了。我已經跟您說過好幾次了。',
      findings: [{ text: 'I have explained this to you three times' }, { text: '已经跟您说过好几次' }, { text: '已經跟您說過好幾次' }],
    },
    {
      name: 'paraphrases that pass the customer on',
      body: "Refunds are not something our team handles; you'll have to contact the seller yourself.\n这个不在我们的处理范围，你自己去找卖家协商。",
      findings: [
        { text: 'are not something our team handles' },
        { text: "you'll have to contact the seller yourself" },
        { text: '不在我们的处理范围' },
        { text: '你自己去找' },
      ],
    },
    {
      name: 'more paraphrases: counting replies, reading next time, nothing further to offer, 讲过三遍, 请您自重',
      body: "As I've now explained in two separate emails, the fee stands. Perhaps read the policy next time. There is nothing further we can offer.\n这个问题我讲过三遍了。请您自重。",
      findings: [
        { text: "As I've now explained in two separate emails" },
        { text: 'read the policy next time' },
        { text: 'nothing further we can offer' },
        { text: '讲过三遍' },
        { text: '请您自重' },
      ],
    },
    {
      name: 'paraphrases that belittle, blame or contradict',
      body: "That's not true: the box was sealed. That part's on you. 这么简单的操作都不会？是您自己的问题。",
      findings: [{ text: "That's not true" }, { text: "That part's on you" }, { text: '这么简单的操作都不会' }, { text: '是您自己的问题' }],
    },
    {
      name: "passing on and giving up, in other words: scope, another team, a problem of someone else, the customer's own risk",
      body: "That is not coming under our team scope. The net banking team cannot help. It is problem of courier company, not of our shop. Pls check the website yourself. Charges are at your own risk.",
      findings: [
        { text: 'not coming under our team scope' },
        { text: 'team cannot help' },
        { text: 'problem of courier company, not of our shop' },
        { text: 'Pls check the website yourself' },
        { text: 'at your own risk' },
      ],
    },
    {
      name: 'lecturing and sarcasm in other words: responsibility, gentle suggestions, asking again, repeating happily',
      body: "It really is the patient's responsibility to read it. I would gently suggest reading the terms. Repeating the question will not produce a different answer. I'm happy to keep repeating this.",
      findings: [
        { text: "It really is the patient's responsibility to" },
        { text: 'would gently suggest' },
        { text: 'Repeating the question will not' },
        { text: 'happy to keep repeating' },
      ],
    },
    {
      name: '推诿和无能为力的其他说法：帮不上什么忙、我这边也搞不清楚、只能麻烦您自己、请您自行向…咨询、你问错地方了',
      body: '这个我们也帮不上什么忙。停电原因我这边也搞不清楚。确实没有任何办法，只能麻烦您自己再想想。请您自行向所在单位人事部门咨询。你问错地方了。',
      findings: [{ text: '帮不上什么忙' }, { text: '我这边也搞不清楚' }, { text: '确实没有任何办法' }, { text: '只能麻烦您自己' }, { text: '请您自行向所在单位人事部门咨询' }, { text: '你问错地方了' }],
    },
    {
      name: '推诿的其他说法：不是我们客服部门负责的范围、您自己再跑一趟、请您自行联络、这边无权处理、答复过两次、你自己做过什么心里最清楚',
      body: '这不是我们客服部门负责的范围。要麻烦您自己再跑一趟门市。请您自行联络旅行社。我们个险客服这边无权处理。我已经答复过您两次了。你自己做过什么心里最清楚。',
      findings: [
        { text: '不是我们客服部门负责的范围' },
        { text: '您自己再跑一趟' },
        { text: '请您自行联络' },
        { text: '这边无权处理' },
        { text: '我已经答复过您两次' },
        { text: '你自己做过什么心里最清楚' },
      ],
    },
    {
      name: 'written Cantonese reads as the Mandarin it stands for: 冇辦法, 唔係我哋負責嘅範圍, 講咗三次',
      body: '呢筆錢我哋都冇辦法。唔係我哋負責嘅範圍。我已經講咗三次。',
      findings: [{ text: '冇辦法' }, { text: '唔係我哋負責嘅範圍' }, { text: '我已經講咗三次' }],
    },
    {
      name: "passing on, giving up and sneering in other words: not ours, not a lot more we can do, any faster, which part of",
      body: "Delays are the ground handler's job, not ours. There's not a lot more we can do. There is genuinely nothing we're able to do. Messaging us won't make the van go any faster. Which part of \"excluded\" is causing the confusion? It should have been checked before you booked. As explained in both of my earlier replies, the fee stands.",
      findings: [
        { text: ', not ours' },
        { text: 'not a lot more we can do' },
        { text: "nothing we're able to do" },
        { text: "won't make the van go any faster" },
        { text: 'Which part of "excluded" is causing' },
        { text: 'should have been checked before you' },
        { text: 'As explained in both of my earlier replies' },
      ],
    },
    {
      name: '推诿和挑衅的更多说法：跟我们平台没关系、您得去找卖家、您和保险公司之间的事、你自己看着办、倒成我们的错了、不是慈善机构',
      body: '这个跟我们平台没关系。这事您得去找卖家处理。这是您和保险公司之间的事。你要自己去 AusPost 官网查。能做的实在有限。如我在 last email 里已经说过的，不退。你自己看着办。你看没看是你自己的事。你就别想了。现在倒成我们的错了？酒店不是慈善机构。你签之前没看吗？你签合同之前就应该看清楚。大厦线路不属于我们的维修范围。',
      findings: [
        { text: '跟我们平台没关系' },
        { text: '您得去找卖家' },
        { text: '是您和保险公司之间的事' },
        { text: '你要自己去 AusPost 官网查' },
        { text: '能做的实在有限' },
        { text: '如我在 last email 里已经说过' },
        { text: '你自己看着办' },
        { text: '是你自己的事' },
        { text: '你就别想了' },
        { text: '倒成我们的错' },
        { text: '不是慈善机构' },
        { text: '之前没看吗' },
        { text: '之前就应该看清楚' },
        { text: '不属于我们的维修范围' },
      ],
    },
    {
      name: '指责和挑衅的其他说法：当时就应该、自己不看、你是没看见吗、下次仔细、好自为之、写再多也没用',
      body: '您当时应该仔细阅读后再签字。自己不看，现在反过来说我们没通知。你是没看见吗？下次请仔细填写。你好自为之。寫再多封信也沒用。',
      findings: [{ text: '您当时应该' }, { text: '自己不看' }, { text: '你是没看见吗' }, { text: '下次请仔细' }, { text: '好自为之' }, { text: '寫再多封信也沒用' }],
    },
    {
      name: 'the subject is checked too',
      subject: 'Refund: not my problem',
      body: 'Hello',
      findings: [{ field: 'subject', text: 'not my problem', column: 9 }],
    },
    {
      name: 'a pack phrase overrides the built-in replacement',
      body: '不知道。',
      vocabulary: { forbiddenPhrases: [{ phrase: '不知道', replacement: '我查一下' }] },
      findings: [{ text: '不知道', message: '我查一下', fixed: { body: '我查一下。' } }],
    },
    {
      name: 'a pack phrase without replacement is removed',
      body: 'To be honest, the update is late.',
      vocabulary: { forbiddenPhrases: [{ phrase: 'to be honest', reason: { en: 'It implies the rest was not.', zh: '暗示其他内容不够诚实。' } }] },
      findings: [{ text: 'To be honest', message: 'implies the rest', fixed: { body: 'The update is late.' } }],
    },
    {
      name: 'pack phrases still apply when the built-in list is off',
      body: 'Kindly revert at the earliest.',
      options: { builtin: false },
      vocabulary: { forbiddenPhrases: [{ phrase: 'kindly revert', replacement: 'please reply' }] },
      findings: [{ text: 'Kindly revert', fixed: { body: 'Please reply at the earliest.' } }],
    },
  ],
});
