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
