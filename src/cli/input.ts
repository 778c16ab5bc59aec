import { convert } from 'html-to-text';
import PostalMime from 'postal-mime';
import type { Draft, Field } from '../core/types.ts';

/**
 * Turns the files the CLI is given into drafts.
 *
 * `.eml` files go through a real MIME parser (encoded-word subjects, base64 and
 * quoted-printable bodies, legacy charsets, format=flowed). `.txt` files are a `Subject:` line,
 * a blank line and the body; a `.txt` file without that first line is all body, and since
 * nothing is then known about its subject, findings about the subject are not reported for it.
 */

export interface LintInput {
  /** The path as the user gave it; `-` for standard input. */
  file: string;
  draft: Draft;
  /** False for a text file without a `Subject:` line: its subject is unknown, not empty. */
  subjectKnown: boolean;
  /**
   * Maps a position in a field to the same character in the file, when the file holds the
   * text as written (plain text files). Undefined for MIME files, whose text is encoded.
   */
  filePosition?: (field: Field, line: number, column: number) => { line: number; column: number };
  /** The From address of a MIME message, for the team report. */
  sender?: string;
  /** The Date header of a MIME message as an ISO date, when it is readable. */
  sentAt?: string;
}

const SUBJECT_LINE = /^(?:subject|主题|主題)[ \t]*[:：][ \t]*/i;

/** Headers that only a mail message starts with; a lone `Subject:` line could be either kind. */
const MAIL_HEADER = /^(?:from|to|cc|date|message-id|mime-version|content-type|content-transfer-encoding|received|return-path|in-reply-to|references|reply-to|x-[\w-]+)[ \t]*:/im;

/**
 * UTF-8 first; text that is not valid UTF-8 is most likely a Chinese legacy encoding, and
 * GB 18030 is a superset of GBK and GB 2312.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Whether text read from standard input (or a file of unknown kind) is a MIME message. */
export function looksLikeMail(text: string): boolean {
  const headerEnd = text.search(/\r?\n\r?\n/);
  const head = headerEnd === -1 ? text : text.slice(0, headerEnd);
  const lines = head.split(/\r?\n/);
  const isHeaderBlock = lines.every((line, index) => /^[\x21-\x39\x3b-\x7e]+[ \t]*:/.test(line) || (index > 0 && /^[ \t]/.test(line)));
  return isHeaderBlock && MAIL_HEADER.test(head);
}

export function parseTextFile(file: string, text: string): LintInput {
  const firstLineEnd = text.indexOf('\n');
  const firstLine = (firstLineEnd === -1 ? text : text.slice(0, firstLineEnd)).replace(/\r$/, '');
  const subjectPrefix = SUBJECT_LINE.exec(firstLine);
  if (!subjectPrefix) {
    return { file, draft: { subject: '', body: text }, subjectKnown: false, filePosition: (_field, line, column) => ({ line, column }) };
  }
  let rest = firstLineEnd === -1 ? '' : text.slice(firstLineEnd + 1);
  let bodyFirstLine = 2;
  const blank = /^[ \t]*\r?\n/.exec(rest);
  if (blank) {
    rest = rest.slice(blank[0].length);
    bodyFirstLine = 3;
  }
  const subjectColumn = subjectPrefix[0].length;
  return {
    file,
    draft: { subject: firstLine.slice(subjectColumn), body: rest },
    subjectKnown: true,
    filePosition: (field, line, column) => (field === 'subject' ? { line: 1, column: subjectColumn + column } : { line: bodyFirstLine - 1 + line, column }),
  };
}

/** HTML-only mail as the reader sees it: paragraphs and line breaks kept, quotes as `> ` lines. */
function htmlToPlainText(html: string): string {
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'blockquote', options: { trimEmptyLines: true } },
    ],
  });
  // Webmail writes a blank line as an empty block (`<div><br></div>`) between blocks, which
  // converts to two blank lines; the reader sees one.
  return text.replace(/\n{3,}/g, '\n\n');
}

export async function parseMailFile(file: string, bytes: Uint8Array): Promise<LintInput> {
  const email = await PostalMime.parse(bytes);
  // Line ends inside a MIME part are a matter of transport (base64 of CRLF text), not of the draft.
  const body = (email.text ?? (email.html === undefined ? '' : htmlToPlainText(email.html))).replace(/\r\n?/g, '\n');
  // Images referenced from the HTML (a logo in the signature) are part of the body, not attachments.
  const attachmentCount = email.attachments.filter((attachment) => !attachment.related).length;
  const sentAt = email.date === undefined || Number.isNaN(Date.parse(email.date)) ? undefined : new Date(email.date).toISOString();
  return {
    file,
    draft: { subject: email.subject ?? '', body, attachmentCount },
    subjectKnown: true,
    ...(email.from?.address ? { sender: email.from.address.toLowerCase() } : {}),
    ...(sentAt === undefined ? {} : { sentAt }),
  };
}

/** Reads one input by its extension; other extensions are recognised by their content. */
export async function parseInput(file: string, bytes: Uint8Array): Promise<LintInput> {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'eml') return parseMailFile(file, bytes);
  const text = decodeText(bytes);
  if (extension === 'txt') return parseTextFile(file, text);
  return looksLikeMail(text) ? parseMailFile(file, bytes) : parseTextFile(file, text);
}
