import { escapeHtml } from '../dom/edit.ts';

/**
 * Editors whose usual way in (a `beforeinput`, the browser's editing command) misreads a fix
 * that breaks a line, and the way each takes it whole instead. Most take a paste: an editor
 * handles it through its own pipeline, into its model and as one undo step, and reads the
 * clipboard's HTML as its own structure, where typed text with a newline would always open a
 * paragraph. Draft.js takes no paste but the one the browser fills, and renders a line break
 * within a paragraph as a newline in the text: it takes the text written into its text node,
 * which it reads back into its model on `input` (the path it keeps for the browser's spelling
 * corrections), as one step of its own undo stack. Editors are recognised by the classes their
 * editable carries.
 */

type EditorKind = 'ckeditor5' | 'quill' | 'prosemirror' | 'lexical' | 'draftjs';

const EDITOR_CLASSES: readonly (readonly [string, EditorKind])[] = [
  ['ck-editor__editable', 'ckeditor5'],
  ['ql-editor', 'quill'],
  ['ProseMirror', 'prosemirror'],
  ['public-DraftEditor-content', 'draftjs'],
];

function kindOf(editable: HTMLElement): EditorKind | undefined {
  // Lexical marks its root with an attribute, not a class.
  if (editable.hasAttribute('data-lexical-editor')) return 'lexical';
  return EDITOR_CLASSES.find(([name]) => editable.classList.contains(name))?.[1];
}

/** What a paste of a fix's text carries; undefined where the usual way serves. */
interface Clipboard {
  type: 'text/plain' | 'text/html';
  data: string;
}

function clipboardFor(kind: EditorKind, text: string): Clipboard | undefined {
  if (!text.includes('\n')) return undefined;
  switch (kind) {
    // Its plain-text paste turns every newline into a paragraph: a line break must be a soft break.
    case 'ckeditor5':
      return { type: 'text/html', data: linesAsHtml(text) };
    // Every line is a paragraph already, and a newline in plain text is one.
    case 'quill':
      return { type: 'text/plain', data: text };
    // A typed newline becomes its hard break; only a blank line needs a paragraph of its own.
    case 'prosemirror':
      return text.includes('\n\n') ? { type: 'text/html', data: linesAsHtml(text) } : undefined;
    // Typed text with a newline opens a paragraph or keeps a raw newline: a <br> is its line break.
    case 'lexical':
      return { type: 'text/html', data: linesAsHtml(text) };
    case 'draftjs':
      return undefined;
  }
}

/** Text as HTML: a blank line separates paragraphs, a newline within one is a `<br>`. */
export function linesAsHtml(text: string): string {
  const lines = (paragraph: string) => paragraph.split('\n').map(escapeHtml).join('<br>');
  const paragraphs = text.split('\n\n');
  return paragraphs.length === 1 ? lines(text) : paragraphs.map((paragraph) => `<p>${lines(paragraph)}</p>`).join('');
}

/**
 * The editor's own way in for a fix's text over the current selection, for the editors above:
 * returns whether the editor took it. Undefined for any other editable.
 */
export function editorInput(editable: HTMLElement): ((text: string) => boolean) | undefined {
  const kind = kindOf(editable);
  if (!kind) return undefined;
  return (text) => {
    if (kind === 'draftjs') return text.includes('\n') && writeIntoTextNode(editable, text);
    const data = clipboardFor(kind, text);
    return data !== undefined && paste(editable, data);
  };
}

/**
 * Writes the text over the selection, when it lies within one text node, and tells the editor
 * with an `input` event; the caret ends after the text. Returns false, having written nothing,
 * when the selection spans nodes: the editor would read only the node the caret is in.
 */
function writeIntoTextNode(editable: HTMLElement, text: string): boolean {
  const document = editable.ownerDocument;
  const view = document.defaultView;
  const selection = document.getSelection();
  if (!view || !selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  if (node !== range.endContainer || node.nodeType !== node.TEXT_NODE || !editable.contains(node)) return false;
  const { startOffset, endOffset } = range;
  (node as Text).replaceData(startOffset, endOffset - startOffset, text);
  selection.collapse(node, startOffset + text.length);
  editable.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return true;
}

/**
 * Offers a paste to the editor; it took it when it cancelled the event (nothing else would act
 * on it). Chrome fills the event's clipboard from `clipboardData`, Firefox from `dataType` and
 * `data`: each ignores the other's.
 */
function paste(editable: HTMLElement, clipboard: Clipboard): boolean {
  const view = editable.ownerDocument.defaultView;
  if (!view || typeof view.DataTransfer !== 'function' || typeof view.ClipboardEvent !== 'function') return false;
  try {
    const clipboardData = new view.DataTransfer();
    clipboardData.setData(clipboard.type, clipboard.data);
    const init = { bubbles: true, cancelable: true, composed: true, clipboardData, dataType: clipboard.type, data: clipboard.data };
    const event = new view.ClipboardEvent('paste', init);
    if (event.clipboardData?.getData(clipboard.type) !== clipboard.data) return false;
    return !editable.dispatchEvent(event);
  } catch {
    return false;
  }
}
