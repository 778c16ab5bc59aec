import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuardDialogController } from './guard-dialog-controller.tsx';

let window: Window;

beforeEach(() => {
  window = new Window();
  for (const name of ['document', 'Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent', 'MouseEvent', 'FocusEvent']) {
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
});

afterEach(() => window.close());

function openDialog(): { dialogs: GuardDialogController; editor: HTMLElement; onSend: () => void } {
  const document = window.document as unknown as Document;
  document.body.innerHTML = '<div contenteditable="true" id="editor">Hi</div>';
  const editor = document.getElementById('editor')!;
  editor.focus();
  const dialogs = new GuardDialogController(document, ((key: string) => key) as never, () => 'en', () => 0);
  const onSend = vi.fn();
  dialogs.open({ findings: [], cooldownSeconds: 30, allowSendAnyway: true, cooldownEndsAt: undefined, onReview: () => {}, onWait: () => 0, onSend });
  return { dialogs, editor, onSend };
}

describe('GuardDialogController', () => {
  it('keeps focus in the open dialog when the page takes it back', () => {
    const { dialogs, editor } = openDialog();
    const host = window.document.querySelector('netiquette-ui[data-part="guard"]')!;
    expect(window.document.activeElement).toBe(host);
    editor.focus();
    expect(window.document.activeElement).toBe(host);
    expect(dialogs.isOpen).toBe(true);
  });

  it('closes on Escape wherever the key lands, and gives focus back to the editor', () => {
    const { dialogs, editor } = openDialog();
    editor.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }) as unknown as Event);
    expect(dialogs.isOpen).toBe(false);
    expect(window.document.activeElement).toBe(editor);
    // Closed, it no longer holds the page's focus or keys.
    const input = window.document.createElement('input');
    window.document.body.append(input);
    input.focus();
    expect(window.document.activeElement).toBe(input);
  });
});
