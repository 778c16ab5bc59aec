/**
 * Stance cues for the learned tone model's features (model-features.ts). The replies the n-grams
 * miss are hostile by what they do to the reader rather than by their words: blame ("you didn't
 * read", "你自己没看清楚"), threats ("or we will close your account", "否则后果自负"), rhetorical
 * questions at the reader, condescension. What these share is a second-person pronoun near a few
 * closed-class words (negation, "already", "if", "should", "clearly"), words that are neutral on
 * their own and that the n-grams see only next to each other. The kinds below name those closed
 * classes, in English and in folded Chinese; they are grammar, not lists of hostile phrases: the
 * model learns what each pairing is worth from the training replies.
 */

export const Stance = {
  /** you, your, 你, 您, 你们: the reader. */
  SecondPerson: 0,
  /** I, me, 我: the writer as a person ("as I told you"). */
  FirstPerson: 1,
  /** we, our, 我们: the company, the actor of threats and refusals ("not our problem"). */
  FirstPersonPlural: 2,
  /** not, never, n't, 不, 没, 别. */
  Negation: 3,
  /** already, again, still, always, 已经, 又, 一直: repetition and insistence. */
  Repetition: 4,
  /** if, unless, otherwise, 如果, 否则, 不然, 再: a condition. */
  Condition: 5,
  /** will, going, 就, 将, 会, 后果: a consequence. */
  Consequence: 6,
  /** should, must, need, 应该, 必须: obligation. */
  Obligation: 7,
  /** clearly, obviously, just, even, 明明, 根本, 难道: evidentials and intensifiers. */
  Emphasis: 8,
  /** A question mark, or 吗, 呢: a question. */
  Question: 9,
} as const;

export type StanceKind = (typeof Stance)[keyof typeof Stance];
export const STANCE_KINDS = Object.keys(Stance).length;

const LATIN_KINDS = new Map<string, StanceKind>();
const HAN_KINDS = new Map<string, StanceKind>();
function addKind(target: Map<string, StanceKind>, value: StanceKind, words: string): void {
  for (const word of words.split(' ')) target.set(word, value);
}
addKind(LATIN_KINDS, Stance.SecondPerson, "you your yours yourself yourselves you're you've you'd you'll u ur y'all");
addKind(LATIN_KINDS, Stance.FirstPerson, "i me my mine myself i'm i've i'd i'll");
addKind(LATIN_KINDS, Stance.FirstPersonPlural, "we us our ours ourselves we're we've we'd we'll");
addKind(LATIN_KINDS, Stance.Negation, 'not no never nothing nobody none neither nor cannot');
addKind(LATIN_KINDS, Stance.Repetition, 'already again still always yet ever once twice repeatedly keep keeps kept');
addKind(LATIN_KINDS, Stance.Condition, 'if unless otherwise or else until');
addKind(LATIN_KINDS, Stance.Consequence, "will won't going gonna consequences");
addKind(LATIN_KINDS, Stance.Obligation, 'should must need needs needed supposed ought required');
addKind(LATIN_KINDS, Stance.Emphasis, 'clearly obviously simply just really actually literally even seriously honestly basically surely apparently');
addKind(HAN_KINDS, Stance.FirstPerson, '我 我的 我自己');
addKind(HAN_KINDS, Stance.FirstPersonPlural, '我们 我们的 咱们 本公司 我司 我哋');
addKind(HAN_KINDS, Stance.Negation, '无 非 莫 甭 冇');
addKind(HAN_KINDS, Stance.Repetition, '已经 已 又 还 还是 总是 一直 每次 早就 早已 再三 多次 反复 老是');
addKind(HAN_KINDS, Stance.Condition, '如果 要是 假如 若 否则 不然 除非 再 万一');
addKind(HAN_KINDS, Stance.Consequence, '就 将 会 后果 那就');
addKind(HAN_KINDS, Stance.Obligation, '应该 应当 必须 得 需要 务必 该');
addKind(HAN_KINDS, Stance.Emphasis, '明明 根本 显然 到底 究竟 简直 真的 难道 居然 竟然 明显 就是 自己');
addKind(HAN_KINDS, Stance.Question, '吗 呢');

const HAN = /\p{Script=Han}/u;
/** Chinese negation is a prefix as often as a word: 不会, 不管, 没用, 别再 are single segments (唔, 冇: Cantonese). */
const HAN_NEGATION_PREFIX = /^[不没别未唔冇]/u;
/** 你, 您, 妳 start the reader's pronouns (你们, 您的, 妳们) but also the greetings 你好, 您好. */
const HAN_SECOND_PERSON = /^[你您妳](?!好)/u;

/** The stance kind of one folded word, if it has one. */
export function stanceKindOf(word: string): StanceKind | undefined {
  if (!HAN.test(word)) return LATIN_KINDS.get(word) ?? (word.endsWith("n't") ? Stance.Negation : undefined);
  if (HAN_SECOND_PERSON.test(word)) return Stance.SecondPerson;
  return HAN_KINDS.get(word) ?? (HAN_NEGATION_PREFIX.test(word) ? Stance.Negation : undefined);
}
