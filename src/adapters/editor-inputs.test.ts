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
});
