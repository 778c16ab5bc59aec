import { applyEditsToText } from '../core/edits.ts';
import type { TextEdit } from '../core/types.ts';
import { buildTextMap } from './text-map.ts';

/**
 * Applying a fix through the editor's own editing path: select the span and let the browser
 * insert the text (`execCommand('insertText')`), so the change lands in the undo history
 * (Ctrl+Z takes it back) and the page's editor model hears of it through its usual input
 * events. The result is checked against the text the fix was computed for; nothing is ever
 * written with innerHTML.
 */

export type EditOutcome = 'applied' | 'stale' | 'failed';

export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * A fix's edits of one field as a single replacement, so the editor records one undo step.
 * Edits are given against `original` and may not overlap.
 */
export function mergeEdits(original: string, edits: readonly TextEdit[]): Replacement | undefined {
  if (edits.length === 0) return undefined;
  const start = Math.min(...edits.map((edit) => edit.start));
  const end = Math.max(...edits.map((edit) => edit.end));
  const shifted = edits.map((edit) => ({ ...edit, start: edit.start - start, end: edit.end - start }));
  return { start, end, text: applyEditsToText(original.slice(start, end), shifted) };
}

function spliced(text: string, replacement: Replacement): string {
  return text.slice(0, replacement.start) + replacement.text + text.slice(replacement.end);
}

/**
 * Runs the browser's editing command. Whether it worked is read back from the text, never from
 * its return value: editors cancel commands, and a browser may lack or refuse execCommand.
 */
function execute(document: Document, replacement: Replacement, richLines: boolean): void {
  if (typeof document.execCommand !== 'function') return;
  try {
    if (replacement.text === '') {
      document.execCommand('delete', false);
    } else if (richLines && replacement.text.includes('\n')) {
      // In a rich editor a line break must become a <br>: insertText would open a paragraph,
      // which an editor made of <p> shows as a blank line the fix never asked for.
      const html = replacement.text.split('\n').map(escapeHtml).join('<br>');
      document.execCommand('insertHTML', false, html);
    } else {
      document.execCommand('insertText', false, replacement.text);
    }
  } catch {
    // Left to the check that follows.
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/ {2}/g, ' &nbsp;');
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** Replaces text in an <input> or <textarea> whose value is still `linted`. */
export function replaceInTextControl(control: TextControl, linted: string, replacement: Replacement): EditOutcome {
  if (control.value !== linted) return 'stale';
  const expected = spliced(linted, replacement);
  control.focus();
  control.setSelectionRange(replacement.start, replacement.end);
  execute(control.ownerDocument, replacement, false);
  if (control.value === expected) return 'applied';
  if (control.value !== linted) return 'failed';
  // The browser refused the command: set the text directly and tell the page, without undo.
  control.setRangeText(replacement.text, replacement.start, replacement.end, 'end');
  control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement.text }));
  return control.value === expected ? 'applied' : 'failed';
}

/**
 * Tells the editor a replacement happened. Editors that keep their own undo history (TinyMCE
 * takes Ctrl+Z away from the browser) save a level on it: announced before a fix it keeps what
 * was typed since their last level, announced after it lets Ctrl+Z take back just the fix.
 */
function announceReplacement(editor: HTMLElement): void {
  // Without data: an editor that reads typed text from input events (Lexical) would insert it again.
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: null }));
}

/**
 * Offers the replacement to the editor as typing over the selection would: a cancelable
 * `beforeinput` with the text and the target range. Editors that keep their own model (CKEditor 5,
 * Lexical, Quill, Trix) take it there, cancel the event, and render the change themselves, so
 * their model and undo history have it; the browser's command must then not run as well, or
 * the text would land twice. Returns whether the editor took it.
 */
function offerToEditor(editor: HTMLElement, range: Range, text: string): boolean {
  const view = editor.ownerDocument.defaultView;
  if (!view || typeof view.InputEvent !== 'function') return false;
  // The target range is the selection just set; it is also given as such where the browser can.
  const targetRanges =
    typeof view.StaticRange === 'function'
      ? [new view.StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })]
      : [];
  const deletes = text === '';
  const event = new view.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: deletes ? 'deleteContent' : 'insertText',
    data: deletes ? null : text,
    targetRanges,
  });
  return !editor.dispatchEvent(event);
}

/**
 * Selects a range and tells the page at once: the browser tells it of a new selection only
 * later, and editors that track it in their own state (Draft.js, Lexical, ProseMirror) must know
 * it before the edit lands, as after a click. An editor may put its own selection back the first
 * time (ProseMirror takes a caret at the very start just after focus for the browser's reset),
 * so a selection that did not hold is set and announced once more.
 */
function selectForEditor(document: Document, range: Range): void {
  const selection = document.getSelection();
  const view = document.defaultView;
  for (let attempt = 0; selection && attempt < 2; attempt += 1) {
    selection.removeAllRanges();
    selection.addRange(range);
    if (view) document.dispatchEvent(new view.Event('selectionchange'));
    if (selection.rangeCount === 1 && sameRange(selection.getRangeAt(0), range)) return;
  }
}

function sameRange(a: Range, b: Range): boolean {
  return a.compareBoundaryPoints(a.START_TO_START, b) === 0 && a.compareBoundaryPoints(a.END_TO_END, b) === 0;
}

/**
 * Replaces text in a contenteditable editor whose text (see text-map) is still `linted`.
 * `editorInput` is the editor's own way in where it has one (see src/adapters/editor-inputs.ts),
 * tried first over the selected span; it returns whether the editor took the text.
 */
export function replaceInRichEditor(editor: HTMLElement, linted: string, replacement: Replacement, editorInput?: (text: string) => boolean): EditOutcome {
  const map = buildTextMap(editor);
  if (map.text !== linted) return 'stale';
  const expected = spliced(linted, replacement);
  const document = editor.ownerDocument;
  const selection = document.getSelection();
  if (!selection) return 'failed';
  announceReplacement(editor);
  editor.focus();
  const range = map.rangeOf(replacement.start, replacement.end);
  selectForEditor(document, range);
  if (editorInput?.(replacement.text) || offerToEditor(editor, range, replacement.text)) {
    // The editor applies it through its model; some render in a microtask, so the text may
    // still read as before. The relint that follows its rendering reads the result.
    const now = buildTextMap(editor).text;
    if (now === expected || now === linted) {
      announceReplacement(editor);
      return 'applied';
    }
    return 'failed';
  }
  execute(document, replacement, true);
  const after = buildTextMap(editor).text;
  if (after === expected) {
    announceReplacement(editor);
    return 'applied';
  }
  // Nothing is ever written past the editor: a change it did not make through its own path
  // would not be in its model, and the next render would drop it or keep it twice.
  return 'failed';
}
