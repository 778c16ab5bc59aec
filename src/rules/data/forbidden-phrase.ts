import type { LocalizedText } from '../../core/types.ts';

/**
 * Service phrases a support agent should not send, after the "wrong phrase → right phrase"
 * tables and the "five never-says" of hotline etiquette courses: nothing that hurts the
 * customer's self-respect, blames them, talks back or lectures, is vulgar, or provokes.
 *
 * Chinese entries are written in Simplified script; each gets a Traditional twin built with
 * the character table below, so one list serves both.
 */

export interface BuiltinPhrase {
  /**
   * The wording, lower case for Latin text. Two marks make one entry stand for a family of
   * wordings (see phrase-pattern.ts): `(a|b|)` is one of its alternatives, the empty one included,
   * and `…` is a gap of a few words inside the same clause ("told you … times").
   */
  phrase: string;
  /** The polite wording offered as a one-click fix. */
  replacement?: string;
  /**
   * The replacement is a sentence of its own: it is offered only where the phrase closes its
   * clause, and given as advice otherwise.
   */
  clause?: boolean;
  /** The phrase should just go: the fix deletes it where that leaves a clean sentence. */
  remove?: boolean;
  /** What to write instead when no drop-in replacement exists; shown in the message only. */
  suggestion?: LocalizedText;
  reason: LocalizedText;
  /** The phrase is fine where this matches the few characters before it (lower-cased, anchored with `$`). */
  unlessPreceded?: RegExp;
  /** The phrase is fine where this matches the few characters after it (lower-cased, anchored with `^`). */
  unlessFollowed?: RegExp;
}

const CURT: LocalizedText = { en: 'It sounds curt and cold.', zh: '语气生硬，缺少礼貌。' };
const PASSING_ON: LocalizedText = {
  en: 'It tells the customer their problem is somebody else’s business.',
  zh: '这是在推诿，让客户觉得没人负责。',
};
const BELITTLING: LocalizedText = { en: 'It belittles the customer.', zh: '这会伤害客户的自尊心。' };
const REPROACHING: LocalizedText = {
  en: 'It reproaches the customer for asking again.',
  zh: '这是在埋怨、反问客户。',
};
const PROVOKING: LocalizedText = { en: 'It provokes the customer and escalates the conflict.', zh: '这会刺激客户，激化矛盾。' };
const HELPLESS: LocalizedText = { en: 'It leaves the customer with nowhere to go.', zh: '这让客户感到求助无门。' };
const ORDERING: LocalizedText = { en: 'It orders the customer about.', zh: '这是在命令客户。' };
const BLAMING: LocalizedText = { en: 'It puts the blame on the customer.', zh: '这是在指责客户。' };
const CONTRADICTING: LocalizedText = { en: 'It contradicts the customer flatly.', zh: '这是在顶撞、反驳客户。' };
const PASSIVE_AGGRESSIVE: LocalizedText = {
  en: 'It reads as impatient and passive-aggressive.',
  zh: '这种说法带着不耐烦，显得咄咄逼人。',
};

/** Before a cause laid on the customer: a guess, a condition, a fear or a denial, in either script ("可能是您", "如果是您", "不是您", "以免您"). */
const CAUSE_NOT_ASSERTED_BEFORE = /(?:不|非|可能|也许|也許|或许|或許|大概|如果|若|是否|万一|萬一|怕|担心|擔心|以免|避免|免得|防止)$/;
/** After it: the sentence asks ("是您操作导致的吗？"). */
const ASKED_AFTER = /^\s*(?:吗|嗎|么|麼|呢|[?？])/;
/** The agent or the company earlier in the same clause: what "should have been done" is then owned, not laid on the customer. Folded text. */
const OURS_IN_THE_CLAUSE = /(?:我们|我|本店|本公司|本行|本中心|本所|我司)[^，。！？；,.!?;\n]*$/;

/**
 * "不知道" is a polite question in "不知道您是否方便", no refusal in "如果您不知道订单号", and
 * someone else's words in "现在才来说不知道" (what the customer says, reported).
 */
const DONT_KNOW_POLITE_BEFORE = /(?:(?:您|你|客户|客戶|如果|若|万一|萬一|是否|并|並|还|還)[也都]?|[说說讲講])$/;
const DONT_KNOW_POLITE_AFTER =
  /^(?:您|你|是否|能否|可否|可不可以|方便|有没有|有沒有|会不会|會不會|要不要|该|該|怎么|怎麼|如何|的|为什么|為什麼)/;
/** "你不懂 / 你不明白" is a kind offer in "如果你不明白，可以…" or "有你不明白的地方". */
const OFFER_BEFORE = /(?:如果|若|要是|假如|有|万一|萬一)$/;
const OFFER_AFTER = /^(?:的)/;

const PASS_ON = '我帮您转给负责的同事跟进';
/** More ways to say it are in SIMPLIFIED_PHRASE_FAMILIES. */
const PASSING_ON_PHRASES = ['这不归我管', '不是我负责的', '不关我的事', '不关我们的事'];

const I_DO_NOT_KNOW = '抱歉，这事我不太清楚，我帮您确认一下';
const DONT_KNOW_PHRASES = ['不知道', '我不知道', '我也不知道', '我们也不知道', '我们不知道'];

const LOOK_IT_UP = '我为您说明一下';
const LOOK_IT_UP_PHRASES = ['你自己看', '你自己看吧', '你自己看看', '你自己去看', '你自己查', '你自己去查'];

const TOLD_YOU_PHRASES = [
  '不是告诉你了吗',
  '不是告诉过你了吗',
  '我不是告诉过你了吗',
  '我不是说过了吗',
  '说了多少遍了',
  '说过多少次了',
  '跟你说过多少次了',
  '我已经说过了',
  '我已经说过',
  '我们已经说过了',
  '我说过了',
  '已经跟你说过了',
  '已经跟您说过了',
  '已经和您说过了',
];
const AS_MENTIONED: LocalizedText = {
  en: 'Explain it once more, patiently, e.g. “as mentioned in my previous mail, …”.',
  zh: '耐心地再说明一次，例如“如之前邮件所述，……”。',
};

const SAY_WHAT_YOU_CAN_DO: LocalizedText = { en: 'Say what you can do next.', zh: '说明您接下来能做什么。' };
const STATE_THE_FACTS: LocalizedText = { en: 'Set out what you checked and what you found.', zh: '说明您核实了什么、结果如何。' };
const EXPLAIN_THE_CAUSE: LocalizedText = { en: 'Explain the cause, then what can be done about it.', zh: '先说明原因，再告诉客户可以怎样解决。' };
const NAME_WHO_HELPS: LocalizedText = { en: 'Say who will help and how to reach them, or pass it on yourself.', zh: '说明由谁来处理、怎样联系，或由您直接转交。' };
const ACKNOWLEDGE_THE_FEELING: LocalizedText = {
  en: 'Acknowledge the feeling instead, e.g. “I understand how frustrating this is.”',
  zh: '改为体谅客户的感受，例如“我理解这件事让您很困扰”。',
};
const ANSWER_THE_POINT: LocalizedText = { en: 'Answer the point the customer raised.', zh: '针对客户提出的问题作答。' };
const SHOW_THE_STEP: LocalizedText = { en: 'Show the step itself, patiently.', zh: '耐心地把具体步骤再写一遍。' };

/** The pronoun for the customer, in either form: a paraphrase is as rude with 您 as with 你. */
const YOU = '(你|您|你们|您们)';
/** The customer left to do it alone, one reader or several: "sort it out yourself", "…with the venue yourselves". */
const ON_YOUR_OWN = '(yourself|yourselves|on your own)';

/**
 * Paraphrases of the phrases above, by meaning rather than word for word: each entry stands for
 * the wordings its `(a|b)` groups and `…` gap allow (see phrase-pattern.ts). The list above names
 * what the training material names; these are the ways agents say the same things.
 */
const SIMPLIFIED_PHRASE_FAMILIES: readonly BuiltinPhrase[] = [
  // Telling the customer how often they were told.
  { phrase: '(已经|早就|都|我都|我已经|我们已经|之前已经|前面已经)(说|讲|解释|强调|告诉|提醒|说明|回答|答复)(过|了)…(很多|好多|好几|几|两|三|四|五|十|2|3|4|5|无数|多少|不止一)(次|遍|回)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '再(说|讲|解释)(最后|)一(遍|次)', remove: true, suggestion: AS_MENTIONED, reason: REPROACHING, unlessPreceded: /(?:为您|為您|给您|給您|帮您|幫您|我来|我來|让我|讓我|请您|請您|麻烦您|麻煩您|可以)$/ },
  { phrase: '第(二|三|四|五|几|2|3|4|5)(次|遍)(说|讲|解释|回答|强调|告诉)', remove: true, suggestion: AS_MENTIONED, reason: REPROACHING },
  // 同 is how written Cantonese says 跟: "我已經同你講咗好多次".
  { phrase: `(都|已经|早就)(跟|同|给|向)${YOU}(说|讲|解释)(过|了)…(很多|好多|好几|多少|无数|两|三|几)(次|遍)`, suggestion: AS_MENTIONED, reason: REPROACHING },
  // Passing the customer on.
  { phrase: '(不归|不属于)(我|我们|我们这边|我们部门|本部门|客服部|客服|我们客服|我们售后|售后|部门|这边|这里)(管|负责|处理)', replacement: PASS_ON, clause: true, reason: PASSING_ON },
  { phrase: '(这|那|这个|那个)(不是|不关)(我|我们|本部门|我们部门|客服)(的事|的问题|的责任|负责的|该管的)', replacement: PASS_ON, clause: true, reason: PASSING_ON },
  // Not ours, naming the team or place: "這不是我們中心負責的" (not "不是本中心负责的项目", a noun after it).
  {
    phrase: '(不是|并不是|并非)(我们|本)(中心|部门|门店|公司|团队|小组|科室|单位|分行|网点|门市|柜台|平台|机构|诊所|医院|学校|酒店|物业|管理处|这边)(负责|管)的',
    suggestion: NAME_WHO_HELPS,
    reason: PASSING_ON,
    unlessFollowed: /^[\u3400-\u9fff]/,
  },
  { phrase: '(与|跟|和|同)(我|我们|本公司|我们公司|我们这边)(无关|没关系|没有关系|没有任何关系|毫无关系)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(我|我们|我这边|我们这边|这边|客服|客服这边|我们客服这边|本行|本店|本部门)(都|也|)(管不了|管不着|不管这个|不管这些|不负责|无权过问|不会受理|不受理|不参与|无从介入|做不了主|处理不了|处理不到|没法处理|办不了|查不了|动不了|改不了|帮不上忙|帮不了忙|插不上手|插不了手|使不上力|使不上劲|不会经手)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(不在|不属于|不属)(我们|我|本部门|我们部门|客服|我们客服|我们这边)(的|)(处理|支持|服务|负责|受理|职责)范围', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(跟|和|与|同)(我们|我|本公司|我们公司|我们这边)…(关系都没有|无关|毫无关系|没有任何关系)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Not where the agent spares the customer the errand: "不应该让您自己处理", "无需您自己联系".
  { phrase: `(${YOU}(得|要|)|只能${YOU})自己(再|)(去|)(翻|找|问|处理|解决|跑一趟|理论|协商|联系|打去|打给|上网查)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON, unlessPreceded: /(?:让|讓|不用|不必|无需|無需|不需要|免得|以免)$/ },
  { phrase: '(去|自己去)(找|问)(快递|物流|银行|厂家|商家|卖家|他们|别人)(吧|去)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}(问|找)我(，|,|)我(问|找)谁`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Nothing can be done.
  { phrase: '(无能为力|爱莫能助)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: `(帮|帮助)不了${YOU}`, suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(我|我们)(怎么|哪)(会|)知道', replacement: I_DO_NOT_KNOW, clause: true, reason: HELPLESS },
  // Belittling and lecturing.
  { phrase: '(这|这个|这点)(小事|问题|操作|)都(不会|不懂|不明白|搞不懂|看不懂|弄不明白|搞不清楚|不知道|做不好|要问)', remove: true, reason: BELITTLING },
  { phrase: '这么简单(的事|的问题|的操作|的东西|)(都|还)(不会|不懂|搞不懂|看不懂|不明白|要问|问|做不好|弄不好|搞不定)', remove: true, reason: BELITTLING },
  { phrase: `${YOU}(是|)(看|读)不懂(吗|么|中文|字)`, remove: true, reason: BELITTLING },
  { phrase: '(这是|这是基本|这都是|基本)常识', remove: true, reason: BELITTLING },
  { phrase: '(自己|麻烦|请|先|)看清楚(再|了再)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: `${YOU}(没|没有|就不能)(仔细|认真|好好)(看|读|阅读|看看)`, suggestion: SHOW_THE_STEP, reason: BLAMING },
  { phrase: '(写得|写的|标得|标的|说得|说的|讲得|写着)(很清楚|非常清楚|十分清楚|好清楚|清清楚楚|明明白白|很明白|非常明白|很明确)', suggestion: SHOW_THE_STEP, reason: REPROACHING },
  { phrase: '不至于(看不懂|不会|不明白|不知道|看不到)', remove: true, reason: BELITTLING },
  { phrase: `但凡(${YOU}|)(看|读|查|花)`, suggestion: SHOW_THE_STEP, reason: REPROACHING },
  { phrase: '(应该|)不用(我们|我)(特别|专门|再|)(教|解释)', remove: true, reason: BELITTLING },
  { phrase: `${YOU}(懂什么|懂不懂|到底懂不懂)`, remove: true, reason: BELITTLING },
  // Blaming the customer.
  {
    phrase: `是${YOU}(自己|)(的|)(问题|错|责任|过错|失误|原因|操作失误|操作不当)`,
    suggestion: EXPLAIN_THE_CAUSE,
    reason: BLAMING,
    unlessPreceded: /(?:不|并非|並非|未必|如果|若|要是|假如|是否)$/,
    unlessFollowed: /^(?:的|吗|嗎|呢|单|單|编号|編號|描述|反馈|反饋|记录|記錄|清单|清單|id)/,
  },
  { phrase: `${YOU}自己(操作|弄|搞|设置|填|输入|输|写|看|选|点|买)(错|坏|失误)`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: `(怪|只能怪)${YOU}自己`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: `谁(让|叫)${YOU}`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  // Contradicting flatly.
  { phrase: `${YOU}(说|讲)(的|得)(不对|不正确|是错的|根本不对)`, suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  { phrase: '(根本|绝对|)(没有|没)这回事', suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  // Provoking.
  { phrase: `(随便|爱|有本事)(你|您|你们|您们|)(去|)(投诉|找谁)`, remove: true, reason: PROVOKING },
  { phrase: '(不满意|不喜欢|嫌贵|接受不了)(的话|)(就|那就|)(去投诉|别买|别用|去别家|找别家|换别家|找别人)', remove: true, reason: PROVOKING },
  { phrase: '(去|到|找)别家(买|购买|看看|吧|去)', remove: true, reason: PROVOKING },
  { phrase: '爱(用|要|信)不(用|要|信)', remove: true, reason: PROVOKING },
  { phrase: `(请|请您|你|您|你们|您们|)(别|不要)(激动|那么激动|这么激动|大吼大叫|无理取闹|胡搅蛮缠)`, suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: `(你|您|你们|您们|请|请您|)(冷静一点|冷静点|冷静一下)`, suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: '(激动|嚷|吵|喊|凶|催)什么', remove: true, reason: PROVOKING, unlessFollowed: /^(?:时|時|样|樣)/ },
  // Cutting the customer off.
  { phrase: '(别|不要|请不要|请别|您别|你别)再(问|打|发|催|来信|来电|打电话|发邮件)了', remove: true, reason: CURT },
  { phrase: '(别|不要)催了', remove: true, reason: CURT },
  { phrase: '(没什么好说的|没什么可说的|无可奉告)', remove: true, reason: CURT },
  { phrase: '(你|你们)说了算', remove: true, reason: PROVOKING },
  { phrase: `我告诉${YOU}`, remove: true, reason: ORDERING, unlessFollowed: /^[^，。！？,.!?；;：:\s]/ },
  { phrase: `${YOU}(听好|听着|给我听)`, remove: true, reason: ORDERING, unlessFollowed: /^(?![了啦])[^，。！？,.!?；;：:\s]/ },
  { phrase: '(有点|真是|真的|实在|太)无语', remove: true, reason: PROVOKING },
  { phrase: '(再|不管|无论|就算|即使)(开|发|写|打|问|催|投诉|寄|来|闹|找)…(也没用|都没用|也没有用|结果都一样|结果也是一样|结果也一样|答案也不会变|也不会变|都一样|都是一样|也是一样)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: REPROACHING },
  { phrase: '(投诉|催|闹)(再多|多少次|几次|)(也|都)(没用|没有用)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: PROVOKING },
  { phrase: '(反过来|倒|反而)(怪|说是|赖)(我们|我)', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '(别|不要)(一上来就|动不动就)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: '(这话|这种话)谁信', suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  { phrase: '(别|不要)再跟(我们|我)', remove: true, reason: CURT },
  { phrase: '(说得过去吗|有点说不过去|说不过去吧)', suggestion: EXPLAIN_THE_CAUSE, reason: REPROACHING },
  { phrase: '(到时候|)(不要|别)又说', suggestion: EXPLAIN_THE_CAUSE, reason: REPROACHING },
  { phrase: '(说|讲|解释|强调|回答|提醒)过(很多|好多|好几|几|两|三|四|五|十|2|3|4|5|无数|多少)(次|遍|回)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '(该说的|该讲的|该解释的|能说的)都(说|讲|解释)(过|了)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '谁来(了|)都(一样|没用)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(请您|请你|请)自重', remove: true, reason: PROVOKING },
  { phrase: '(冷静下来|先冷静)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING, unlessPreceded: /(?:让|讓|我们|我們|我)$/ },
  { phrase: '自己(查|看|翻)一下就(好|行|知道|可以)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '这么(基础|基本)的(东西|问题|操作|常识)', remove: true, reason: BELITTLING },
  { phrase: '后果(自负|自己负责|自行承担)', suggestion: EXPLAIN_THE_CAUSE, reason: PROVOKING },
  // More ways to pass the customer on or to say nothing can be done.
  { phrase: '(帮不上|帮不了)(什么|任何|太多|多少)忙', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(我|我们)(这边|这里|)也(搞不清楚|不清楚|不太清楚|说不清楚|不了解|催不了|管不到)', replacement: I_DO_NOT_KNOW, clause: true, reason: HELPLESS },
  // Where it ends the clause, as 没办法 above: "确实没办法为您办理退款" goes on to say what cannot be done.
  { phrase: '(确实|实在|完全|根本|真的是|真的没有)(没有|没|)(任何|什么|)(办法|解决办法)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS, unlessFollowed: /^(?![了啦呀啊])[^，。！？,.!?；;\s]/ },
  { phrase: `只能(麻烦|请|辛苦|)${YOU}(自己|自行)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '一律不(作|予|)(答复|受理|处理|解答)', suggestion: NAME_WHO_HELPS, reason: CURT },
  { phrase: `(请|请${YOU}|${YOU})自行(向|与|跟|和|到|去)…(联系|咨询|协商|沟通|交涉|申请|查询|办理|处理)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}问错(地方|人)了`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(这个|这事|这件事|这种事|这个问题)(得|只能|需要)(去|)(问|找)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '不是(我们|我|本|客服)…(负责|处理|服务|受理|职责|支持)(的|)范围', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(请|请${YOU}|${YOU})自行(联系|联络|咨询|询问|洽询)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(这边|我们|我)(也|)无权(处理|受理|办理)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Not where the agent passes it on at once: "不属于本热线受理范围，已为您转接…".
  {
    phrase: '(不在|不属于|不属)(我们|我|本|客服)…(调整|维修|保障|保修|业务|负责|处理|服务|受理|职责|支持)(的|)范围',
    suggestion: NAME_WHO_HELPS,
    reason: PASSING_ON,
    unlessFollowed: /^(?:内|內)?[，,、]?\s*(?:已经|已|我已|我们已|我們已|现已|現已|我会|我會|我们会|我們會)?(?:为您|為您|帮您|幫您|替您)/,
  },
  { phrase: '(跟|和|与|同)(我们|我)(平台|店铺|门店|酒店|银行|医院|学校|物业)(没关系|无关|没有关系|没有任何关系)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}(得|只能)(去|)(找|问)(快递|物流|银行|厂家|商家|卖家|海关|保险公司|航空公司|平台|他们|对方)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `是${YOU}(和|跟|与)…之间的(事|事情|问题|纠纷)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}(得|要|需要|)自己(再|)去…(查|问|找|处理|联系|申请)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON, unlessPreceded: /(?:让|讓|不用|不必|无需|無需|不需要|免得|以免)$/ },
  { phrase: '(这边|我这边|我们这边)(真的|实在|也|)(没办法|没法)(回答|解答|答复)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '能做的(实在|真的|也|)(有限|不多)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '如(我|我们)…(已经|都已经|早已)(说|讲|解释|强调|提)过', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: `${YOU}(自己|)看着办`, remove: true, reason: PROVOKING },
  { phrase: `是${YOU}(自己|)的事`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING, unlessPreceded: /(?:不|并非|並非)$/ },
  { phrase: `${YOU}(就|)别想了`, remove: true, reason: PROVOKING },
  { phrase: '(倒|反而|反倒)(成|成了|变成|变成了)(我们|我)的(错|责任|问题)', suggestion: EXPLAIN_THE_CAUSE, reason: CONTRADICTING },
  { phrase: '不是慈善(机构|机关|组织|单位)', remove: true, reason: PROVOKING },
  { phrase: '(之前|前|的时候)(没|没有)(看|读|仔细看)(吗|么|嘛)', suggestion: SHOW_THE_STEP, reason: BLAMING },
  // The customer sent off alone: "麻烦您自行致电银行", "请阁下自行报案". A plain 请 only with the problem
  // itself ("请自行前往门店领取" is a step, not a brush-off).
  { phrase: `(麻烦|劳烦|烦请)(${YOU}|)自行(拨打|致电|联系|联络|咨询|前往|去)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(请|麻烦|劳烦|烦请)(${YOU}|阁下|)自行(报案|报警|处理|解决|查询|跟进)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(请|麻烦)${YOU}自己(上|到|去)…(查|看|问|查询)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '不关(管理处|物业|本店|客服|本公司)(的|)事', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(也|亦|并)(不是|不归)(我们|我)(负责|管)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '这(不是|并非)(平台|我方|本店|本公司)的(问题|责任|错)', suggestion: EXPLAIN_THE_CAUSE, reason: CONTRADICTING },
  { phrase: '(不搭界|不沾边|八竿子打不着)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `第(二|三|四|五|几)(次|遍)(跟|同|给)(你|您)(说|讲|解释)`, suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: `(已经|早就)(跟|同|和|给)${YOU}(说|讲|解释)(过|了)…(一模一样|同样|一样)的`, suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '(一直|再|天天|每天)(催|问)(也|都)…(不会|不能|没法|无法)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: '不(需要|用)再(来回|一直)问', remove: true, reason: CURT },
  { phrase: '自己(点进去|上去|进去|去)(看|查)(一下|一眼|吓|下|)就(知道|明白|清楚|好|行|知|有)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: `${YOU}心里…(更清楚|最清楚|有数)`, remove: true, reason: PROVOKING },
  // Blaming and lecturing.
  { phrase: `${YOU}(当时|当初)(就|)(应该|应当|本应)`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '自己不(看|读|注意|看清楚|核对)', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: `${YOU}是没(看|看见|看到|注意到|读)(吗|嘛|还是)`, remove: true, reason: BELITTLING },
  { phrase: `下次(请|麻烦|记得|)(${YOU}|)(先|)(仔细|认真|看清楚|看仔细|慢慢|多看)`, suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: `(请|麻烦|${YOU})(也|)(认真|仔细|用点心|上点心)(一点|点)`, suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(清楚|明白|弄好|搞好|整理好|准备好)(了|)再(来|)(找|问|联系)(我们|我)', suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: '(别|不要)(每次|老是|总是)(都|)来(找|问|麻烦)(我们|我)', remove: true, reason: CURT },
  { phrase: '(这是基础|这都是基础|基础)常识', remove: true, reason: BELITTLING },
  // Provoking.
  { phrase: '好自为之', remove: true, reason: PROVOKING },
  { phrase: '还好意思(来|说|问|要|找|申请|投诉)', remove: true, reason: PROVOKING },
  { phrase: '搞清楚自己在(干|做)什么', remove: true, reason: BELITTLING },
  { phrase: '行业常识', remove: true, reason: BELITTLING },
  { phrase: '逻辑我(实在|真的|)(理解不了|跟不上|不懂|看不懂)', remove: true, reason: BELITTLING },
  { phrase: '(另找|另寻)(渠道|别家|商家|供应商|高明)', remove: true, reason: PROVOKING },
  { phrase: '拿出证据再说', suggestion: STATE_THE_FACTS, reason: PROVOKING },
  { phrase: '(这种话|这些话)(还是|)少(说|讲)', remove: true, reason: PROVOKING },
  { phrase: `${YOU}大可(以|)(去|找|换)`, remove: true, reason: PROVOKING },
  { phrase: '不是(保全|保安|保姆|家政|搬家)(公司|机构)', remove: true, reason: PROVOKING },
  { phrase: `不是${YOU}(的|)(私人助理|保姆|秘书|佣人)`, remove: true, reason: PROVOKING },
  { phrase: `${YOU}(自己|)心里(最|)(清楚|明白|有数)`, remove: true, reason: PROVOKING },
  { phrase: `${YOU}自己…心里(最|)(清楚|明白|有数)`, remove: true, reason: PROVOKING },
  { phrase: '(想|要)(写|投诉|评|给差评|差评)就(写|投诉|评|给)', remove: true, reason: PROVOKING },
  { phrase: `不是(${YOU})(家|们家|家里)(的|开的)(仓库|保姆|私人|佣人|提款机|服务员|客服|快递员|跑腿)`, remove: true, reason: PROVOKING },
  { phrase: '(写|问|发)(再多|多少)…(也|都)(没用|没有用|不会改变|改变不了)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: REPROACHING },
  // Someone else's to decide or handle, so nothing the agent will do: "不是我们客服能决定的", "并非本公司可以处理的范围".
  { phrase: '(不是|并非|并不是|不属于)(我们|我|本公司|我们公司|本平台|平台|本行|我行|本店|酒店|饭店|柜台|前台|客服|我们客服|我们这边|本部门|管理处|物业)…(能|可以|可|所能)(控制|处理|决定|管|负责|解决|左右)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(本部门|本处|本公司|我行|本行)(不便|不会|不再|无法)跟进', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Unable to act for the customer, or even to know: "无从得知结果，亦无法代为跟进".
  { phrase: '(无法|不能|未能)代为(跟进|处理|操作|查询|联系|联络)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '无从得知', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  // The customer sent to deal with a third party alone: "请阁下自行与医务所交涉", "你自己去搵樓上業主傾".
  { phrase: '自行(与|跟|和|向)…(联系|联络|交涉|协调|沟通|商量|协商|解决|查询|追讨|索偿|理论|反映)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '自行前往…(查询|询问|处理|交涉|办理|领取)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}(得|要|需要|就得|只能|只好)(自己|)(去|)(问|找|联系|跟|和)…(医生|医院|厂家|原厂|商家|卖家|快递|物流|银行|运营商|代理商|工班|教务处|学校|业主|物业|管理处)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(直接|自己)(打给|打电话给|去问|去找|联系)…(问|问问|问一下|问比较快|比较快|比较清楚)(吧|喔|哦|啦|)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(都是|是|归)…((那边|那里)(在|)(管|负责|处理)|(部门|门诊部|医院|原厂|厂家|代理商)(管|负责)的)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(我|我们|客服|本部门)(这边|这里)…(掌握不到|回答不了|答不了|答复不了|改不了|也不清楚|也查不到|也说不准|说不准|也不知道)', replacement: I_DO_NOT_KNOW, clause: true, reason: HELPLESS },
  { phrase: '(我|我们)也说不准', replacement: I_DO_NOT_KNOW, clause: true, reason: HELPLESS },
  // Telling the customer it is useless to ask: "您跟我们说也没用", "说什么都没用".
  { phrase: '(跟|和|对|找)(我们|我|客服)(说|讲|投诉|反映|闹)…(也|都)(没用|没有用)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '说什么(也|都)(没用|没有用)', remove: true, reason: PROVOKING },
  { phrase: `(不要|别)(再|)(抱|存)(希望|幻想)(了|)`, remove: true, reason: PROVOKING },
  { phrase: '(这种|这样的|这类)(情况|事|客人|人)(我们|我)见(得|)多了', remove: true, reason: BELITTLING },
  { phrase: '(下次|以后)(可以|不妨|就|)(换|另找|去找)(一家|别家|别的)', remove: true, reason: PROVOKING },
  // Lecturing about what the customer should have read: "希望您下次能花两分钟把须知读一遍", "以后可以先自己在官网上查查".
  { phrase: `(下次|以后|今后)…(读一遍|看一遍|读一下|先看|先读|先查|先自己|自己先|看清楚|读清楚|看完|读完|花两分钟|花几分钟|花点时间)`, suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // "麻烦您挂号前先把说明看完": what the customer should have read first.
  { phrase: '前先把…(看完|读完|看一遍|读一遍)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(已经|都|早就|已)(把|将)…(写|讲|说|列|说明)(得|)(很|非常|)(清楚|明白|清清楚楚|明明白白)(了)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '(这种|如此)(基本|简单|基础)的(操作|问题|数学问题|常识|事)', remove: true, reason: BELITTLING },
  { phrase: '这么简单的(操作|问题|数学问题|常识|事)', remove: true, reason: BELITTLING },
  { phrase: '(其他|别的)(同学|客户|用户|人|住户|家长)都(没有|没)(问题|遇到问题|这个问题)', remove: true, reason: BELITTLING },
  { phrase: '(没办法|没法|不可能)每(一|)(封信|个人|位客户|次)都', suggestion: SHOW_THE_STEP, reason: CURT },
  { phrase: '并非慈善(机构|组织)', remove: true, reason: PROVOKING },
  { phrase: '(不要|别|请勿)(把气|把火)(出|撒|发)在', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: `${YOU}(自己|)(掂量|想清楚)(一下|)`, remove: true, reason: PROVOKING },
  // Nobody can help, said of the company or a party: "天气原因航司也没办法", "我们这边也真的没办法再做什么了".
  { phrase: '(航司|航空公司|公司|平台|银行|商家|快递|物流|酒店|医院|学校|我们这边|这边|我这边)也(真的|实在|)(没办法|没有办法|无能为力)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(这边|我这边|我们这边|我们|我)(也|)(真的|实在|)(没办法|没有办法|没法)…再(做|帮|作|安排)(什么|更多|些什么|任何事|任何调整|任何处理|任何改动|任何安排|第)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  // The customer sent to chase it alone: "需要您自己去跟修车厂 follow up", "你自己去搵楼上业主倾".
  { phrase: `(需要|得|要|请)${YOU}自己(去|)(跟|和|找|联系|问|搵)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}自己去搵`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(本平台|本公司|本部门|本中心|本处|客户服务部|客服部)…(并不|并不会|不会|不)(处理|负责|受理|跟进)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(不是|不属于|并非)(管理处|物业|本公司|本部门|平台|本平台|酒店|学校|医院|客服)的(责任|问题|事|职责)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Belittling and provoking.
  { phrase: '(不需要|不用|无需|用不着)(我们|我)再(手把手|一步一步|一步步)', remove: true, reason: BELITTLING },
  { phrase: '(花|多花)(两|几|一|1|2)分钟(看|读|查)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '希望(这|这次|这回|)是最后一次', remove: true, reason: PROVOKING },
  { phrase: '不用再(编|演)了', remove: true, reason: PROVOKING },
  { phrase: '(就|)别(再|)想了', remove: true, reason: PROVOKING, unlessPreceded: /(?:你|您)$/ },
  { phrase: '(别|不要)再…(又|就|还)来(找|问|麻烦)(我们|我)', remove: true, reason: CURT },
  // Curt and contradicting: "规定就是这样", "我们的系统不会出错", "不是跟您说了吗".
  { phrase: '(规定|制度|政策|流程|公司规定)就是(这样|如此|这么定的)', suggestion: EXPLAIN_THE_CAUSE, reason: CURT },
  { phrase: '(理解|接受|同意)也好(不理解|不接受|不同意)也好', remove: true, reason: PROVOKING },
  { phrase: '问题问得(就|)(不对|有问题)', remove: true, reason: BELITTLING },
  { phrase: '系统(不会|不可能|从来不会|从不|绝不会)(出错|有错|出问题|搞错)', suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  { phrase: `不是(跟|和|给|告诉)(${YOU}|)…(说|讲)(过|)(了|过)(吗|嘛)`, suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: `${YOU}(先|)听我(说完|讲完|把话说完)`, remove: true, reason: CURT },
  { phrase: '(能不能|可不可以|能否)(认真|仔细|好好)(点|一点|)(看|读)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(搞清楚|弄清楚|想清楚|看清楚)(了|)再来(问|找|联系)', suggestion: SHOW_THE_STEP, reason: ORDERING },
  // Giving up and passing on: "我们只能做到这样了", "您自己的问题自己解决".
  { phrase: '(只能|也就只能)(做到|)(这样|这样子|这个地步)了', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '自己的(问题|事|事情)(就|)自己(解决|处理|想办法|负责)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '以后(别|不要)(再|)来(找|问|麻烦)(我们|我)', remove: true, reason: CURT },
  // Provoking: "尽管去投诉", "有本事您去告", "您这样我们没法沟通".
  { phrase: '(随你|爱怎么)(去|)(投诉|告|举报)', remove: true, reason: PROVOKING },
  { phrase: `有本事(${YOU}|)(就|)(去|)(告|举报)`, remove: true, reason: PROVOKING },
  { phrase: '(这样|这样子|这种态度)(我们|)(没法|没办法|无法)(沟通|交流|谈)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },  { phrase: `${YOU}自己…(我们|我)(这边|这里|)(不能|没法|无法|不会)(帮|替|给)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },  // Ordering the customer to look for themselves: "你自己先看看", "自己去翻一下", "麻烦自己联络法团主席".
  { phrase: `${YOU}自己先(看看|看一下|查查|查一下|检查一下|试试)`, suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: '自己去翻(一下|一翻|翻|)', suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: `麻烦(${YOU}|)自己(联络|联系|去找|去问)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `请(${YOU}|)自己联络`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}自己打(他|她|骑手|快递员|司机|师傅)…电话`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '直接去问…吧', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '自行携带…前往', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Not ours, not here: "并非本课业务", "与本行无关", "不属于本部门的工作范围", "无从处理", "帮唔到手".
  { phrase: '并非(本课|本科|本部门|本所|本处|本中心|我们)(的|)(业务|工作)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '并非(本课|本科|本所|本处|本中心|我们)(的|)职责', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(与|跟|和)(本行|本店|本中心|本所|本部门|本平台|管理处|本处)(无关|没关系|没有关系|毫无关系)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(不属于|不在|并不属于|并不在)…(工作|业务)范围', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '无从(处理|协助|查询|跟进)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '无法提供进一步(资料|协助|帮助|信息)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '帮(不到手|不了手)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(我们|我|客服|前台|柜台)(这边|这里)(确实|真的|实在)(不清楚|不知道|不了解)', replacement: I_DO_NOT_KNOW, clause: true, reason: HELPLESS },
  { phrase: '(我|我们)在这边…(改不了|处理不了|办不了|管不了)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(我|我们)也没(法子|辙)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  // Curt: "规矩就是规矩", "厂家就是这么定的", "不修就算了".
  { phrase: '规矩就是规矩', suggestion: EXPLAIN_THE_CAUSE, reason: CURT },
  { phrase: '就是这么定的', suggestion: EXPLAIN_THE_CAUSE, reason: CURT },
  { phrase: '不(修|要|买|办|退|换)就算了', remove: true, reason: PROVOKING },
  // Reproaching and lecturing: "在前两封信中都已经说明过了", "我上星期已经同你讲清楚", "一遍遍打电话质疑我们".
  { phrase: '(前|上)(两|几|三|2|3)封(信|邮件|电邮)…(已经|都)(说明|解释|讲|说)(过|了)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: `已经(同|跟|和)${YOU}(讲|说)(得|)(很|)清楚`, suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '一遍遍(地|)(打电话|来电|质疑|投诉|问)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: REPROACHING },
  { phrase: '(常识性|基础|基本)的问题…(不需要|不用)(我们|我)(来|)教', remove: true, reason: BELITTLING },
  { phrase: '(这种|这点|这么)小(问题|事)…(不用|不必|没必要)(专门|特地|特意)', remove: true, reason: BELITTLING },
  { phrase: '一遍…再来(提|问|找|联系)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(都|是)在浪费(时间|彼此的时间|大家的时间)', remove: true, reason: PROVOKING },
  { phrase: '(不想|唔想)再浪费时间', remove: true, reason: PROVOKING },
  { phrase: '(应该|应当)自己(先|)(确认|看|问|查)清楚', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '当初就不(该|应该)', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: `是${YOU}自己(没|冇)`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '不是(我们|我)的错', suggestion: EXPLAIN_THE_CAUSE, reason: CONTRADICTING },
  { phrase: '(日后|以后)(请|)(自行|自己)(留意|注意)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(难道|唔通)…(冇|没有|没)(睇|看|读)过', remove: true, reason: BELITTLING },
  // Provoking: "凭什么让我们免费修", "客服又不是帮你跑腿的", "没有追究已经很给面子了", "恐怕是找错对象了".
  { phrase: '凭什么(让|要|叫)(我们|我)', remove: true, reason: PROVOKING },
  { phrase: `(又|也)不是(帮|替|给)${YOU}跑腿的`, remove: true, reason: PROVOKING },
  { phrase: '很给(您|你|)面子了', remove: true, reason: PROVOKING },
  { phrase: '找错(对象|人|地方)了', remove: true, reason: PROVOKING },
  { phrase: '(别|不要)再(来|)(跟|和|找)(我们|我)(讨价还价|闹|纠缠)', remove: true, reason: PROVOKING },
  { phrase: '自己做了什么(心里|)(清楚|明白|有数)', remove: true, reason: PROVOKING },
  { phrase: '(随便|爱)(去|)(哪|哪里|哪儿)(投诉|告)', remove: true, reason: PROVOKING },
  { phrase: '逻辑我们(实在|真的|)(理解不了|不能理解|看不懂)', remove: true, reason: BELITTLING },
  { phrase: '心里应该有数', remove: true, reason: PROVOKING },
  { phrase: '再有下次', suggestion: EXPLAIN_THE_CAUSE, reason: PROVOKING },
  // Not ours, from the dev9 round: "不归驿站管", "你问物业吧", "我们说了不算", "这边调解不了", "药房这边确实管不到", "無法插手".
  { phrase: '(不归|不属于)(驿站|门店|前台|柜台|药房|管理处|物业|本店|分行|网点|我们药房|我们门店)(管|负责|处理)', replacement: PASS_ON, clause: true, reason: PASSING_ON },
  { phrase: `${YOU}(去|)问…(物业|银行|快递公司|快递|厂家|商家|卖家|医生|医院|领事馆|航空公司|学校|老师|他们|对方)吧`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '这边(调解不了|协调不了|调解不到)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(这边|那边)(确实|真的|实在|也|)(管不到|无法插手|没法插手|不能插手)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(我们|我)(决定不了|定不了|改不到)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(我们|我)(都|也|)帮不到', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '不是(我们|我)…(该|应该)(处理|负责|管)的', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '不会理(这|呢)(类|种|些)(事|问题)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Nothing more, and the customer sent off alone: "物业能做的就这些了", "只能自己去问银行了", "你自己上去同佢讲啦".
  { phrase: '(能做的|能帮的)(就|也就)(这些|这么多)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '只能自己(去|)(问|找|联系|处理|解决|跑一趟|买|想办法)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `没(办法|法)(替|帮|给)${YOU}(催|改|查|处理|办|弄)`, suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(你们|您们)自己(再|)好好协商', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}自己(上去|过去|去)(同|跟|和)(他|她|对方|邻居)(讲|说|谈|倾)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}自己留意`, suggestion: SAY_WHAT_YOU_CAN_DO, reason: ORDERING },
  { phrase: `麻烦(${YOU}|)先自己去`, suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: `${YOU}自己(看|查)就(知道|明白|清楚)`, suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: '自己入去(看|查)(下|一下|吓)就(得|行|知道|知)', suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: '自己进去(看|查)(下|一下|吓)就得', suggestion: SHOW_THE_STEP, reason: ORDERING },
  { phrase: '(都|也)(讲不到|说不准|讲不准)', replacement: I_DO_NOT_KNOW, clause: true, reason: HELPLESS },
  // Told again, lecturing and belittling: "我在6月10日的回复中已经做过一次详细说明", "有咩唔明就自己睇返份保单先", "相信以阁下的理解能力".
  { phrase: '(回复|邮件|电邮|信)(中|里)(已经|已|都)…(说明|解释)(过|了)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '(不明|不明白|不懂)就自己(看|查|读)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '自己没(有|)(看|读)清楚', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '不如(先|)(看|读)(返|回|)自己', remove: true, reason: BELITTLING },
  { phrase: '(实在|真的)不明白(阁下|您|你)(为何|为什么|怎么)', remove: true, reason: BELITTLING },
  { phrase: '以(阁下|您|你)的(理解能力|智商|水平)', remove: true, reason: BELITTLING },
  { phrase: '(请|叫)家人帮(忙|你|您)', remove: true, reason: BELITTLING },
  { phrase: '不用每次都(发邮件|打电话|来问|问|写信)', suggestion: SHOW_THE_STEP, reason: CURT },
  { phrase: '浪费(双方|彼此|大家)(的|)时间', remove: true, reason: PROVOKING },
  { phrase: '不会再就…(作进一步|进一步|)(回复|回覆|答复)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: CURT },
  { phrase: '占用(的是|了)…(公共资源|资源)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: REPROACHING },
  // Contradicting and provoking: "不可能出错", "随时奉陪", "净系你一个觉得有问题", "冇人逼你", "唔钟意就算".
  { phrase: '(不可能|绝不可能|完全不可能)(出错|有错|算错|有问题|搞错)', suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  { phrase: '(随时奉陪|奉陪到底)', remove: true, reason: PROVOKING },
  { phrase: '(净是|只有)(你|您)(一个|一位)…(觉得|反映|投诉|有意见)', remove: true, reason: BELITTLING },
  { phrase: `没(有|)人逼${YOU}`, remove: true, reason: PROVOKING },
  { phrase: '不(钟意|喜欢|满意)就算', remove: true, reason: PROVOKING },
  // From the dev10 round: not ours ("我们这边是不管的", "责任不在我们", "唔關我哋公司事", "不在我们的售后范围").
  { phrase: '(我们|我)这边(是|都|也|)不管的', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '责任不在(我们|我|本公司|院方|平台|店方)', suggestion: EXPLAIN_THE_CAUSE, reason: PASSING_ON },
  { phrase: '不关(我们|我)(公司的事|公司事|事)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(不在|不属于)(我们|本公司|本店|我们公司)的售后范围', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(我们|这边)(就|)不(再|)跟进了', suggestion: SAY_WHAT_YOU_CAN_DO, reason: CURT },
  { phrase: '那边的事(我们|我)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(这边|我们)(也|都|)(安排不了|答不了)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(呢边|这边)做不到', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '这边没(办法|法)(改|调整|修改)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '说了不算', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // The customer sent to deal with someone else: "需要您和阿姨本人直接协商", "直接打电话给店家", "你直接搵返佢啦".
  { phrase: `需要${YOU}(和|跟|与)…(直接|)(协商|沟通|商量)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '直接(跟|和|找)…(商量|协商|沟通)…吧', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '直接打电话给(店家|商家|卖家|厂家|快递|物业|银行)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '直接搵(返|回|)(他|她)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}(去|)问(教务处|财务室|财务|店家|管理处|保险顾问|顾问|招生办)吧`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `${YOU}自己去联络`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '就自己上网', suggestion: SHOW_THE_STEP, reason: ORDERING },
  // Told again: "这是第四次回复你了", "如我前面三封邮件里反复写过的", "讲了三遍", "我再强调一遍", "我已经回覆过妳两次了".
  { phrase: '(这是|这已经是)第(二|三|四|五|六|几|2|3|4|5|6)次(回复|答复|回覆|解释|说明)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '(前面|之前|上|过去|先前|此前)(两|三|四|几|2|3|4)封(邮件|信|电邮)(里|中)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '(讲|说|解释)了(两|三|四|五|几|好几|无数|2|3|4|5)(遍|次)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: '我再强调一(遍|次)', suggestion: AS_MENTIONED, reason: REPROACHING },
  // "我在6月10日的回复中已经做过一次详细说明".
  { phrase: '(回复|回覆|邮件|电邮|信)(中|里)(已经|已)(做过|作过)', suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: `回覆过${YOU}(两|三|几|好几|2|3)次`, suggestion: AS_MENTIONED, reason: REPROACHING },
  { phrase: `不管${YOU}…(结果都一样|结果也一样|都一样|也没用|都没用)`, suggestion: SAY_WHAT_YOU_CAN_DO, reason: REPROACHING },
  { phrase: '别再回(这个|这封|)(邮件|信)', remove: true, reason: CURT },
  { phrase: '与其一直来信', suggestion: ACKNOWLEDGE_THE_FEELING, reason: REPROACHING },
  // Belittling and blaming: "换路由器这种事真不用我们来教吧", "还需要我们一再解释吗", "先想想自己有没有照做".
  { phrase: '(不用|不需要)(我们|我)来教', remove: true, reason: BELITTLING },
  { phrase: '还需要(我们|我)(一再|再三)(解释|说明)', remove: true, reason: BELITTLING },
  { phrase: '连看(说明|简章|条款|须知)都', remove: true, reason: BELITTLING },
  { phrase: `很难帮${YOU}什么`, suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: `(就|)看${YOU}自己了`, remove: true, reason: PROVOKING },
  { phrase: '(似乎|好像)(都|)没(有|)(时间|)看', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '先想想自己', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  // The cause laid on the customer as a fact: "问题是您归还时没有插到位造成的", "系您下单时未仔细选择…所致",
  // "是您这边没有注意到", "应该是您理解有误". Not a guess ("可能是您的网络造成的"), a condition or a
  // question, nor the customer cleared ("不是您操作不当导致的").
  { phrase: `(是|系)${YOU}…(造成的|导致的|引起的|所致)`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING, unlessPreceded: CAUSE_NOT_ASSERTED_BEFORE, unlessFollowed: ASKED_AFTER },
  { phrase: `(是|系)${YOU}(这边|那边|自己|)(当时|当初|)(没有|没|未)(注意|留意|看清|仔细|认真|核对|确认)`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING, unlessPreceded: CAUSE_NOT_ASSERTED_BEFORE, unlessFollowed: ASKED_AFTER },
  { phrase: `${YOU}(理解有误|理解错了|理解错误|看错了|记错了|搞错了|弄错了)`, suggestion: STATE_THE_FACTS, reason: CONTRADICTING, unlessPreceded: CAUSE_NOT_ASSERTED_BEFORE, unlessFollowed: ASKED_AFTER },
  // What the customer should have done when they booked: "预约时就应该先讲清楚", "booking 的时候就应该先核对清楚",
  // "申请前应该先看清楚", "签约前本应仔细阅读". Not 看好 ("乘扶梯时应该看好孩子" is care, not a lecture), nor
  // the agent owning it ("这一点我们在 check-in 时应该说清楚").
  { phrase: '(之前|前|时|时候|当初)(就|)(应该|应当|该)(先|)(仔细|)(核对|讲|说|看|问|确认|检查|阅读)清楚', suggestion: SHOW_THE_STEP, reason: BLAMING, unlessPreceded: OURS_IN_THE_CLAUSE },
  { phrase: '(前|时|时候|当初)(就|)(应该|应当|该)(先|)(核对|确认|检查)好', suggestion: SHOW_THE_STEP, reason: BLAMING, unlessPreceded: OURS_IN_THE_CLAUSE },
  { phrase: '(之前|前|当时|当初)(就|)(应该|该)(仔细看|看好)', suggestion: SHOW_THE_STEP, reason: BLAMING, unlessPreceded: OURS_IN_THE_CLAUSE },
  { phrase: '(前|时|时候|当初)(就|)(本应|本该|早该|早就应该)(先|)(仔细|认真|)(核对|看|确认|检查|阅读|读)', suggestion: SHOW_THE_STEP, reason: BLAMING, unlessPreceded: OURS_IN_THE_CLAUSE },
  // Told already, with no "already": "跟您講過了", "同你講過了" (the gap families above want a count).
  { phrase: `(跟|同|和)${YOU}(讲|说)过了`, remove: true, suggestion: AS_MENTIONED, reason: REPROACHING, unlessPreceded: /(?:我们|我們|我)(?:也|都|已经|已經)?(?:有|曾)?$/ },
  // What the customer should long have read, as a fact: "閣下於投保時理應已細閱保單條款".
  { phrase: '(理应|本应|早应|理当)(已|已经|)(细阅|详阅|阅读|阅读过|看过|看清|知悉|了解)', suggestion: SHOW_THE_STEP, reason: BLAMING },
  // What the customer did not look at when they bought, as a fact: "下单时没看参数". Not a condition ("如果您下单时没看清").
  {
    phrase: '(下单|购买|买|订购|签约|预订|预约)(时|的时候|之前|前)(没|没有|未)(看|仔细看|看清|看清楚|注意|留意|核对)',
    suggestion: EXPLAIN_THE_CAUSE,
    reason: BLAMING,
    unlessPreceded: /(?:如果|若|要是|假如|万一|萬一|是否|以免|避免|免得|防止|可能|也许|也許|或许|或許|怕|担心|擔心)(?:您|你|妳|客户|客戶)?(?:在)?$/,
    unlessFollowed: ASKED_AFTER,
  },
  // "很高兴您终于愿意把说明书拿出来看一看了": finally, at last, as a jab.
  { phrase: `${YOU}终于(愿意|肯|舍得)`, suggestion: ANSWER_THE_POINT, reason: PASSIVE_AGGRESSIVE },
  // A wall with nothing behind it: "合同怎么写我们就怎么扣，没什么好谈的", "呢件事冇得傾" (not 没啥好说的, which praises as often: "没啥好说的，五星").
  { phrase: '没(什么|有什么)好(谈|商量)的', suggestion: SAY_WHAT_YOU_CAN_DO, reason: CURT },
  { phrase: '没(得|有得)(倾|谈|商量)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: CURT },
  { phrase: '(合同|规定|条款|协议|制度)(上|里|)怎么(写|定)(的|)(我们|)就怎么(扣|办|执行|收|算|来)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: CURT },
  // The fault laid at the customer's door: "责任在于阁下本人", "这个不能算在我们头上".
  { phrase: `责任(在于|在|归于|归)(阁下|${YOU})`, suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING, unlessPreceded: CAUSE_NOT_ASSERTED_BEFORE, unlessFollowed: ASKED_AFTER },
  { phrase: '(不能|不可以|别|不要)(算|赖|怪)(在|到)(我们|本店|本公司|我们公司)头上', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '(练好|学好|搞懂|弄懂)(了|)再来', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '就是自己菜', remove: true, reason: BELITTLING },
  // Provoking and contradicting: "说实话挺佩服的", "这种情况根本不存在", "恕我直言", "咁你想点", "别浪费我们的时间".
  { phrase: '说实话(挺|真|很)佩服', remove: true, reason: PROVOKING },
  { phrase: '(这种情况|这种事)根本不存在', suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  { phrase: '恕我直言', remove: true, reason: PROVOKING },
  { phrase: '(咁|那)你想(点|怎样|怎么样)', remove: true, reason: PROVOKING },
  { phrase: '(不好|不要)乜都赖', remove: true, reason: PROVOKING },
  { phrase: '别浪费(我们|我)…时间', remove: true, reason: PROVOKING },
];

export const SIMPLIFIED_BUILTIN_PHRASES: readonly BuiltinPhrase[] = [
  { phrase: '你找谁', replacement: '请问您找哪位', reason: CURT },
  { phrase: '你找谁呀', replacement: '请问您找哪位', reason: CURT },
  { phrase: '你是谁', replacement: '请问您贵姓', reason: CURT, unlessPreceded: /(?:不管|无论|無論)$/ },
  { phrase: '你有什么事', replacement: '请问您有什么事', reason: CURT },
  { phrase: '你说什么', replacement: '抱歉，我没有完全理解您的意思，麻烦您再说明一下', clause: true, reason: CURT, unlessPreceded: /(?:不管|无论|無論)$/, unlessFollowed: /^(?:时|時)/ },
  { phrase: '你等一下', replacement: '请您稍等', reason: ORDERING },
  // "让你等着急了" apologises for the wait.
  { phrase: '你等着', replacement: '请您稍等', reason: ORDERING, unlessFollowed: /^急/ },
  { phrase: '没这个人', replacement: '抱歉，我再帮您查一下', clause: true, reason: CURT },
  { phrase: '喂，', replacement: '您好，', reason: CURT, unlessPreceded: /\S$/ },
  { phrase: '喂！', replacement: '您好！', reason: CURT, unlessPreceded: /\S$/ },
  ...DONT_KNOW_PHRASES.map((phrase) => ({
    phrase,
    replacement: I_DO_NOT_KNOW,
    clause: true,
    reason: HELPLESS,
    unlessPreceded: DONT_KNOW_POLITE_BEFORE,
    unlessFollowed: DONT_KNOW_POLITE_AFTER,
  })),
  ...PASSING_ON_PHRASES.map((phrase) => ({ phrase, replacement: PASS_ON, clause: true, reason: PASSING_ON })),
  ...['我也没办法', '我也没有办法', '我们也没办法', '我们也没有办法'].map((phrase) => ({
    phrase,
    replacement: '我会尽力帮您想办法',
    clause: true,
    reason: HELPLESS,
  })),
  ...LOOK_IT_UP_PHRASES.map((phrase) => ({ phrase, replacement: LOOK_IT_UP, clause: true, reason: ORDERING })),
  ...TOLD_YOU_PHRASES.map((phrase) => ({ phrase, remove: true, suggestion: AS_MENTIONED, reason: REPROACHING })),
  { phrase: '你不懂', remove: true, reason: BELITTLING, unlessPreceded: OFFER_BEFORE, unlessFollowed: OFFER_AFTER },
  { phrase: '你不明白', remove: true, reason: BELITTLING, unlessPreceded: OFFER_BEFORE, unlessFollowed: OFFER_AFTER },
  { phrase: '动动脑筋', remove: true, reason: BELITTLING },
  { phrase: '动动脑子', remove: true, reason: BELITTLING },
  { phrase: '你行吗', remove: true, reason: BELITTLING },
  { phrase: '你行不行', remove: true, reason: BELITTLING },
  { phrase: '真笨', remove: true, reason: BELITTLING, unlessFollowed: /^重/ },
  { phrase: '不用问了', remove: true, reason: CURT },
  { phrase: '有完没完', remove: true, reason: PROVOKING },
  { phrase: '烦不烦', remove: true, reason: PROVOKING },
  { phrase: '急什么', remove: true, reason: PROVOKING, unlessFollowed: /^(?:时|時|样|樣)/ },
  { phrase: '你急什么', remove: true, reason: PROVOKING, unlessFollowed: /^(?:时|時|样|樣)/ },
  { phrase: '我就这态度', remove: true, reason: PROVOKING },
  { phrase: '我就是这个态度', remove: true, reason: PROVOKING },
  { phrase: '爱买不买', remove: true, reason: PROVOKING },
  { phrase: '你爱找谁找谁', remove: true, reason: PROVOKING },
  { phrase: '你去投诉吧', remove: true, reason: PROVOKING },
  ...['你要怎么样', '你想怎么样', '你到底想怎么样', '您到底想怎么样'].map((phrase) => ({ phrase, remove: true, reason: PROVOKING })),
  ...['找领导去', '你找领导去', '有本事找领导'].map((phrase) => ({ phrase, remove: true, reason: PROVOKING })),
  { phrase: '你听我说', remove: true, reason: ORDERING },
  // "我不管多晚都会回复您" is no refusal: only the clause that ends with it is.
  { phrase: '我不管', replacement: '我来帮您跟进', clause: true, reason: PASSING_ON, unlessFollowed: /^[^，。！？,.!?；;\s]/ },
  // Only where it ends the clause: "您没办法登录" and "没办法及时到账" say what cannot be done, not that nobody will try.
  ...['没办法', '这个没办法', '真的没办法', '我没办法', '我们没办法'].map((phrase) => ({
    phrase,
    replacement: '我会尽力帮您想办法',
    clause: true,
    reason: HELPLESS,
    unlessPreceded: /(?:您|你|想|有|总|總|也)$/,
    // A verb in English after it goes on with the clause, as in mixed mail: "没办法 cancel".
    unlessFollowed: /^(?:(?![了啦呀啊])[^，。！？,.!?；;\s]|[ \t]+[A-Za-z])/,
  })),
  // As a verdict of its own ("这不可能。"), not "不可能出现" or "客服不可能向您索取密码".
  ...['这不可能', '那不可能', '这是不可能的', '那是不可能的'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say what you checked and what you found.', zh: '说明您核实了什么、结果如何。' },
    reason: CONTRADICTING,
    unlessFollowed: /^[^，。！？,.!?；;\s]/,
  })),
  ...['这是规定', '这是公司规定'].map((phrase) => ({
    phrase,
    replacement: '根据公司的相关规定，我们需要这样处理，还请您谅解',
    clause: true,
    reason: CURT,
    unlessFollowed: /^的/,
  })),
  {
    phrase: '你自己想办法',
    suggestion: { en: 'Offer the next step you can take for the customer.', zh: '告诉客户您能为他做的下一步。' },
    reason: HELPLESS,
  },
  ...SIMPLIFIED_PHRASE_FAMILIES,
];

const ACKNOWLEDGE = 'I understand how frustrating this is';
const TELL_AGAIN: LocalizedText = {
  en: 'Explain it once more without pointing out that you already did.',
  zh: '不必强调“已经说过”，直接再说明一次即可。',
};

/** "I've", "I have", "I had" and "I" before a verb: the forms a paraphrase takes in English. */
const WE_HAVE = "(i|we)( have|'ve| had|)";
const TOLD = '(told|explained|said|mentioned|stated|answered|repeated|pointed out|informed you|advised you|clarified)';
const TOLD_AS = '(said|told you|explained|mentioned|stated|pointed out|informed you|advised you|noted|clarified)';
const TIMES = '(twice|three times|four times|five times|2 times|3 times|4 times|5 times|several times|multiple times|many times|a few times|numerous times|countless times|more than once|again and again|over and over|repeatedly|a dozen times|a hundred times)';
const TEAM = '(i|we|my team|our team|my department|our department|this team|this department|support|customer service)';
const THIRD_PARTY = '(the courier|the carrier|your bank|the bank|the seller|the vendor|the manufacturer|the airline|the hotel|the shop|the store|the retailer|your provider|your isp|them|someone else|another department|the other team|a different team)';

/** Paraphrases of the English phrases below (see SIMPLIFIED_PHRASE_FAMILIES). */
const ENGLISH_PHRASE_FAMILIES: readonly BuiltinPhrase[] = [
  // Telling the customer how often they were told.
  { phrase: `((i|we)( have|'ve| had|)( already|)|(you|it|this)( have| has|'ve|'s|) been|you were) ${TOLD}…${TIMES}`, suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: `as ${WE_HAVE} already ${TOLD_AS}`, replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE },
  { phrase: `${WE_HAVE} already (told|explained to|informed|reminded|answered) you`, suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: `(as|like) (i|we)( have|'ve|) (said|told you|explained) (before|earlier|previously|already|last time|in my last email|in my previous email|repeatedly)`, replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE },
  { phrase: 'like (i|we) (said|told you|mentioned|explained)', replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE, unlessFollowed: /^\s+(?:to|that|in|on|we|i)\b/ },
  { phrase: 'for the (second|third|fourth|fifth|umpteenth|nth|hundredth|tenth|final) time', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: "(i'll|i will|let me|we'll|we will) (explain|say|repeat) (it|this|that) (one more time|once more)", suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(my|our) (two|three|four|five|several|multiple|many|numerous|last two|last three|2|3|4|5) (previous |)(emails|e-mails|replies|messages|mails)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(as per|per) my (last|previous|earlier|prior) (email|e-mail|message|reply|response|note)', replacement: 'as mentioned in my previous email', reason: PASSIVE_AGGRESSIVE },
  { phrase: "(i|we) (can't|cannot|can not) (keep|continue) (repeating|explaining|telling you|answering)", suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(no matter how many times|however many times) (you|we|i)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: "as (i|we)( have|'ve|)( now| already|) (explained|stated|said|set out|mentioned|outlined|pointed out|noted|described)…(both|two|three|several|multiple|separate|all) (of my |my |our |)(previous |earlier |prior |)(emails|replies|letters|messages|responses|mails)", suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: "(third|fourth|fifth) time (i|we)( have|'ve|'m| am| are|'re|) (explained|gone through|answered|told|said|written|repeated|explaining|answering|telling)", suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(read|reading)…(this time|next time)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(perhaps |maybe |)if you had (read|checked|looked at|bothered)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(a|the|this|your) (third|fourth|fifth|sixth|umpteenth) (ticket|email|e-mail|mail|message|complaint|request|reply)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(tired|sick) of (explaining|repeating|answering|telling|saying)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: "(i'd|i would) rather not (write|explain|repeat|spend|go)", suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: "(i'm|i am) not going to (keep|argue|repeat|go back and forth)", remove: true, reason: CURT },
  { phrase: '(did|do|have) you (even|actually) (read|look|open|check|try|bother)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(did|do|have) you even', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // Passing the customer on.
  { phrase: "(not|isn't|is not|outside) (my|our|my team's|our team's) (job|department|responsibility|problem|concern|remit)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(not|isn't|is not|aren't|are not)( really|) (something|anything)…(deal with|deals with|handle|handles|cover|covers|take care of|takes care of|look after|looks after|can help with|can fix|fix|support|supports|are responsible for|is responsible for|get involved in|gets involved in|look at|looks at|look into|looks into)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(not|isn't|is not) (mine|ours|my call|our call|my decision|our decision|up to me|up to us) to (decide|make|change)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(not|never) (handled|dealt with|covered) by (us|${TEAM})`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(outside|beyond) (our|my) (scope|purview)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(falls|fall|comes|come) under the purview of', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(well |way |)above my (pay grade|paygrade|level)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: 'not us', suggestion: NAME_WHO_HELPS, reason: PASSING_ON, unlessPreceded: /\b(?:it's|it is|was|were|is|if|whether)\s+$/, unlessFollowed: /^\s*[a-z0-9]/ },
  { phrase: 'between you and (your|the|them)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(you'll|you will|you'd|you would) (have|need) to…(${ON_YOUR_OWN}|themselves)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(sort|settle|work|take|thrash|fight) (it|this|that) (out|up)…(directly|${ON_YOUR_OWN})`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(nothing|not anything) to do with (me|us|my team|our team|our company|this department)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(take it up|take that up|take this up) with ${THIRD_PARTY}`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(contact|call|ask|email|chase|talk to) ${THIRD_PARTY} (yourself|yourselves)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(that's|that is|it's|it is) (the courier's|the carrier's|the bank's|the seller's|the manufacturer's|their|someone else's) (problem|responsibility|job|fault|business|issue)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(sort|figure|work) (it|this|that) out ${ON_YOUR_OWN}`, suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  // Nothing can be done.
  { phrase: '(there is|there\'s) (nothing more|nothing else|nothing further|little) (i|we) (can|could) do', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: 'nothing (further|more|else) (i|we|the hotel|the company|anyone|anyone here) (can|could) (offer|do)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(we|i) (don't|do not) (really|honestly) know", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(there isn't|there is not|there's not) (anything|much) (more |else |)(i|we) (can|could) do", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(i|we) (can't|cannot|can not) do anything (about it|about that|about this|more|else|for you)", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(i|we) (can't|cannot|can not|won't|will not) help you( any further| further| anymore| any more| with that|)", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(it's|it is) out of (my|our) hands", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(our|my) hands are tied', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: 'how (should|am|are) (i|we) (supposed to |)know', replacement: 'let me find out for you', reason: HELPLESS },
  { phrase: '(i|we) (honestly |really |frankly |)(have|had) no idea', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  // A lecture on what to check before writing: "Perhaps have a proper look in the fridge drawer before writing in next time."
  {
    phrase: '(before (writing|emailing|calling|contacting) (in|us)|before you (write|email|call) (in|us)) (next time|again)',
    suggestion: SHOW_THE_STEP,
    reason: BLAMING,
  },
  // The customer sent to sort it out with someone else: "ur best bet is to text him directly".
  {
    phrase: '(your|ur) best bet is to (text|call|contact|email|ring|message|ask|chase) (him|her|them)',
    suggestion: NAME_WHO_HELPS,
    reason: PASSING_ON,
  },
  // The customer left to watch for news the agent could send: "You'll have to keep checking the website I guess."
  {
    phrase: "(you'll|you will|you'd|you would) (just |)(have to|need to) keep (checking|an eye on|watching|refreshing|looking at|trying)",
    suggestion: { en: 'Offer to let them know yourself as soon as there is news.', zh: '主动承诺一有消息就通知客户。' },
    reason: PASSING_ON,
  },
  // The agent as helpless as the customer: "nobody tells us front desk people anything".
  { phrase: '(nobody|no one|no-one) (ever |)tells (us|me)…anything', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(i|we) (couldn't|could not|can't|cannot) tell you", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS, unlessFollowed: /^\s+(?:how much|how happy|how grateful|how sorry|enough)\b/ },
  // Belittling and lecturing.
  { phrase: 'not rocket science', remove: true, reason: BELITTLING },
  { phrase: "(it's|it is|this is|that's|that is|this isn't|it isn't) (really |)(not that hard|not that difficult|not that complicated|common sense|basic stuff|very basic)", remove: true, reason: BELITTLING },
  { phrase: '(a child|a five-year-old|anyone|even a beginner) (could|can) (do|understand|figure out|manage|follow) (this|that|it)', remove: true, reason: BELITTLING },
  { phrase: '(as anyone|as everyone|as anybody) (can|could|would) (see|tell|understand)', remove: true, reason: BELITTLING },
  { phrase: '(clearly|plainly|explicitly|very clearly|quite clearly) (stated|written|says|explained|described|spelled out|spelt out|mentioned)', suggestion: SHOW_THE_STEP, reason: REPROACHING },
  { phrase: '(is|was|are|were|been) (clearly|plainly) (listed|shown|set out|marked|displayed|indicated|printed)', suggestion: SHOW_THE_STEP, reason: REPROACHING },
  { phrase: '(spelled|spelt|set|laid) out (pretty |very |quite |really |)clearly', suggestion: SHOW_THE_STEP, reason: REPROACHING },
  { phrase: "(it's|it is|everything is|everything's) all (there|in the faq|in the guide|in the manual|in the article|in the help article|in the docs|in the documentation)", suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(read|reading)…before (complaining|raising|opening a|contacting us|writing to us|asking|emailing us|you complain)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(went|go|goes) unread', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(not sure|unsure) how (much clearer|else)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(what|what else) (did |)you (expect|expected) (us|me) to do', suggestion: SAY_WHAT_YOU_CAN_DO, reason: PROVOKING },
  { phrase: '(if you (had |would have |)(bothered|cared) to|bother to) (read|check|look)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(try|please try) reading', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // Blaming the customer.
  // "(entirely) your fault" and "your mistake" are found by the next entry, whatever comes before.
  { phrase: "(it's|it is|this is|that's|that is|it was|this was|that was) (your|the customer's) (own |)(problem|doing|error)", suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '(your own|your) (fault|mistake)', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING, unlessPreceded: /\b(?:not|no|isn't|wasn't|none of|never)\s+$/ },
  { phrase: "(that's|that is|this is|that part's|that part is|which is|that one's|that one is) on you", suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  {
    phrase: 'you (entered|typed|did|set|installed|configured|chose|ordered|filled|used|put|read|selected|booked|spelled|spelt)…(wrong|wrongly|incorrectly|the wrong way)',
    suggestion: EXPLAIN_THE_CAUSE,
    reason: BLAMING,
    unlessPreceded: /\b(?:if|whether|in case|may have|might have|perhaps|maybe|possibly|seems|seem|looks like|likely|that|anything|nothing|not)\s+$/,
  },
  { phrase: "you (failed|neglected|didn't bother|did not bother) to", suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING, unlessPreceded: /\b(?:if|whether|in case)\s+$/ },
  {
    phrase: "(you|u) (really |honestly |actually |clearly |obviously |just |)(should've|shouldn't have|should not have|ought to have)",
    suggestion: { en: 'Say what will help from now on, e.g. “Next time, you can …”.', zh: '说明今后怎样做更好，例如“下次您可以……”。' },
    reason: BLAMING,
    unlessPreceded: /\bif\s+$/,
    unlessFollowed: /^\s+(?:it|them|this|received|got|gotten|been)\b/,
  },
  // Contradicting flatly.
  { phrase: "(you are|you're) (simply |just |completely |clearly |)(mistaken|incorrect|not correct|wrong)", suggestion: STATE_THE_FACTS, reason: CONTRADICTING, unlessPreceded: /\b(?:if|unless|whether)\s+$/ },
  { phrase: "(that's|that is|this is|this isn't|that isn't) (simply |just |)(not true|untrue|not what happened)", suggestion: STATE_THE_FACTS, reason: CONTRADICTING, unlessPreceded: /\b(?:if|unless|whether)\s+$/ },
  { phrase: '(that|this) never happened', suggestion: STATE_THE_FACTS, reason: CONTRADICTING },
  // Provoking.
  { phrase: '(deal|live) with it', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING, unlessPreceded: /\b(?:will|we'll|i'll|they'll|to|can|help|team|and|me|us|they|we|i|should|shall)\s+$/ },
  { phrase: '(get over it|take it or leave it|suck it up|tough luck)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: '(go|shop|take your business|feel free to shop|feel free to go|you can go|you can shop) elsewhere', remove: true, reason: PROVOKING },
  { phrase: '(complain|escalate|report us|leave a review|write a review) (all you want|if you like|if you want|if you wish|for all i care)', remove: true, reason: PROVOKING },
  { phrase: "(go ahead and|feel free to|you are welcome to|you're welcome to) (complain|report us|leave a bad review|leave a negative review|sue)", remove: true, reason: PROVOKING },
  { phrase: "(no need to|there's no need to|there is no need to|don't) (shout|yell|be rude|get upset|get angry|be so rude|get so upset|get so angry|be so dramatic|be dramatic|be emotional|get emotional|take that tone|use that tone)", suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: '(chill out|settle down|simmer down|so worked up|all worked up|get worked up)', suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: 'let me be (absolutely |very |perfectly |crystal |)clear', remove: true, reason: PROVOKING },
  // Cutting the customer off.
  { phrase: '(stop|quit) (emailing|e-mailing|calling|contacting|messaging|chasing|writing to) (us|me)', remove: true, reason: CURT },
  { phrase: '(stop|quit) complaining', remove: true, reason: CURT },
  { phrase: '(stop|quit) sending (the same|this|these|more|us)', remove: true, reason: CURT },
  { phrase: "(please |)(don't|do not) (email|e-mail|call|contact|message|write to) (us|me) (again|anymore|any more)", remove: true, reason: CURT },
  { phrase: '(end of discussion|end of story|no further discussion|nothing more to discuss|nothing more to say|no comment)', remove: true, reason: CURT },
  { phrase: '(listen to me|listen carefully|listen up|you need to listen|now listen)', remove: true, reason: ORDERING },
  // More ways to pass the customer on.
  // "Not" covers "is not" and "does not": the words around it need no listing.
  { phrase: "(not|isn't|doesn't)( coming| fall| falls|) (under|within) (our|my) (team |department |)(scope|remit|area)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: 'outside (what|anything|the things) (we|i) (look after|handle|cover|deal with|support|can help with|take care of)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(problem|issue|fault|matter) (of|for|with)…not (of |for |with |)(us|ours|our shop|our store|our company|our side|our team|my team)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(team|department|desk|branch|office) (can't|cannot|can not|won't|will not) (help|assist)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(please|pls|plz|just|simply|kindly) (check|look (it|this|that) up|look up|find out|read)…${ON_YOUR_OWN}`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "at (your|the customer's|the guest's|the passenger's|the patient's|the member's|the buyer's) own risk", suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: 'nothing (more |else |further |)(can|could) be done', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(, |; )not ours', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: 'rather than (with |)(us|ours|our team|our store|our shop)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: 'between yourself and', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(not a matter|not something|not an issue) (we|i) can (assist|help) with', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(kindly|please|you may|you can) (appeal to|contact|call|ask|email|chase|write to)…${ON_YOUR_OWN}`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: 'outside what…(handle|handles|cover|covers|deal with|deals with|look after|looks after|we do)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(you did this to yourself|you brought this on yourself|you have only yourself to blame|you've only yourself to blame)", suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: "(we're|we are|this is) (a|an)…not (a|an|your) (charity|vending machine|babysitting service|personal assistant|mind reader|mind-reader|miracle worker)", remove: true, reason: PROVOKING },
  { phrase: 'next time before (filing|opening|raising|submitting|sending|contacting|complaining|writing)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // What the customer should have looked at first: "Next time please check your order confirmation email first".
  { phrase: '(next time|in future|in the future|going forward)(,|) (please |kindly |)(check|read|look at|review)…first', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // Not the company's business: "Accessibility arrangements aren't really anything to do with us".
  { phrase: "(isn't|aren't|is not|are not) (really |)anything to do with (us|our (team|company|store|shop|office))", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(has|have|had) (really |absolutely |)nothing to do with (us|our (team|company|store|shop|office))', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(not a lot|not much) (more |else |)(we|i) (can|could) do", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "nothing (further |more |else |)(we're|we are|i'm|i am) able to do", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(it'll|it will) (get there|arrive|turn up) when it (gets there|arrives|turns up)", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(won't|will not|isn't going to|is not going to|doesn't|does not) make…any faster", suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  { phrase: "which part of…(is causing|is confusing|is unclear|don't you understand|do you not understand|is so hard)", remove: true, reason: BELITTLING },
  { phrase: 'should have been (checked|read|reviewed|confirmed)…before you', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: 'as (previously |already |)(explained|stated|mentioned|noted|said)…(both|two|three|several|multiple|all) (of my |my |our |)(previous |earlier |prior |)(emails|replies|letters|messages|responses|mails)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  // Blaming and lecturing.
  { phrase: "(it is|it's|that is|that's|it really is) (entirely |ultimately |)(your|the (customer|patient|guest|passenger|user)'s) (own |)responsibility to", suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '(would |)gently (suggest|remind|recommend)', suggestion: SHOW_THE_STEP, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(repeating the question|asking again|asking the same|writing again|writing in again|emailing again|further tickets|more tickets|another ticket|more emails|further emails|refreshing your inbox)…(won\'t|will not|isn\'t going to|is not going to|doesn\'t|does not|can\'t|cannot)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: REPROACHING },
  { phrase: '(happy|glad|willing) to keep (repeating|explaining|saying)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: "(not sure|no idea) what (else |)you (expected|were expecting|thought would happen)", suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },
  // Somebody else's job: "not handled by the customer care team", "Billing questions aren't handled by my department", "aren't something the front desk can take on".
  { phrase: "(is not|are not|isn't|aren't) (handled|dealt with|looked after) by (us|our team|this team|my team|our department|this department|my department|our desk|this desk|our office|this office|the customer care team|customer care|customer service|the front desk|the support team|support)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(isn't|aren't|is not|are not) something…can (take on|handle|deal with|help with|assist with|do anything about)", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: `(chase|take|follow) (it|this|that) up with…(${ON_YOUR_OWN}|directly)`, suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(one is|this one is|that one is|that's|this is) for them rather than (for |)us", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Telling the customer not to bother asking: "there is no point in sending further requests".
  { phrase: "(there is|there's|there would be|there'd be) (really |)no point (in |)(sending|asking|contacting|emailing|calling|writing|chasing|complaining|raising|opening|following up|escalating|appealing|arguing|submitting)", suggestion: SAY_WHAT_YOU_CAN_DO, reason: REPROACHING },
  { phrase: "(don't|do not|no need to) (bother|waste your time) (opening|sending|contacting|emailing|calling|writing|replying|asking|raising|chasing|appealing|submitting|filing)", suggestion: SAY_WHAT_YOU_CAN_DO, reason: CURT },
  // Lecturing about reading first: "in future it really is worth reading it before ordering", "Next time, please read the notice".
  { phrase: '(in future|in the future|next time|going forward)…(worth reading|worth checking|please read|read the|reading the|read it|read our)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(check|checked|checking|read|looked at|look at) your own…before (calling|accusing|blaming|complaining|contacting|posting|writing)', suggestion: EXPLAIN_THE_CAUSE, reason: BLAMING },
  { phrase: '(was|is|would be|was apparently|is apparently|was clearly|is clearly) too much to ask', remove: true, reason: PROVOKING },
  // Telling again, as a question: "How many times do I have to tell you?".
  { phrase: 'how many (more |)times (do|must|will|should|shall|did) (i|we)…(tell|explain|say|repeat|remind|write)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: 'how many times have (i|we) (told|explained|said|written|reminded)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: 'how many (more |)times (are you going to|will you|do you (need|want) to|must you) (ask|call|email|write|contact|message)', suggestion: SAY_WHAT_YOU_CAN_DO, reason: REPROACHING },
  // Belittling: "Do I need to spell it out?", "Let me make this really simple for you", "Just Google it".
  { phrase: 'spell it out (for you|to you)', remove: true, reason: BELITTLING },
  { phrase: '(do|must|should) (i|we) (need to |have to |)spell it out', remove: true, reason: BELITTLING },
  { phrase: '(make|put|explain|say) (this|it|that)…(simple|simply|slowly) (for you|as i can|as possible)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: "(it's|it is) not rocket science", remove: true, reason: BELITTLING },
  { phrase: '(just |simply |)google it', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  { phrase: '(you|you have|you\'ve) (clearly|obviously|evidently) (didn\'t|did not|haven\'t|have not|never) (read|look|looked|check|checked|open|opened)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // Contradicting and brushing off: "That's not how it works", "Whatever you say", "This conversation is over".
  { phrase: "(that's|that is|this is|it's|it is) not how (it|this|that|things|any of this) (works|work)", suggestion: EXPLAIN_THE_CAUSE, reason: CONTRADICTING },
  { phrase: 'whatever you say', remove: true, reason: PROVOKING },
  { phrase: '(this|our) (conversation|discussion|correspondence) is (over|finished|closed)', remove: true, reason: CURT },
  { phrase: "(i|we) (don't|do not) make the (rules|policy|policies)", suggestion: EXPLAIN_THE_CAUSE, reason: PASSING_ON },
  { phrase: '(wait|queue|wait your turn) like (everyone|everybody) else', suggestion: SAY_WHAT_YOU_CAN_DO, reason: PROVOKING },
  // Told again, by the earlier mail: "As I mentioned in my previous reply", "Per the three emails I've already sent you".
  { phrase: 'as (i|we) (mentioned|stated|noted|pointed out) in (my|our)…(previous|last|earlier|prior) (reply|email|e-mail|message|response|letter|replies|emails)', replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE },
  { phrase: 'as (i|we) (explained|said) in (my|our) (previous|last|earlier|prior) (reply|e-mail|message|response|letter|replies|emails)', replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE },
  { phrase: 'as (i|we) (explained|said) in (our|my) (earlier|prior) email', replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE },
  { phrase: 'as we (explained|said) in our (previous|last) email', replacement: 'as mentioned', reason: PASSIVE_AGGRESSIVE },
  { phrase: "per the (two|three|four|several|many|multiple|2|3|4) (emails|messages|replies|letters)…(i've|i have|we've|we have) (already |)sent", suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: 'if you (actually|really|just|even) (follow|followed|read|check|checked|look|looked)', suggestion: SHOW_THE_STEP, reason: BELITTLING },
  // Nothing more here: "nothing more that can be done", "we are unable to assist further", "not a lot more I can tell you".
  { phrase: '(there is |there\'s |)nothing (more|further|else) that (can|could) be done', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(we are|we're|i am|i'm) (unable|not able) to (assist|help) (you |)(any |)further", suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: '(not a lot|not much|nothing) (more |else |)(we|i) (can|could) (tell|say to) you', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },
  { phrase: "(that's|that is) as far as (it|this|we|i) (goes|go|can go)", remove: true, reason: CURT },
  // Somebody else's, again: "this is not a matter our branch handles", "not something I'm able to help with", "follow up with … directly".
  { phrase: '(is|are) not a matter (we|our|the|this)…(handle|handles|deal with|deals with|cover|covers)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(not|isn't|aren't|is not|are not) something (i'm|i am|we're|we are) able to (help|assist) with", suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: "(that's|that is|it's|it is) not something (anybody|anyone|we|i|our team)…(control|controls|can control|handle|handles|can handle)", suggestion: EXPLAIN_THE_CAUSE, reason: PASSING_ON },
  { phrase: '(kindly|please|you may|you will need to|you need to) follow up with…directly', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  { phrase: '(check|look at|look in|go into) (the|your)…(yourself|yourselves)', suggestion: NAME_WHO_HELPS, reason: PASSING_ON },
  // Provoking: "go ahead and file with the BBB", "calling … will NOT make it go away".
  { phrase: '(go ahead and|feel free to go ahead and) (file|report|leave a review)', remove: true, reason: PROVOKING },
  { phrase: "(won't|will not|doesn't|does not|isn't going to|is not going to) make it go away", suggestion: ACKNOWLEDGE_THE_FEELING, reason: PROVOKING },  { phrase: "as (i'm|i am|we're|we are) sure you('ve| have) (noticed|seen|read|realised|realized)", remove: true, reason: PASSIVE_AGGRESSIVE },
  { phrase: '(i|we) did (explain|tell you|mention|say) (this |that |it |)(on the phone|before|already|earlier|last time)', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  { phrase: 'nothing (we|i) can (change|do) (there|about (it|that|this))', suggestion: SAY_WHAT_YOU_CAN_DO, reason: HELPLESS },  { phrase: "if you'?d (taken|spent) (a few|thirty|two|five|ten|a couple of|a) (seconds|minutes|minute|second) to read", suggestion: SHOW_THE_STEP, reason: BELITTLING },
];

export const ENGLISH_BUILTIN_PHRASES: readonly BuiltinPhrase[] = [
  { phrase: 'please calm down', replacement: ACKNOWLEDGE, reason: PROVOKING },
  { phrase: 'you need to calm down', replacement: ACKNOWLEDGE, reason: PROVOKING },
  {
    phrase: 'calm down',
    suggestion: { en: `Name the feeling instead: “${ACKNOWLEDGE}.”`, zh: '改为体谅客户的感受，例如“我理解这件事让您很困扰”。' },
    reason: PROVOKING,
    // With a subject other than the customer it describes, not orders: "once things calm down".
    unlessPreceded: /\b(?:things|it|they|everything|demand|traffic|swelling|situation|market|queue)(?:\s+(?:should|will|would|may|might|can|could|to|soon))?\s+$/,
  },
  ...['as I told you'].map((phrase) => ({
    phrase,
    replacement: 'as mentioned',
    reason: PASSIVE_AGGRESSIVE,
  })),
  { phrase: 'for the last time', suggestion: TELL_AGAIN, reason: PASSIVE_AGGRESSIVE },
  ...["that's not my job", "it's not my job", 'that is not my job', "that's not my department"].map((phrase) => ({
    phrase,
    replacement: 'let me connect you with the right team',
    reason: PASSING_ON,
  })),
  ...["that's not my problem", 'that is not my problem', "it's not my problem"].map((phrase) => ({
    phrase,
    replacement: 'let me find out who can help with this',
    reason: PASSING_ON,
  })),
  { phrase: 'obviously', remove: true, reason: BELITTLING },
  ...['what do you want me to do', 'what do you expect me to do', 'what else do you want me to do'].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say what you can do next.', zh: '说明您接下来能做什么。' },
    reason: PROVOKING,
  })),
  // A verdict on the customer's word; "it's impossible to say" and "impossible for us to ship" are not.
  ...["that's impossible", 'that is impossible', "that's not possible"].map((phrase) => ({
    phrase,
    suggestion: { en: 'Say what you checked and what you found.', zh: '说明您核实了什么、结果如何。' },
    reason: CONTRADICTING,
    unlessFollowed: /^\s*(?:to|for|that|because|,)\b/,
  })),
  {
    phrase: 'you must have',
    replacement: 'it looks like you may have',
    reason: BLAMING,
    // "you must have a receipt" states a requirement, "you must have been worried" sympathises.
    unlessFollowed: /^\s+(?:a|an|the|your|valid|at\s+least|been)\b/,
  },
  {
    phrase: '(you|u) (really |honestly |actually |clearly |obviously |just |)should have',
    suggestion: { en: 'Say what will help from now on, e.g. “Next time, you can …”.', zh: '说明今后怎样做更好，例如“下次您可以……”。' },
    reason: BLAMING,
    unlessPreceded: /\bif\s+$/,
    // "you should have it by Friday" promises a delivery.
    unlessFollowed: /^\s+(?:it|them|this|that|these|those|the|a|an|your|any|all|everything|access|received|got|gotten)\b/,
  },
  ...["that's our policy", 'that is our policy', "it's company policy", 'that is company policy'].map((phrase) => ({
    phrase,
    replacement: "this is how our policy works, and I'm happy to explain why",
    reason: CURT,
  })),
  { phrase: "there's nothing I can do", replacement: "here's what I can do", reason: HELPLESS },
  { phrase: 'there is nothing I can do', replacement: 'here is what I can do', reason: HELPLESS },
  { phrase: "there's nothing we can do", replacement: "here's what we can do", reason: HELPLESS },
  { phrase: 'there is nothing we can do', replacement: 'here is what we can do', reason: HELPLESS },
  {
    phrase: "I don't know",
    replacement: 'let me find out for you',
    clause: true,
    reason: HELPLESS,
    unlessFollowed: /^\s+(?:if|whether)\b/,
  },
  {
    phrase: 'no way',
    suggestion: { en: 'Explain what is not possible and what you can offer instead.', zh: '说明哪些做不到，以及可以提供什么替代方案。' },
    reason: CONTRADICTING,
    unlessPreceded: /\b(?:in|by|any)\s+$/,
    unlessFollowed: /^\s+(?:to|of|for|around|back)\b/,
  },
  {
    phrase: 'whatever',
    suggestion: ANSWER_THE_POINT,
    reason: PROVOKING,
    // "whatever you need" is an offer; only the word on its own is a shrug.
    unlessFollowed: /^\s*[a-z0-9]/,
  },
  {
    phrase: 'you people',
    suggestion: { en: 'Address the customer directly and by name.', zh: '直接、礼貌地称呼客户。' },
    reason: BELITTLING,
  },
  {
    phrase: "it's not our fault",
    suggestion: { en: 'Explain what happened and what you will do about it.', zh: '说明发生了什么，以及接下来会怎样处理。' },
    reason: BLAMING,
  },
  {
    phrase: 'read the manual',
    suggestion: { en: 'Quote the step from the manual, or link to the section.', zh: '直接摘录说明书中的步骤，或附上对应章节的链接。' },
    reason: BELITTLING,
  },
  ...ENGLISH_PHRASE_FAMILIES,
];

/**
 * Every Simplified character of the list above whose Traditional form differs (Taiwan usage),
 * as pairs in one string. A test checks it against a full converter.
 */
const TRADITIONAL_PAIRS =
  '与與专專业業东東两兩个個为為举舉么麼书書买買于於从從仓倉们們价價会會佣傭倾傾偿償儿兒关關写寫决決况況净淨准準几幾凭憑凶兇别別办辦务務动動劲勁劳勞医醫协協单單卖賣占佔厂廠参參双雙发發变變台臺后後吓嚇吗嗎听聽员員咨諮团團围圍坏壞处處备備复復头頭学學实實对對寻尋导導将將尽盡属屬师師带帶帮幫干幹并並库庫应應开開强強归歸当當态態总總愿願户戶执執报報担擔拨撥换換据據搅攪携攜数數无無时時机機权權条條来來构構柜櫃标標样樣检檢欢歡气氣沟溝没沒满滿点點烦煩爱愛电電着著础礎确確种種签簽简簡类類纠糾约約纷紛练練组組细細织織终終经經结結给給络絡绝絕统統维維编編缠纏网網职職联聯脑腦舍捨范範药藥营營蛮蠻见見规規觉覺订訂认認讨討让讓议議记記讲講论論设設证證评評识識诉訴诊診试試话話询詢该該详詳语語误誤说說请請读讀课課谁誰调調谅諒谈談负負财財责責质質购購贵貴费費资資赖賴转轉较較辑輯输輸辙轍边邊过過运運还還这這进進连連选選递遞逻邏邮郵邻鄰释釋里裡钟鍾银銀铺鋪错錯长長门門问問间間闹鬧阁閣阅閱队隊险險随隨难難静靜须須顾顧预預领領题題饭飯馆館驿驛骑騎';

const TRADITIONAL: ReadonlyMap<string, string> = new Map(
  Array.from({ length: TRADITIONAL_PAIRS.length / 2 }, (_, index) => [TRADITIONAL_PAIRS[index * 2]!, TRADITIONAL_PAIRS[index * 2 + 1]!]),
);

/** Words whose character is written one way alone and another in them: 系 stays 系 but 联系 is 聯繫. */
const TRADITIONAL_WORDS: readonly (readonly [string, string])[] = [['联系', '聯繫'], ['了解', '瞭解'], ['答复', '答覆'], ['柜台', '櫃檯'], ['分钟', '分鐘'], ['关系', '關係'], ['尽管', '儘管'], ['回复', '回覆']];

export function toTraditional(text: string): string {
  const words = TRADITIONAL_WORDS.reduce((converted, [simplified, traditional]) => converted.replaceAll(simplified, traditional), text);
  let converted = '';
  for (const character of words) converted += TRADITIONAL.get(character) ?? character;
  return converted;
}

function traditionalTwin(entry: BuiltinPhrase): BuiltinPhrase {
  return {
    ...entry,
    phrase: toTraditional(entry.phrase),
    replacement: entry.replacement === undefined ? undefined : toTraditional(entry.replacement),
  };
}

export const BUILTIN_PHRASES: readonly BuiltinPhrase[] = [
  ...SIMPLIFIED_BUILTIN_PHRASES,
  ...SIMPLIFIED_BUILTIN_PHRASES.map(traditionalTwin).filter((twin, index) => twin.phrase !== SIMPLIFIED_BUILTIN_PHRASES[index]!.phrase),
  ...ENGLISH_BUILTIN_PHRASES,
];
