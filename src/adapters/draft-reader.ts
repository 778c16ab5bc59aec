import { markedInOnePiece } from '../core/draft.ts';
import type { Draft, TextRange } from '../core/types.ts';
import type { FieldBinding, FieldReading } from './editing.ts';
import type { ComposeWindow } from './types.ts';

/**
 * The draft as the engine takes it, read from a compose window: DOM → adapter → Draft. The
 * regions the page marks itself (quoted history, the signature block) come from the adapter's
 * elements, located in the body's text through its text map.
 */

export interface DraftReading {
  readonly draft: Draft;
  /** What the subject field held; undefined when the window has none. */
  readonly subject: FieldReading | undefined;
  readonly body: FieldReading;
}

export interface DraftFields {
  subject: FieldBinding | undefined;
  body: FieldBinding;
  /**
   * The block the agent started writing in (where the caret was at their first keystroke): it is
   * theirs, whatever the page put in it (Roundcube's "On … wrote:" paragraph), unless the page
   * marks it as quoted history.
   */
  startBlock?: Element | undefined;
}

export function readDraft(window: ComposeWindow, fields: DraftFields): DraftReading {
  const subject = fields.subject?.read();
  const body = fields.body.read();
  const attachmentCount = window.attachmentCount();
  const knownRegions = body.map ? markedRegions(window, body, fields.startBlock) : undefined;
  // The subject and a textarea's body are control values, a rich editor's body is joined by its text map: all in one piece.
  const draft: Draft = markedInOnePiece({
    subject: subject?.text ?? '',
    body: body.text,
    ...(attachmentCount === undefined ? {} : { attachmentCount }),
    ...(knownRegions ? { knownRegions } : {}),
  });
  return { draft, subject, body };
}

function markedRegions(window: ComposeWindow, body: FieldReading, startBlock: Element | undefined): Draft['knownRegions'] {
  const map = body.map!;
  const rangesOf = (elements: readonly Element[]) =>
    elements.map((element) => map.rangeOfElement(element)).filter((range): range is TextRange => range !== undefined);
  const quoteElements = window.quoteElements();
  const quoted = rangesOf(quoteElements);
  const signatures = rangesOf(window.signatureElements());
  const signature = signatures.length > 0 ? { start: signatures[0]!.start, end: signatures[signatures.length - 1]!.end } : undefined;
  const ownBlock = startBlock?.isConnected && !quoteElements.some((quote) => quote.contains(startBlock)) ? startBlock : undefined;
  const own = ownBlock ? rangesOf([ownBlock]) : [];
  return { ...(quoted.length > 0 ? { quoted } : {}), ...(signature ? { signature } : {}), ...(own.length > 0 ? { own } : {}) };
}
