/**
 * The sign-offs the draft model knows a closing line by ("Best regards,", "此致 敬礼", "感谢您的支持！"),
 * as regular-expression sources, each matched as the whole line (ignoring case). Rule data: the
 * content script loads it at run time (src/extension/rule-data.ts).
 */
export const SIGN_OFF_WORDINGS: readonly string[] = [
  '(?:best|kind|warm|warmest|with kind|with best|kindest)\\s+regards',
  'regards',
  'best(?:\\s+wishes)?',
  'warm(?:est)?\\s+wishes',
  'many thanks',
  'thanks(?:\\s+again)?',
  'thx',
  '(?:talk|speak|chat)\\s+(?:to\\s+you\\s+)?soon',
  'thank you(?:\\s+again)?',
  // Thanks for something of the reader's, on a line of their own: "Thank you for your patience,".
  '(?:thanks|thank\\s+you)(?:\\s+(?:so\\s+much|again))?\\s+for\\s+(?:your|the)\\s+[a-z]+(?:\\s+[a-z]+){0,2}',
  // A wish for the rest of the day: "Have a great day,", "Y'all have a blessed evening,".
  "(?:y'all\\s+)?have\\s+an?\\s+(?:[a-z]+\\s+){0,2}(?:day|evening|weekend|week|night|one|afternoon|morning)",
  'thanks\\s*(?:and|&)\\s*(?:best\\s+|kind\\s+)?regards',
  'cheers',
  '(?:yours\\s+)?sincerely(?:\\s+yours)?',
  'yours(?:\\s+(?:truly|faithfully))?',
  'respectfully',
  'all the best',
  'take care',
  // Māori, as New Zealand agents sign: "Ngā mihi", "Ngā mihi nui".
  'ng[aā]\\s+mihi(?:\\s+nui)?',
  '此致(?:[\\s，,]*(?:敬礼|敬禮))?',
  '敬礼',
  '敬禮',
  '敬祝(?:[\\s，,]*(?:商祺|安康|顺利|順利|愉快))?',
  // A wish of a few characters: "祝 早日康復", "謹祝 旅途愉快", "祝学习愉快" (not "祝贺您").
  '(?:敬祝|谨祝|謹祝|顺祝|順祝|顺颂|順頌|祝(?![贺賀]))(?:您|你|妳|大家)?[\\s，,]*[\\u4e00-\\u9fff]{2,8}',
  '商祺',
  '敬上',
  '谨上',
  '謹上',
  '祝好',
  '祝商祺',
  '顺祝商祺',
  '順祝商祺',
  '顺颂商祺',
  '順頌商祺',
  '顺颂时祺',
  '祝工作顺利',
  '祝您生活愉快',
  '祝您愉快',
  // Thanks on a line of its own: "谢谢", "感谢您的支持！", "再次感謝您的耐心等候".
  '(?:非常|十分|再次|衷心)?(?:感谢|感謝|谢谢|謝謝|多谢|多謝)(?:您|你|妳)?(?:们|們)?(?:的)?(?:支持|理解|配合|耐心|耐心等待|耐心等候|关注|關注|信任|来信|來信|惠顾|惠顧|谅解|諒解|合作|反馈|反饋)?',
  // Thanks for two things of the reader's: "謝謝您的警覺與配合", "感谢您的理解和支持".
  '(?:非常|十分|再次|衷心)?(?:感谢|感謝|谢谢|謝謝|多谢|多謝)(?:您|你|妳)(?:们|們)?的[\\u4e00-\\u9fff]{1,4}(?:与|與|和|及)[\\u4e00-\\u9fff]{1,4}',
];
