import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeDraft } from '../core/draft.ts';
import { createLinter } from '../core/engine.ts';
import { testRule } from '../core/testing/rule-tester.ts';
import type { ModelVerdict } from '../tone/model.ts';
import { shippedToneVerdict } from '../tone/shipped-model.ts';
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
    { name: 'a reply that says who decides and passes it on', body: '能否出签由领事馆决定，我们已把您的材料提交，结果出来后第一时间通知您。Nothing changed on the meter, and we have booked a re-read.' },
    { name: 'a matter the branch does handle, and the customer checking a setting with guidance', body: 'This is a matter our branch handles directly, and we have opened a case. 您可以先看看设置里的模式；如仍不制冷，我们安排师傅上门。' },
    { name: 'how things work, explained; a complaint channel given plainly', body: 'Here is how it works: the refund goes to your card. 如您对处理结果不满意，可以向监管部门投诉。系统出错时会自动重试。' },
    { name: 'a party that can help, and a thought let go kindly', body: '航司会为您免费改签。您先别担心，我们会处理好。Is it too much trouble to send the receipt?' },
    { name: 'an explanation of what happens where, and a customer who may ask the right team', body: "I'm afraid the cancellation has to be made from the account owner's login, so I can't process it from here. Next time you log in, the banner shows the plan. 取号机由门诊部负责，我已帮您转交。我们这边查不到订单，麻烦您提供订单号。" },
    { name: 'self-service, not a third party left to the customer', body: '您可以自行在 App 中修改收货地址。The front desk is something we can help with any time.' },
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
    { name: '转述别人说的“不知道”不是客服推说不知道', body: '条款在投保时已经逐页说明，现在才来说不知道。\n\n現在說不知道，我們再寄一份條款給您。' },
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
    {
      name: 'a cause guessed, asked about or cleared is not laid on the customer, in both scripts',
      body: '这可能是您的网络不稳定造成的，请重启路由器再试。如果是您在使用中造成的损坏，维修需另行收费。请问是您本人操作导致的吗？这并不是您操作不当所致。為避免您理解有誤，我們附上說明。You should have the parcel by Friday. If you should have any questions, call us.',
    },
    {
      name: 'what the agent owns, or care before an action, is no lecture; "nothing to do with us" denied',
      body: '这一点我们在 check-in 时应该说清楚。乘扶梯时应该看好孩子。責任不在您。Next time you order, the code SAVE10 works at checkout. The delay had nothing to do with you.',
    },
    { name: 'the agent who told the customer before, said of the agent', body: '这个情况我们跟您说过了吗？如果没有，我在这里补充说明。' },
    { name: 'what the customer may not have checked, asked as a condition; praise that says nothing more', body: '如果您下单时没看清尺码，我们可以免费换货。没啥好说的，五星好评！' },
    {
      name: 'a team named in a helpful clause, a noun after 负责的, a promise to keep the customer posted, someone who tells us something',
      body: '不是本中心负责的项目，我们也会帮您转交。這件事不是我們門市負責的範疇以外。We will keep checking and let you know. You will need to keep the receipt. Nobody was there, but the courier tells us it is on its way.',
    },
    { name: 'a pack phrase is taken word for word: no gap, no alternatives', body: 'We said it twice.', options: { builtin: false }, vocabulary: { forbiddenPhrases: [{ phrase: 'said…twice' }, { phrase: '(said|told)' }] } },
  ],
  invalid: [
    {
      name: 'not ours, naming the team, and 不屬 for 不属于 (Simplified, Traditional and Cantonese)',
      body: '这不是我们中心负责的，请您联系照管专员。此事不屬本部門負責範圍。呢單嘢唔係我哋門市負責嘅。',
      findings: [{ text: '不是我们中心负责的' }, { text: '不屬本部門負責範圍' }, { text: '唔係我哋門市負責嘅' }],
    },
    {
      name: '同 as written Cantonese says 跟: told many times, nothing to do with us',
      body: '我已經同你講咗好多次，要 T+7 先會入帳。呢個問題同我哋冇關係。',
      findings: [{ text: '已經同你講咗好多次' }, { text: '同我哋冇關係' }],
    },
    {
      name: 'a wall with nothing behind it, what the customer did not check, finally, and the agent who cannot move it (Simplified, Traditional, Cantonese)',
      body: '合同怎么写我们就怎么扣，没什么好谈的。呢件事冇得傾。下单时没看参数，这个不是安装的问题。很高兴您终于愿意把说明书拿出来看一看了。这是系统按规则自动扣的，我们这边也动不了。',
      findings: [{ text: '合同怎么写我们就怎么扣' }, { text: '没什么好谈的' }, { text: '冇得傾' }, { text: '下单时没看' }, { text: '您终于愿意' }, { text: '我们这边也动不了' }],
    },
    {
      name: 'not my department said the other way round, and a lecture on what to check before writing in',
      body: "Billing questions aren't handled by my department. Perhaps have a proper look in the fridge drawer before writing in next time.",
      findings: [{ text: "aren't handled by my department" }, { text: 'before writing in next time' }],
    },
    {
      name: 'told already, and what the customer should long have read (Traditional, Cantonese)',
      body: '跟您講過了，bug 已經排進下一個 patch。閣下於投保時理應已細閱保單條款第 4.2 條。',
      findings: [{ text: '跟您講過了' }, { text: '理應已細閱' }],
    },
    {
      name: 'sent to sort it out with someone else',
      body: 'Honestly ur best bet is to text him directly and sort out a new time.',
      findings: [{ text: 'ur best bet is to text him' }],
    },
    {
      name: 'the customer left to watch for news, and an agent nobody tells anything',
      body: "You'll have to keep checking the website I guess. Nobody tells us front desk people anything. You will just need to keep trying.",
      findings: [{ text: "You'll have to keep checking" }, { text: 'Nobody tells us front desk people anything' }, { text: 'You will just need to keep trying' }],
    },
    {
      name: 'the cause laid on the customer as a fact: 是您…造成的, 系您…所致, 是您这边没有注意到, 您理解有误, 时就应该先核对清楚 (Simplified and Traditional)',
      body: '机柜当天运行正常，问题是您归还时没有插到位造成的。此次问题系您下单时未仔细选择配送方式所致。收据要求是您这边没有注意到。应该是您理解有误。你当初 booking 的时候就应该先核对清楚。這是您這邊沒有注意到的條款。您預約時就應該先講清楚。',
      findings: [
        { text: '是您归还时没有插到位造成的' },
        { text: '系您下单时未仔细选择配送方式所致' },
        { text: '是您这边没有注意' },
        { text: '您理解有误' },
        { text: '时候就应该先核对清楚' },
        { text: '是您這邊沒有注意' },
        { text: '時就應該先講清楚' },
      ],
    },
    {
      name: 'what the customer should have read before, and the fault laid at their door (Simplified and Traditional)',
      body: '申請前應該先看清楚活動說明。您在签约前本应仔细阅读协议条款。是您當時沒有看清楚同意書內容。責任在於閣下本人。这个不能算在我们头上。本行已在過去三封電郵中反覆說明。',
      findings: [
        { text: '前應該先看清楚' },
        { text: '前本应仔细阅读' },
        { text: '是您當時沒有看清' },
        { text: '責任在於閣下' },
        { text: '不能算在我们头上' },
        { text: '過去三封電郵中' },
      ],
    },
    {
      name: 'not knowing, not acting for the customer, sending them to the police, told in an earlier reply, read it first (Simplified and Traditional)',
      body: '客户服务部无从得知结果，亦无法代为跟进。本公司無法協助處理，請閣下自行報案。我在6月10日的回复中已经做过一次详细说明。麻烦您挂号前先把说明看完。',
      findings: [{ text: '无从得知' }, { text: '无法代为跟进' }, { text: '請閣下自行報案' }, { text: '回复中已经做过' }, { text: '前先把说明看完' }],
    },
    {
      name: 'passing the customer on, several readers at once; "nothing to do with us"; what to check first next time',
      body: "Accessibility arrangements aren't really anything to do with us. You'll have to take that up with the venue yourselves. Next time please check your order confirmation email first.",
      findings: [
        { text: "aren't really anything to do with us" },
        { text: "You'll have to take that up with the venue yourselves" },
        { text: 'Next time please check your order confirmation email first' },
      ],
    },
    {
      name: "'you really should have', 'u should've': emphasis or texting between the customer and the reproach",
      body: "You really should have kept the receipts. Honestly u should've rung us straight away.",
      findings: [{ text: 'You really should have' }, { text: "u should've" }],
    },
    { name: '这是第四次回复你了、讲了三遍、我再强调一遍、别再回这个邮件了', body: '这是第四次回复你了。同一个问题我已经开会讲了三遍。我再强调一遍：押金不是罚款。别再回这个邮件了。', findings: [{ text: '这是第四次回复' }, { text: '讲了三遍' }, { text: '我再强调一遍' }, { text: '别再回这个邮件' }] },
    { name: '責任不在我們、唔關我哋公司事、你直接搵返佢啦 (Traditional and Cantonese)', body: '這是你自己不遵醫囑造成的，責任不在我們。線槽屬法團範圍，唔關我哋公司事。我哋客服呢邊做唔到，你直接搵返佢啦。', findings: [{ text: '是你自己不遵醫囑造成的' }, { text: '責任不在我們' }, { text: '唔關我哋公司事' }, { text: '呢邊做唔到' }, { text: '直接搵返佢' }] },
    { name: '推诿：不归驿站管、你问物业吧、我们说了不算（简体）', body: '丢件的事不归驿站管。你问物业吧，这事我们说了不算。物业能做的就这些了。', findings: [{ text: '不归驿站管' }, { text: '你问物业吧' }, { text: '说了不算' }, { text: '能做的就这些' }] },
    { name: 'Cantonese read as Mandarin: 我哋幫唔到, 冇人逼你, 唔鍾意就算', body: '車票唔喺我哋度賣，我哋幫唔到。你唔鍾意佢嘅教法，冇人逼你。你鍾意就改，唔鍾意就算。', findings: [{ text: '我哋幫唔到' }, { text: '冇人逼你' }, { text: '唔鍾意就算' }] },
    { name: '不可能出错、随时奉陪', body: '我们系统的计息是不可能出错的。您要是不满意，尽管去投诉，我们随时奉陪。', findings: [{ text: '不可能出错' }, { text: '随时奉陪' }] },
    { name: "'as I'm sure you've noticed', 'nothing we can change there'", body: "As I'm sure you've noticed, the meter reads 4,210. There's nothing we can change there.", findings: [{ text: "As I'm sure you've noticed" }, { text: 'nothing we can change there' }] },
    { name: 'told again by the earlier mail, and nothing more here (en)', body: "As I mentioned in my previous reply, the ticket is non-refundable, and there's nothing more that can be done. We are unable to assist further.", findings: [{ text: 'As I mentioned in my previous reply' }, { text: "there's nothing more that can be done" }, { text: 'We are unable to assist further' }] },
    { name: "somebody else's, again (en)", body: 'Unfortunately, this is not a matter our branch handles. Kindly follow up with SimuPesa customer care directly.', findings: [{ text: 'is not a matter our branch handles' }, { text: 'Kindly follow up with SimuPesa customer care directly' }] },
    { name: '推诿与说教（简体）', body: '你自己先看看是不是调成送风了。发票的事情我们前台这边确实不清楚，您直接去问财务室吧。要修就预约，不修就算了。', findings: [{ text: '你自己先看看' }, { text: '前台这边确实不清楚' }, { text: '直接去问财务室吧' }, { text: '不修就算了' }] },
    { name: '推諉與說教（繁體）', body: '路燈維護並非本課業務，本所無從處理。這部分在前兩封信中都已經說明過了。規矩就是規矩，請閣下日後自行留意。', findings: [{ text: '並非本課業務' }, { text: '無從處理' }, { text: '前兩封信中都已經說明過' }, { text: '規矩就是規矩' }, { text: '日後自行留意' }] },
    { name: 'telling again as a question, and belittling (en)', body: "How many times do I have to tell you? Do I need to spell it out? It's not rocket science.", findings: [{ text: 'How many times do I have to tell' }, { text: 'Do I need to spell it out' }, { text: "It's not rocket science" }] },
    { name: 'contradicting and brushing off (en)', body: "That's not how it works. Whatever you say. This conversation is over.", findings: [{ text: "That's not how it works" }, { text: 'Whatever you say' }, { text: 'This conversation is over' }] },
    { name: '规定就是这样、系统不会出错（简体）', body: '规定就是这样。我们的系统不会出错的。', findings: [{ text: '规定就是这样' }, { text: '系统不会出错' }] },
    { name: '有本事您去告、自己的问题自己解决（繁體）', body: '有本事您去告。自己的問題自己解決。', findings: [{ text: '有本事您去告' }, { text: '自己的問題自己解決' }] },
    { name: '航司也没办法（简体）', body: '今天因为雷雨取消了，天气原因航司也没办法。', findings: [{ text: '航司也没办法' }] },
    { name: '我們這邊也真的沒辦法再做什麼了（繁體）', body: '老實說，這種狀況我們這邊也真的沒辦法再做什麼了。', findings: [{ text: '我們這邊也真的沒辦法再做什麼' }] },
    { name: '需要您自己去跟修車廠', body: '這部分需要您自己去跟修車廠 follow up。', findings: [{ text: '需要您自己去跟' }] },
    { name: '本平台…並不處理', body: '本平台客戶服務部並不處理保養及維修事宜。', findings: [{ text: '客戶服務部並不處理' }] },
    { name: '唔係管理處嘅責任 (Cantonese, read as Mandarin)', body: '樓上漏水係業主之間嘅事，唔係管理處嘅責任。', findings: [{ text: '唔係管理處嘅責任' }] },
    { name: '不需要我们再手把手', body: '相信以您的专业水平，不需要我们再手把手演示了。', findings: [{ text: '不需要我们再手把手' }] },
    { name: '退款是不会有的，别想了', body: '退款是不会有的，别想了。', findings: [{ text: '别想了' }] },
    { name: 'too much to ask', body: 'Clearly checking the tracking page was too much to ask.', findings: [{ text: 'was too much to ask' }] },
    { name: 'not handled by this team (en)', body: 'Network coverage issues are not handled by the customer care team, we only look after billing.', findings: [{ text: 'are not handled by the customer care team' }] },
    { name: "aren't something the front desk can take on", body: "Complaints about event noise aren't something the front desk can take on.", findings: [{ text: "aren't something the front desk can take on" }] },
    { name: 'chase it up with them yourself', body: "You'd need to chase it up with their baggage desk yourself.", findings: [{ text: 'chase it up with their baggage desk yourself' }] },
    { name: 'no point in sending further requests', body: 'The lock-in date has passed, so there is no point in sending further requests for the same.', findings: [{ text: 'there is no point in sending' }] },
    { name: "don't bother opening new tickets", body: "The ban is permanent, so don't bother opening new tickets about it.", findings: [{ text: "don't bother opening" }] },
    { name: 'lecturing about reading next time', body: 'In future it really is worth reading the sizing guide before ordering.', findings: [{ text: 'In future it really is worth reading' }] },
    { name: 'check your own settings before calling us', body: "I'd appreciate it if you checked your own settings before calling us incompetent.", findings: [{ text: 'checked your own settings before calling' }] },
    { name: '不是我们客服能决定的（简体）', body: '这个是公司统一规定的，不是我们客服能决定的，您跟我们说也没用。', findings: [{ text: '不是我们客服能决定' }, { text: '跟我们说也没用' }] },
    { name: '不是飯店能控制的（繁體）', body: '其他房客的行為不是飯店能控制的。', findings: [{ text: '不是飯店能控制' }] },
    { name: '請閣下自行與醫務所交涉', body: '收據格式屬醫務所的行政事宜，請閣下自行與醫務所交涉。', findings: [{ text: '自行與醫務所交涉' }] },
    { name: '我們這邊掌握不到（繁體）', body: '包裹在運送途中的狀況我們這邊掌握不到，請直接問宅配公司。', findings: [{ text: '我們這邊掌握不到' }] },
    { name: '是医院门诊部管的', body: '取号机是医院门诊部管的，您到时候去服务台问吧。', findings: [{ text: '是医院门诊部管的' }] },
    { name: '下次…读一遍', body: '希望您下次出行前能花两分钟把乘机须知读一遍。', findings: [{ text: '下次出行前能花两分钟' }] },
    { name: '已经把步骤写清楚了', body: '上周的邮件里已经把操作步骤写清楚了，您可以再翻看一下。', findings: [{ text: '已经把操作步骤写清楚了' }] },
    { name: '这种情况我们见得多了', body: '说实话，这种情况我们见得多了。退款这件事，请您不要再抱希望了。', findings: [{ text: '这种情况我们见得多了' }, { text: '不要再抱希望了' }] },
    { name: '下次可以换一家', body: '您要是觉得我们酒店配不上您，下次可以换一家。', findings: [{ text: '下次可以换一家' }] },
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
      name: 'a whole-clause wording takes the few words that lead up to a phrase without the agent in it; after one that names the agent, the topic stays',
      body: '您好，这个我们也没办法。\n\n呢個我哋都冇辦法。\n\n这个我也不清楚，请问店员。',
      findings: [
        { text: '我们也没办法', fixed: { body: '您好，这个我会尽力帮您想办法。\n\n呢個我哋都冇辦法。\n\n这个我也不清楚，请问店员。' } },
        { text: '冇辦法', fixed: { body: '您好，这个我们也没办法。\n\n我會盡力幫您想辦法。\n\n这个我也不清楚，请问店员。' } },
        { text: '我也不清楚', fixed: { body: '您好，这个我们也没办法。\n\n呢個我哋都冇辦法。\n\n抱歉，这事我不太清楚，我帮您确认一下，请问店员。' } },
      ],
    },
    {
      name: 'no one-click wording where the clause says more before the phrase than a few words, or names the reader, and the wording would drop them',
      body: '改期和补偿的事情不归我们这边处理，请联系主办方。\n\n这个具体是机柜哪里出问题了我们也不知道，请问店员。\n\n你们这个也没办法。',
      findings: [
        { text: '不归我们这边处理', fixed: { body: '改期和补偿的事情我帮您转给负责的同事跟进，请联系主办方。\n\n这个具体是机柜哪里出问题了我们也不知道，请问店员。\n\n你们这个也没办法。' } },
        { text: '我们也不知道', fixed: null },
      ],
    },
    {
      name: 'English removals only where the sentence reads on without the phrase',
      body: 'Stop emailing us about this. The fee is obviously correct, and I am not going to keep repeating it. That is the policy, end of story.',
      findings: [
        { text: 'Stop emailing us', fixed: null },
        { text: 'obviously', fixed: { body: "Stop emailing us about this. The fee is correct, and I am not going to keep repeating it. That is the policy, end of story." } },
        { text: 'I am not going to keep', fixed: null },
        { text: 'end of story', fixed: { body: 'Stop emailing us about this. The fee is obviously correct, and I am not going to keep repeating it. That is the policy.' } },
      ],
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
      name: "more passing on and blaming: rather than us, between yourself and them, not a matter we can assist with, you did this to yourself",
      body: "Faults on the cabinet sit with the network operator rather than us. Any issue would be between yourself and the installer. This is not a matter we can assist with. Kindly appeal to the LTA yourself. That's outside what our showroom handles. You did this to yourself. We're a pharmacy, not a vending machine. Check the guide next time before filing a ticket.",
      findings: [
        { text: 'rather than us' },
        { text: 'between yourself and' },
        { text: 'not a matter we can assist with' },
        { text: 'Kindly appeal to the LTA yourself' },
        { text: "outside what our showroom handles" },
        { text: 'You did this to yourself' },
        { text: "We're a pharmacy, not a vending machine" },
        { text: 'next time before filing' },
      ],
    },
    {
      name: '推诿和挑衅的再一批说法：麻烦您自行拨打、请你自己上…查、不关管理处事、还好意思、另找渠道、拿出证据再说、不是你私人助理',
      body: '麻烦您自行拨打原厂客服。进度请你自己上官网查。这件事不关管理处事。我们这边也使不上力。还好意思来申请保修？要么接受，要么另找渠道。请拿出证据再说。我们不是你私人助理。上周已经跟你讲过一模一样的话了。一直催也不会让货车开快。',
      findings: [
        { text: '麻烦您自行拨打' },
        { text: '请你自己上官网查' },
        { text: '不关管理处事' },
        { text: '我们这边也使不上力' },
        { text: '还好意思来' },
        { text: '另找渠道' },
        { text: '拿出证据再说' },
        { text: '不是你私人助理' },
        { text: '已经跟你讲过一模一样的' },
        { text: '一直催也不会' },
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

// The sentences the shipped service-phrasing model reads as brush-offs, where the list names
// nothing: a milder hint on the whole sentence, with no fix.
testRule(
  forbiddenPhrase,
  {
    valid: [
      { name: 'a plain update', body: 'Hi Sam,\n\nThanks for writing in. I have checked the order and it is on its way.\n\nAna' },
      { name: '退款已办理', body: '王先生您好：\n\n退款已于今天原路退回，预计三个工作日内到账。\n\n客服小李' },
      { name: 'an apology that names the cause and what was done', body: "Hi Sam,\n\nI'm sorry the parcel arrived late. Customs held it for two days; I have asked the courier to refund the shipping fee.\n\nAna" },
      { name: '客户的原话加引号，不是客服说的', body: 'Hi Sam,\n\n你之前说“跟我们店没关系”，我们已经核实并为您补发。\n\nAna' },
      {
        name: 'brush-offs in the quoted mail are the customer’s',
        body: 'Hi Sam,\n\nThanks for writing in. I have checked the order and it is on its way.\n\nAna\n\nOn Mon, Sam wrote:\n> Customs is not something you control, I know.\n> 商品是快递弄坏的，跟你们店没关系',
      },
      { name: 'off with the built-in list', options: { builtin: false }, body: '王先生您好：\n\n商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。\n\n客服小李' },
    ],
    invalid: [
      {
        name: 'an English brush-off the list has no wording for',
        body: 'Hi Sam,\n\nThe delay is down to customs, which is not something we control.\n\nAna',
        findings: [{ text: 'The delay is down to customs, which is not something we control.', severity: 'info', message: 'brush-off', fixed: null }],
      },
      {
        name: '推给快递，简体',
        body: '王先生您好：\n\n商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。\n\n客服小李',
        findings: [{ text: '商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。', severity: 'info', message: '推诿', fixed: null }],
      },
      {
        name: 'the card names the words that drove it',
        body: 'Hello Sam,\n\n您是不是看不懂字？重置链接就在上一封邮件里。\n\nAna',
        findings: [{ text: '您是不是看不懂字？', severity: 'info', message: '（“是不是看不懂字”）' }],
      },
      {
        name: '推給快遞，繁體',
        body: '陳先生您好：\n\n物流慢是快遞那邊的事，我們這邊也催不動，您耐心等等吧。\n\n客服 小美',
        findings: [{ text: '物流慢是快遞那邊的事，我們這邊也催不動，您耐心等等吧。', severity: 'info', fixed: null }],
      },
      {
        name: 'mixed English and Chinese',
        body: 'Hi Sam,\n\nThe billing side is handled by another team, 我们这边也催不动, so just wait for their email.\n\nAna',
        findings: [{ text: 'The billing side is handled by another team, 我们这边也催不动, so just wait for their email.', severity: 'info' }],
      },
      {
        name: 'a sentence the list names is reported once, by the list, with its polite wording',
        body: '陳先生您好：\n\n包裹延誤是物流公司的問題，跟本店無關，請您直接聯絡他們。\n\n客服 小美',
        findings: [{ text: '跟本店無關', severity: 'warning' }],
      },
    ],
  },
  { title: 'sentences the service-phrasing model reads as brush-offs', toneVerdict: shippedToneVerdict },
);

describe('forbidden-phrase and the tone verdict’s brush-offs', () => {
  const body = '王先生您好：\n\n包裹延誤是物流公司的問題，跟本店無關，請您直接聯絡他們。\n\n客服 小美';
  it('leaves a brush-off the list already names to the list', () => {
    const named = shippedToneVerdict(body, analyzeDraft({ subject: '', body }).ownRanges).brushOffs ?? [];
    expect(named.map((range) => body.slice(range.start, range.end))).toEqual(['包裹延誤是物流公司的問題，跟本店無關，請您直接聯絡他們。']);
  });

  it('reports only brush-offs that lie in the agent’s own text, whatever the verdict says', () => {
    const draft = { subject: '', body: 'Hi Sam,\n\nIt is on its way.\n\nAna\n\nOn Mon, Sam wrote:\n> Not something you control.' };
    const quoted = draft.body.indexOf('Not something');
    const verdict: ModelVerdict = { strength: 0, phrases: [], brushOffs: [{ start: quoted, end: draft.body.length, phrases: [] }, { start: 9, end: 25, phrases: [] }] };
    const findings = createLinter([forbiddenPhrase], undefined, { toneVerdict: () => verdict }).lint(draft);
    expect(findings.map((finding) => draft.body.slice(finding.start, finding.end))).toEqual(['It is on its way']);
  });
});

describe('forbidden-phrase fixes with a whole-clause wording', () => {
  const linter = createLinter([forbiddenPhrase]);
  const clauseOpener = /[，,。！？!?；;：:、\n]/;

  it('replace exactly a clause: from its start, or from a lead of a few Chinese characters that names no reader, to its end', () => {
    const lead = fc.constantFrom('', '这个', '这', '呢個我哋都', '这个问题', '改期和补偿的事情', '你这个', 'Billing 的问题', '现在才来说', '停电原因');
    const phrase = fc.constantFrom('不归我们管', '我们也没办法', '冇辦法', '我也不知道', '不知道', '这不是我们负责的');
    const before = fc.constantFrom('', '您好，', '很抱歉，', '关于退款：', 'Order #A1: ', '已收到。\n');
    const after = fc.constantFrom('。', '，请联系银行。', '', '！');
    fc.assert(
      fc.property(fc.tuple(before, lead, phrase, after), ([opening, leading, words, closing]) => {
        const body = `${opening}${leading}${words}${closing}`;
        for (const finding of linter.lint({ subject: '', body })) {
          for (const fix of finding.fixes ?? []) {
            const [edit] = fix.edits;
            if (!edit || edit.text === '' || edit.start === finding.start) continue;
            // Taking more than the phrase: from a clause's start, over Chinese characters only, and no reader.
            const taken = body.slice(edit.start, finding.start);
            const lineBefore = body.slice(0, edit.start).trimEnd();
            expect(lineBefore === '' || clauseOpener.test(lineBefore.at(-1)!), body).toBe(true);
            expect(taken.length <= 5 && /^\p{Script=Han}+$/u.test(taken) && !/[你您]/.test(taken), body).toBe(true);
          }
        }
      }),
      { numRuns: 400, seed: 20261208 },
    );
  });
});
