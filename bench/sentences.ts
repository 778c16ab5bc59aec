/**
 * Sentence banks the benchmark corpus is assembled from. Placeholders in braces are filled
 * per mail thread (see `Slots` in corpus.ts), so one thread keeps the same order, product
 * and names from the greeting to the oldest quoted message.
 *
 * Most lines are what a careful agent writes; the `lapses` banks hold the slips the rules
 * exist for (rude stock phrases, chat slang, capitals, card numbers, 你 for a customer), so
 * that every rule has something to find and the timing includes reporting, not only scanning.
 */

export type BankLanguage = 'en' | 'zh';

export interface AgentBank {
  greetings: readonly string[];
  openings: readonly string[];
  topics: Readonly<Record<Topic, readonly string[]>>;
  apologies: readonly string[];
  requests: readonly string[];
  links: readonly string[];
  attachments: readonly string[];
  closings: readonly string[];
  signOffs: readonly string[];
  lapses: Readonly<Record<Lapse, readonly string[]>>;
}

export interface CustomerBank {
  greetings: readonly string[];
  facts: readonly string[];
  complaints: readonly string[];
  angry: readonly string[];
  signOffs: readonly string[];
}

export type Topic = 'shipping' | 'refund' | 'repair' | 'account' | 'billing';
export const TOPICS: readonly Topic[] = ['shipping', 'refund', 'repair', 'account', 'billing'];

export type Lapse = 'forbidden' | 'informal' | 'shouting' | 'confidential' | 'temper' | 'runOn' | 'familiar';
export const LAPSES: readonly Lapse[] = ['forbidden', 'informal', 'shouting', 'confidential', 'temper', 'runOn', 'familiar'];

export const AGENT: Readonly<Record<BankLanguage, AgentBank>> = {
  en: {
    greetings: ['Dear {customer},', 'Hi {first},', 'Hello {first},', 'Good morning {customer},', 'Dear {first},'],
    openings: [
      'Thank you for writing to us about order {order}.',
      'Thanks for your patience while we looked into this for you.',
      'I am following up on your message from {date} about the {product}.',
      'Thank you for the details you sent; they made it much easier to find your order.',
      'I have taken over your case from my colleague, so you do not need to explain anything again.',
      'Thanks for letting us know so quickly.',
    ],
    topics: {
      shipping: [
        'Your {product} left our warehouse on {date} and is now with the courier.',
        'The parcel is travelling under tracking number {tracking}.',
        'Deliveries to your area usually take {days} working days from dispatch.',
        'The courier tried to deliver on {date}, but nobody was at home to sign for it.',
        'We have asked the courier to hold the parcel at the local depot so you can collect it at a time that suits you.',
        'Because item {sku} was out of stock, the order was split into two parcels.',
        'The second parcel should reach you about two days after the first one.',
        'If you would prefer a different delivery address, please reply before the parcel is scanned at the depot.',
      ],
      refund: [
        'I have issued a refund of {amount} to the card you paid with.',
        'Banks normally show the money within {days} working days, depending on their own processing time.',
        'The refund covers the item price and the original shipping fee.',
        'Once the returned {product} reaches us we check it within two working days and then release the refund.',
        'You do not need to send the original box back; any sturdy packaging is fine.',
        'If the refund has not appeared by {date}, please send us a screenshot of the statement and we will chase it with the bank.',
        'A partial refund of {amount} has been approved for the scratched lid, so you can keep the unit.',
      ],
      repair: [
        'From your description it sounds like the filter sensor on the {product} needs to be reset.',
        'Please hold the power button for ten seconds until the light blinks twice, then release it.',
        'If the error code still shows after the reset, the unit will need a repair under warranty.',
        'The warranty on model {sku} runs for two years from the date on your receipt.',
        'Our repair partner will collect the unit from your door; you only need to pack it.',
        'Repairs usually take {days} working days, and we will send you a message at every step.',
        'The firmware update released on {date} fixes the pairing problem you described.',
        'A replacement part is already on its way, so the technician can finish the job in one visit.',
      ],
      account: [
        'I have reset the login for the address {email}, and a link to choose a new password is on its way.',
        'The link stays valid for 24 hours, so please use it today if you can.',
        'Your loyalty points from order {order} have been added to your account.',
        'I have merged the two accounts you mentioned, and your order history is now in one place.',
        'For your security we never ask for your password by email or phone.',
        'You can switch off the marketing emails at any time under Settings, Notifications.',
      ],
      billing: [
        'The second charge of {amount} on your statement is a pre-authorisation and will drop off by itself.',
        'I checked with our finance team and you were only billed once for order {order}.',
        'Your corrected invoice now shows the company name and tax number you gave us.',
        'The voucher could not be applied because it expired on {date}, but I have added the discount by hand.',
        'Instalment plans are available for orders above {amount} at checkout.',
        'The price difference of {amount} will be credited back within {days} working days.',
      ],
    },
    apologies: [
      'I am sorry this has taken so long to sort out.',
      'We are sorry for the trouble this has caused you.',
      'Please accept our apologies for the mix-up with your parcel.',
      'I understand how frustrating it is to wait without news, and I am sorry we did not update you sooner.',
      'That is not the experience we want anyone to have, and I apologise.',
    ],
    requests: [
      'Could you send us a photo of the serial number label on the bottom of the unit?',
      'Would you mind telling us which colour you would like for the replacement?',
      'Please let us know a weekday when someone can be at home for the collection.',
      'Could you confirm the last four digits of the phone number on the order?',
      'If possible, please send a short video showing the noise the {product} makes.',
    ],
    links: [
      'You can follow the parcel at {url}/track/{tracking}.',
      'The reset steps are also explained with pictures at {url}/help/{sku}.',
      'You can book a collection slot yourself at {url}/returns.',
      'Our warranty terms are at {url}/warranty if you would like to read them in full.',
    ],
    attachments: [
      'I have attached the prepaid return label to this email.',
      'Please find the corrected invoice attached.',
      'The attached PDF shows where to find the serial number.',
      'I attached a photo of the correct fitting so you can compare.',
    ],
    closings: [
      'Please let me know if there is anything else I can do for you.',
      'If anything is unclear, just reply to this email and it will come straight back to me.',
      'Thank you again for your patience.',
      'I will keep an eye on this case until it is fully resolved.',
      'Have a lovely rest of your week.',
    ],
    signOffs: ['Best regards,', 'Kind regards,', 'Many thanks,', 'Warm regards,', 'Thanks,', 'Sincerely,'],
    lapses: {
      forbidden: [
        'That is not our problem.',
        'You should have read the manual first.',
        'As I already told you, there is nothing we can do.',
        'It is company policy, take it or leave it.',
        "I don't know, ask the courier.",
        'Obviously the kettle was dropped at some point.',
        'Calm down, it is only a kettle.',
      ],
      informal: [
        'Pls let me know asap, thx!',
        'btw the new firmware fixes this lol',
        'No worries, u can just send it back :)',
        'FYI the courier is super slow this week, sry.',
        'Gonna check with the warehouse and get back to ya.',
      ],
      shouting: [
        'PLEASE DO NOT SEND THE ITEM BACK BEFORE WE CONFIRM THE RETURN.',
        'IMPORTANT: THE VOUCHER EXPIRES ON {date}.',
        'You MUST keep the ORIGINAL RECEIPT for the warranty.',
        'THIS IS YOUR FINAL REMINDER TO BOOK THE COLLECTION.',
      ],
      confidential: [
        'For reference, the card on file is 4111 1111 1111 1111, expiry 09/27.',
        'Your temporary password is Sunflower2025, please change it after logging in.',
        'The account holder date of birth we have is 14/03/1986.',
        'Our internal ticket note says: customer flagged for chargeback risk, margin on {sku} is 42%.',
      ],
      temper: [
        'This is the third time I have explained this, so please read it carefully this time!!!',
        'Frankly your constant emails are not helping anyone.',
        'If you had followed the instructions this would never have happened.',
        'I cannot believe we are still discussing a refund for a product you broke yourself.',
      ],
      runOn: [
        'I checked with the warehouse and they told me the parcel was scanned on {date} but then it went to the wrong depot because the postcode label was smudged and so the courier sent it back to us and we have now relabelled it and put it on the next van which means it should reach you in about {days} working days unless the weather causes more delays which we hope it will not.',
        'To make the return go smoothly please pack the {product} with all the accessories including the power cable and the small filter brush and the quick start leaflet and then stick the label on the outside of the box making sure the barcode is flat and visible because the courier scanner sometimes fails on curved surfaces.',
      ],
      familiar: [
        'Hey buddy, good news on your order.',
        'Yo, quick update on the {product}.',
        'Cheers mate, all sorted now.',
      ],
    },
  },
  zh: {
    greetings: ['{customer}，您好：', '尊敬的{customer}：', '亲爱的{customer}，您好！', '{customer}您好，', '您好！'],
    openings: [
      '感谢您联系我们，关于订单 {order} 的情况我们已经收到。',
      '非常感谢您的耐心等待。',
      '我是负责您这个问题的客服{agent}，接下来由我为您跟进。',
      '您在{date}反馈的{product}问题，我们已经核实清楚了。',
      '收到您的邮件后，我们第一时间联系了仓库。',
      '谢谢您提供的照片，帮助我们很快找到了原因。',
    ],
    topics: {
      shipping: [
        '您购买的{product}已于{date}从仓库发出。',
        '快递单号是 {tracking}，您可以随时查询物流进度。',
        '发往您所在地区的包裹一般需要 {days} 个工作日送达。',
        '快递员{date}上门派送时家中无人，包裹目前暂存在附近的网点。',
        '我们已经请快递公司为您保留包裹，您方便时去网点领取即可。',
        '由于型号 {sku} 暂时缺货，订单被拆分成两个包裹发出。',
        '第二个包裹预计比第一个晚两天左右到达。',
        '如需修改收货地址，请在包裹到达网点前回复我们。',
      ],
      refund: [
        '退款 {amount} 已按原支付方式退回，请您留意账户变动。',
        '银行处理一般需要 {days} 个工作日，具体到账时间以银行为准。',
        '这次退款包含商品金额和当时支付的运费。',
        '退回的{product}到达后，我们会在两个工作日内完成检测并退款。',
        '原包装盒不需要寄回，只要包装结实、避免运输中磕碰就可以。',
        '如果{date}之后仍未收到退款，请把账单截图发给我们，我们帮您向银行查询。',
        '针对外壳划痕，我们为您申请了 {amount} 的部分退款，商品您可以继续使用。',
      ],
      repair: [
        '根据您的描述，{product}的滤网传感器可能需要重新设置。',
        '请长按电源键十秒，待指示灯闪烁两次后松开。',
        '如果重置后仍显示故障代码，我们会安排保修维修。',
        '型号 {sku} 的保修期为两年，从购买凭证上的日期开始计算。',
        '维修合作方会上门取件，您只需要把机器装好箱。',
        '维修一般需要 {days} 个工作日，每个环节我们都会短信通知您。',
        '{date}发布的固件更新已经修复了您提到的配对问题。',
        '替换零件已经寄出，师傅上门一次就能处理好。',
      ],
      account: [
        '我们已经为邮箱 {email} 重置了登录，设置新密码的链接稍后会发到您的邮箱。',
        '该链接 24 小时内有效，建议您今天内完成设置。',
        '订单 {order} 的积分已经补发到您的账户。',
        '您提到的两个账户已经合并，历史订单现在都能在一个账户里看到。',
        '为了您的账户安全，我们不会通过邮件或电话索要您的密码。',
        '如不想接收促销邮件，您可以在“设置—通知”中随时关闭。',
      ],
      billing: [
        '账单上第二笔 {amount} 是预授权，会自动解除，不会实际扣款。',
        '我们和财务同事核对过，订单 {order} 只扣款了一次。',
        '更正后的发票已经加上了您提供的公司名称和税号。',
        '优惠券已于{date}过期，因此没能自动抵扣，我们已为您手动补上优惠。',
        '订单金额满 {amount} 可以在结算时选择分期付款。',
        '差价 {amount} 将在 {days} 个工作日内退回。',
      ],
    },
    apologies: [
      '让您久等了，非常抱歉。',
      '给您带来不便，我们深表歉意。',
      '包裹出现这样的差错，真的很抱歉。',
      '我们理解一直等不到消息的焦急心情，没能及时告知进展，是我们做得不够好。',
      '这次的体验没有达到您的期待，再次向您致歉。',
    ],
    requests: [
      '麻烦您拍一张机身底部序列号标签的照片发给我们，好吗？',
      '请问您希望换货的颜色是哪一种？',
      '请告诉我们工作日哪一天家中有人，方便上门取件。',
      '请您确认一下订单上预留手机号的后四位，可以吗？',
      '方便的话，请录一小段{product}发出异响时的视频。',
    ],
    links: [
      '物流详情可在 {url}/track/{tracking} 查看。',
      '重置步骤的图文说明见 {url}/help/{sku}。',
      '您也可以在 {url}/returns 自助预约上门取件时间。',
      '完整的保修条款请参阅 {url}/warranty。',
    ],
    attachments: [
      '退货所需的预付快递面单已放在附件中。',
      '更正后的发票请见附件。',
      '附件里的图片标明了序列号的位置。',
      '我附上了正确安装方式的照片，供您对照。',
    ],
    closings: [
      '如有其他问题，欢迎随时联系我们。',
      '有任何不清楚的地方，直接回复这封邮件即可，我会亲自跟进。',
      '再次感谢您的耐心与理解。',
      '在问题彻底解决之前，我会一直关注您的订单。',
      '祝您生活愉快！',
    ],
    signOffs: ['此致\n敬礼', '祝好！', '顺祝商祺', '谢谢！', '祝您生活愉快！'],
    lapses: {
      forbidden: [
        '这不是我们的问题。',
        '你自己看说明书吧。',
        '不是跟你说过了吗？',
        '你自己想办法吧，这是公司规定。',
        '不知道，你去问快递吧。',
        '随便你投诉，结果都一样。',
        '急什么，排队处理呢。',
        '你等着吧，仓库还没回复。',
      ],
      informal: [
        '亲，这边已经帮您催了哈~',
        '好哒，马上给您安排，么么哒！',
        '木有问题，包在我身上 ^_^',
        '嗯嗯，收到啦，稍等哈。',
        'hhh 这个我也是第一次见。',
      ],
      shouting: [
        'IMPORTANT：退货前请务必先联系客服！',
        '请注意：PLEASE DO NOT RETURN WITHOUT RMA NUMBER。',
        'NOTICE：优惠券{date}到期，过期作废。',
      ],
      confidential: [
        '您登记的身份证号是 11010519491231002X，请核对。',
        '您绑定的银行卡号为 6200 0000 0000 0005。',
        '您的账户临时密码是 Abc123456，登录后请尽快修改。',
        '内部备注：该客户已多次投诉，{sku} 进货价 {amount}。',
      ],
      temper: [
        '这个问题我已经解释过三遍了，请你认真看一下！！！',
        '你一直发邮件催也没用，能不能耐心点？',
        '如果你按说明书操作，根本不会出这种问题。',
        '东西是你自己弄坏的，还要我们退款？',
      ],
      runOn: [
        '我们查询了物流记录，包裹在{date}已经揽收但是因为面单上的邮编模糊被分拣到了错误的网点所以快递公司把包裹退回了仓库我们已经重新打印了面单并安排今天发出预计还需要 {days} 个工作日才能送到您手上如果遇到天气原因可能还会稍有延误请您谅解。',
        '为了让退货顺利完成请您把{product}连同电源线滤网清洁刷和快速入门说明书一起装进箱子然后把面单平整地贴在箱子外侧确保条形码清晰可见因为快递员的扫描枪在弯曲的表面上经常识别失败。',
      ],
      familiar: [
        '你的订单已经发货了，你注意查收。',
        '你把照片发过来，我们帮你看看。',
        '你那边方便的话，明天给你打电话。',
      ],
    },
  },
};

/** Code-switched sentences as bilingual support teams write them. */
export const MIXED_SENTENCES: readonly string[] = [
  '您的 order {order} 已经 ship 了，tracking number 是 {tracking}。',
  '这个 {productEn} 的 firmware 我们已经 update 过了，麻烦您再试一下。',
  '关于 refund 的问题，finance 同事说 {days} 个工作日内到账。',
  'Warranty 期内的维修是免费的，您放心。',
  '请在 {url}/returns 填写 RMA 表格，然后我们安排 pickup。',
  '我们已经 escalate 给二线团队，有进展会第一时间 update 您。',
  'SKU {sku} 目前 out of stock，预计下周补货。',
  '附件是 invoice 的 PDF 版本，请查收。',
];

export const CUSTOMER: Readonly<Record<BankLanguage, CustomerBank>> = {
  en: {
    greetings: ['Hi,', 'Hello,', 'To whom it may concern,', 'Hi there,', 'Dear support team,'],
    facts: [
      'I ordered a {product} on {date}, order number {order}.',
      'The tracking page has said "in transit" for a week now.',
      'The unit turns on, but the display shows error E4 after about a minute.',
      'I paid {amount} and I can see two charges on my card.',
      'I already tried unplugging it and plugging it back in.',
      'My neighbour got the same model and hers works fine.',
      'I have attached a photo of the box as it arrived.',
      'The serial number on the sticker is {sku}-0042871.',
    ],
    complaints: [
      'Nobody has replied to my last two emails.',
      'The parcel arrived with a big dent in the side.',
      'This is the second replacement and it has the same fault.',
      'I was promised a call back on {date} and it never came.',
      'The chat assistant kept sending me the same link over and over.',
    ],
    angry: [
      'This is absolutely ridiculous!!!',
      'I have been waiting THREE WEEKS for this refund.',
      'WORST SERVICE I HAVE EVER HAD. I want my money back NOW.',
      'If I do not hear from you today I am reporting you to my bank and leaving a review everywhere.',
      'Are you people even reading my emails???',
    ],
    signOffs: ['Thanks,', 'Regards,', 'Waiting for your answer,', 'Thank you,', 'Best,'],
  },
  zh: {
    greetings: ['你好，', '您好：', '客服你好：', '你们好，'],
    facts: [
      '我在{date}买了一台{product}，订单号 {order}。',
      '物流信息已经一个星期没有更新了。',
      '机器能开机，但是一分钟后屏幕就显示 E4 故障。',
      '我付了 {amount}，可是银行卡被扣了两次。',
      '我已经试过拔掉电源再插上，还是不行。',
      '我邻居买的同款就没有问题。',
      '附件是我收到时包装盒的照片。',
      '标签上的序列号是 {sku}-0042871。',
    ],
    complaints: [
      '我前面发的两封邮件都没人回复。',
      '包裹送到的时候侧面凹进去一大块。',
      '这已经是第二次换货了，还是同样的毛病。',
      '说好{date}给我回电话，结果根本没人打。',
      '在线客服一直给我发同一个链接，根本解决不了问题。',
    ],
    angry: [
      '你们这是什么破服务？！',
      '退款等了三个星期了，到底还要等多久！！！',
      '再不处理我就去消费者协会投诉你们！',
      '质量这么差还好意思卖这么贵？',
      '我真的受够了，马上给我退钱！！',
    ],
    signOffs: ['谢谢', '等你们回复', '急！', '盼复'],
  },
};

export const SUBJECTS: Readonly<Record<BankLanguage, readonly string[]>> = {
  en: [
    'Your refund for order {order}',
    'Tracking update',
    'Repair booking for your {product}',
    'Invoice corrected',
    'About the double charge on your card',
    'Next steps for the faulty {product} you received on {date} and the replacement we are arranging',
    'Password reset',
    'Collection date',
  ],
  zh: [
    '订单 {order} 退款进度',
    '物流更新',
    '{product}维修预约',
    '发票已更正',
    '关于重复扣款的说明',
    '关于您{date}收到的{product}出现故障以及我们为您安排换货和上门取件的详细说明',
    '账户登录问题',
    '取件时间确认',
  ],
};

export interface PersonName {
  full: string;
  /** How an agent addresses them: "Ms. Clarke", "张先生". */
  polite: string;
  /** First name or, in Chinese, the same polite form. */
  first: string;
}

export const CUSTOMER_NAMES: Readonly<Record<BankLanguage, readonly PersonName[]>> = {
  en: [
    { full: 'Emma Clarke', polite: 'Ms. Clarke', first: 'Emma' },
    { full: 'Liam Patel', polite: 'Mr. Patel', first: 'Liam' },
    { full: 'Sofia Rossi', polite: 'Ms. Rossi', first: 'Sofia' },
    { full: 'Noah Fischer', polite: 'Mr. Fischer', first: 'Noah' },
    { full: 'Grace Okafor', polite: 'Ms. Okafor', first: 'Grace' },
    { full: 'Daniel Murphy', polite: 'Mr. Murphy', first: 'Daniel' },
  ],
  zh: [
    { full: '张伟', polite: '张先生', first: '张先生' },
    { full: '李娜', polite: '李女士', first: '李女士' },
    { full: '王芳', polite: '王女士', first: '王女士' },
    { full: '刘洋', polite: '刘先生', first: '刘先生' },
    { full: '陈静', polite: '陈女士', first: '陈女士' },
    { full: '周强', polite: '周先生', first: '周先生' },
  ],
};

export const AGENT_NAMES: Readonly<Record<BankLanguage, readonly string[]>> = {
  en: ['Hannah Webb', 'Tom Becker', 'Priya Nair', 'Marco Silva'],
  zh: ['林晓', '赵敏', '孙磊', '何佳'],
};

export const COMPANIES: Readonly<Record<BankLanguage, readonly string[]>> = {
  en: ['Northwind Home', 'Bluepeak Appliances', 'Lumen Audio'],
  zh: ['星河家电', '青峰电器', '声悦音频'],
};

/** Product names in both languages, paired by index. */
export const PRODUCTS: Readonly<Record<BankLanguage, readonly string[]>> = {
  en: ['air purifier', 'robot vacuum', 'electric kettle', 'wireless headphones', 'smart watch', 'coffee grinder'],
  zh: ['空气净化器', '扫地机器人', '电热水壶', '无线耳机', '智能手表', '磨豆机'],
};

export const SIGNATURE_EXTRAS: Readonly<Record<BankLanguage, readonly string[]>> = {
  en: [
    'Customer Care Team',
    'Phone: +44 20 7946 0321 (Mon-Fri, 9am-6pm)',
    'https://support.{domain}',
    '12 Harbour Road, Bristol BS1 4QA',
    'Follow us for product tips and offers',
    'This email and any attachments are confidential and intended only for the named recipient. If you received it by mistake, please delete it and let us know.',
  ],
  zh: [
    '客户服务部',
    '客服热线：400-820-1234（周一至周五 9:00-18:00）',
    'https://help.{domain}',
    '地址：上海市浦东新区世纪大道 88 号',
    '关注我们的公众号，获取更多使用技巧',
    '本邮件及附件仅供指定收件人使用，如您误收，请立即删除并通知发件人。',
  ],
};
