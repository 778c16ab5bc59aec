import type { Severity } from '../../core/types.ts';
import type { MailOutcome, MailSummary, ReportedFinding } from './analyze.ts';

/**
 * Folds mail summaries into the team report as they arrive, keeping counts and a bounded
 * number of examples: memory grows with the number of rules, senders and weeks, never with the
 * number of mails. Examples are the earliest mails in archive order, so the report is the same
 * whatever order the worker threads finish in.
 */

export interface Example {
  location: string;
  sender?: string;
  sentAt?: string;
  ruleId: string;
  severity: Severity;
  field: ReportedFinding['field'];
  line: number;
  column: number;
  message: string;
  excerpt: string;
}

interface Ranked<T> {
  order: number;
  value: T;
}

/** The `limit` items with the lowest order seen so far. */
class Earliest<T> {
  readonly items: Ranked<T>[] = [];
  constructor(private readonly limit: number) {}
  offer(order: number, make: () => T): void {
    if (this.items.length >= this.limit && order >= this.items[this.items.length - 1]!.order) return;
    this.items.push({ order, value: make() });
    this.items.sort((a, b) => a.order - b.order);
    if (this.items.length > this.limit) this.items.pop();
  }
  values(): T[] {
    return this.items.map((item) => item.value);
  }
}

interface Bucket {
  mails: number;
  findings: number;
  examples: Earliest<Example>;
}

export interface BucketReport {
  key: string;
  mails: number;
  findings: number;
  examples: Example[];
}

export interface WorstLine extends Example {
  /** Severity points of all findings on the line: error 3, warning 2, info 1. */
  weight: number;
  rules: string[];
}

export interface ToneBin {
  from: number;
  to: number;
  zh: number;
  en: number;
  examples: Example[];
}

export interface TeamReport {
  paths: string[];
  mails: number;
  mailsWithFindings: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  /** Messages that could not be read, each with where it is and why; the run went on past them. */
  malformed: { count: number; listed: { location: string; reason: string }[] };
  rules: BucketReport[];
  senders: BucketReport[];
  weeks: BucketReport[];
  tone: ToneBin[];
  worstLines: WorstLine[];
}

const EXAMPLES_PER_BUCKET = 3;
const WORST_LINES = 20;
const MALFORMED_LISTED = 200;
const TONE_BINS = 10;
const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const UNKNOWN = '(unknown)';

/** The Monday (UTC) of the week a date falls in, as YYYY-MM-DD. */
export function weekOf(isoDate: string): string {
  const date = new Date(isoDate);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - sinceMonday)).toISOString().slice(0, 10);
}

function exampleOf(summary: MailSummary, finding: ReportedFinding): Example {
  return {
    location: summary.location,
    ...(summary.sender === undefined ? {} : { sender: summary.sender }),
    ...(summary.sentAt === undefined ? {} : { sentAt: summary.sentAt }),
    ruleId: finding.ruleId,
    severity: finding.severity,
    field: finding.field,
    line: finding.line,
    column: finding.column,
    message: finding.message,
    excerpt: finding.excerpt,
  };
}

/** The finding that best shows a mail: the most severe, the first among equals. */
function headline(findings: readonly ReportedFinding[]): ReportedFinding | undefined {
  let best: ReportedFinding | undefined;
  for (const finding of findings) if (!best || SEVERITY_WEIGHT[finding.severity] > SEVERITY_WEIGHT[best.severity]) best = finding;
  return best;
}

export class ReportBuilder {
  private mails = 0;
  private mailsWithFindings = 0;
  private findings = 0;
  private readonly bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  private malformedCount = 0;
  private readonly malformed = new Earliest<{ location: string; reason: string }>(MALFORMED_LISTED);
  private readonly rules = new Map<string, Bucket>();
  private readonly senders = new Map<string, Bucket>();
  private readonly weeks = new Map<string, Bucket>();
  private readonly tone = Array.from({ length: TONE_BINS }, () => ({ zh: 0, en: 0, examples: new Earliest<Example>(EXAMPLES_PER_BUCKET) }));
  private readonly worst: Ranked<WorstLine>[] = [];

  constructor(private readonly paths: readonly string[]) {}

  add(outcome: MailOutcome): void {
    if ('problem' in outcome) {
      this.malformedCount += 1;
      const { location, reason } = outcome.problem;
      this.malformed.offer(outcome.problem.sequence, () => ({ location, reason }));
      return;
    }
    const summary = outcome.summary;
    this.mails += 1;
    this.findings += summary.findings.length;
    if (summary.findings.length > 0) this.mailsWithFindings += 1;
    for (const finding of summary.findings) this.bySeverity[finding.severity] += 1;

    const mailHeadline = headline(summary.findings);
    const count = (buckets: Map<string, Bucket>, key: string, findings: readonly ReportedFinding[], example: ReportedFinding | undefined) => {
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = { mails: 0, findings: 0, examples: new Earliest(EXAMPLES_PER_BUCKET) }));
      bucket.mails += 1;
      bucket.findings += findings.length;
      if (example) bucket.examples.offer(summary.sequence, () => exampleOf(summary, example));
    };
    count(this.senders, summary.sender ?? UNKNOWN, summary.findings, mailHeadline);
    count(this.weeks, summary.sentAt === undefined ? UNKNOWN : weekOf(summary.sentAt), summary.findings, mailHeadline);
    const byRule = new Map<string, ReportedFinding[]>();
    for (const finding of summary.findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    for (const [ruleId, findings] of byRule) count(this.rules, ruleId, findings, findings[0]);

    const bin = this.tone[Math.min(TONE_BINS - 1, Math.floor(summary.tone * TONE_BINS))]!;
    bin[summary.language] += 1;
    if (mailHeadline) bin.examples.offer(summary.sequence, () => exampleOf(summary, mailHeadline));

    this.offerWorstLines(summary);
  }

  private offerWorstLines(summary: MailSummary): void {
    const lines = new Map<string, ReportedFinding[]>();
    for (const finding of summary.findings) {
      const key = `${finding.field}:${finding.line}`;
      lines.set(key, [...(lines.get(key) ?? []), finding]);
    }
    for (const findings of lines.values()) {
      const weight = findings.reduce((sum, finding) => sum + SEVERITY_WEIGHT[finding.severity], 0);
      const last = this.worst[this.worst.length - 1];
      if (this.worst.length >= WORST_LINES && last && (weight < last.value.weight || (weight === last.value.weight && summary.sequence >= last.order))) continue;
      const first = headline(findings)!;
      this.worst.push({ order: summary.sequence, value: { ...exampleOf(summary, first), weight, rules: [...new Set(findings.map((finding) => finding.ruleId))] } });
      this.worst.sort((a, b) => b.value.weight - a.value.weight || a.order - b.order);
      if (this.worst.length > WORST_LINES) this.worst.pop();
    }
  }

  report(): TeamReport {
    const buckets = (map: Map<string, Bucket>, order: (a: BucketReport, b: BucketReport) => number) =>
      [...map]
        .map(([key, bucket]) => ({ key, mails: bucket.mails, findings: bucket.findings, examples: bucket.examples.values() }))
        .sort(order);
    const byFindings = (a: BucketReport, b: BucketReport) => b.findings - a.findings || (a.key < b.key ? -1 : 1);
    return {
      paths: [...this.paths],
      mails: this.mails,
      mailsWithFindings: this.mailsWithFindings,
      findings: this.findings,
      bySeverity: { ...this.bySeverity },
      malformed: { count: this.malformedCount, listed: this.malformed.values() },
      rules: buckets(this.rules, byFindings),
      senders: buckets(this.senders, byFindings),
      // In date order, mail without a readable date last.
      weeks: buckets(this.weeks, (a, b) => Number(a.key === UNKNOWN) - Number(b.key === UNKNOWN) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
      tone: this.tone.map((bin, index) => ({ from: index / TONE_BINS, to: (index + 1) / TONE_BINS, zh: bin.zh, en: bin.en, examples: bin.examples.values() })),
      worstLines: this.worst.map((item) => item.value),
    };
  }
}
