import { editingHostsIn, isAttached, isRendered, sameOriginDocument } from '../dom/elements.ts';
import type { BodyEditor, ComposeWindow, SiteAdapter } from './types.ts';

/**
 * Any editor on a site the agent opted into: every contenteditable host and textarea,
 * including editors inside same-origin iframes (Proton's composer). Helpdesk editors are
 * recognised by their wrappers so the panel docks beside the whole editor, toolbar included:
 * CKEditor 5 (Zendesk), Summernote (FreeScout), Redactor (osTicket), Zammad's richtext.
 */

const EDITOR_WRAPPERS = ['.ck-editor', '.note-editor', '.redactor-box', '.richtext'].join(', ');
const SUBJECT = 'input[name*="subject" i], input[id*="subject" i]';
const SEND = 'button[type="submit"], input[type="submit"], button:not([type])';
const QUOTE = 'blockquote';

function isWritable(textarea: HTMLTextAreaElement): boolean {
  return !textarea.readOnly && !textarea.disabled && isRendered(textarea);
}

/** The page element that holds the editor: its iframe when it lives in one. */
function hostElement(body: BodyEditor): HTMLElement {
  const frame = body.ownerDocument.defaultView?.frameElement;
  return (frame as HTMLElement | null | undefined) ?? body;
}

function composeWindow(body: BodyEditor): ComposeWindow {
  const host = hostElement(body);
  const form = host.closest('form');
  const root = form ?? host.closest<HTMLElement>(EDITOR_WRAPPERS) ?? host.parentElement ?? host;
  const isRich = body.tagName !== 'TEXTAREA';
  return {
    root,
    body,
    subject: () => root.querySelector<HTMLInputElement>(SUBJECT),
    signatureElements: () => [],
    quoteElements: () => (isRich ? [...body.querySelectorAll(`${QUOTE}:not(${QUOTE} ${QUOTE})`)] : []),
    attachmentCount: () => undefined,
    // Only a form tells which button sends; elsewhere the guard has nothing to hold.
    sendControls: () => (form ? [...form.querySelectorAll<HTMLElement>(SEND)].filter((control) => !body.contains(control)) : []),
    // Helpdesks and webmails send a form's reply with Ctrl/⌘+Enter (Zendesk, FreeScout, Front, Fastmail, HEY).
    sendShortcuts: form ? ['mod+enter'] : [],
    isOpen: () => isAttached(body),
  };
}

function editorsIn(document: Document): BodyEditor[] {
  const editors: BodyEditor[] = [...editingHostsIn(document), ...[...document.querySelectorAll('textarea')].filter(isWritable)];
  for (const frame of document.querySelectorAll('iframe')) {
    const inner = sameOriginDocument(frame);
    if (!inner?.body) continue;
    if (inner.designMode === 'on') editors.push(inner.body);
    else editors.push(...editorsIn(inner));
  }
  return editors;
}

export const generic: SiteAdapter = {
  id: 'generic',
  hosts: [],
  windowAttributes: ['contenteditable', 'style', 'class', 'hidden', 'aria-hidden', 'readonly', 'disabled'],
  sendAttributes: ['type'],
  detect: (document) => editorsIn(document).map(composeWindow),
};
