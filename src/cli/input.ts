import { analyse } from 'chardet';
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
  /**
   * For plain text files: the file's text with the draft put back in place of the one read
   * (same Subject line prefix, separator and line ends), and the encoding it was read in.
   * `netiquette lint --fix` writes fixes with it. MIME files have none: their text is encoded.
   */
  source?: { encoding: string; byteOrderMark: boolean; rebuild(draft: Draft): string };
  /** The From address of a MIME message, for the team report. */
  sender?: string;
  /** The Date header of a MIME message as an ISO date, when it is readable. */
  sentAt?: string;
}

const SUBJECT_LINE = /^(?:subject|主题|主題)[ \t]*[:：][ \t]*/i;

/** Headers that only a mail message starts with; a lone `Subject:` line could be either kind. */
const MAIL_HEADER = /^(?:from|to|cc|date|message-id|mime-version|content-type|content-transfer-encoding|received|return-path|in-reply-to|references|reply-to|x-[\w-]+)[ \t]*:/im;

/** An input that cannot be read as text without guessing: binary data, an unknown or ambiguous encoding. */
export class UnreadableInputError extends Error {}

/** chardet's names for the encodings a browser's TextDecoder knows; others are never chosen. */
const DECODER_LABELS: Readonly<Record<string, string>> = {
  'UTF-8': 'utf-8',
  GB18030: 'gb18030',
  Big5: 'big5',
  'EUC-JP': 'euc-jp',
  Shift_JIS: 'shift_jis',
  'ISO-2022-JP': 'iso-2022-jp',
  'EUC-KR': 'euc-kr',
  'KOI8-R': 'koi8-r',
  'windows-1250': 'windows-1250',
  'windows-1251': 'windows-1251',
  'windows-1252': 'windows-1252',
  'windows-1253': 'windows-1253',
  'windows-1254': 'windows-1254',
  'windows-1255': 'windows-1255',
  'windows-1256': 'windows-1256',
  'ISO-8859-1': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'ISO-8859-5': 'iso-8859-5',
  'ISO-8859-6': 'iso-8859-6',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'windows-1254',
};

/** chardet's confidence (0–100) from which its first choice is taken; below it, it is guessing. */
const CONFIDENT = 50;

function decodeStrictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 cut in the middle of its last character (a prefix read to sniff a file, a file cut
 * short) is still UTF-8: the rest decodes strictly, and the cut character becomes U+FFFD.
 */
function decodeCutUtf8(bytes: Uint8Array): string | undefined {
  for (let cut = bytes.length - 1; cut >= Math.max(0, bytes.length - 3); cut -= 1) {
    const byte = bytes[cut]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: the character started earlier
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (byte < 0xc2 || byte > 0xf4 || bytes.length - cut >= needed) return undefined;
    const head = decodeStrictly(bytes.subarray(0, cut), 'utf-8');
    return head === undefined ? undefined : `${head}\uFFFD`;
  }
  return undefined;
}

/**
 * Bytes that are not text: a NUL, or many other control bytes (text uses tab, line ends, form
 * feed and escape). UTF-16 without a byte order mark lands here too, and is refused with a hint.
 */
function binaryReason(bytes: Uint8Array): string | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return `it looks like a binary file (a NUL byte at offset ${nul}); UTF-16 text needs a byte order mark, or save it as UTF-8`;
  let controls = 0;
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  if (controls > 8 && controls * 20 > bytes.length) return `it looks like a binary file (${controls} control bytes in ${bytes.length})`;
  return undefined;
}

/**
 * Reads bytes as text without ever guessing silently: a byte order mark (UTF-8, UTF-16 LE/BE)
 * decides; then valid UTF-8 is UTF-8; then chardet's first choice is taken when it is confident
 * and decodes without error. Binary data, and text whose encoding cannot be told (a short GBK
 * line reads as well in Big5), are refused with a reason; `encoding` names it instead.
 */
export function decodeText(bytes: Uint8Array, encoding?: string): string {
  return readText(bytes, encoding).text;
}

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding it was read in (`utf-8`, `gb18030`, `big5`, `utf-16le` …). */
  encoding: string;
  byteOrderMark: boolean;
}

/** `decodeText`, also saying which encoding it found. */
export function readText(bytes: Uint8Array, encoding?: string): DecodedText {
  if (encoding !== undefined) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new UnreadableInputError(`unknown encoding "${encoding}" (try utf-8, gbk, gb18030, big5, utf-16le)`);
    }
    try {
      return { text: decoder.decode(bytes), encoding: decoder.encoding, byteOrderMark: false };
    } catch {
      throw new UnreadableInputError(`the file is not valid ${decoder.encoding} text`);
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) throw new UnreadableInputError('the file is UTF-32 text, which is not supported: save it as UTF-8');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (bom !== undefined) {
    const text = decodeStrictly(bytes, bom);
    if (text === undefined) throw new UnreadableInputError(`the file starts with a ${bom.toUpperCase()} byte order mark but is not valid ${bom.toUpperCase()}`);
    return { text, encoding: bom, byteOrderMark: true };
  }
  const binary = binaryReason(bytes);
  if (binary !== undefined) throw new UnreadableInputError(binary);
  const utf8 = decodeStrictly(bytes, 'utf-8') ?? decodeCutUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', byteOrderMark: false };

  const candidates = analyse(bytes).flatMap(({ name, confidence }) => {
    const label = DECODER_LABELS[name];
    if (label === undefined) return [];
    const text = decodeStrictly(bytes, label);
    return text === undefined ? [] : [{ name, confidence, text, label }];
  });
  const best = candidates[0];
  if (best !== undefined && best.confidence >= CONFIDENT) return { text: best.text, encoding: best.label, byteOrderMark: false };
  const named = [...new Set(candidates.map((candidate) => candidate.name))].slice(0, 3);
  throw new UnreadableInputError(
    named.length > 0
      ? `cannot tell its character encoding (too little text to tell: it reads as ${named.join(', or as ')}); name it with --encoding, e.g. --encoding gbk or --encoding big5`
      : 'it is not text in any character encoding known here',
  );
}

/** Whether text read from standard input (or a file of unknown kind) is a MIME message. */
export function looksLikeMail(text: string): boolean {
  const headerEnd = text.search(/\r?\n\r?\n/);
  const head = headerEnd === -1 ? text : text.slice(0, headerEnd);
  const lines = head.split(/\r?\n/);
  const isHeaderBlock = lines.every((line, index) => /^[\x21-\x39\x3b-\x7e]+[ \t]*:/.test(line) || (index > 0 && /^[ \t]/.test(line)));
  return isHeaderBlock && MAIL_HEADER.test(head);
}

/** The line end a file uses throughout, or `\n` when it mixes them. */
function lineEndOf(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const cr = text.split('\r').length - 1 - crlf;
  const lf = text.split('\n').length - 1 - crlf;
  if (crlf > 0 && cr === 0 && lf === 0) return '\r\n';
  if (cr > 0 && crlf === 0 && lf === 0) return '\r';
  return '\n';
}

/**
 * A text draft. Line ends are read as a reader sees them: CRLF, and the lone CR of old Mac
 * files, are line breaks; each is one line, so positions in the file stay right.
 */
export function parseTextFile(file: string, fileText: string, decoded: Omit<DecodedText, 'text'> = { encoding: 'utf-8', byteOrderMark: false }): LintInput {
  const lineEnd = lineEndOf(fileText);
  const text = fileText.replace(/\r\n?/g, '\n');
  const restore = (written: string) => (lineEnd === '\n' ? written : written.replace(/\n/g, lineEnd));
  const source = (rebuild: (draft: Draft) => string) => ({ ...decoded, rebuild: (draft: Draft) => restore(rebuild(draft)) });
  const firstLineEnd = text.indexOf('\n');
  const firstLine = firstLineEnd === -1 ? text : text.slice(0, firstLineEnd);
  const subjectPrefix = SUBJECT_LINE.exec(firstLine);
  if (!subjectPrefix) {
    return {
      file,
      draft: { subject: '', body: text },
      subjectKnown: false,
      filePosition: (_field, line, column) => ({ line, column }),
      source: source((draft) => draft.body),
    };
  }
  let rest = firstLineEnd === -1 ? '' : text.slice(firstLineEnd + 1);
  let bodyFirstLine = 2;
  const blank = /^[ \t]*\n/.exec(rest);
  if (blank) {
    rest = rest.slice(blank[0].length);
    bodyFirstLine = 3;
  }
  const subjectColumn = subjectPrefix[0].length;
  const separator = firstLineEnd === -1 ? '' : `\n${blank?.[0] ?? ''}`;
  return {
    file,
    draft: { subject: firstLine.slice(subjectColumn), body: rest },
    subjectKnown: true,
    filePosition: (field, line, column) => (field === 'subject' ? { line: 1, column: subjectColumn + column } : { line: bodyFirstLine - 1 + line, column }),
    source: source((draft) => `${subjectPrefix[0]}${draft.subject}${separator || (draft.body ? '\n' : '')}${draft.body}`),
  };
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * HTML-only mail as the reader sees it: paragraphs and line breaks kept, quotes as `> ` lines,
 * headings in the case they were written (a mail client shows them bold, not in capitals), and
 * table cells side by side with space between them, one row a line, as a client lays them out.
 */
function htmlToPlainText(html: string): string {
  const text = convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'blockquote', options: { trimEmptyLines: true } },
      ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false, maxColumnWidth: Number.MAX_SAFE_INTEGER, colSpacing: 2, rowSpacing: 0 } },
    ],
  });
  // Webmail writes a blank line as an empty block (`<div><br></div>`) between blocks, which
  // converts to two blank lines; the reader sees one.
  return text.replace(/\n{3,}/g, '\n\n');
}

/**
 * A mail whose 8-bit text declares no charset at all (a GBK mail from an old client) is
 * decoded as a whole by `decodeText` and handed to the MIME parser as UTF-8, which it assumes
 * for undeclared parts. A mail that declares charsets is left to them.
 */
function withUndeclaredCharsetDecoded(bytes: Uint8Array, encoding: string | undefined): Uint8Array {
  if (encoding === undefined) {
    const binary = binaryReason(bytes);
    if (binary !== undefined) throw new UnreadableInputError(binary);
    if (decodeStrictly(bytes, 'utf-8') !== undefined) return bytes;
    if (/charset\s*=/i.test(new TextDecoder('latin1').decode(bytes))) return bytes;
  }
  return new TextEncoder().encode(decodeText(bytes, encoding));
}

export async function parseMailFile(file: string, bytes: Uint8Array, encoding?: string): Promise<LintInput> {
  const email = await PostalMime.parse(withUndeclaredCharsetDecoded(bytes, encoding));
  // Line ends inside a MIME part are a matter of transport (base64 of CRLF text), not of the draft.
  const body = (email.text ?? (email.html === undefined ? '' : htmlToPlainText(email.html))).replace(/\r\n?/g, '\n');
  const subject = email.subject ?? '';
  // U+FFFD is what the parser writes for bytes its charset could not decode: a part that
  // declares none, or the wrong one. Linting that text would miss what it hides.
  if ((body + subject).includes('\uFFFD') && !new TextDecoder('latin1').decode(bytes).includes('\u00EF\u00BF\u00BD')) {
    throw new UnreadableInputError('part of the mail is not in the character encoding it declares (or it declares none); name it with --encoding');
  }
  // Images referenced from the HTML (a logo in the signature) are part of the body, not attachments.
  const attachmentCount = email.attachments.filter((attachment) => !attachment.related).length;
  const sentAt = email.date === undefined || Number.isNaN(Date.parse(email.date)) ? undefined : new Date(email.date).toISOString();
  return {
    file,
    draft: { subject, body, attachmentCount },
    subjectKnown: true,
    ...(email.from?.address ? { sender: email.from.address.toLowerCase() } : {}),
    ...(sentAt === undefined ? {} : { sentAt }),
  };
}

/** Reads one input by its extension; other extensions are recognised by their content. `encoding` overrides detection. */
export async function parseInput(file: string, bytes: Uint8Array, encoding?: string): Promise<LintInput> {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  if (extension === 'eml') return parseMailFile(file, bytes, encoding);
  const { text, ...decoded } = readText(bytes, encoding);
  if (extension === 'txt') return parseTextFile(file, text, decoded);
  return looksLikeMail(text) ? parseMailFile(file, bytes, encoding) : parseTextFile(file, text, decoded);
}
