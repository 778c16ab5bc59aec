import { closestContaining, isAttached } from '../dom/elements.ts';
import type { ComposeWindow, SiteAdapter } from './types.ts';

/**
 * Outlook on the web. Recipient wells are contenteditable textboxes too, so the body is told
 * apart by what only it holds (the signature, the reply history) or its multi-line flag, and
 * otherwise by coming last: the compose form lists recipients and subject before the body.
 */

const TEXTBOX = 'div[role="textbox"][contenteditable="true"]';
const SIGNATURE = '#Signature, [id^="Signature"]';
const HISTORY = '#appendonsend, #divRplyFwdMsg';
/** The send button: its test id where the page has one, else the toolbar's primary button. */
const SEND = 'button[data-testid="ComposeSendButton"], button.ms-Button--primary, button[aria-label^="Send" i]';
/** Recipients are contenteditable wells, so the one plain text field of the header is the subject. */
const SUBJECT = 'input[type="text"], input:not([type])';
const ATTACHMENT = '[data-testid="AttachmentCard"], [role="listitem"][aria-label*="attachment" i]';

function isBody(textbox: Element): boolean {
  return textbox.getAttribute('aria-multiline') === 'true' || textbox.querySelector(`${SIGNATURE}, ${HISTORY}`) !== null;
}

/** Reply history: from #appendonsend or the reply header to the end of the body. */
function historyElements(body: HTMLElement): Element[] {
  const marker = body.querySelector(HISTORY);
  if (!marker) return [];
  const elements: Element[] = [];
  // The marker may sit inside a wrapper; what follows it at every level up to the body is history.
  for (let current: Element | null = marker; current && current !== body; current = current.parentElement) {
    if (current === marker) elements.push(current);
    for (let sibling = current.nextElementSibling; sibling; sibling = sibling.nextElementSibling) elements.push(sibling);
  }
  return elements;
}

function composeWindow(body: HTMLElement): ComposeWindow {
  const root = closestContaining(body, SEND) ?? body.parentElement ?? body;
  return {
    root,
    body,
    subject: () => [...root.querySelectorAll<HTMLInputElement>(SUBJECT)].find((input) => !body.contains(input)) ?? null,
    signatureElements: () => [...body.querySelectorAll(SIGNATURE)].filter((element) => !element.closest(HISTORY)),
    quoteElements: () => historyElements(body),
    attachmentCount: () => root.querySelectorAll(ATTACHMENT).length,
    sendControls: () => [...root.querySelectorAll<HTMLElement>(SEND)].slice(0, 1),
    sendShortcuts: ['mod+enter'],
    isOpen: () => isAttached(body) && root.isConnected,
  };
}

function bodiesIn(document: Document): HTMLElement[] {
  const textboxes = [...document.querySelectorAll<HTMLElement>(TEXTBOX)];
  // Only inside a form with Outlook's Send button: elsewhere (Summernote and other editors also
  // mark themselves as multi-line textboxes) the generic adapter finds the form and its Send.
  const bodies = textboxes.filter((textbox) => isBody(textbox) && closestContaining(textbox, SEND) !== null);
  const marked = new Set(bodies.map((body) => closestContaining(body, SEND)));
  // A compose form whose body carries no marker yet (a new, unsigned mail): its last textbox.
  const byForm = new Map<HTMLElement, HTMLElement>();
  for (const textbox of textboxes) {
    const form = closestContaining(textbox, SEND);
    if (form && !marked.has(form)) byForm.set(form, textbox);
  }
  return [...bodies, ...byForm.values()].sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

export const outlook: SiteAdapter = {
  id: 'outlook',
  hosts: ['outlook.office.com', 'outlook.live.com', 'outlook.office365.com'],
  windowAttributes: ['contenteditable', 'role', 'aria-multiline'],
  sendAttributes: ['class', 'data-testid', 'aria-label'],
  detect: (document) => bodiesIn(document).map(composeWindow),
};
