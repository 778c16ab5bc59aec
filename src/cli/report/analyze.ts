import { analyzeDraft } from '../../core/draft.ts';
import { createLinter } from '../../core/engine.ts';
import { localize, type DisplayLocale } from '../../core/localize.ts';
import type { Field, Finding, Severity } from '../../core/types.ts';
import { builtinRules } from '../../rules/index.ts';
import type { EffectiveSettings } from '../../settings/effective.ts';
import { analyzeTone, compileToneDetector } from '../../tone/score.ts';
import type { ArchiveMessage } from '../archive.ts';
import { excerptLine, maskConfidential } from '../excerpt.ts';
import { looksLikeMail, parseMailFile, parseTextFile, readText, type LintInput } from '../input.ts';

/**
 * What the team report keeps of one mail: small and plain, so it crosses from a worker thread
 * cheaply and the report never holds the mail itself.
 */

export interface ReportedFinding {
  ruleId: string;
  severity: Severity;
  field: Field;
  line: number;
  column: number;
  message: string;
  /** The line the finding is on, confidential values masked. */
  excerpt: string;
}

export interface MailSummary {
  /** Order of the mail in the archive; it decides which examples are shown, whatever the threads' timing. */
  sequence: number;
  location: string;
  sender?: string;
  sentAt?: string;
  language: 'zh' | 'en';
  /** Anger score of the agent's own text, 0–1. */
  tone: number;
  findings: ReportedFinding[];
}

export type MailOutcome = { summary: MailSummary } | { problem: { sequence: number; location: string; reason: string } };

const HAN = /\p{Script=Han}/gu;
const LETTER = /\p{L}/gu;

/** Chinese when at least a fifth of the letters are Han characters, the share a Chinese reply with English product names keeps. */
function languageOf(text: string): 'zh' | 'en' {
  const sample = text.slice(0, 2000);
  const han = sample.match(HAN)?.length ?? 0;
  const letters = sample.match(LETTER)?.length ?? 0;
  return letters > 0 && han * 5 >= letters ? 'zh' : 'en';
}

const HEAD_BYTES = 8192;

/** Reads one archived message with the same reader as `netiquette lint`; a message that is not mail is refused. */
export async function readArchiveMessage(message: ArchiveMessage): Promise<LintInput> {
  if (message.kind === 'text') {
    const { text, ...decoded } = readText(message.bytes);
    return parseTextFile(message.location, text, decoded);
  }
  // Header names are ASCII whatever the charset of the rest, so the head is read byte for byte.
  if (!looksLikeMail(new TextDecoder('latin1').decode(message.bytes.subarray(0, HEAD_BYTES)))) throw new Error('no mail header block (From:, Date:, Subject: …) at the start');
  return parseMailFile(message.location, message.bytes);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Lints mail for the report with one pack stack; one analyzer per thread. */
export function createMailAnalyzer(settings: EffectiveSettings, locale: DisplayLocale) {
  const linter = createLinter(builtinRules, settings.lint);
  const vocabulary = settings.lint.vocabulary;
  const detector = compileToneDetector({ angerTerms: vocabulary.angerTerms, ignoredAngerTerms: vocabulary.ignoredAngerTerms, acronyms: vocabulary.acronyms });

  function summarize(sequence: number, location: string, input: LintInput, findings: readonly Finding[]): MailSummary {
    const masked = findings.length > 0 ? maskConfidential(input.draft) : input.draft;
    const model = analyzeDraft(input.draft);
    return {
      sequence,
      location,
      ...(input.sender === undefined ? {} : { sender: input.sender }),
      ...(input.sentAt === undefined ? {} : { sentAt: input.sentAt }),
      language: languageOf(input.draft.body),
      tone: analyzeTone(detector, model.body, model.ownRanges).score,
      findings: findings.map((finding) => ({
        ruleId: finding.ruleId,
        severity: finding.severity,
        field: finding.field,
        line: finding.line,
        column: finding.column,
        message: localize(finding.message, locale),
        excerpt: excerptLine(masked, finding),
      })),
    };
  }

  return async (sequence: number, message: ArchiveMessage): Promise<MailOutcome> => {
    let input: LintInput;
    try {
      input = await readArchiveMessage(message);
    } catch (error) {
      return { problem: { sequence, location: message.location, reason: reason(error) } };
    }
    try {
      const findings = linter.lint(input.draft).filter((finding) => input.subjectKnown || finding.field !== 'subject');
      return { summary: summarize(sequence, message.location, input, findings) };
    } catch (error) {
      return { problem: { sequence, location: message.location, reason: `could not be checked: ${reason(error)}` } };
    }
  };
}
