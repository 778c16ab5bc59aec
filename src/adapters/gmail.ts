import { closestContaining, isAttached } from '../dom/elements.ts';
import type { ComposeWindow, SiteAdapter } from './types.ts';

/**
 * Gmail. The body is the `g_editable` contenteditable div: Gmail also keeps a hidden textarea
 * with the same aria-label, which is never what the agent types into. Compose windows (new
 * mail dialogs, pop-outs and inline replies) come and go without page loads.
 */

const BODY = 'div[g_editable="true"][contenteditable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
/**
 * Send is the primary button of the compose toolbar (class `aoO`); its tooltip names the
 * Ctrl/⌘-Enter shortcut in every UI language, which identifies it when the class changes.
 */
const SEND = '[role="button"].aoO, [role="button"][data-tooltip*="Enter"]';
const SIGNATURE = 'div.gmail_signature';
const QUOTE = '.gmail_quote_container, div.gmail_quote';
/** Each attachment chip carries a hidden checkbox named "attach". */
const ATTACHMENT = 'input[name="attach"]';

function outermost(elements: Element[]): Element[] {
  return elements.filter((element) => !elements.some((other) => other !== element && other.contains(element)));
}

function composeWindow(body: HTMLElement): ComposeWindow {
  const root = body.closest<HTMLElement>('[role="dialog"]') ?? closestContaining(body, SEND) ?? body.parentElement ?? body;
  return {
    root,
    body,
    subject: () => root.querySelector<HTMLInputElement>(SUBJECT),
    quoteElements: () => outermost([...body.querySelectorAll(QUOTE)]),
    // Signatures inside quoted mails belong to the quote, not to this reply.
    signatureElements: () => [...body.querySelectorAll(SIGNATURE)].filter((element) => !element.closest(QUOTE)),
    attachmentCount: () => root.querySelectorAll(ATTACHMENT).length,
    sendControls: () => [...root.querySelectorAll<HTMLElement>(SEND)],
    sendShortcuts: ['mod+enter'],
    isOpen: () => isAttached(body) && root.isConnected,
  };
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  hosts: ['mail.google.com'],
  // Gmail adds and removes whole compose windows; nothing shows or hides one in place.
  windowAttributes: ['contenteditable', 'g_editable'],
  sendAttributes: ['class', 'role', 'data-tooltip'],
  detect: (document) => [...document.querySelectorAll<HTMLElement>(BODY)].map(composeWindow),
};
