import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from '../dom/text-map.ts';
import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { adaptersFor, detectComposeWindows, siteAdapters, watchedAttributes } from './index.ts';
import { outlook } from './outlook.ts';
import type { ComposeWindow } from './types.ts';

function page(html: string): Document {
  const window = new Window({ url: 'http://127.0.0.1/' });
  window.document.body.innerHTML = html;
  return window.document as unknown as Document;
}

function textOf(window: ComposeWindow, elements: Element[]): string[] {
  const map = buildTextMap(window.body);
  return elements.map((element) => {
    const range = map.rangeOfElement(element);
    return range ? map.text.slice(range.start, range.end) : '';
  });
}

const gmailCompose = (id: string, subject: string) => `
  <div role="dialog" id="${id}">
    <form><input name="subjectbox" value="${subject}"></form>
    <textarea aria-label="Message Body" style="display:none"></textarea>
    <div g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body">
      <div>Hello</div>
      <div class="gmail_signature">Alex<br>Support</div>
      <div class="gmail_quote_container"><div class="gmail_quote">On Mon, Jo wrote:<blockquote>Hi<div class="gmail_signature">Jo</div></blockquote></div></div>
    </div>
    <div><input type="checkbox" name="attach" checked><input type="checkbox" name="attach" checked></div>
    <table><tr><td><div role="button" class="T-I aoO" data-tooltip="Send (Ctrl-Enter)" tabindex="1">Send</div></td></tr></table>
  </div>`;

describe('gmail adapter', () => {
  it('finds every compose window with its own subject, body and Send button', () => {
    const document = page(gmailCompose('a', 'Refund') + gmailCompose('b', 'Delivery'));
    const windows = gmail.detect(document);
    expect(windows.map((window) => window.root.id)).toEqual(['a', 'b']);
    expect(windows.map((window) => window.subject()?.value)).toEqual(['Refund', 'Delivery']);
    expect(windows.map((window) => window.body.tagName)).toEqual(['DIV', 'DIV']);
    expect(windows[1]!.sendControls().map((control) => control.textContent)).toEqual(['Send']);
    expect(windows[0]!.sendShortcuts).toContain('mod+enter');
  });

  it('tells its own signature from one inside the quoted mail, and finds the quote', () => {
    const [window] = gmail.detect(page(gmailCompose('a', 'Refund')));
    expect(textOf(window!, window!.signatureElements())).toEqual(['Alex\nSupport']);
    expect(textOf(window!, window!.quoteElements())).toEqual(['On Mon, Jo wrote:\nHi\nJo']);
  });

  it('counts attachment chips', () => {
    const [window] = gmail.detect(page(gmailCompose('a', 'Refund')));
    expect(window!.attachmentCount()).toBe(2);
  });

  it('knows when a compose window closes', () => {
    const document = page(gmailCompose('a', 'Refund'));
    const [window] = gmail.detect(document);
    expect(window!.isOpen()).toBe(true);
    document.getElementById('a')!.remove();
    expect(window!.isOpen()).toBe(false);
  });

  it('recognises Send by its shortcut tooltip when the class is gone', () => {
    const [window] = gmail.detect(
      page(`<div role="dialog"><div g_editable="true" contenteditable="true"></div>
        <div role="button" data-tooltip="发送 (Ctrl-Enter)">发送</div><div role="button" data-tooltip="Formatting">A</div></div>`),
    );
    expect(window!.sendControls().map((control) => control.textContent)).toEqual(['发送']);
  });
});

const outlookCompose = (body: string) => `
  <div class="compose" id="pane">
    <div role="textbox" contenteditable="true" aria-label="To"><span>jo@example.com</span></div>
    <input type="text" aria-label="Add a subject" value="Your order">
    ${body}
    <button class="ms-Button ms-Button--primary" aria-label="Send">Send</button>
    <button class="ms-Button" aria-label="Discard">Discard</button>
  </div>`;

describe('outlook adapter', () => {
  it('picks the body over the recipient well by its signature and history', () => {
    const document = page(
      outlookCompose(`<div role="textbox" contenteditable="true" aria-label="Message body">
        <div>Dear Jo,</div><div id="Signature"><div>Alex</div></div>
        <div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: Jo</div><div>Old text</div></div>`),
    );
    const [window, ...others] = outlook.detect(document);
    expect(others).toEqual([]);
    expect(window!.body.getAttribute('aria-label')).toBe('Message body');
    expect(window!.subject()?.value).toBe('Your order');
    expect(window!.sendControls().map((control) => control.textContent)).toEqual(['Send']);
    expect(textOf(window!, window!.signatureElements())).toEqual(['Alex']);
    expect(textOf(window!, window!.quoteElements()).filter(Boolean)).toEqual(['From: Jo', 'Old text']);
  });

  it('takes the last textbox of a compose form when the body carries no marker yet', () => {
    const document = page(outlookCompose('<div role="textbox" contenteditable="true" aria-label="Message body"><div><br></div></div>'));
    const windows = outlook.detect(document);
    expect(windows.map((window) => window.body.getAttribute('aria-label'))).toEqual(['Message body']);
  });
});

describe('generic adapter', () => {
  it('finds helpdesk editors and plain textareas, skipping hidden source textareas', () => {
    const document = page(`
      <form id="ticket"><input name="ticket_subject" value="Printer"><textarea id="source" hidden></textarea>
        <div class="ck ck-editor"><div class="ck-editor__editable" contenteditable="true"><p>Hi</p></div></div>
        <button type="submit">Submit as Open</button><button type="button">Macro</button></form>
      <div class="note-editor"><div class="note-editable" contenteditable="true"><p>Note <span contenteditable="false">@Jo</span></p></div></div>
      <textarea id="plain">Plain body</textarea><textarea id="locked" readonly>x</textarea>`);
    const windows = generic.detect(document);
    expect(windows.map((window) => (window.body.id || window.body.className))).toEqual(['ck-editor__editable', 'note-editable', 'plain']);
    const [ckeditor, summernote] = windows;
    expect(ckeditor!.root.id).toBe('ticket');
    expect(ckeditor!.subject()?.value).toBe('Printer');
    expect(ckeditor!.sendControls().map((control) => control.textContent)).toEqual(['Submit as Open']);
    expect(summernote!.root.className).toBe('note-editor');
    expect(summernote!.sendControls()).toEqual([]);
  });
});

describe('adapter registry', () => {
  it('lets the site adapter run alone on its own host', () => {
    expect(adaptersFor('mail.google.com')).toEqual([gmail]);
    expect(adaptersFor('outlook.live.com')).toEqual([outlook]);
    expect(adaptersFor('127.0.0.1')).toEqual(siteAdapters);
  });

  it('watches only the attributes the adapters in charge name', () => {
    // On Gmail, classes change all the time and never open a window: they only make the guard look Send up again.
    const onGmail = watchedAttributes(adaptersFor('mail.google.com'));
    expect(onGmail.window.has('class')).toBe(false);
    expect(onGmail.all).toEqual(expect.arrayContaining(['class', 'data-tooltip', 'g_editable']));
    // Elsewhere editors are shown and hidden in place (Roundcube's plain/HTML switch, a helpdesk's tabs).
    const everywhere = watchedAttributes(siteAdapters);
    expect([...everywhere.window]).toEqual(expect.arrayContaining(['class', 'style', 'hidden', 'value']));
    expect(new Set(everywhere.all).size).toBe(everywhere.all.length);
  });

  it('leaves a multi-line textbox outside Outlook\'s compose form to the generic adapter, with its form\'s Send', () => {
    // Summernote's editable is a role=textbox aria-multiline div, like Outlook's body.
    const document = page(`<form id="reply"><input name="subject"><div class="note-editor"><div class="note-editable" role="textbox" aria-multiline="true" contenteditable="true"><p>Hi</p></div></div>
      <button type="submit" id="send">Send</button></form>`);
    const found = detectComposeWindows(document, siteAdapters);
    expect(found.map(({ adapter, window }) => `${adapter}:${window.root.id}`)).toEqual(['generic:reply']);
    expect(found[0]!.window.sendControls().map((control) => control.id)).toEqual(['send']);
    expect(found[0]!.window.sendShortcuts).toEqual(['mod+enter']);
  });

  it('does not treat editors inside a known compose window as windows of their own', () => {
    const document = page(
      gmailCompose('a', 'Refund') +
        outlookCompose('<div role="textbox" contenteditable="true" aria-multiline="true"></div>') +
        '<textarea id="notes">notes</textarea>',
    );
    const found = detectComposeWindows(document, siteAdapters);
    expect(found.map(({ adapter, window }) => `${adapter}:${window.root.id || window.body.id}`)).toEqual(['gmail:a', 'outlook:pane', 'generic:notes']);
  });
});
