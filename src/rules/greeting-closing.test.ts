import { testRule } from '../core/testing/rule-tester.ts';
import { greetingClosing } from './greeting-closing.ts';

testRule(greetingClosing, {
  valid: [
    {
      name: '3Q opening the last sentence thanks the customer',
      body: '林小姐您好：\n\n您的 iPhone 14 已完成電池更換。\n取機時間為今天 14:00 後，3Q 您的耐心等候～\n\n快修站 板橋門市 王柏翰\n(02) 2956-1180',
    },
    { name: '早晨 greets; 歡迎加入 and 期待…相见 close', body: '早晨陳太～\n\n冷氣機聽日上門。\n\n再次恭喜您，歡迎加入東嶺大家庭！\n教務處\n\n同学们好：\n\n报到时间是九月一日。\n\n期待在校园与大家相见！\n招生办' },
    { name: 'a unit’s resident or owner addressed, and 敬請見諒 closing', body: '18 樓 D 室住戶：\n\n請於月底前移走雜物。\n\n造成不便，敬請見諒。\n管理處' },
    { name: 'Bore da … Diolch, Enjoy 你嘅假期, 周六见', body: 'Bore da Mrs Davies,\n\nYour appointment is on Thursday.\n\nDiolch,\nFfion\n\nHello Karen！\n\n行程已經 confirm 咗。\n\nEnjoy 你嘅假期！\nCathy\n\n朱女士您好～\n\n报告出来啦。\n\n继续加油，周六见！\nCoco' },
    { name: 'Kia ora and Howdy open a mail; have a blast closes one', body: "Kia ora Jess,\n\nYour tickets are confirmed.\n\nNgā mihi,\nRawiri\n\nHowdy Dwayne,\n\nYour seats are in row 8.\n\nY'all have a blast!\nKaylee" },
    { name: 'a body of one sentence of thanks', body: 'Hi Anna,\n\nThanks so much for the kind review!\n\nTom' },
    { name: 'best of luck, and 期待再次為您服務', body: 'Hi Eimear,\n\nThanks for your patience. I have unlocked the quiz.\n\nBest of luck with the quiz,\nOrla\n\n蔡先生您好：\n\n感謝您入住本酒店。發票已附上。\n\n期待再次為您服務\n晴川酒店' },
    { name: 'Enjoy the rest of your day as a closing', body: 'Hi Kevin,\n\nRefunded.\n\nEnjoy the rest of your day.\nLena' },
    { name: '特此回复作结', body: '张女士您好，\n\n违约金按合同收取。\n\n特此回复。\n华商银行信用卡中心' },
    { name: '道歉作结', body: '尊敬的高先生，您好：\n\n航班时间已调整。\n\n给您的出行带来不便，我们深表歉意。\n华翼航空' },
    { name: '谢啦作结', body: '嗨～\n\n收到了。\n\n有其他问题再回报喔，謝啦！\n\nGM 小燧' },
    { name: '对同事的辛苦了作结', body: '李师傅你好，\n\n请明天去现场看一下。\n\n辛苦了！\n客服 周敏' },
    { name: '口语和粤语的结束语：3Q～、掰掰～、唔該晒、周末愉快！', body: '嗨 小美～\n\n外套今天已經寄出囉。\n\n3Q～\n花苗選物 客服 小芸\n\n哈囉 陳小姐～\n\n已經幫你們升等囉。\n\n掰掰～\n海灣渡假飯店 Amy' },
    { name: '唔該晒 and a wish as closings', body: 'Hi Mandy,\n\n麻煩你幫手確認吓。\n\n唔該晒\nMandy\n\n同学你好呀～\n直播课改到周日下午3点。\n周末愉快！\n小鱼老师' },
    { name: 'Hi and Best regards', body: 'Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nTom' },
    { name: 'a closing of its own words above a name and a team', body: 'Dear Mrs. Ahmed,\n\nPlease accept our sincere condolences. The account is now in your name.\n\nWith sympathy,\nGrace Holloway\nBereavement Support Team' },
    { name: '自己措辞的结束语，下面是姓名和部门', body: '王先生您好，\n\n您的包裹今天已经发出，预计周五送达。\n\n周末愉快，\n李娜\n客服部' },
    {
      name: 'a closing above a signature of ten lines',
      body: 'Hi Anna,\n\nYour refund is on its way.\n\nBest regards,\nTom Lee\nSupport Engineer\nAcme Ltd\nCustomer Care\n+1 (555) 010-0199\n+1 (555) 010-0142\ntom.lee@acme.example\n88 Harbour Road\nSpringfield\nwww.acme.example',
    },
    {
      name: '顺颂商祺 above a signature of ten lines',
      body: '您好，\n\n退款已到账。\n\n顺颂商祺\n李明\n客服专员\n某某贸易有限公司\n客户服务部\n电话：400-820-8820\n手机：138 0013 8000\n邮箱：liming@example.cn\n地址：上海市浦东新区\n世纪大道100号\n网址：www.example.cn',
    },
    {
      name: '敬祝 商祺 above a signature of ten lines, in Traditional script',
      body: '您好，\n\n退款已到賬。\n\n敬祝 商祺\n陳大文\n客戶服務專員\n某某貿易有限公司\n客戶服務部\n電話：+852 2123 4567\n手機：9123 4567\n電郵：chan@example.hk\n地址：香港中環\n皇后大道中100號\n網址：www.example.hk',
    },
    { name: 'Dear and Sincerely', body: 'Dear Mr. Chen,\n\nThe technician will come on Monday.\n\nSincerely,\nCustomer Care' },
    { name: 'Good morning and thanks in the last sentence', body: 'Good morning,\n\nThe parcel is at the depot. Thank you for your patience.' },
    { name: 'Hey is informal but a greeting', body: 'Hey Lisa,\n\nAll fixed now. Cheers!' },
    { name: 'a salutation with a title', body: 'Ms. Okafor:\n\nYour complaint has been forwarded.\n\nLet us know if anything else comes up.' },
    { name: 'a bare name as salutation', body: 'Anna Li,\n\nYour complaint has been forwarded.\n\nKind regards,\nTom' },
    { name: '您好 and 谢谢', body: '您好，\n\n您的退款已处理。\n\n谢谢！\n客服小王' },
    { name: '“称呼，您好” and 此致 敬礼', body: '张先生，您好！\n\n替换件已寄出。\n\n此致\n敬礼\n\n客服部 李明' },
    { name: '尊敬的 and 祝', body: '尊敬的李女士：\n\n发票已开具。\n\n祝您生活愉快！' },
    { name: 'a Chinese salutation alone', body: '王先生：\n\n充电线插反了，换个方向即可。\n\n如有问题，请随时联系我们。' },
    { name: 'a Traditional Chinese greeting and closing', body: '陳小姐您好：\n\n訂單已出貨。\n\n謝謝您的耐心等候。' },
    { name: 'mixed: Hi with a Chinese name', body: 'Hi 王先生，\n\n订单 A1234 已发货。\n\nThanks,\nAmy' },
    { name: 'the closing may sit a line or two above the end', body: 'Hello,\n\nDone.\nThanks for waiting.\nThe tracking number is 1Z999.' },
    { name: 'a closing before the quoted history', body: 'Hi Derek,\n\nRefund processed.\n\nRegards,\nAmy\n\nOn Wed, Mar 11, 2026, Derek wrote:\n> WHERE IS MY MONEY' },
    { name: 'a name signed with 敬上', body: '劉女士您好：\n\n您的意見已轉交品質管理部門。\n\n客服中心 敬上' },
    { name: 'Warmly as the sign-off', body: 'Hi Ann,\n\nThe refund is done.\n\nWarmly,\nTom' },
    { name: 'a closing sentence above a signature known by its contact details', body: '尊敬的何先生：\n\n理赔材料已收到。\n\n感谢您的配合！\n\n郑凯\n车险理赔部 | 查勘定损员\nXX财产保险股份有限公司 杭州中心支公司\n电话：0571-8765 4321\n地址：杭州市西湖区文三路 398 号' },
    { name: 'thx is curt but a thanks', body: 'hi,\n\npls send us your player ID\n\nthx' },
    { name: 'a wish for the trip as the closing', body: 'Dear Mr. Wang,\n\nYou are checked in, seat 32A.\n\nHave a nice trip!\nAir XX Customer Service' },
    { name: '嗨 opens a chatty reply', body: '嗨，玩家朋友～\n\n补偿已经发放。\n\n祝游戏愉快！' },
    { name: '亲～ opens an online shop’s reply', body: '亲～ Hi Lily,\n\n你的订单已经打包好了。\n\n谢谢，\n小美' },
    {
      name: 'a wish above a short signature with one phone number, in Traditional script',
      body: '陳先生您好：\n\n新卡將於七日內寄出。\n\n敬祝 平安順心\n\n永信商業銀行 信用卡客服部\n林佩君\n(02) 2718-3300 分機 512',
    },
    {
      name: 'a closing sentence right above a department, a name and its contacts',
      body: '您好，\n\n订单仍待支付。\n\n给您带来不便，敬请谅解。\n南城供电服务中心\nNancheng Power Supply Service Centre\n服务热线 Hotline: 400-606-7788',
    },
    { name: 'See you soon! as the closing', body: 'Hi 陈小姐，\n\nYour booking is confirmed.\n\nSee you soon!\nMia | Reservations' },
    { name: 'a bilingual sign-off above a name, a team and a bank', body: 'Dear Ms. Hoffmann,\n\nThe transfer was reversed.\n\nKind regards / 此致\nLi Mengyao\nInternational Client Services\nHarbourline Bank' },
    { name: 'a title with 好 greets; 拜拜 closes a chatty reply', body: '张妈妈好呀～\n\n信息已核对。\n\n拜拜啦\n三（2）班 吴老师' },
    { name: 'Have fun! and See you on the track! close', body: 'Hi bro,\n\nThe points come back tonight.\n\nHave fun!\nGM Leo\n\nHi,\n\nThe beta starts on 1 November.\n\nSee you on the track!\nNeon Drift Dev Team' },
    { name: '期待與您合作 closes', body: 'Hi 王小姐您好\n\n歡迎加入。\n\n期待與您合作～\n\nGrace Lin\n客戶成功經理' },
    { name: 'an English name before 您好', body: 'Mr. Huang 您好，\n\n您的航班已改签。\n\n祝您旅途愉快！' },
    { name: 'English names listed as a Chinese letter lists them', body: 'Jason、Michelle：\n\n您們好！兩位的婚紗照已經修好了。\n\n祝 生活愉快' },
    { name: 'an empty body', body: '' },
    { name: 'a body that is only quoted history', body: '> Hello?\n> Anyone there?' },
    { name: 'the hellos and thanks of the languages agents greet in', body: 'Talofa Mr and Mrs Grant,\n\nYour booking is confirmed.\n\nFa\'afetai lava,\nTavita' },
    { name: 'a Fijian hello and thanks', body: 'Bula Mere,\n\nYour room is ready.\n\nVinaka,\nJone' },
    { name: 'a comrade or a professor addressed by title', body: '黄秀兰同志：\n\n您好！您的申请已审核通过。\n\n此致\n敬礼\n\n医疗保障事务中心' },
    { name: 'two readers greeted together', body: '张先生、刘小姐，二位好！\n\n明天就是大日子啦。\n\n祝二位新婚快乐！\n\n喜缘婚礼策划' },
    { name: 'thanks alone above the name both open and close the mail', body: 'Hi Anna,\n\nThanks for your patience!\n\nTom\nSupport' },
  ],
  invalid: [
    {
      name: 'thanks that are the whole first line open the mail when its matter follows',
      body: 'Dear Mr Farooq,\n\nThank you for setting up a direct debit for your water account.\n\nYour first payment of £38.50 will be collected on 15 August.\n\nAyesha Qureshi\nBilling Team, Kestrel Valley Water',
      findings: [{ message: 'closing' }],
    },
    { name: 'a heading of two words is no salutation', body: 'Update & Notes:\nThe server is down again.\n\nThanks', findings: [{ message: 'greeting' }] },
    {
      name: 'thanks that open the body do not close it',
      body: "Good afternoon Ma'am Teresa,\n\nThank you for your patience. The remittance was credited this morning. You may check it in the app.\n\nJenalyn Cruz\nBayanihan Savings Bank",
      findings: [{ message: 'closing' }],
    },
    {
      name: '多謝查詢 opens the body; it closes nothing',
      body: 'Dear Customer,\n\n多謝您嘅查詢。請注意，退貨商品必須保留原裝包裝。\n\n退貨需於收貨後 7 日內提交申請。\n\nCherry Wong\nBeautyHub HK',
      findings: [{ message: 'closing' }],
    },
    {
      name: 'a quarter written 3Q inside a sentence is no thanks',
      body: 'Hi Anna,\n\nYour 3Q invoice is attached.',
      findings: [{ text: 'Your 3Q invoice is attached.', message: 'closing' }],
    },
    {
      name: 'no greeting in English',
      body: 'Your parcel left today.\n\nBest regards,\nTom',
      findings: [{ text: 'Your parcel left today.', line: 1, severity: 'info', message: 'greeting', fixed: { body: 'Hello,\n\nYour parcel left today.\n\nBest regards,\nTom' } }],
    },
    {
      name: 'no closing above a short signature with one phone number: the last paragraph is news, not thanks',
      body: '陳先生您好：\n\n新卡將於七日內寄出。\n\n永信商業銀行 信用卡客服部\n林佩君\n(02) 2718-3300 分機 512',
      findings: [{ text: '新卡將於七日內寄出。', fixed: { body: '陳先生您好：\n\n新卡將於七日內寄出。\n\n謝謝！\n永信商業銀行 信用卡客服部\n林佩君\n(02) 2718-3300 分機 512' } }],
    },
    {
      name: 'a heading is not a salutation',
      body: 'Update:\nYour parcel left today.\n\nThanks,\nTom',
      findings: [{ text: 'Update:', line: 1 }],
    },
    {
      name: 'no greeting in Chinese',
      body: '您的包裹今天已经发出。\n\n谢谢！',
      findings: [{ text: '您的包裹今天已经发出。', message: '问候语', fixed: { body: '您好，\n\n您的包裹今天已经发出。\n\n谢谢！' } }],
    },
    {
      name: '祝您好运 is not 您好',
      body: '祝您好运，订单已经发出。\n\n谢谢！',
      findings: [{ line: 1, fixed: { body: '您好，\n\n祝您好运，订单已经发出。\n\n谢谢！' } }],
    },
    {
      name: 'no closing in English, added before the quote',
      body: 'Hi Kim,\n\nI have changed the delivery date to Friday.\n\nOn Thu, Feb 19, 2026, Kim wrote:\n> Thanks!',
      findings: [
        {
          text: 'I have changed the delivery date to Friday.',
          line: 3,
          message: 'Best regards',
          fixed: { body: 'Hi Kim,\n\nI have changed the delivery date to Friday.\n\nBest regards,\n\nOn Thu, Feb 19, 2026, Kim wrote:\n> Thanks!' },
        },
      ],
    },
    {
      name: 'no closing in Chinese, added above the signature',
      body: '您好，\n\n退款已处理。\n\n-- \n客服部 李明',
      findings: [{ text: '退款已处理。', fixed: { body: '您好，\n\n退款已处理。\n\n谢谢！\n\n-- \n客服部 李明' } }],
    },
    {
      name: 'a closing far above the last lines does not count',
      body: 'Hello,\n\nThanks for writing in.\nThe parcel is at the depot.\nIt will be delivered on Monday.\nThe courier will call ahead.',
      findings: [{ text: 'The courier will call ahead.' }],
    },
    {
      name: 'neither greeting nor closing in a one-line reply',
      body: 'Read the FAQ.',
      findings: [
        { text: 'Read the FAQ.', message: 'greeting', fixed: { body: 'Hello,\n\nRead the FAQ.' } },
        { text: 'Read the FAQ.', message: 'closing', fixed: { body: 'Read the FAQ.\n\nBest regards,' } },
      ],
    },
    {
      name: 'a mixed reply that is mostly Chinese gets Chinese fixes',
      body: '您的 refund 已经处理完毕，order #A88213。',
      findings: [
        { fixed: { body: '您好，\n\n您的 refund 已经处理完毕，order #A88213。' } },
        { fixed: { body: '您的 refund 已经处理完毕，order #A88213。\n\n谢谢！' } },
      ],
    },
    {
      name: 'a Traditional draft gets its closing in Traditional characters',
      body: '您好，\n\n您的退款已經處理完畢，請查收。',
      findings: [{ text: '您的退款已經處理完畢，請查收。', fixed: { body: '您好，\n\n您的退款已經處理完畢，請查收。\n\n謝謝！' } }],
    },
    {
      name: 'a Simplified draft with a Traditional name in it keeps Simplified',
      body: '您好，\n\n您的退款已经处理完毕，请查收。王曉明',
      findings: [{ fixed: { body: '您好，\n\n您的退款已经处理完毕，请查收。王曉明\n\n谢谢！' } }],
    },
    {
      name: 'a name on the last line is not a closing; under a mail too short to tell from a signature, the closing goes at the end',
      body: 'Hi,\n\nIt works now.\n\nKevin\nTier 1 Support',
      findings: [{ text: 'Tier 1 Support', fixed: { body: 'Hi,\n\nIt works now.\n\nKevin\nTier 1 Support\n\nBest regards,' } }],
    },
    {
      name: 'a name and a team under the matter: the closing goes above them',
      body: 'Hi,\n\nThe printer driver works again after the update.\n\nKevin\nTier 1 Support',
      findings: [
        {
          text: 'The printer driver works again after the update.',
          fixed: { body: 'Hi,\n\nThe printer driver works again after the update.\n\nBest regards,\nKevin\nTier 1 Support' },
        },
      ],
    },
    {
      name: 'a name, a team and one phone number: the closing goes above the name',
      body: 'Hi Jane,\n\nYour refund was issued today and should arrive in 3-5 days.\n\nTom Baker\nSupport Team, Acme Ltd\n+44 20 7946 0000',
      findings: [
        {
          text: 'Your refund was issued today and should arrive in 3-5 days.',
          fixed: { body: 'Hi Jane,\n\nYour refund was issued today and should arrive in 3-5 days.\n\nBest regards,\nTom Baker\nSupport Team, Acme Ltd\n+44 20 7946 0000' },
        },
      ],
    },
    {
      name: 'a name right under the last sentence gets the closing on a paragraph of its own',
      body: 'Hi Jane,\n\nYour refund was issued today.\nTom\nAcme Support',
      findings: [{ text: 'Your refund was issued today.', fixed: { body: 'Hi Jane,\n\nYour refund was issued today.\n\nBest regards,\nTom\nAcme Support' } }],
    },
    {
      name: 'a name and a team typed as paragraphs of their own (a paragraph editor): the closing goes above them as a paragraph too',
      body: 'Hi Jane,\n\nYour refund was issued today and should arrive within five days.\n\nAlex Chen\n\nAcme Support',
      findings: [
        {
          text: 'Your refund was issued today and should arrive within five days.',
          fixed: { body: 'Hi Jane,\n\nYour refund was issued today and should arrive within five days.\n\nBest regards,\n\nAlex Chen\n\nAcme Support' },
        },
      ],
    },
    {
      name: '署名和联系方式组成的签名上方加结束语，不空行',
      body: '王女士您好：\n\n您的退款已经处理，预计3-5个工作日到账。\n\n李明\n客服中心\n电话：400-820-8820\n邮箱：liming@example.cn',
      findings: [
        {
          text: '您的退款已经处理，预计3-5个工作日到账。',
          fixed: { body: '王女士您好：\n\n您的退款已经处理，预计3-5个工作日到账。\n\n谢谢！\n李明\n客服中心\n电话：400-820-8820\n邮箱：liming@example.cn' },
        },
      ],
    },
    {
      name: '只有部门名的落款，结束语加在落款上方',
      body: '您好，\n\n发票已重新开具。\n\n财务部',
      findings: [{ text: '发票已重新开具。', fixed: { body: '您好，\n\n发票已重新开具。\n\n谢谢！\n财务部' } }],
    },
    {
      name: 'a last line with a number in it is the matter, not a name: the closing goes after it',
      body: 'Hi,\n\nYour order details are below.\n\nOrder A1234',
      findings: [{ text: 'Order A1234', fixed: { body: 'Hi,\n\nYour order details are below.\n\nOrder A1234\n\nBest regards,' } }],
    },
    {
      name: 'a sentence under a name keeps the closing at the end',
      body: 'Hi,\n\nIt works now.\n\nKevin\nCall us any time, day or night.',
      findings: [{ text: 'Call us any time, day or night.', fixed: { body: 'Hi,\n\nIt works now.\n\nKevin\nCall us any time, day or night.\n\nBest regards,' } }],
    },
  ],
});
