import type { Draft } from '../src/core/types.ts';
import { measure } from '../src/core/width.ts';
import {
  AGENT,
  AGENT_NAMES,
  COMPANIES,
  CUSTOMER,
  CUSTOMER_NAMES,
  LAPSES,
  MIXED_SENTENCES,
  PRODUCTS,
  SIGNATURE_EXTRAS,
  SUBJECTS,
  TOPICS,
  type BankLanguage,
  type PersonName,
  type Topic,
} from './sentences.ts';

/**
 * A deterministic corpus of support mails for the engine benchmark: the same seed gives the
 * same mails byte for byte on every machine, so figures from different runs compare.
 *
 * Each mail is the agent's reply (greeting, paragraphs, closing, signature) above the quoted
 * thread it answers, in the shapes the draft model has to recognise: Gmail's "On … wrote:"
 * with `>` lines, Outlook's "From:/发件人：" header blocks, and "在 … 写道：". Larger mails
 * are larger both ways, by more paragraphs and by a longer thread, so that the time per KB
 * at 100 KB says something about the agent's own text and not only about skipping quotes.
 */

export type MailLanguage = 'zh' | 'en' | 'mixed';

export interface SizeClass {
  label: string;
  /** Nominal size in UTF-8 bytes of subject and body; mails spread around it, most within ±25 %. */
  bytes: number;
}

export const SIZE_CLASSES = [
  { label: '1 KB', bytes: 1024 },
  { label: '2 KB', bytes: 2048 },
  { label: '10 KB', bytes: 10 * 1024 },
  { label: '100 KB', bytes: 100 * 1024 },
] as const satisfies readonly SizeClass[];

export interface CorpusMail {
  id: string;
  language: MailLanguage;
  sizeClass: SizeClass;
  /** UTF-8 bytes of subject and body: the unit of every throughput figure. */
  bytes: number;
  draft: Draft;
}

export interface CorpusOptions {
  seed?: number;
  /** Mails per size class, in the order of SIZE_CLASSES. */
  counts?: readonly number[];
}

export const DEFAULT_SEED = 20_250_301;
/** 1,200 mails, weighted towards the short ones most support replies are. */
export const DEFAULT_COUNTS: readonly number[] = [480, 360, 240, 120];

const SIZE_JITTER = 0.15;
const LANGUAGE_MIX: readonly MailLanguage[] = ['zh', 'zh', 'zh', 'zh', 'en', 'en', 'en', 'mixed', 'mixed', 'mixed'];

/** mulberry32: tiny, fast and good enough to pick sentences; Math.random is not seedable. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  between(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Like `pick`, but tries a few times to avoid what `taken` already holds. */
  pickFresh<T>(items: readonly T[], taken: readonly T[]): T {
    let item = this.pick(items);
    for (let attempt = 0; attempt < 4 && taken.includes(item); attempt += 1) item = this.pick(items);
    return item;
  }

  shuffle<T>(items: T[]): T[] {
    for (let index = items.length - 1; index > 0; index -= 1) {
      const other = Math.floor(this.next() * (index + 1));
      [items[index], items[other]] = [items[other]!, items[index]!];
    }
    return items;
  }
}

const encoder = new TextEncoder();

export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Everything that stays the same across one thread, in both languages. */
interface Thread {
  customer: Record<BankLanguage, PersonName>;
  agent: Record<BankLanguage, string>;
  company: Record<BankLanguage, string>;
  product: Record<BankLanguage, string>;
  date: Record<BankLanguage, string>;
  amount: Record<BankLanguage, string>;
  order: string;
  sku: string;
  tracking: string;
  days: string;
  domain: string;
  url: string;
  email: string;
  topic: Topic;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAYS_ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

function createThread(random: Random): Thread {
  const customerIndex = random.int(0, CUSTOMER_NAMES.en.length - 1);
  const productIndex = random.int(0, PRODUCTS.en.length - 1);
  const companyIndex = random.int(0, COMPANIES.en.length - 1);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const amount = `${random.int(39, 1899)}.${random.pick(['00', '50', '90', '99'])}`;
  const domain = random.pick(['northwind.example', 'bluepeak.example.com', 'lumen-audio.example.org']);
  const order = random.chance(0.5) ? `NW-2025-${random.int(10_000, 99_999)}` : `DD2025${String(month).padStart(2, '0')}${random.int(10_000_000, 99_999_999)}`;
  return {
    customer: { en: CUSTOMER_NAMES.en[customerIndex]!, zh: CUSTOMER_NAMES.zh[customerIndex]! },
    agent: { en: random.pick(AGENT_NAMES.en), zh: random.pick(AGENT_NAMES.zh) },
    company: { en: COMPANIES.en[companyIndex]!, zh: COMPANIES.zh[companyIndex]! },
    product: { en: PRODUCTS.en[productIndex]!, zh: PRODUCTS.zh[productIndex]! },
    date: { en: `${day} ${MONTHS[month - 1]}`, zh: `${month}月${day}日` },
    amount: { en: `£${amount}`, zh: `${amount} 元` },
    order,
    sku: `${random.pick(['AP', 'RV', 'EK', 'WH', 'SW', 'CG'])}-${random.int(1000, 9999)}-${random.pick(['BLK', 'WHT', 'GRY'])}`,
    tracking: `${random.pick(['SF', 'YT', 'JD'])}${random.int(100_000, 999_999)}${random.int(100_000, 999_999)}`,
    days: String(random.int(2, 10)),
    domain,
    url: `https://support.${domain}`,
    email: `${CUSTOMER_NAMES.en[customerIndex]!.first.toLowerCase()}.${random.int(10, 99)}@mail.example.com`,
    topic: random.pick(TOPICS),
  };
}

function fill(template: string, thread: Thread, language: BankLanguage): string {
  return template.replace(/\{(\w+)\}/g, (_placeholder, key: string) => {
    switch (key) {
      case 'customer':
        return thread.customer[language].polite;
      case 'first':
        return thread.customer[language].first;
      case 'agent':
      case 'company':
      case 'product':
      case 'date':
      case 'amount':
        return thread[key][language];
      case 'productEn':
        return thread.product.en;
      case 'order':
      case 'sku':
      case 'tracking':
      case 'days':
      case 'domain':
      case 'url':
      case 'email':
        return thread[key];
      default:
        throw new Error(`Unknown placeholder {${key}} in "${template}"`);
    }
  });
}

/** How one mail is written: the writer's habits, drawn once per mail. */
interface Style {
  language: MailLanguage;
  /** Hard-wrapped at about 33 width (the etiquette course's 30–35 characters) or one line per paragraph. */
  wrapWidth: number | undefined;
  /** Chance that a paragraph carries one of the slips the rules look for. */
  lapseRate: number;
  newline: '\n' | '\r\n';
  quoting: 'gmail' | 'outlook';
}

/** Lines plus a running byte count, so that growing a 100 KB body stays linear. */
class LineBuffer {
  readonly lines: string[] = [];
  bytes = 0;

  push(...lines: string[]): void {
    for (const line of lines) {
      this.lines.push(line);
      this.bytes += utf8Bytes(line) + 1;
    }
  }
}

/** Language of one paragraph: mixed mails alternate and code-switch. */
function paragraphLanguage(random: Random, language: MailLanguage): BankLanguage {
  if (language !== 'mixed') return language;
  return random.chance(0.6) ? 'zh' : 'en';
}

const CLOSING_PUNCTUATION = /^[，。！？：；、）》”’,.!?:;)]/;

/**
 * Breaks a paragraph into lines no wider than `width` (Han = 1, Latin = ½), at spaces in
 * English and between characters in Chinese, never before closing punctuation and never
 * inside a Latin word or URL.
 */
export function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const token of paragraph.match(/[\x21-\x7e]+|\s+|[^\s\x21-\x7e]/g) ?? []) {
    const tokenWidth = measure(token);
    const isSpace = /^\s/.test(token);
    if (line !== '' && lineWidth + tokenWidth > width && !isSpace && !CLOSING_PUNCTUATION.test(token)) {
      lines.push(line.trimEnd());
      line = '';
      lineWidth = 0;
    }
    if (line === '' && isSpace) continue;
    line += token;
    lineWidth += tokenWidth;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

function joinSentences(sentences: readonly string[], language: BankLanguage): string {
  return sentences.join(language === 'en' ? ' ' : '');
}

function layout(paragraph: string, style: Style): string[] {
  return style.wrapWidth === undefined ? [paragraph] : wrapParagraph(paragraph, style.wrapWidth);
}

function agentParagraph(random: Random, thread: Thread, style: Style): string {
  const language = paragraphLanguage(random, style.language);
  const bank = AGENT[language];
  const templates: string[] = [];
  const count = random.int(2, 5);
  for (let index = 0; index < count; index += 1) {
    const roll = random.next();
    let pool: readonly string[];
    if (style.language === 'mixed' && roll < 0.2) pool = MIXED_SENTENCES;
    else if (roll < 0.6) pool = bank.topics[random.chance(0.8) ? thread.topic : random.pick(TOPICS)];
    else if (roll < 0.7) pool = bank.apologies;
    else if (roll < 0.8) pool = bank.requests;
    else if (roll < 0.9) pool = bank.links;
    else pool = bank.attachments;
    templates.push(random.pickFresh(pool, templates));
  }
  const sentences = templates.map((template) => fill(template, thread, language));
  if (random.chance(style.lapseRate)) {
    const lapse = random.pick(LAPSES);
    sentences.splice(random.int(0, sentences.length), 0, fill(random.pick(bank.lapses[lapse]), thread, language));
  }
  return joinSentences(sentences, language);
}

function signatureLines(random: Random, thread: Thread, language: BankLanguage): string[] {
  const lines = [language === 'zh' ? `${thread.agent.zh}` : thread.agent.en, thread.company[language]];
  const extras = random.shuffle([...SIGNATURE_EXTRAS[language]]);
  // Between two and eight lines: the etiquette course asks for four or five.
  const extraCount = random.int(0, 6);
  for (const extra of extras.slice(0, extraCount)) lines.push(extra.replace('{domain}', thread.domain));
  return lines;
}

/** The agent's reply: greeting, paragraphs up to `budget` bytes, closing, sign-off, signature. */
function writeReply(random: Random, thread: Thread, style: Style, budget: number): LineBuffer {
  const reply = new LineBuffer();
  const opening: BankLanguage = style.language === 'en' ? 'en' : 'zh';
  const bank = AGENT[opening];
  const closing = new LineBuffer();
  closing.push(...layout(fill(random.pick(bank.closings), thread, opening), style), '');
  if (random.chance(0.85)) closing.push(...random.pick(bank.signOffs).split('\n'));
  if (random.chance(0.8)) {
    if (random.chance(0.6)) closing.push('-- ');
    closing.push(...signatureLines(random, thread, opening));
  }
  reply.push(fill(random.pick(bank.greetings), thread, opening), '');
  const first = [fill(random.pick(bank.openings), thread, opening), fill(random.pick(bank.apologies), thread, opening)];
  reply.push(...layout(joinSentences(first, opening), style), '');
  do {
    reply.push(...layout(agentParagraph(random, thread, style), style), '');
  } while (reply.bytes + closing.bytes < budget);
  reply.push(...closing.lines);
  return reply;
}

function customerMessage(random: Random, thread: Thread, language: BankLanguage, budget: number): string[] {
  const bank = CUSTOMER[language];
  const lines = [random.pick(bank.greetings), ''];
  let bytes = 0;
  while (bytes < budget) {
    const templates: string[] = [];
    for (let count = random.int(2, 4); count > 0; count -= 1) {
      const roll = random.next();
      templates.push(random.pickFresh(roll < 0.5 ? bank.facts : roll < 0.8 ? bank.complaints : bank.angry, templates));
    }
    const paragraph = joinSentences(templates.map((template) => fill(template, thread, language)), language);
    lines.push(paragraph, '');
    bytes += utf8Bytes(paragraph) + 2;
  }
  lines.push(random.pick(bank.signOffs), thread.customer[language].full);
  return lines;
}

/** An earlier reply from the support team, as it sits in the thread. */
function earlierReply(random: Random, thread: Thread, style: Style, budget: number): string[] {
  const plain: Style = { ...style, lapseRate: 0.1 };
  return writeReply(random, thread, plain, budget).lines;
}

/** A date in 2025 as Gmail ("at") or Outlook writes it, with the right weekday. */
function formatDate(random: Random, language: BankLanguage, client: Style['quoting']): string {
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const hour = random.int(8, 20);
  const minute = String(random.int(0, 59)).padStart(2, '0');
  // getUTCDay counts from Sunday; the tables start on Monday.
  const weekday = (new Date(Date.UTC(2025, month - 1, day)).getUTCDay() + 6) % 7;
  if (language === 'zh') return `2025年${month}月${day}日${WEEKDAYS_ZH[weekday]} ${hour}:${minute}`;
  const clock = `${hour > 12 ? hour - 12 : hour}:${minute} ${hour >= 12 ? 'PM' : 'AM'}`;
  return `${WEEKDAYS_EN[weekday]}, ${MONTHS[month - 1]} ${day}, 2025${client === 'gmail' ? ' at' : ''} ${clock}`;
}

/** The header a mail client writes above a quoted message, one line per array item. */
interface Sender {
  name: string;
  address: string;
}

function quoteHeader(random: Random, style: Style, language: BankLanguage, from: Sender, to: Sender, subject: string): string[] {
  const date = formatDate(random, language, style.quoting);
  if (style.quoting === 'outlook') {
    const separator = random.chance(0.5) ? ['________________________________'] : language === 'en' ? ['-----Original Message-----'] : [];
    return language === 'en'
      ? [...separator, `From: ${from.name} <${from.address}>`, `Sent: ${date}`, `To: ${to.name} <${to.address}>`, `Subject: RE: ${subject}`, '']
      : [...separator, `发件人：${from.name} <${from.address}>`, `发送时间：${date}`, `收件人：${to.name} <${to.address}>`, `主题：回复：${subject}`, ''];
  }
  if (language === 'en') {
    const attribution = `On ${date} ${from.name} <${from.address}>`;
    // Gmail breaks long attributions before "wrote:".
    return random.chance(0.3) ? [attribution, 'wrote:'] : [`${attribution} wrote:`];
  }
  return random.chance(0.5) ? [`在 ${date}，${from.name} <${from.address}> 写道：`] : [`${from.name} <${from.address}> 于${date}写道：`];
}

/**
 * The quoted thread under the reply, newest message first, until it holds `budget` bytes.
 * Gmail nests each older message one `>` deeper; Outlook stacks header blocks without prefixes.
 */
function writeHistory(random: Random, thread: Thread, style: Style, subject: string, budget: number): LineBuffer {
  const history = new LineBuffer();
  // A message's header, greeting and sign-off come on top of its budget.
  const overhead = 150;
  for (let depth = 1; budget - history.bytes > overhead; depth += 1) {
    const fromCustomer = depth % 2 === 1;
    const language = paragraphLanguage(random, style.language);
    const messageBudget = Math.min(budget - history.bytes, random.int(600, 4000)) - overhead;
    const customer: Sender = { name: thread.customer[language].full, address: thread.email };
    const support: Sender = { name: `${thread.company[language]} ${language === 'en' ? 'Support' : '客服'}`, address: `support@${thread.domain}` };
    const [from, to] = fromCustomer ? [customer, support] : [support, customer];
    const body = fromCustomer ? customerMessage(random, thread, language, messageBudget) : earlierReply(random, thread, style, messageBudget);
    const header = quoteHeader(random, style, language, from, to, subject);
    if (style.quoting === 'outlook') {
      history.push('', ...header, ...body);
    } else {
      // Mail clients stop indenting visibly after a few levels; the marks still pile up.
      const prefix = '>'.repeat(Math.min(depth, 8));
      const outer = '>'.repeat(Math.min(depth - 1, 8));
      history.push('', ...header.map((line) => (outer === '' ? line : `${outer} ${line}`)));
      history.push(...body.map((line) => (line === '' ? prefix : `${prefix} ${line}`)));
    }
  }
  return history;
}

function writeSubject(random: Random, thread: Thread, language: MailLanguage, isReply: boolean): { subject: string; base: string } {
  if (random.chance(0.03)) return { subject: '', base: '' };
  const bankLanguage: BankLanguage = language === 'en' ? 'en' : 'zh';
  const base = fill(random.pick(SUBJECTS[bankLanguage]), thread, bankLanguage);
  if (!isReply) return { subject: base, base };
  const prefix = bankLanguage === 'en' ? random.pick(['Re: ', 'RE: ', 'Re: Re: ', 'Fwd: ']) : random.pick(['回复：', 'Re: ', '答复: ', '回复：回复：']);
  return { subject: prefix + base, base };
}

/**
 * One mail of about `bytes` UTF-8 bytes; the same random state gives the same mail. A `fresh` mail
 * is all the agent's own text (greeting, paragraphs, closing, signature), with no quoted thread.
 */
export function generateMail(random: Random, language: MailLanguage, bytes: number, { fresh = false } = {}): Draft {
  const thread = createThread(random);
  const style: Style = {
    language,
    wrapWidth: random.chance(0.5) ? random.int(30, 35) : undefined,
    lapseRate: random.pick([0.05, 0.15, 0.3, 0.5]),
    newline: random.chance(0.1) ? '\r\n' : '\n',
    quoting: random.chance(0.55) ? 'gmail' : 'outlook',
  };
  // Short mails are sometimes fresh messages; longer ones are long because of a thread.
  const isReply = !fresh && (bytes > 4096 || random.chance(0.75));
  const ownShare = isReply ? random.between(0.3, 0.7) : 1;
  const { subject, base } = writeSubject(random, thread, language, isReply);
  const reply = writeReply(random, thread, style, bytes * ownShare);
  const lines = [...reply.lines];
  const subjectBytes = utf8Bytes(subject);
  if (isReply) {
    const history = writeHistory(random, thread, style, base || subject, bytes - reply.bytes - subjectBytes);
    lines.push(...history.lines);
  }
  const mentionsAttachment = reply.lines.some((line) => /attach|附件/i.test(line));
  return {
    subject,
    body: lines.join(style.newline),
    // One mail in four that mentions an attachment forgot to attach it.
    attachmentCount: mentionsAttachment && random.chance(0.75) ? random.int(1, 2) : 0,
  };
}

/** The benchmark corpus: 1,200 mails by default, shuffled so sizes and languages interleave. */
export function buildCorpus({ seed = DEFAULT_SEED, counts = DEFAULT_COUNTS }: CorpusOptions = {}): CorpusMail[] {
  const random = new Random(seed);
  const plan: { sizeClass: SizeClass; language: MailLanguage; serial: number }[] = [];
  SIZE_CLASSES.forEach((sizeClass, classIndex) => {
    const count = counts[classIndex] ?? 0;
    for (let serial = 0; serial < count; serial += 1) {
      plan.push({ sizeClass, language: LANGUAGE_MIX[serial % LANGUAGE_MIX.length]!, serial });
    }
  });
  random.shuffle(plan);
  return plan.map(({ sizeClass, language, serial }) => {
    const target = Math.round(sizeClass.bytes * random.between(1 - SIZE_JITTER, 1 + SIZE_JITTER));
    const draft = generateMail(random, language, target);
    return {
      id: `${language}-${sizeClass.label.replace(' ', '').toLowerCase()}-${String(serial).padStart(4, '0')}`,
      language,
      sizeClass,
      bytes: utf8Bytes(draft.subject) + utf8Bytes(draft.body),
      draft,
    };
  });
}

/** The corpus mails of one nominal size ("1 KB" … "100 KB"). */
export function mailsOfSize(corpus: readonly CorpusMail[], label: SizeClass['label']): CorpusMail[] {
  return corpus.filter((mail) => mail.sizeClass.label === label);
}
