import { replaceInRichEditor, type EditOutcome, type Replacement } from '../dom/edit.ts';
import { buildTextMap } from '../dom/text-map.ts';
import { editorInput } from './editor-inputs.ts';

/**
 * Writing a fix into a contenteditable editor, with the waits and steps some editors need
 * around the common path of src/dom/edit.ts:
 *
 * - Focus first, then a task: an editor that gains focus puts its own last selection back in a
 *   task of its own (Draft.js forces it on focus), which would take the place of the span the
 *   fix selects.
 * - Editors that keep their own undo stack of snapshots (Summernote, Squire) group typing into
 *   one step until a word ends; a fix written into that open step would be undone with the
 *   last typed word. A Space key at the start of the fix's line closes the step, as typing a
 *   space would, without writing anything (a dispatched key has no default action, and at a
 *   line's start there is no word before it for them to turn into a link).
 * - Editors whose model renders a change in a later microtask or frame (Lexical) are read once
 *   they have drawn it: the write waits for the next frame.
 * - Where the common path misreads the text, the editor's own input takes it (editor-inputs.ts).
 */

type Kind = 'lexical' | 'snapshots' | 'other';

/** Editors that keep a model of their own and their own way to take typed text. */
const MODEL_EDITORS = '.ck-editor__editable, .ProseMirror, .ql-editor, trix-editor, .public-DraftEditor-content';

function kindOf(editable: HTMLElement): Kind {
  if (editable.hasAttribute('data-lexical-editor')) return 'lexical';
  // What is left keeps the DOM as its model: the browser's own undo, or snapshots of the DOM.
  return editable.matches(MODEL_EDITORS) ? 'other' : 'snapshots';
}

/** Resolves after the tasks already queued, such as an editor's reaction to focus. */
function nextTask(view: Window): Promise<void> {
  return new Promise((resolve) => view.setTimeout(resolve, 0));
}

/** Resolves after the next frame, or a task later when the page draws none (a hidden tab). */
function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = view.setTimeout(resolve, 100);
    view.requestAnimationFrame(() => {
      view.clearTimeout(timer);
      resolve();
    });
  });
}

/** A Space pressed and released at the start of the line `offset` is on, which closes an open typing step. */
function closeTypingStep(editable: HTMLElement, offset: number): void {
  const map = buildTextMap(editable);
  const lineStart = map.text.lastIndexOf('\n', offset - 1) + 1;
  const position = map.positionAt(lineStart, 'forward');
  const document = editable.ownerDocument;
  const view = document.defaultView;
  const selection = document.getSelection();
  if (!view || !selection) return;
  selection.collapse(position.node, position.offset);
  for (const type of ['keydown', 'keyup']) {
    editable.dispatchEvent(new view.KeyboardEvent(type, { key: ' ', code: 'Space', keyCode: 32, which: 32, bubbles: true, cancelable: true, composed: true }));
  }
}

/** Replaces text in a contenteditable editor whose text is still `linted`, through its editing path. */
export async function replaceInEditor(editable: HTMLElement, linted: string, replacement: Replacement): Promise<EditOutcome> {
  const view = editable.ownerDocument.defaultView;
  if (!view) return 'failed';
  const kind = kindOf(editable);
  if (editable.ownerDocument.activeElement !== editable) {
    editable.focus();
    await nextTask(view);
  }
  if (kind === 'snapshots' && buildTextMap(editable).text === linted) closeTypingStep(editable, replacement.start);
  const outcome = replaceInRichEditor(editable, linted, replacement, editorInput(editable));
  if (kind === 'lexical') await nextFrame(view);
  return outcome;
}
