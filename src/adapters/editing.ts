import type { Draft, Field, Fix } from '../core/types.ts';
import { mergeEdits, replaceInTextControl, type EditOutcome, type Replacement } from '../dom/edit.ts';
import { TextMapReader, type TextMap } from '../dom/text-map.ts';
import { replaceInEditor } from './editor-writing.ts';

export type { EditOutcome };

/**
 * Reading and writing one field of a compose window (the subject, the body). The default
 * bindings here serve every contenteditable editor (also inside a same-origin iframe, where
 * the editable body lives in the frame's document) and every <input> and <textarea>; an editor
 * that needs its own way in (one that cancels the browser's editing commands and keeps its own
 * model) gets a binding of its own through `ComposeWindow.bodyBinding`.
 *
 * Writing goes through the editor's own editing path only (see src/dom/edit.ts): one fix is
 * one undo step, and the text is checked against what the fix was computed for.
 */

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** What a field held when it was read. */
export interface FieldReading {
  readonly text: string;
  /** For a rich editor, the map between its text and its DOM; undefined for a plain control. */
  readonly map: TextMap | undefined;
  /** The 1-based line an offset is on, as the agent counts lines on screen. */
  lineOf(offset: number): number;
}

export interface FieldBinding {
  /** Where the agent types: events are listened to and focus is given here. */
  readonly element: HTMLElement;
  /** Set for an <input> or <textarea>, which has no text nodes: its hints are drawn by an overlay. */
  readonly control: TextControl | undefined;
  read(): FieldReading;
  /**
   * Replaces text through the editor's editing path, if the field still holds `linted`. Async, so
   * a binding can wait for its editor (a task, a frame, a selection change) before and after writing.
   */
  replace(linted: string, replacement: Replacement): Promise<EditOutcome>;
  /** The caret's offset in the text as last read; undefined when the caret is elsewhere. */
  caretOffset(reading: FieldReading): number | undefined;
  /** Gives the field focus with the caret at an offset and nothing selected. */
  placeCaret(reading: FieldReading, offset: number): void;
  /** In a rich editor, the paragraph or line the caret is in; undefined elsewhere, or when that block holds several. */
  blockAtCaret?(): Element | undefined;
}

const NESTED_BLOCKS = 'p, div, blockquote, ul, ol, table, pre, h1, h2, h3, h4, h5, h6';

export function isTextControl(element: Element): element is TextControl {
  return element.tagName === 'TEXTAREA' || element.tagName === 'INPUT';
}

/** Line numbers counted in plain text, where every newline starts a line. */
function plainLineOf(text: string): (offset: number) => number {
  return (offset) => {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line += 1;
    return line;
  };
}

export function controlBinding(control: TextControl): FieldBinding {
  return {
    element: control,
    control,
    read: () => {
      const text = control.value;
      return { text, map: undefined, lineOf: plainLineOf(text) };
    },
    replace: async (linted, replacement) => replaceInTextControl(control, linted, replacement),
    caretOffset: () => (control.ownerDocument.activeElement === control ? (control.selectionStart ?? undefined) : undefined),
    placeCaret: (_reading, offset) => {
      control.focus();
      control.setSelectionRange(offset, offset);
    },
  };
}

export function richBinding(host: HTMLElement): FieldBinding {
  // Every keystroke reads the draft again: only the blocks it changed are walked.
  const reader = new TextMapReader(host);
  return {
    element: host,
    control: undefined,
    read: () => {
      const map = reader.read();
      return { text: map.text, map, lineOf: (offset) => map.lineOf(offset) };
    },
    replace: (linted, replacement) => replaceInEditor(host, linted, replacement),
    caretOffset: (reading) => {
      const selection = host.ownerDocument.getSelection();
      if (!selection?.focusNode || !reading.map) return undefined;
      return reading.map.offsetAt(selection.focusNode, selection.focusOffset);
    },
    placeCaret: (reading, offset) => {
      host.focus();
      const selection = host.ownerDocument.getSelection();
      const position = reading.map?.positionAt(offset, 'forward');
      if (!selection || !position) return;
      selection.collapse(position.node, position.offset);
    },
    blockAtCaret: () => {
      const node = host.ownerDocument.getSelection()?.focusNode;
      if (!node || !host.contains(node)) return undefined;
      const view = host.ownerDocument.defaultView;
      for (let element = node.nodeType === 1 ? (node as Element) : node.parentElement; element && element !== host; element = element.parentElement) {
        const display = view?.getComputedStyle(element).display ?? '';
        if (display.startsWith('inline') || display === 'contents') continue;
        // Only a single line or paragraph: a wrapper around several (one <div> holding the whole mail) says nothing.
        return element.querySelectorAll('br').length <= 1 && !element.querySelector(NESTED_BLOCKS) ? element : undefined;
      }
      return undefined;
    },
  };
}

/**
 * Applies a fix to the fields it edits, each as one replacement (one undo step), against the
 * draft it was computed for: a field that changed since is left alone and the fix is 'stale'.
 */
export async function applyFix(draft: Draft, fix: Fix, fields: Record<Field, FieldBinding | undefined>): Promise<EditOutcome> {
  let outcome: EditOutcome = 'applied';
  for (const field of ['subject', 'body'] as const) {
    const replacement = mergeEdits(draft[field], fix.edits.filter((edit) => edit.field === field));
    if (!replacement || outcome !== 'applied') continue;
    const binding = fields[field];
    outcome = binding ? await binding.replace(draft[field], replacement) : 'stale';
  }
  return outcome;
}

/** The binding any editor gets unless its adapter brings its own. */
export function defaultBinding(editor: HTMLElement): FieldBinding {
  return isTextControl(editor) ? controlBinding(editor) : richBinding(editor);
}

/**
 * Calls `onEdit` whenever the field's text may have changed: input events, and for a rich
 * editor any change to its DOM (a page script, an editor that re-renders without an input
 * event). Never in the middle of an IME composition: the uncommitted text is not the agent's
 * yet, and its end counts as an edit. Returns what stops it.
 */
export function watchEdits(binding: FieldBinding, onEdit: () => void, composing: { active: boolean } = { active: false }): () => void {
  const controller = new AbortController();
  const options = { signal: controller.signal };
  const element = binding.element;
  const edited = () => {
    if (!composing.active) onEdit();
  };
  element.addEventListener('input', edited, options);
  element.addEventListener('compositionstart', () => (composing.active = true), options);
  element.addEventListener(
    'compositionend',
    () => {
      composing.active = false;
      onEdit();
    },
    options,
  );
  let observer: MutationObserver | undefined;
  if (!binding.control) {
    observer = new MutationObserver(edited);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
  }
  return () => {
    controller.abort();
    observer?.disconnect();
  };
}
