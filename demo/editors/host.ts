/**
 * The compose form every real-editor page shares, built as a host product would build it: a
 * To field, a subject `<input>`, the editor, a Send button and Ctrl/⌘+Enter to send. A sent mail
 * lands in `#outbox` with its subject and body text in `data-subject` / `data-body`.
 *
 * `?reply` opens the editor on a reply: an empty paragraph for the caret, the agent's signature
 * ("-- " and a line in capitals that would be flagged as shouting if read as the agent's own),
 * and the customer's quoted mail (shouting and an insult, which must never be flagged).
 */

/** What the page needs from a mounted editor. */
export interface MountedEditor {
  /** The body text as the host would send it. */
  text(): string;
}

export type Mount = (container: HTMLElement, initialHtml: string) => MountedEditor | Promise<MountedEditor>;

export const SIGNATURE_LINES = ['Alex Chen', 'ACME SUPPORT TEAM', '+1 555 0100 · alex@acme.example'];
export const QUOTED_LINES = ['On Mon, 1 Dec 2026 at 09:12, Maria Lopez <maria@example.com> wrote:', 'THE BASE IS CRACKED AND NOBODY ANSWERS!!! Are you stupid?'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export const REPLY_HTML =
  '<p><br></p>' +
  `<p>-- <br>${SIGNATURE_LINES.map(escapeHtml).join('<br>')}</p>` +
  `<blockquote>${QUOTED_LINES.map(escapeHtml).join('<br>')}</blockquote>`;

export const REPLY_TEXT = `\n\n-- \n${SIGNATURE_LINES.join('\n')}\n\n${QUOTED_LINES[0]}\n> ${QUOTED_LINES[1]}\n`;

export function isReply(): boolean {
  return new URLSearchParams(location.search).has('reply');
}

const STYLE = `
  body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; max-width: 860px; }
  .compose { border: 1px solid #ccc; border-radius: 6px; padding: 12px; background: #fff; }
  .row { display: flex; gap: 8px; margin-bottom: 8px; align-items: center; }
  .row label { width: 60px; color: #555; }
  .row input { flex: 1; font: inherit; padding: 4px; }
  #editor { min-height: 220px; }
  .actions { margin-top: 10px; display: flex; gap: 12px; align-items: center; }
  .send { background: #0b57d0; color: #fff; border: 0; border-radius: 16px; padding: 6px 18px; font: inherit; }
`;

export async function composePage(name: string, mount: Mount): Promise<void> {
  document.title = `${name} — Netiquette test page`;
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  document.body.innerHTML = `
    <h1>${name}</h1>
    <form id="compose" class="compose" autocomplete="off">
      <div class="row"><label for="to">To</label><input id="to" name="to" value="maria@example.com"></div>
      <div class="row"><label for="subject">Subject</label><input id="subject" name="subject"></div>
      <div id="editor"></div>
      <div class="actions"><button type="submit" id="send" class="send">Send</button><small>or Ctrl+Enter</small></div>
    </form>
    <h2>Sent</h2>
    <ol id="outbox"></ol>`;
  const form = document.querySelector<HTMLFormElement>('#compose')!;
  const subject = document.querySelector<HTMLInputElement>('#subject')!;
  const editor = await mount(document.querySelector<HTMLElement>('#editor')!, isReply() ? REPLY_HTML : '<p><br></p>');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sent = document.createElement('li');
    sent.dataset.subject = subject.value;
    sent.dataset.body = editor.text();
    sent.textContent = subject.value || '(no subject)';
    document.querySelector('#outbox')!.append(sent);
  });
  // Captured, as hosts bind their shortcut above the editor, which may stop the key's propagation.
  form.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      form.requestSubmit(document.querySelector<HTMLButtonElement>('#send'));
    },
    true,
  );
  // Tests compare the editor's own model with what Netiquette read and wrote.
  (window as unknown as { editorText: () => string }).editorText = () => editor.text();
  document.documentElement.dataset.editorReady = 'true';
}
