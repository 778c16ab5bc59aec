import type { PatternSource } from '../../core/text.ts';

/**
 * Wordings that promise a file with this mail (regular-expression sources; a space stands for any
 * run of blanks, since hand-wrapped mail may break a wording over two lines). Bare "attachment" or
 * "附件" is not enough: "we cannot open attachments" and "附件齐全" (all accessories included)
 * promise nothing. Rule data: the content script loads it at run time (src/extension/rule-data.ts).
 */
export const PROMISE_WORDINGS: readonly string[] = [
  String.raw`\b(?:i|we)(?:'ve|’ve| have)? (?:also )?(?:attached|enclosed)\b`,
  String.raw`\b(?:and|also) (?:attached|enclosed) (?:a|an|the|our|my)\b`,
  String.raw`\b(?:i'm|i’m|i am|we're|we’re|we are) (?:also )?(?:attaching|enclosing)\b`,
  String.raw`\bplease (?:find|see) (?:the )?(?:attached|enclosed|attachments?)\b`,
  String.raw`\b(?:see|find|check|open|review|refer to) (?:the )?(?:attached|enclosed|attachments?)\b`,
  // "Please find the prepaid return label attached"
  String.raw`\b(?:find|see) (?:the|our|your|a|an) (?:[\w-]+ ){0,4}(?:attached|enclosed)\b`,
  String.raw`\b(?:attached|enclosed) (?:is|are|please find|you will find|you'll find|you’ll find|herewith)\b`,
  String.raw`\b(?:is|are) (?:attached|enclosed)\b`,
  String.raw`\b(?:in|as an?) (?:the )?attachments?\b`,
  String.raw`\bthe (?:attached|enclosed)\b`,
  String.raw`\battachments?\s*[:：]`,
  // "Invoice attached." and subjects such as "Return label enclosed"
  String.raw`\b(?:attached|enclosed)(?=\s*(?:[.!:;,)，。！：；）]|$))`,
  // A line that opens with what is attached: "Invoice attached for yesterday's job", "Receipt enclosed as requested".
  String.raw`(?<=(?:^|\n)[ \t]*(?:(?!(?:you|no|not|nothing|none)\b)[\w'’-]+ ){1,3})(?:attached|enclosed)\b`,
  String.raw`(?:请|請)?您?(?:详|詳)?(?:见|見|参见|參見|参阅|參閱|参考|參考|参照|參照|查看|查阅|查閱|查收)(?:附件|附檔|附档)`,
  // "明细请看附件哦": the plain verb, with 请 so that it points the reader there ("我看附件打不开" does not).
  String.raw`(?:请|請)(?:您)?(?:看|参看|參看)(?:一下)?(?:附件|附檔|附档)`,
  String.raw`(?:附件|附檔|附档)(?:中|里|裡|内|內|入面|是(?!否)|就是|即是|便是|係|为|為|包括|包含|[：:]|请查收|請查收)`,
  // "已附於本電郵", "附在此郵件中", "附在信件裡": the file goes with this very mail.
  String.raw`附(?:(?:在|於|于|喺)\s*(?:本|此|(?:这|這|呢|今)封)?|本|此|(?:这|這|呢|今)封)\s*(?:信件|信|邮件|郵件|电邮|電郵|email|e-mail|函)(?:中|里|裡|内|內)?`,
  // Cantonese and Mandarin "I attached" ("我附咗個 guide 喺度"), and putting it in the attachment ("夾咗喺附件度").
  String.raw`附咗|(?:我|我们|我們)(?:已经|已經|已)?附了|(?:夾|夹|放|擺|摆)(?:咗|了)?(?:喺|在|入|進|进)(?:附件|附檔|附档)`,
  // The same without the preposition, as chat writes it: "操作截图放附件了", "照片放附件了".
  String.raw`(?:放|夾|夹)(?:附件|附檔|附档)(?:了|咗|里了|裡了|中了)`,
  // "PFA": "please find attached", as Indian and other business English writes it.
  String.raw`\bpfa\b`,
  // "夾附" encloses, in Hong Kong and Taiwan usage; "列於附件" puts the list in the file that goes with it.
  String.raw`夾附|夹附|(?:列|载|載|详列|詳列)(?:於|于|在)(?:附件|附檔|附档)`,
  // "attach 喺呢封 email 度", with the thing attached named before.
  String.raw`attach(?:ed)?\s*(?:喺|在|到|於|于)\s*(?:呢|這|这|今|本)封`,
  // "随函附上", "已随本函附后": enclosed with this letter.
  String.raw`(?:随|隨)(?:本|此)?(?:信|函)(?:再|所)?附`,
  // "行程表在附件唷", "收據已經喺附件": the file is in the attachment.
  String.raw`(?:已经|已經|已|都)?(?:在|喺)(?:附件|附檔|附档)(?!中的|裡的|里的|入面嘅)`,
  // "隨附搬屋前準備清單": enclosed herewith; "我都附在这里了".
  String.raw`(?<![请請])(?:随附|隨附)|附(?:在这里|在這裡|在这儿|喺度)`,
  // The English verb in a Chinese sentence: "已經 attach 咗喺呢封 email", "已 attach".
  String.raw`(?:已经|已經|已)\s*attach(?:ed)?|attach\s*(?:咗|了|好)`,
  String.raw`(?:随信|隨信|随函|隨函|一并|一併)?附上`,
  String.raw`(?:作为|作為|以)(?:附件|附檔|附档)`,
  String.raw`如附件`,
];

/** Text that runs on in a clause: no sentence or clause mark, no line break. */
const CLAUSE = String.raw`[^.!?;。！？；，,\n]`;

/**
 * Text just before a mention that shows it promises nothing: the customer's files
 * ("您发来的附件中", "thanks for the attached photos"), a refusal ("we cannot open
 * attachments", "不要打开陌生附件"), or a request for a file ("please send it as an
 * attachment", "请附上您的截图").
 */
export const NO_PROMISE_BEFORE: readonly PatternSource[] = [
  { source: String.raw`\b(?:not|cannot|can't|can’t|couldn't|couldn’t|unable to|don't|don’t|never|no)\s+(?:\S+\s+){0,2}$`, flags: 'i' },
  { source: String.raw`\b(?:thanks?|thank\s+you)\s+for\s+$|\b(?:received|got|reviewed|checked|looked\s+at|opened)\s+$`, flags: 'i' },
  // The customer as the one who attached it: "the photo of the screen you attached".
  { source: String.raw`\byou(?:'ve|’ve|\s+have|\s+had)?\s+(?:just\s+|kindly\s+|already\s+)?$`, flags: 'i' },
  { source: String.raw`(?:收到|收悉)了?$`, flags: '' },
  { source: String.raw`\b(?:send|resend|upload|reply with|forward)\b(?:\s+\S+){0,5}\s+$`, flags: 'i' },
  { source: String.raw`(?:您|你|客户|客戶)(?:发|發|上传|上傳|提供|寄|附|传|傳)` + CLAUSE + String.raw`{0,8}$`, flags: '' },
  { source: String.raw`(?:您|你|客户|客戶)的$`, flags: '' },
  // The customer's own mail: "您邮件中附上的B超单".
  { source: String.raw`(?<![给給为為帮幫替向])(?:您|你)(?:的)?(?:上次|之前|早前|前次)?(?:的)?(?:邮件|郵件|来信|來信|电邮|電郵|上次|之前|早前)(?:中|里|裡|内|內)?$`, flags: '' },
  // The customer's reply or upload carries it: "也可以在回信時一併附上", "补充上传照片作为附件".
  // Also the reply to this very mail: "您可以直接回复这封邮件附上文件".
  { source: String.raw`(?:回信|回覆|回复|回郵|回邮|来信|來信)(?:(?:这|這|此|本)封?(?:邮件|郵件|电邮|電郵|信|email))?(?:時|时|的時候|的时候)?(?:并|並|一并|一併)?$|(?:上传|上傳|补充|補充)[^。！？；\n]{0,30}$`, flags: '' },
  // Something packed with the goods, not a file: "包装盒内随附的 control solution".
  { source: String.raw`(?:盒|箱|包装|包裝|包裹|袋|瓶)(?:内|內|里|裡|中)(?:的)?$`, flags: '' },
  // What someone posted, a clause on: "您在社團張貼了照片，並附上該員工的全名".
  { source: String.raw`(?:张贴|張貼|贴出|貼出|发帖|發帖|发文|發文)了?[^。！？.!?\n]{0,30}[，,]\s*(?:并|並|且|还|還)?$`, flags: '' },
  { source: String.raw`(?:不要|别|別|勿|切勿|无法|無法|不能|打不开|打不開|没有|沒有|未)` + CLAUSE + String.raw`{0,6}$`, flags: '' },
  // A request, also with words between: "麻烦您重新以 PDF 格式附上", "请您将截图附上".
  // 请 of a request, not of 申请 (an application form) or 邀请.
  // Not 请参阅 / 請見, which point the reader to the file: "詳細安排請參閱隨本通告附上的時間表".
  { source: String.raw`(?<![申邀聘])(?:请|請)(?!参阅|參閱|查阅|查閱|参考|參考|查看|见|見|阅读|閱讀|看附|看一下附)(?:您|你)?` + CLAUSE + String.raw`{0,20}$`, flags: '' },
  // 麻烦您 asks the reader for something however long the clause runs: "麻煩您回信時將她的成績單掃描後附上".
  { source: String.raw`(?:麻烦|麻煩|烦请|煩請|劳烦|勞煩)(?:您|你)?` + CLAUSE + String.raw`{0,40}$`, flags: '' },
  // What the customer may do, a clause on: "可以在 30 日內提交 appeal，並附上…", "欢迎来信，并附上日志".
  { source: String.raw`(?:欢迎|歡迎|可以|如需|若需|如要|(?:您|你)可)[^。！？；\n]{0,40}(?:并|並|同时|同時|以及|及)\s*$`, flags: '' },
  // What the customer then has to attach: "监护人如果不是父母，就要附上授权书".
  { source: String.raw`(?:就|则|則|便)(?:要|得|需要|須|须)\s*$`, flags: '' },
  // The customer as the one who attaches, not the one attached for ("给您附上发票").
  { source: String.raw`(?<![给給为為帮幫替向])(?:您|你)(?:可以|可|能|需要|须|須|务必|務必)?再?$`, flags: '' },
];

/**
 * Text just after a mention that shows it is about something else: "the photo you sent",
 * "attached to the box", "附上链接", or a file already received ("附件中的照片我们已经收到").
 */
export const NO_PROMISE_AFTER: readonly PatternSource[] = [
  { source: String.raw`^\s+(?:\S+\s+)?(?:that\s+|which\s+)?you\b`, flags: 'i' },
  { source: String.raw`^\s+to\b(?!\s+(?:this|the|my|our)\s+(?:e-?mail|mail|message|reply|letter))`, flags: 'i' },
  { source: String.raw`^\s+(?:in|inside|within)\s+(?:the|a|an|its|your)\s+(?:box|package|packaging|parcel|case|carton)\b`, flags: 'i' },
  { source: String.raw`^(?:链接|鏈接|連結|网址|網址|地址)`, flags: '' },
  // Text at the end of this very mail, not a file: "相關資料已附在信末", "操作步驟已附在信件下方", "清單附咗喺下面".
  { source: String.raw`^\s*(?:喺|在)?(?:末|尾|下方|下面|以下|后面|後面|底部|最后|最後)`, flags: '' },
  // The customer sends it back as an attachment: "以附件方式回覆本信".
  { source: String.raw`^(?:的)?(?:方式|形式)?(?:回覆|回复|回信|回传|回傳|传回|傳回|寄回|提交|上传|上傳|发送给我们|發送給我們|发给我们|發給我們|寄给我们|寄給我們)`, flags: '' },
  { source: String.raw`^` + CLAUSE + String.raw`{0,10}(?:(?:已经|已經|已|都)(?:收到|收悉|看过|看過|审核|審核|核实|核實|查看|查閱)|收到了)`, flags: '' },
];
