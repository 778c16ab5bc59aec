import type { FieldBinding } from './editing.ts';

/**
 * What the content script needs to know about a site's compose windows. One file a site;
 * each adapter finds elements by structure and stable attributes, never by translated
 * labels alone, and is unit-tested against fixture markup.
 */

/**
 * The editor the body is written in: a contenteditable host (possibly inside a same-origin
 * iframe, as TinyMCE and Proton do), or a plain textarea.
 */
export type BodyEditor = HTMLElement | HTMLTextAreaElement;

/** Key chords that send the mail from anywhere in the compose window. */
export type SendShortcut = 'mod+enter';

export interface ComposeWindow {
  /** The element the compose window is drawn in; the panel docks beside it. */
  readonly root: HTMLElement;
  /** Stays the same for the life of the compose window; sessions are keyed by it. */
  readonly body: BodyEditor;
  subject(): HTMLInputElement | null;
  /** Signature blocks inside a rich body (none for a textarea). */
  signatureElements(): Element[];
  /** Quoted history blocks inside a rich body. */
  quoteElements(): Element[];
  /** Attachments the page shows, or undefined when it does not show them. */
  attachmentCount(): number | undefined;
  /** The page's own Send control(s); the preferred one first. */
  sendControls(): HTMLElement[];
  readonly sendShortcuts: readonly SendShortcut[];
  /** False once the page closed, discarded or hid the compose window. */
  isOpen(): boolean;
  /**
   * How the body is read and written, for an editor the default bindings (src/adapters/editing.ts)
   * do not serve; absent for the rest.
   */
  bodyBinding?(): FieldBinding;
}

export interface SiteAdapter {
  readonly id: string;
  /**
   * Hosts this adapter owns: there it runs alone. On other hosts (the user's own sites,
   * test pages) every adapter looks, in registry order, and the generic one comes last.
   */
  readonly hosts: readonly string[];
  /**
   * Attributes whose change can open, close or hide a compose window (an editable flag, a
   * style or class that hides an editor): the page is looked at again when one changes.
   * Elements come and go without being listed.
   */
  readonly windowAttributes: readonly string[];
  /** Attributes the Send controls are recognised by: a change makes the guard look them up again. */
  readonly sendAttributes: readonly string[];
  /** Every compose window open in the document, in document order. */
  detect(document: Document): ComposeWindow[];
}

export function isTextArea(editor: BodyEditor): editor is HTMLTextAreaElement {
  return editor.tagName === 'TEXTAREA';
}
