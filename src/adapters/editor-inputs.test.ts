import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { editorInput, linesAsHtml } from './editor-inputs.ts';

/** An editable with the given class that takes every paste, recording what it carried. */
function editable(className: string): { element: HTMLElement; pasted: Record<string, string>[] } {
  const window = new Window();
  const element = window.document.createElement('div') as unknown as HTMLElement;
  element.className = className;
  element.contentEditable = 'true';
  window.document.body.append(element as never);
  const pasted: Record<string, string>[] = [];
  element.addEventListener('paste', (event) => {
    const data = (event as ClipboardEvent).clipboardData!;
    pasted.push(Object.fromEntries(['text/plain', 'text/html'].map((type) => [type, data.getData(type)])));
    event.preventDefault();
  });
  return { element, pasted };
}

describe('linesAsHtml', () => {
  it('keeps a line break inside one paragraph and escapes the text', () => expect(linesAsHtml('a <b>\nc')).toBe('a &lt;b&gt;<br>c'));
  it('sets a blank line as a paragraph break', () => expect(linesAsHtml('Hello,\n\nThanks\nAlex')).toBe('<p>Hello,</p><p>Thanks<br>Alex</p>'));
  it('leaves an empty paragraph where the text ends in a blank line', () => expect(linesAsHtml('Hello,\n\n')).toBe('<p>Hello,</p><p></p>'));
});

describe('editorInput', () => {
  it('has nothing for an editor it does not know', () => expect(editorInput(editable('note-editable').element)).toBeUndefined());

  it('pastes a line break into CKEditor 5 as a soft break in HTML', () => {
    const { element, pasted } = editable('ck-content ck-editor__editable');
    expect(editorInput(element)!('arrive\nin')).toBe(true);
    expect(pasted).toEqual([{ 'text/plain': '', 'text/html': 'arrive<br>in' }]);
  });

  it('pastes a line break into Quill as plain text', () => {
    const { element, pasted } = editable('ql-editor');
    expect(editorInput(element)!('arrive\nin')).toBe(true);
    expect(pasted).toEqual([{ 'text/plain': 'arrive\nin', 'text/html': '' }]);
  });

  it('pastes into ProseMirror only a blank line, as paragraphs', () => {
    const { element, pasted } = editable('tiptap ProseMirror');
    expect(editorInput(element)!('arrive\nin')).toBe(false);
    expect(editorInput(element)!('Hello,\n\n')).toBe(true);
    expect(pasted).toEqual([{ 'text/plain': '', 'text/html': '<p>Hello,</p><p></p>' }]);
  });

  it('leaves text on one line to the usual way in', () => {
    const { element, pasted } = editable('ql-editor');
    expect(editorInput(element)!('Please do not')).toBe(false);
    expect(pasted).toEqual([]);
  });

  it('reports a paste nobody took as not taken', () => {
    const { element } = editable('ql-editor');
    const window = element.ownerDocument.defaultView!;
    window.addEventListener('paste', (event) => event.stopImmediatePropagation(), { capture: true });
    expect(editorInput(element)!('a\nb')).toBe(false);
  });

  describe('Draft.js', () => {
    /** A Draft.js-like editable with two leaves, recording the input events it is told of. */
    function draftEditable() {
      const { element } = editable('public-DraftEditor-content');
      element.innerHTML = '<div><span>We have processed the refund</span><span> today</span></div>';
      const inputs: { inputType: string; data: string | null }[] = [];
      element.addEventListener('input', (event) => inputs.push({ inputType: (event as InputEvent).inputType, data: (event as InputEvent).data }));
      const leaf = (index: number) => element.querySelectorAll('span')[index]!.firstChild as Text;
      const select = (startNode: Text, start: number, endNode: Text, end: number) => {
        const range = element.ownerDocument.createRange();
        range.setStart(startNode, start);
        range.setEnd(endNode, end);
        const selection = element.ownerDocument.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
      };
      return { element, inputs, leaf, select };
    }

    it('writes a line break into the text node it replaces and tells the editor, with the caret after it', () => {
      const { element, inputs, leaf, select } = draftEditable();
      select(leaf(0), 17, leaf(0), 18);
      expect(editorInput(element)!('\n')).toBe(true);
      expect(leaf(0).data).toBe('We have processed\nthe refund');
      expect(inputs).toEqual([{ inputType: 'insertText', data: '\n' }]);
      const selection = element.ownerDocument.getSelection()!;
      expect([selection.anchorNode === leaf(0), selection.anchorOffset, selection.isCollapsed]).toEqual([true, 18, true]);
    });

    it('writes nothing when the selection spans two leaves, nor text on one line', () => {
      const { element, inputs, leaf, select } = draftEditable();
      select(leaf(0), 20, leaf(1), 3);
      expect(editorInput(element)!('\n')).toBe(false);
      select(leaf(0), 7, leaf(0), 8);
      expect(editorInput(element)!('-')).toBe(false);
      expect(element.textContent).toBe('We have processed the refund today');
      expect(inputs).toEqual([]);
    });
  });
});
