import { isAttached, isRendered, sameOriginDocument } from '../dom/elements.ts';
import type { BodyEditor, ComposeWindow, SiteAdapter } from './types.ts';

/**
 * Roundcube (1.6, elastic skin). It is self-hosted on any domain, so it is recognised by the
 * compose form's own field names rather than by host. The body is either the plain-text
 * textarea or, in HTML mode, TinyMCE's same-origin iframe, whose body is the editor; the agent
 * may switch between the two mid-compose. Each editor is a compose window of its own: the one
 * the agent left reports itself closed and the next scan finds the other.
 */

const SUBJECT = 'input#compose-subject';
const TEXTAREA = 'textarea#composebody';
/** TinyMCE names its iframe after the textarea it replaces. */
const FRAME = 'iframe#composebody_ifr';
const RICH_BODY = 'body[contenteditable="true"]';
/** The hidden field Roundcube submits to say which editor the body came from. */
const IS_HTML = 'input[name="_is_html"]';
/** The elastic skin's Send button, below the form. */
const SEND = '.formbuttons button.send';
/**
 * Other Send controls anywhere on the page: whatever runs Roundcube's `send` command from its
 * onclick (other skins' toolbars), and the copy elastic puts in its header on narrow screens.
 */
const OTHER_SEND = `[onclick*="rcmail.command('send'"], a.send[id$="-clone"]`;
const SIGNATURE = 'div#_rc_sig';
/**
 * The quoted mail. Roundcube's attribution paragraph (`p#reply-intro`, "On …, … wrote:") is not
 * part of it: in an HTML reply the caret starts in that paragraph, and what the agent types there
 * is theirs. The draft model reads the attribution line from the text, as it does in plain text.
 */
const QUOTE = 'blockquote';
/** The attachment list sits in the sidebar, outside the compose form. */
const ATTACHMENT = '#attachment-list li';

function composeArea(textarea: HTMLTextAreaElement): HTMLElement {
  // #compose-content holds the headers, the body and the Send button; the form alone lacks the button.
  const form = textarea.form ?? textarea.closest('form');
  return textarea.closest<HTMLElement>('#compose-content') ?? form?.parentElement ?? form ?? textarea;
}

/** TinyMCE's editable body, once the editor is up. */
function richBody(root: HTMLElement): HTMLElement | null {
  const frame = root.querySelector<HTMLIFrameElement>(FRAME);
  const inner = frame ? sameOriginDocument(frame) : null;
  return inner?.querySelector<HTMLElement>(RICH_BODY) ?? null;
}

function isHtmlMode(root: HTMLElement): boolean {
  return root.querySelector<HTMLInputElement>(IS_HTML)?.value === '1';
}

/** The plain textarea is the body while it is shown: TinyMCE hides it (display none, aria-hidden). */
function isPlainBody(textarea: HTMLTextAreaElement, root: HTMLElement): boolean {
  return isAttached(textarea) && isRendered(textarea) && !isHtmlMode(root);
}

function composeWindow(root: HTMLElement, body: BodyEditor, isOpen: () => boolean): ComposeWindow {
  const isRich = body.tagName !== 'TEXTAREA';
  const document = root.ownerDocument;
  return {
    root,
    body,
    subject: () => root.querySelector<HTMLInputElement>(SUBJECT),
    // A plain body carries its signature and quotes as text ("-- ", "> "): the draft model finds them.
    signatureElements: () => (isRich ? [...body.querySelectorAll(SIGNATURE)].filter((element) => !element.closest('blockquote')) : []),
    // Outermost only: a quote inside the quote is already part of it.
    quoteElements: () => (isRich ? [...body.querySelectorAll(QUOTE)].filter((element) => !element.parentElement?.closest(`blockquote, ${SIGNATURE}`)) : []),
    attachmentCount: () => document.querySelectorAll(ATTACHMENT).length,
    sendControls: () => [...new Set([...root.querySelectorAll<HTMLElement>(SEND), ...document.querySelectorAll<HTMLElement>(OTHER_SEND)])],
    sendShortcuts: [],
    isOpen,
  };
}

function detect(document: Document): ComposeWindow[] {
  const subject = document.querySelector(SUBJECT);
  const textarea = document.querySelector<HTMLTextAreaElement>(TEXTAREA);
  if (!subject || !textarea) return [];
  const root = composeArea(textarea);
  const rich = richBody(root);
  if (rich) return [composeWindow(root, rich, () => isAttached(rich) && richBody(root) === rich)];
  if (isPlainBody(textarea, root)) return [composeWindow(root, textarea, () => isPlainBody(textarea, root) && richBody(root) === null)];
  return [];
}

export const roundcube: SiteAdapter = {
  id: 'roundcube',
  hosts: [],
  // The switch between plain text and HTML flips `_is_html` and hides one editor by style.
  windowAttributes: ['value', 'style', 'class', 'hidden', 'aria-hidden', 'contenteditable'],
  sendAttributes: ['class', 'id', 'onclick'],
  detect,
};
