import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeEdits, replaceInRichEditor, replaceInTextControl } from './edit.ts';
import { buildTextMap } from './text-map.ts';

/**
 * happy-dom has no editing commands (execCommand changes nothing), so these tests exercise the
 * checks around the command and the fallbacks; the browser's own path, with its undo history,
 * is covered by the end-to-end tests.
 */

let window: Window;
let inputs: string[];
let inputData: (string | null)[];

beforeEach(() => {
  window = new Window();
  globalThis.InputEvent = window.InputEvent as unknown as typeof InputEvent;
  inputs = [];
  inputData = [];
  window.document.addEventListener('input', (event) => {
    inputs.push((event as unknown as InputEvent).inputType);
    inputData.push((event as unknown as InputEvent).data);
  });
});

function textarea(value: string): HTMLTextAreaElement {
  const element = window.document.createElement('textarea');
  element.value = value;
  window.document.body.append(element);
  return element as unknown as HTMLTextAreaElement;
}

function editor(html: string): HTMLElement {
  window.document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return window.document.body.firstElementChild as unknown as HTMLElement;
}

describe('mergeEdits', () => {
  it('turns a fix\'s edits into one replacement, so the editor records one undo step', () => {
    const original = 'Dear JO, THANKS';
    const merged = mergeEdits(original, [
      { field: 'body', start: 5, end: 7, text: 'Jo' },
      { field: 'body', start: 9, end: 15, text: 'thanks' },
    ]);
    expect(merged).toEqual({ start: 5, end: 15, text: 'Jo, thanks' });
    expect(mergeEdits(original, [])).toBeUndefined();
  });
});

describe('replaceInTextControl', () => {
  it('refuses to touch text that changed since it was linted', () => {
    const control = textarea('Hello THERE');
    expect(replaceInTextControl(control, 'Hello THERE!', { start: 6, end: 11, text: 'there' })).toBe('stale');
    expect(control.value).toBe('Hello THERE');
  });

  it('falls back to setRangeText and tells the page through an input event', () => {
    const control = textarea('Hello THERE');
    expect(replaceInTextControl(control, 'Hello THERE', { start: 6, end: 11, text: 'there' })).toBe('applied');
    expect(control.value).toBe('Hello there');
    expect(inputs).toEqual(['insertReplacementText']);
  });
});

describe('replaceInRichEditor', () => {
  it('refuses to touch text that changed since it was linted', () => {
    const root = editor('<div>请问你找谁？</div>');
    expect(replaceInRichEditor(root, '请问你找谁', { start: 2, end: 5, text: '您找哪位' })).toBe('stale');
    expect(buildTextMap(root).text).toBe('请问你找谁？');
  });

  it('offers the fix to an editor with its own model as typing over the selection, and never writes it twice', () => {
    const root = editor('<div>Hi <b>Sam</b>,</div><div>Your card 4111 1111 1111 1111 was charged.</div>');
    const linted = buildTextMap(root).text;
    const start = linted.indexOf('4111');
    const offered: { inputType: string; data: string | null; target: string }[] = [];
    // An editor like CKEditor 5 or Lexical: it takes the typing into its model, renders it, and cancels the browser's action.
    root.addEventListener('beforeinput', (event) => {
      const input = event as unknown as InputEvent;
      const range = window.document.getSelection()!.getRangeAt(0);
      offered.push({ inputType: input.inputType, data: input.data, target: range.toString() });
      range.deleteContents();
      range.insertNode(window.document.createTextNode(input.data ?? ''));
      input.preventDefault();
    });
    expect(replaceInRichEditor(root, linted, { start, end: start + 19, text: '•••• 1111' })).toBe('applied');
    expect(offered).toEqual([{ inputType: 'insertText', data: '•••• 1111', target: '4111 1111 1111 1111' }]);
    expect(buildTextMap(root).text).toBe('Hi Sam,\nYour card •••• 1111 was charged.');
    expect(root.querySelector('b')?.textContent).toBe('Sam');
    // Announced before (so an editor with its own undo history saves what was typed) and after,
    // without the text: an editor that reads typed text from input events would insert it again.
    expect(inputs).toEqual(['insertReplacementText', 'insertReplacementText']);
    expect(inputData.filter(Boolean)).toEqual([]);
  });

  it('never writes past the editor when neither it nor the browser made the change', () => {
    const root = editor('<div>Your card 4111 1111 1111 1111 was charged.</div>');
    const linted = buildTextMap(root).text;
    const start = linted.indexOf('4111');
    expect(replaceInRichEditor(root, linted, { start, end: start + 19, text: '•••• 1111' })).toBe('failed');
    expect(buildTextMap(root).text).toBe(linted);
  });

  it('does not force a line break in without the editor: the text stays as it was', () => {
    const root = editor('<div>One long line that should wrap</div>');
    const linted = buildTextMap(root).text;
    expect(replaceInRichEditor(root, linted, { start: 8, end: 9, text: '\n' })).toBe('failed');
    expect(buildTextMap(root).text).toBe(linted);
  });
});
