import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../core/draft.ts';
import { buildTextMap } from '../dom/text-map.ts';
import { detectComposeWindows, siteAdapters } from './index.ts';
import { roundcube } from './roundcube.ts';
import type { ComposeWindow } from './types.ts';

/**
 * Fixture markup follows the structure of Roundcube 1.6's elastic compose page: the headers
 * and body in a form inside #compose-content, the Send button below the form, the attachment
 * list in the right-hand sidebar, and in HTML mode TinyMCE's iframe next to the textarea it hides.
 */

const PLAIN_REPLY = 'Hi Maria,\n\nSorry about the lamp.\n\nOn 2025-11-03 09:14, Maria Lopez wrote:\n> It arrived broken.\n\n-- \nAlex Chen\nSupport';

function composePage(options: { html: boolean; textarea?: string; attachments?: number }): Document {
  const window = new Window({ url: 'https://webmail.example.org/?_task=mail&_action=compose&_id=1' });
  const document = window.document as unknown as Document;
  const attachments = Array.from({ length: options.attachments ?? 0 }, (_, index) => `<li id="rcmfile${index}"><a class="filename">file${index}.pdf</a></li>`).join('');
  const hiddenByEditor = options.html ? ' style="display: none;" aria-hidden="true"' : '';
  document.body.className = 'task-mail action-compose';
  document.body.innerHTML = `
    <div id="layout">
      <div id="layout-content">
        <div class="header"><div class="toolbar"><a id="rcmbtn111-clone" class="send primary button" href="#">Send</a></div></div>
        <div id="compose-content" class="formcontainer content">
          <form name="form" method="post" class="formcontent">
            <input type="hidden" name="_task" value="mail"><input type="hidden" name="_action" value="send">
            <div id="compose-headers">
              <div id="compose_to"><textarea name="_to" id="_to" data-recipient-input="true">maria@example.com</textarea></div>
              <div id="compose_subject"><input name="_subject" id="compose-subject" type="text" value="Re: Order #48213"></div>
            </div>
            <div id="composebodycontainer" class="html-editor">
              <input type="hidden" name="_is_html" value="${options.html ? 1 : 0}">
              <textarea name="_message" id="composebody" data-html-editor="1"${hiddenByEditor}></textarea>
            </div>
          </form>
          <div class="formbuttons"><button class="btn btn-primary send" type="button" id="rcmbtn111" onclick="return rcmail.command('send','',this,event)">Send</button>
            <a class="button extwin" id="rcmbtn112" role="button" href="#">Open in new window</a></div>
        </div>
      </div>
      <div id="layout-sidebar"><div id="compose-attachments"><ul id="attachment-list" class="attachmentslist">${attachments}</ul></div></div>
    </div>`;
  document.querySelector<HTMLTextAreaElement>('#composebody')!.value = options.textarea ?? '';
  if (options.html) startTinyMce(document);
  return document;
}

/** What TinyMCE does when it takes over: a same-origin iframe whose body is the editor. */
function startTinyMce(document: Document, content = ''): HTMLElement {
  const textarea = document.querySelector<HTMLTextAreaElement>('#composebody')!;
  textarea.style.display = 'none';
  textarea.setAttribute('aria-hidden', 'true');
  document.querySelector<HTMLInputElement>('input[name="_is_html"]')!.value = '1';
  const container = document.createElement('div');
  container.className = 'tox tox-tinymce';
  // srcdoc gives a same-origin document at once, like the about:blank iframe TinyMCE writes into.
  container.innerHTML = '<div class="tox-edit-area"><iframe id="composebody_ifr" srcdoc=""></iframe></div>';
  textarea.after(container);
  const body = container.querySelector('iframe')!.contentDocument!.body;
  body.id = 'tinymce';
  body.className = 'mce-content-body';
  body.setAttribute('contenteditable', 'true');
  body.innerHTML = content;
  return body;
}

/** What Roundcube does when the agent switches back to plain text. */
function stopTinyMce(document: Document, text: string): void {
  document.querySelector('.tox-tinymce')!.remove();
  const textarea = document.querySelector<HTMLTextAreaElement>('#composebody')!;
  textarea.style.display = '';
  textarea.removeAttribute('aria-hidden');
  textarea.value = text;
  document.querySelector<HTMLInputElement>('input[name="_is_html"]')!.value = '0';
}

const HTML_REPLY =
  '<p>Hi Maria,</p><p>Sorry about the lamp.</p>' +
  '<p id="reply-intro">On 2025-11-03 09:14, Maria Lopez wrote:</p>' +
  '<blockquote><div class="pre">It arrived broken.<br>Maria</div><blockquote>Order confirmed.</blockquote></blockquote>' +
  '<p><br></p><div id="_rc_sig">-- <br><div class="pre">Alex Chen<br>Customer Support</div></div>';

function textOf(window: ComposeWindow, elements: Element[]): string[] {
  const map = buildTextMap(window.body);
  return elements.map((element) => {
    const range = map.rangeOfElement(element);
    return range ? map.text.slice(range.start, range.end) : '';
  });
}

describe('roundcube adapter, plain-text compose', () => {
  it('finds the compose form with its subject, textarea body and Send button', () => {
    const document = composePage({ html: false, textarea: PLAIN_REPLY });
    const [window, ...others] = roundcube.detect(document);
    expect(others).toEqual([]);
    expect(window!.root.id).toBe('compose-content');
    expect(window!.body.id).toBe('composebody');
    expect(window!.body.tagName).toBe('TEXTAREA');
    expect(window!.subject()?.value).toBe('Re: Order #48213');
    expect(window!.sendControls().map((control) => control.id)).toEqual(['rcmbtn111', 'rcmbtn111-clone']);
    expect(window!.sendShortcuts).toEqual([]);
    expect(window!.isOpen()).toBe(true);
  });

  it('leaves the plain signature and quote to the draft model, which finds them in the text', () => {
    const document = composePage({ html: false, textarea: PLAIN_REPLY });
    const [window] = roundcube.detect(document);
    expect(window!.signatureElements()).toEqual([]);
    expect(window!.quoteElements()).toEqual([]);
    const model = analyzeDraft({ subject: '', body: PLAIN_REPLY });
    expect(PLAIN_REPLY.slice(model.signature!.range.start, model.signature!.range.end)).toBe('Alex Chen\nSupport');
    expect(model.quoted.map((range) => PLAIN_REPLY.slice(range.start, range.end))).toEqual([
      'On 2025-11-03 09:14, Maria Lopez wrote:\n> It arrived broken.',
    ]);
  });

  it('counts the files in the sidebar attachment list', () => {
    expect(roundcube.detect(composePage({ html: false, attachments: 2 }))[0]!.attachmentCount()).toBe(2);
    expect(roundcube.detect(composePage({ html: false }))[0]!.attachmentCount()).toBe(0);
  });
});

describe('roundcube adapter, HTML (TinyMCE) compose', () => {
  it('takes the body inside the TinyMCE iframe, not the textarea it hides', () => {
    const document = composePage({ html: true });
    const body = document.querySelector('iframe')!.contentDocument!.body;
    body.innerHTML = HTML_REPLY;
    const [window, ...others] = roundcube.detect(document);
    expect(others).toEqual([]);
    expect(window!.body).toBe(body);
    expect(window!.body.ownerDocument).not.toBe(document);
    expect(window!.root.id).toBe('compose-content');
    expect(window!.subject()?.value).toBe('Re: Order #48213');
    expect(window!.sendControls()[0]!.id).toBe('rcmbtn111');
  });

  it('marks #_rc_sig as the signature and the outer blockquote as the quote; the intro paragraph is left to the text', () => {
    const document = composePage({ html: true });
    document.querySelector('iframe')!.contentDocument!.body.innerHTML = HTML_REPLY;
    const [window] = roundcube.detect(document);
    expect(textOf(window!, window!.signatureElements())).toEqual(['--\nAlex Chen\nCustomer Support']);
    expect(textOf(window!, window!.quoteElements())).toEqual(['It arrived broken.\nMaria\nOrder confirmed.']);
    const map = buildTextMap(window!.body);
    const quoted = window!.quoteElements().map((element) => map.rangeOfElement(element)!);
    const model = analyzeDraft({ subject: '', body: map.text, knownRegions: { quoted } });
    expect(model.quoted.map((range) => map.text.slice(range.start, range.end))).toEqual(['On 2025-11-03 09:14, Maria Lopez wrote:', 'It arrived broken.\nMaria\nOrder confirmed.']);
  });

  it('finds nothing while TinyMCE is still starting up over a visible textarea', () => {
    const document = composePage({ html: false, textarea: '<p>source</p>' });
    document.querySelector<HTMLInputElement>('input[name="_is_html"]')!.value = '1';
    expect(roundcube.detect(document)).toEqual([]);
  });
});

describe('roundcube adapter, switching editors mid-compose', () => {
  it('closes the plain window when TinyMCE takes over and opens one on the rich body', () => {
    const document = composePage({ html: false, textarea: 'Hello there' });
    const [plain] = roundcube.detect(document);
    const rich = startTinyMce(document, '<div class="pre">Hello there</div>');
    expect(plain!.isOpen()).toBe(false);
    const [window] = roundcube.detect(document);
    expect(window!.body).toBe(rich);
    expect(window!.isOpen()).toBe(true);
  });

  it('closes the rich window when the iframe goes and opens one on the textarea again', () => {
    const document = composePage({ html: true });
    const [rich] = roundcube.detect(document);
    stopTinyMce(document, 'Hello there');
    expect(rich!.isOpen()).toBe(false);
    const [window] = roundcube.detect(document);
    expect(window!.body.id).toBe('composebody');
    expect((window!.body as HTMLTextAreaElement).value).toBe('Hello there');
    expect(window!.isOpen()).toBe(true);
  });
});

describe('roundcube adapter, recognition', () => {
  it('ignores pages without the compose form, whatever their host', () => {
    const window = new Window({ url: 'https://webmail.example.org/?_task=mail&_mbox=INBOX' });
    window.document.body.innerHTML = '<table id="messagelist"><tr class="message"><td>Hi</td></tr></table><textarea id="notes"></textarea>';
    expect(roundcube.detect(window.document as unknown as Document)).toEqual([]);
    window.document.body.innerHTML = '<form><textarea id="composebody"></textarea></form>';
    expect(roundcube.detect(window.document as unknown as Document)).toEqual([]);
  });

  it('finds Send by the command it runs when a skin draws it elsewhere', () => {
    const document = composePage({ html: false });
    document.querySelector('.formbuttons')!.remove();
    document.querySelector('#rcmbtn111-clone')!.remove();
    document.body.insertAdjacentHTML('afterbegin', `<div id="messagetoolbar"><a id="send" class="button" href="#" onclick="return rcmail.command('send','',this,event)">Send</a><a id="save" class="button" href="#" onclick="return rcmail.command('savedraft','',this,event)">Save</a></div>`);
    expect(roundcube.detect(document)[0]!.sendControls().map((control) => control.id)).toEqual(['send']);
  });

  it('owns the whole compose page in the registry: no extra windows for the recipient field or the iframe', () => {
    for (const html of [false, true]) {
      const windows = detectComposeWindows(composePage({ html, textarea: 'x' }), siteAdapters);
      expect(windows.map(({ adapter, window }) => [adapter, window.body.id])).toEqual([['roundcube', html ? 'tinymce' : 'composebody']]);
    }
  });
});
