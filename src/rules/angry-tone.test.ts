import { describe, expect, it } from 'vitest';
import { testRule } from '../core/testing/rule-tester.ts';
import { createLinter } from '../core/engine.ts';
import { EMPTY_VOCABULARY } from '../core/vocabulary.ts';
import type { ModelVerdict } from '../tone/model.ts';
import { shippedToneVerdict } from '../tone/shipped-model.ts';
import { angryTone } from './angry-tone.ts';

testRule(angryTone, {
  valid: [
    { name: 'ordinary English reply', body: 'Hi Anna,\n\nYour parcel left our warehouse today and should arrive on Friday.\n\nBest regards,\nTom' },
    { name: 'ordinary Chinese reply', body: '张女士您好：\n\n您的退款已于今日处理，预计三个工作日内到账。\n\n此致\n客服部' },
    { name: 'apology naming the frustration', body: "I'm so sorry this has been so frustrating. I have escalated it and will update you tomorrow." },
    { name: 'empathy naming the anger', body: 'I understand you are furious about the delay, and you have every right to be.' },
    { name: "the reader's feeling, acknowledged", body: "It sounds like you're fed up with waiting, so I've booked a courier for tomorrow morning." },
    { name: 'Chinese empathy', body: '我理解您对这次延误非常生气，换成我也会生气。我已要求快递优先派送。' },
    { name: 'a harsh word for the company’s own mistake, the fault named as ours', body: '这次的失误太离谱了，完全是我们的责任。正确的推车今天已经加急发出。' },
    { name: 'the same in Cantonese', body: '係我哋搞錯咗，呢個錯誤實在太離譜。我哋已經即日重印，聽日送上府。' },
    { name: 'the same in English', body: 'This one is on us: a shameful lapse that should never have happened. Your order ships today.' },
    { name: 'what the reader complained of, reported', body: '您投诉的教练在课上态度恶劣，我们已核实，该教练已暂停授课。' },
    { name: 'what the reader complained of, reported, in Traditional script', body: '關於您反映職員態度惡劣一事，我們已約見當值店員了解，並會加強培訓。' },
    {
      name: '火滾 names anger in Cantonese; waste sorted by kind; 尼玛 as a name; 二百五 as a price',
      body: '換轉係我，一樣會好火滾，技術員聽朝上門。\n\n废旧电池属于有害垃圾，请投放到红色回收箱；大件垃圾请预约清运。\n\n向导是当地的尼玛师傅。门票二百五十元，相机售价二百五。',
    },
    { name: 'firm but polite refusal', body: 'Unfortunately we cannot refund this order, as it was marked final sale. I can offer store credit instead.' },
    { name: 'negated judgement', body: "You're definitely not being stupid for asking; the setting is well hidden." },
    { name: 'not your fault', body: 'Not your fault in the slightest: the payment page timed out on our side.' },
    { name: 'Chinese negation', body: '一点都不麻烦，您问这个问题也一点都不傻。' },
    { name: 'innocent Chinese substrings', body: '这款路由器质量可靠，放在靠近客厅的位置。电脑死机时请用杀毒软件扫描，滚动条的问题已修复。' },
    { name: 'spam folder and camera', body: '重要邮件可能在垃圾邮件文件夹里。这款傻瓜相机很适合老人使用。' },
    { name: 'Traditional innocent substrings', body: '垃圾郵件過濾功能已為您開啟，滾筒洗衣機明天送達。' },
    { name: 'innocent English substrings', body: 'Kill the process called setup.exe, then pick up your order at our Scunthorpe store or in Hell\'s Kitchen.' },
    { name: 'acronyms are not shouting', body: 'FYI, your SKU-88A unit shipped via DHL. NOTE: keep the box for the RMA.' },
    { name: 'enthusiastic exclamations', body: 'Great news! Your refund has been approved!!! Thanks so much for your patience!' },
    { name: 'Chinese enthusiasm', body: '太棒了，终于好了！！！感谢您耐心配合测试！' },
    { name: '"I\'ve had it" said of a task', body: "I've had it re-routed and it's now out for delivery. I have had it replaced for you as well." },
    { name: '"resent" as sent again', body: "Password reset link resent to the email address on your account. I've resent the invoice, and it was resent to your manager too." },
    {
      name: 'an apology that names the anger, "I understand" stressed',
      body: "I'm very sorry. Having a flight cancelled the night before a family wedding is awful, and I completely understand why you're so angry.",
    },
    { name: 'congratulations on what the customer achieved', body: "Congratulations, you are registered for the Python course. Congratulations, you've won the prize draw!" },
    { name: 'customer anger in the quote is not the agent’s', body: 'Thanks, the refund was processed today.\n\n> This is the worst damn service ever. Are you people stupid???' },
    { name: 'Chinese quoted anger', body: '您好，已为您重置账户。\n\n在 2026年1月5日，张先生 写道：\n> 你们网站他妈的又登不上了！！！' },
    { name: 'anger words only in the signature', body: 'Your order has shipped.\n\n-- \nKill Bill Fan Club\nDamn Fine Coffee Ltd' },
    { name: 'insult in a URL or address', body: 'See https://example.com/stupid-idiot-guide or write to idiot.checker@example.com for details.' },
    { name: 'name in the greeting', body: 'Hi Dick,\n\nYour replacement is on its way.' },
    { name: 'reported words in quotation marks', body: "Being told 'it's your fault' by a previous agent must have been infuriating. The delay was on our side." },
    { name: 'things calming down, and "no longer" about the service', body: 'Once things calm down after the holidays, delivery times will return to normal. We will no longer charge for returns.' },
    { name: 'a ticket closed as resolved, and "like everyone else" in a plan', body: "We're closing this ticket as resolved. I have an idea, like everyone else in the world, for a start-up." },
    { name: 'a polite "if it is not too much to ask"', body: "If it's not too much to ask, could you send a photo of the label?" },
    { name: 'Chinese "不再需要" and "不会再收到"', body: '如您不再需要此服务，无需回复本邮件。退订后您不会再收到推广短信。' },
    {
      name: 'a pack ignores its product name',
      body: 'Our Killer Deal bundle ships tomorrow; the Killer Deal price holds until Friday.',
      vocabulary: { ignoredAngerTerms: ['killer deal'] },
    },
  ],
  invalid: [
    {
      name: 'the reader measured against a kindergarten child',
      body: '湿垃圾和干垃圾这个区别，幼儿园小朋友都分得清。',
      findings: [{ text: '幼儿园小朋友都分得清', severity: 'error' }],
    },
    { name: 'the reader measured against a child, in Traditional script', body: '呢個步驟，小朋友都看得懂。', findings: [{ text: '小朋友都看得懂', severity: 'error' }] },
    {
      name: 'talking down as to a slow child, and the reader\'s messages of the day counted',
      body: "I'm sure your lawyers can explain it to you slowly. Thank you so much for your fourth email today.",
      findings: [{ text: 'explain it to you slowly', severity: 'error' }],
    },
    {
      name: 'consequences laid on the reader, court, and the reader\'s wits named to needle them (Simplified and Traditional)',
      body: '否则我们将把你们告上法庭，一切后果自行承担。相信以您的素養，一定能理解這個安排。',
      findings: [{ text: '告上法庭', severity: 'error' }],
    },
    {
      name: 'lawyers and the law held over the reader, and further letters refused (Cantonese, mixed, Simplified)',
      body: '如果您繼續散播呢類內容，我哋會交由 legal counsel 處理，並保留追究嘅權利。同一事项本中心不再重复答复，后续来信将不予处理。',
      findings: [{ text: '保留追究', severity: 'error' }],
    },
    {
      name: 'the law reserved in a boilerplate line only hints',
      body: '本公司保留追究法律责任的权利。',
      findings: [{ text: '保留追究', severity: 'warning' }],
    },
    {
      name: 'capitals and marks together, without a word of anger, only hint: a deadline shouted is not anger',
      body: 'THIS MUST BE DONE BY JANUARY 15. AFTER THAT WE CANNOT GUARANTEE FILING ON TIME!!!',
      findings: [{ severity: 'warning' }],
    },
    {
      name: 'capitals and marks add to a word of anger',
      body: 'THIS IS RIDICULOUS!!! READ THE EMAIL!!!',
      findings: [{ severity: 'error' }],
    },
    {
      name: 'patience spent, the reader told they take too much',
      body: "Frankly I'm running out of patience with this. We are not a charity.",
      findings: [{ text: 'not a charity', severity: 'error' }],
    },
    {
      name: 'nobody stops the reader, who never looked; the reader’s mails of the day counted',
      body: '价格在站点门口标得明明白白，您是充之前一眼都没看吗？嫌贵可以回家用自己的慢充，没人拦着您。',
      findings: [{ text: '一眼都没看', severity: 'error' }],
    },
    {
      name: 'mock interest and the eye roll',
      body: "So somehow this is OUR fault? Interesting theory. Cheers for the laugh tho 🙄",
      findings: [{ severity: 'error' }],
    },
    {
      name: 'the police, a warning given once, no charity (Simplified and Cantonese)',
      body: '閣下再咁樣騷擾我哋同事，我哋會即刻報警，真係當我哋旅行社係善堂？下次再带进来，我们直接通知景区派出所处理，别怪没提前打招呼。',
      findings: [{ severity: 'error' }],
    },
    {
      name: 'a child could do it, and the reader surely too',
      body: '提交按钮就在页面右下角。孩子八岁都能找到，我相信家长应该也没问题吧。实在找不到的话，叫孩子帮你点一下。',
      findings: [{ severity: 'error' }],
    },
    {
      name: 'admiration that mocks only hints alone',
      body: '我們確實很佩服您能在晚上 11 點從露台準確測量出海景的比例。',
      findings: [{ text: '佩服您能', severity: 'warning' }],
    },
    {
      name: 'what it would take to satisfy the reader, asked in scorn, in Cantonese',
      body: '咁係咪要我哋派個師傅長駐你屋企先滿意呀？',
      findings: [{ text: '先滿意', severity: 'warning' }],
    },
    {
      name: 'sarcastic congratulations on doing it wrong again',
      body: "Congratulations, you've now submitted the same claim three times. Each one goes to the back of the queue.",
      findings: [{ text: 'Congratulations, you', severity: 'error' }],
    },
    {
      name: 'piles of "！！！" alone may hint, never hold Send: a firm warning is not anger',
      body: '请注意！！！变更生效前请勿重复提交申请，否则可能导致重复扣费！！！感谢您的支持！',
      findings: [{ text: '！！！', severity: 'warning' }],
    },
    {
      name: 'a Chinese insult to the reader, plural or polite, as the lexicon writes it singular',
      body: '你们是不是有病啊？订单号已经发了三遍。',
      findings: [{ text: '你们是不是有病', severity: 'error' }],
    },
    {
      name: 'sarcastic 您 in a rhetorical insult',
      body: '您是不是傻？说明书第一页就写着。',
      findings: [{ text: '您是不是傻', severity: 'error' }],
    },
    {
      name: 'direct English insult',
      body: 'Hi Mark,\n\nAre you stupid or just not reading what I send you? The link is in the email.\n\nDan',
      findings: [{ text: 'stupid', severity: 'error', message: 'stupid' }],
    },
    {
      name: 'profanity',
      body: 'What the hell do you want me to do about it? File the claim like I said.',
      findings: [{ text: 'What the hell', severity: 'error' }],
    },
    {
      name: 'hostile phrase with a gap',
      body: "What part of 'final sale' don't you understand? Final sale items cannot be returned.",
      findings: [{ text: "What part of 'final sale' don't you understand", severity: 'error' }],
    },
    {
      name: 'blame',
      body: 'This is entirely your fault. You entered the wrong address at checkout.',
      findings: [{ text: 'entirely your fault', severity: 'error' }],
    },
    {
      name: 'sarcasm',
      body: 'Wow, great job reading the instructions. The battery goes in the OTHER way.',
      findings: [{ severity: 'error', message: 'great job' }],
    },
    {
      name: 'passive aggression',
      body: 'Per my last email, the replacement shipped on Monday. Here is the tracking number again, in case it got lost.',
      findings: [{ text: 'Per my last email', severity: 'error' }],
    },
    {
      name: 'shouting in capitals and exclamation marks',
      body: 'I HAVE ANSWERED THIS THREE TIMES. THE REFUND WAS ISSUED ON MAY 2. STOP OPENING NEW TICKETS!!!',
      findings: [{ severity: 'error' }],
    },
    {
      name: 'Simplified Chinese insult',
      body: '你是不是傻？重置链接就在今天上午那封邮件里。',
      findings: [{ text: '你是不是傻', severity: 'error' }],
    },
    {
      name: 'Traditional Chinese insult',
      body: '你是白癡嗎？密碼重設信早就寄給你了。',
      findings: [{ text: '白癡', severity: 'error', message: '白癡' }],
    },
    {
      name: 'Cantonese',
      body: '你係咪傻㗎？講咗幾多次都唔明。',
      findings: [{ text: '傻', severity: 'error' }],
    },
    {
      name: 'Taiwanese profanity',
      body: '靠北喔，訂單明明就顯示已送達，你自己不去拿怪誰？',
      findings: [{ text: '靠北', severity: 'error' }],
    },
    {
      name: 'Chinese profanity despite a polite greeting',
      body: '您好，\n他妈的，退款已经退了两次了，你自己去查银行流水！',
      findings: [{ text: '他妈的', severity: 'error' }],
    },
    {
      name: 'Chinese rhetorical question with a gap, and question marks',
      body: '难道说明书上没写吗？？？',
      findings: [{ text: '难道说明书上没写吗', severity: 'error' }],
    },
    {
      name: 'telling the reader to calm down',
      body: 'You need to calm down. Yelling at my technicians will not fix the truck.',
      findings: [{ text: 'You need to calm down', severity: 'error' }],
    },
    {
      name: 'a rhetorical question that calls the reader slow',
      body: "It was on the noticeboard, the app and the newsletter; I'm not sure how much more obvious we could have made it.",
      findings: [{ text: 'how much more obvious', severity: 'error' }],
    },
    {
      name: 'a promise to stop answering hints on its own',
      body: 'Further emails on this will not be answered.',
      findings: [{ text: 'Further emails on this will not be', severity: 'warning' }],
    },
    {
      name: 'a promise to stop answering hints on its own, in Traditional Chinese',
      body: '若閣下繼續以同一問題來信，本行將不再個別回覆。',
      findings: [{ text: '不再個別回覆', severity: 'warning' }],
    },
    {
      name: 'no more politeness, in Cantonese',
      body: '你已經連續三個月遲交租，我哋唔會再同你客氣。',
      findings: [{ text: '唔會再同你客氣', severity: 'error' }],
    },
    {
      name: 'doubting that the reader reads at all',
      body: 'It is set out in clause 12, which is perfectly clear if one takes a moment to actually read it.',
      findings: [{ text: 'actually read', severity: 'error' }],
    },
    {
      name: 'not a punching bag, in Cantonese',
      body: '我哋唔係閣下嘅出氣袋。',
      findings: [{ text: '出氣袋', severity: 'error' }],
    },
    {
      name: 'the agent’s trouble thrown back',
      body: 'I spent my lunch break on your account, and this is the thanks I get?',
      findings: [{ text: 'this is the thanks', severity: 'error' }],
    },
    {
      name: 'talking down: no need to explain common knowledge',
      body: 'Import duty 是海关收的，这个常识应该不用我解释吧？',
      findings: [{ severity: 'error', message: '不用我解释' }],
    },
    {
      name: 'measuring the reader against normal users',
      body: '这种基础操作，正常用户都不会搞错。',
      findings: [{ text: '正常用户都不会', severity: 'error' }],
    },
    {
      name: 'Chinese passive aggression',
      body: '如我上一封邮件所述，替换件已于周一寄出。以防您又没看到，我再把单号贴一遍。',
      findings: [{ severity: 'error', message: '以防您又' }],
    },
    {
      name: 'Chinese shouting with full-width marks',
      body: '我已经回答过三次了！！！退款五月二日就退了！！！不要再开新工单了！！！',
      findings: [{ severity: 'error' }],
    },
    {
      name: 'mixed Chinese and English',
      body: 'WTF，order #A88213 已经 refund 了，你到底还想怎样？',
      findings: [{ severity: 'error', message: 'WTF' }],
    },
    {
      name: 'a mild cue alone is a warning, which does not block sending',
      body: 'As I said, the refund takes five working days.',
      findings: [{ text: 'As I said', severity: 'warning' }],
    },
    {
      name: 'intensifier and addressee strengthen a judgement',
      body: 'Your request is so ridiculous.',
      findings: [{ text: 'ridiculous', severity: 'error' }],
    },
    {
      name: 'threshold option lowers the bar',
      body: 'As I said, the refund takes five working days.',
      options: { threshold: 0.3 },
      findings: [{ severity: 'error' }],
    },
    {
      name: 'a pack adds its own word',
      body: 'Honestly, that request is pure bunkum.',
      vocabulary: { angerTerms: [{ term: 'bunkum', weight: 0.8 }] },
      findings: [{ text: 'bunkum', severity: 'error' }],
    },
  ],
});

describe('angry-tone finding', () => {
  const linter = createLinter([angryTone], { rules: {}, vocabulary: EMPTY_VOCABULARY });
  const lint = (body: string) => linter.lint({ subject: 'Order 1234', body }).filter((finding) => finding.ruleId === 'angry-tone');

  it('lists every span that drove the score, the strongest first in the message', () => {
    const body = 'Read the damn FAQ, you idiot. How many times do I have to explain this?';
    const [finding] = lint(body);
    expect(finding).toBeDefined();
    const spans = finding!.related!.map((range) => body.slice(range.start, range.end));
    expect(spans).toEqual(['damn', 'idiot', 'How many times do I have to']);
    expect(body.slice(finding!.start, finding!.end)).toBe('idiot');
    expect(finding!.message.en).toContain('“idiot”, “How many times do I hav…”, “damn”');
    expect(finding!.message.zh).toContain('“idiot”');
  });

  it('scores between 0 and 1, higher with more evidence', () => {
    const one = lint('That is a stupid idea.')[0]!.score!;
    const two = lint('That is a stupid idea, and frankly the whole thing is bullshit.')[0]!.score!;
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThanOrEqual(1);
  });

  it('reports the same verdict for Simplified and Traditional text', () => {
    const simplified = lint('你们这些人真是烦死了，说了多少遍了！')[0]!;
    const traditional = lint('你們這些人真是煩死了，說了多少遍了！')[0]!;
    expect(traditional.score).toBeCloseTo(simplified.score!, 10);
    expect(traditional.related).toEqual(simplified.related);
  });

  it('does not block when warnAt and threshold are both above the score', () => {
    const findings = createLinter([angryTone], {
      rules: { 'angry-tone': { severity: 'error', options: { threshold: 0.99, warnAt: 0.99 } } },
      vocabulary: EMPTY_VOCABULARY,
    }).lint({ subject: '', body: 'That is a stupid idea.' });
    expect(findings).toEqual([]);
  });
});

describe('angry-tone with the learned model', () => {
  const withVerdict = (verdict: ModelVerdict | undefined) => createLinter([angryTone], { rules: {}, vocabulary: EMPTY_VOCABULARY }, { toneVerdict: () => verdict });
  const anger = (linter: ReturnType<typeof createLinter>, body: string) => linter.lint({ subject: 'Order 1234', body }).filter((finding) => finding.ruleId === 'angry-tone');

  it('joins the model’s strength to the lexicon’s score as one more independent piece of evidence', () => {
    const body = 'As I said, the refund takes five working days.';
    const lexicon = anger(withVerdict(undefined), body)[0]!.score!;
    for (const strength of [0.35, 0.45, 0.6]) {
      const joined = anger(withVerdict({ strength, phrases: [] }), body)[0]!.score!;
      expect(joined).toBeCloseTo(1 - (1 - lexicon) * (1 - strength), 10);
    }
    // Below its hint level the model is not evidence at all.
    expect(anger(withVerdict({ strength: 0.3, phrases: [] }), body)[0]!.score!).toBeCloseTo(lexicon, 10);
  });

  it('holds on the model alone from 0.5, says nothing below, and names the model’s words in both languages', () => {
    const body = 'I honestly wonder how you manage to get through the day.';
    const phrases = [{ start: body.indexOf('wonder'), end: body.indexOf('wonder') + 'wonder'.length, weight: 0.6 }];
    expect(anger(withVerdict(undefined), body)).toEqual([]);
    const [held] = anger(withVerdict({ strength: 0.6, sentence: { start: 0, end: body.length }, phrases }), body);
    expect(held?.severity).toBe('error');
    expect(body.slice(held!.start, held!.end)).toBe('wonder');
    expect(held!.message.en).toContain('“wonder”');
    expect(held!.message.zh).toContain('“wonder”');
    expect(anger(withVerdict({ strength: 0.45, sentence: { start: 0, end: body.length }, phrases }), body)).toEqual([]);
  });

  it('shows no hint where only capitals or marks stand beside what the model alone suspects, in both scripts', () => {
    for (const body of ['Please DO NOT reply to this ticket again.', '请不要再回复这个工单了！！！']) {
      expect(anger(withVerdict(undefined), body)).toEqual([]);
      expect(anger(withVerdict({ strength: 0.45, phrases: [] }), body)).toEqual([]);
      expect(anger(withVerdict({ strength: 0.6, phrases: [] }), body).map((finding) => finding.severity)).toEqual(['error']);
    }
  });

  it('holds on the model alone when it names no wording, pointing at its sentence', () => {
    const body = 'Hello Jo,\n\nI honestly wonder how you manage to get through the day.';
    const sentence = { start: body.indexOf('I honestly'), end: body.length };
    const [held] = anger(withVerdict({ strength: 0.6, sentence, phrases: [] }), body);
    expect(held?.severity).toBe('error');
    expect(body.slice(held!.start, held!.end)).toBe(body.slice(sentence.start));
  });

  it('turns a lexicon hint into a hold when the model agrees', () => {
    const body = 'As I said, the refund takes five working days.';
    expect(anger(withVerdict(undefined), body)[0]?.severity).toBe('warning');
    expect(anger(withVerdict({ strength: 0.4, phrases: [] }), body)[0]?.severity).toBe('error');
  });

  it('lets no model verdict lower what the lexicon found', () => {
    const body = 'Are you stupid or just not reading what I send you?';
    const lexicon = anger(withVerdict(undefined), body)[0]!;
    const joined = anger(withVerdict({ strength: 0, phrases: [] }), body)[0]!;
    expect(joined.severity).toBe(lexicon.severity);
    expect(joined.score).toBeCloseTo(lexicon.score!, 10);
  });

  // The hard calm cases, written afresh for this test, through the shipped model as the CLI runs it.
  const shipped = createLinter([angryTone], { rules: {}, vocabulary: EMPTY_VOCABULARY }, { toneVerdict: shippedToneVerdict });
  it.each([
    'If the download freezes, kill the process in Activity Monitor and open the app again.',
    'I understand you are angry that the order was late, and I am sorry we let you down.',
    'We are unable to refund a ticket after the event has taken place; this is stated in our terms.',
    'The hard disk failed and the photos on it are lost. I am very sorry.',
    '电脑死机的话，请长按电源键强制重启，再用杀毒软件扫描一遍。',
    '非常理解您的愤怒，这次延误确实是我们的责任，我们已经为您加急处理。',
    '很抱歉，根据规定，定制商品一经生产无法退货。',
    '電腦當機時請先關機，再用防毒軟體掃描。',
    // 天收 is a curse, but not across a day and a verb.
    '您好！您今天收到的短信是我行风控系统发出的交易提醒，涉及您尾号 7760 的借记卡的一笔境外消费。',
  ])('does not hold a calm reply: %s', (body) => {
    expect(anger(shipped, body).filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('reads 明白您 as understanding the reader: an apology naming their anger is not even a hint', () => {
    expect(anger(shipped, '首先，我們衷心致歉。您在寒冷的晚上等了 40 分鐘仍未能取回提款卡，我們完全明白您為何感到非常憤怒和失望。')).toEqual([]);
  });

  it('reads "mad" as hectic before a stretch of time, and 天收 as the curse it is elsewhere', () => {
    expect(anger(shipped, "Good news, the bug is fixed and your items should now be in your inventory!!! Thanks for being so patient with us, it's been a mad week.")).toEqual([]);
    expect(anger(shipped, '你这种态度，迟早天收。').map((finding) => finding.severity)).toEqual(['error']);
  });
});
