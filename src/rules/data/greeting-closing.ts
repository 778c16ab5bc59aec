import type { PatternSource } from '../../core/text.ts';

/**
 * What closes a mail, as regular-expression sources: thanks, wishes and sign-offs in English (matched
 * ignoring case, with Unicode classes) and in Chinese. Rule data: the content script loads it at
 * run time (src/extension/rule-data.ts).
 */
export const ENGLISH_CLOSING_SOURCE = String.raw`\b(?:thank(?:s|\s+you)|thx|thnx|tks|regards|cheers|sincerely|warmly|best\s+wishes|all\s+the\s+best|take\s+care|have\s+an?\s+(?:nice|good|great|lovely|safe|pleasant|wonderful)\s+(?:day|weekend|evening|week|trip|flight|journey|stay|holiday|vacation|time)|enjoy\s+(?:your|the)\s+(?:rest\s+of\s+(?:your|the)\s+)?(?:day|weekend|evening|week|trip|flight|journey|stay|holiday|vacation)|look(?:ing)?\s+forward|hope\s+(?:this|that)\s+helps|feel\s+free\s+to|let\s+(?:me|us)\s+know\s+if|don'?t\s+hesitate|see\s+you\b|(?:talk|speak)\s+(?:to\s+you\s+)?soon|have\s+(?:fun|a\s+blast|a\s+ball)|ng[aā]\s+mihi|diolch|fa'?afetai|vinaka|asante|shukriya|dhanyavaa?d|mahalo|merci|gracias|danke|obrigad[oa]|^\s*enjoy\b|(?:good|best\s+of)\s+luck|stay\s+safe|happy\s+\p{L}+ing)\b`;
export const CHINESE_CLOSING_SOURCE = String.raw`谢谢|謝謝|感谢|感謝|多谢|多謝|(?<![庆慶])祝|此致|敬礼|敬禮|敬上|谨上|謹上|期待(?:您的)?(?:回复|回覆|回信)|随时(?:联系|联络)|隨時(?:聯繫|聯絡)|如有(?:任何)?(?:问题|疑问|疑問|問題|需要)|顺颂|順頌|商祺|麻烦您了|麻煩您了|敬请谅解|敬請諒解|敬请见谅|敬請見諒|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天][见見]|(?:明天|后天|後天|下周|下週|改天)[见見]|继续加油|繼續加油|欢迎加入|歡迎加入|再次恭喜|再次祝贺|再次祝賀|期待[^。！？!?\n]{0,10}(?:相见|相見|见面|見面)|比心|期待(?:与|與|和)?您|期待(?:再次|下次|下回)?(?:为|為)您(?:服务|服務)|期待(?:您|閣下|阁下)?(?:再次|下次)?(?:光临|光臨|到访|到訪)|拜拜|掰掰|再见|再見|回头见|回頭見|下次见|下次見|唔該|唔该|谢啦|謝啦|谢了|謝了|辛苦了|辛苦晒|特此(?:回复|回覆|通知|函告|说明|說明|告知)|深表歉意|深感抱歉|(?:周末|週末|假期|生活|工作|购物|購物|旅途|旅程|节日|節日|用餐)愉快|(?:^\s*|[，、。！？～~]\s*)3[qQ](?![A-Za-z0-9])`;

/**
 * What opens a mail: greetings and salutations in English and in Chinese, as regular-expression
 * sources with their flags, each matched against the first line of the agent's text.
 */
export const GREETINGS: readonly PatternSource[] = [
  /** "Hi Anna,", "Good morning", "Dear Mr. Chen", "To whom it may concern", and the hellos of the languages agents greet in: "Kia ora", "Talofa", "Bula", "Jambo". */
  { source: String.raw`^\s*(?:hi|hello|hey|hiya|howdy|dear|greetings|good\s+(?:morning|afternoon|evening|day)|to whom it may concern|kia\s+ora|g'?day|aloha|bore\s+da|prynhawn\s+da|shwmae|talofa|malo\s+e\s+lelei|bula|namaste|salaam|as-?salaam?u\s+alaikum|jambo|habari|mabuhay|sawubona|hola|bonjour|ciao|hallo)\b`, flags: 'i' },
  /**
   * A salutation on its own: "Anna,", "Ms. Okafor:", names listed as a Chinese letter does ("Jason、Michelle：");
   * a bare word with a colon is a heading ("Update:").
   */
  { source: String.raw`^\s*(?:(?:[Mm](?:rs?|s|iss)|[Dd]r|[Pp]rof)\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)?\s*[,:，：]|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*[,，]|\p{Lu}[\p{Script=Latin}'’.-]*(?:\s*[、和及]\s*\p{Lu}[\p{Script=Latin}'’.-]*)+\s*[,:，：])\s*$`, flags: 'u' },
  /** 亲 on its own is the online shops' hello: "亲～", "亲，您好". */
  { source: String.raw`^\s*(?:尊敬的|亲爱的|親愛的|敬爱的|敬愛的|各位|大家好|早上好|上午好|中午好|下午好|晚上好|早安|午安|早晨|嗨|哈[喽囉啰罗]|[亲親](?:[~～,，!！\s]|$))`, flags: '' },
  /** "您好", also after a name: "王先生，您好", "Mr. Huang 您好", "张先生、刘小姐，二位好" — but not "祝您好运". */
  { source: String.raw`^\s*(?:[^\s。！？!?，,：:；;](?:[^。！？!?，,：:；;\n]{0,18}[^\s。！？!?，,：:；;])?[\s，,：:]*)?(?:(?:您|你|妳)(?:们|們)?|(?:二|两|兩|三|四|几|幾|诸|諸)位)好(?![运運像])`, flags: '' },
  /** A title or a kin word with 好: "张妈妈好呀～", "王老师好", "各位家长好". */
  { source: String.raw`^\s*\S{0,10}?(?:先生|女士|小姐|老师|老師|妈妈|媽媽|爸爸|家长|家長|同学|同學|经理|經理|老板|老闆|朋友|会员|會員|用户|用戶|玩家|客户|客戶)(?:们|們)?好`, flags: '' },
  /** A salutation on its own: "王先生：", "李女士，", "张伟：", "黄秀兰同志：", "陈教授，". */
  { source: String.raw`^\s*(?:[^\n：:，,]{0,16}?(?:先生|女士|小姐|老师|老師|经理|經理|总|總|同学|同學|客户|客戶|朋友|用户|用戶|会员|會員|住户|住戶|业主|業主|租户|租戶|居民|家长|家長|车主|車主|学员|學員|玩家|同志|师傅|師傅|阿姨|叔叔|教授|医生|醫生|律师|律師|主任|校长|校長|院长|院長)(?:们|們)?|\p{Script=Han}{2,4})\s*[：:，,]\s*$`, flags: 'u' },
];
