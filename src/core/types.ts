/**
 * The public shapes of the engine. Nothing here may touch the DOM or a browser API:
 * the same code runs in the page, the CLI, the tests and the benchmarks.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type Locale = 'en' | 'zh';
export type Field = 'subject' | 'body';

/** Text in both languages the product speaks; the caller picks one by locale. */
export interface LocalizedText {
  en: string;
  zh: string;
}

/** Half-open range of UTF-16 offsets into one field. */
export interface TextRange {
  start: number;
  end: number;
}

/** What an adapter (or the CLI) knows about the mail being written. */
export interface Draft {
  subject: string;
  body: string;
  /** Attachments the page shows; undefined when the page or file cannot tell. */
  attachmentCount?: number;
  /** Language hint from the page (e.g. `lang` attribute); rules detect it themselves when absent. */
  language?: 'zh' | 'en';
  /**
   * Regions of the body that the page marks itself (Gmail's quote block, Outlook's #Signature).
   * They win over the text heuristics of the draft model.
   */
  knownRegions?: {
    quoted?: TextRange[];
    signature?: TextRange;
    /**
     * Text the page or the editor says is the agent's own (the paragraph the caret started in):
     * no heuristic may take a line of it for quoted history, even one that ends like an
     * attribution because the agent typed in front of the page's "On … wrote:".
     */
    own?: TextRange[];
  };
}

export interface TextEdit {
  field: Field;
  start: number;
  end: number;
  text: string;
}

/** A one-click change the user may apply; edits never overlap and refer to the text as linted. */
export interface Fix {
  title: LocalizedText;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: LocalizedText;
  field: Field;
  start: number;
  end: number;
  /** 1-based line of `start` within its field. */
  line: number;
  /** 1-based column of `start`, in UTF-16 code units like every editor and ESLint. */
  column: number;
  /** One-click fixes, the preferred one first. */
  fixes?: Fix[];
  /** Other spans that explain the finding (e.g. the words that drove an anger score). */
  related?: TextRange[];
  /** A 0–1 score for rules that measure rather than match (angry-tone). */
  score?: number;
}

/** What a rule hands to `report`; the engine adds rule id, severity, line and column. */
export interface Report {
  field: Field;
  start: number;
  end: number;
  message: LocalizedText;
  fixes?: Fix[];
  related?: TextRange[];
  score?: number;
  /**
   * A milder severity for this one finding (e.g. a score below the blocking threshold). It can
   * only lower the severity the pack configured, never raise it: a rule a team set to "info" stays "info".
   */
  severity?: Severity;
}
