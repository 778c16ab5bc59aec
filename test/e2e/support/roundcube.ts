// Helpers for end-to-end tests against the real Roundcube started by scripts/roundcube/roundcube.sh.
//
//   sudo scripts/roundcube/roundcube.sh install && sudo scripts/roundcube/roundcube.sh start
//
// Tests should skip when readRoundcubeEnv() returns null (Roundcube not running).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import PostalMime, { type Email } from 'postal-mime';

export interface RoundcubeEnv {
  /** Base URL with trailing slash, e.g. http://127.0.0.1:8089/ */
  url: string;
  user: string;
  password: string;
  email: string;
  /** Name of the pre-created default identity ("Alex Chen"). */
  identityName: string;
  /** Plain-text signature of the default identity (3 lines, no "-- " separator). */
  signature: string;
  /** Directory where the SMTP sink writes one .eml per sent message. */
  sinkDir: string;
  stateDir: string;
  webPort: number;
  imapPort: number;
  smtpPort: number;
}

export type HtmlEditorMode = 0 | 1;
export type ComposeMode = 'plain' | 'html';

export const ROUNDCUBE_SCRIPT = fileURLToPath(new URL('../../../scripts/roundcube/roundcube.sh', import.meta.url));
export const ROUNDCUBE_STATE_DIR = process.env.RC_STATE_DIR ?? '/tmp/netiquette-roundcube';

/** Selectors confirmed against Roundcube 1.6.5 (elastic skin). */
export const RC = {
  loginUser: '#rcmloginuser',
  loginPassword: '#rcmloginpwd',
  loginSubmit: '#rcmloginsubmit',
  messageList: '#messagelist',
  messageRow: '#messagelist tr.message',
  /** Visible recipient widget input; type an address, then press Enter/comma or blur. */
  toInput: '#compose_to ul.recipient-input input',
  /** Hidden textarea that Roundcube actually submits (kept in sync by the widget). */
  toTextarea: 'textarea#_to',
  subject: 'input#compose-subject[name=_subject]',
  plainBody: 'textarea#composebody[name=_message]',
  htmlIframe: '#composebody_ifr',
  htmlBody: 'body#tinymce[contenteditable=true]',
  sendButton: '.formbuttons button.btn.btn-primary.send',
  sentConfirmation: '#messagestack .confirmation',
} as const;

function pidAlive(pidFile: string): boolean {
  try {
    const pid = Number(readFileSync(pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/** Reads env.json written by `roundcube.sh start`; null when Roundcube is not running. */
export function readRoundcubeEnv(stateDir: string = ROUNDCUBE_STATE_DIR): RoundcubeEnv | null {
  let env: RoundcubeEnv;
  try {
    env = JSON.parse(readFileSync(path.join(stateDir, 'env.json'), 'utf8')) as RoundcubeEnv;
  } catch {
    return null;
  }
  for (const service of ['dovecot', 'smtp-sink', 'php']) {
    if (!pidAlive(path.join(env.stateDir ?? stateDir, 'pids', `${service}.pid`))) return null;
  }
  return env;
}

/** Switches compose mode without restarting (0 = plain textarea, 1 = always HTML/TinyMCE). Needs root. */
export function setHtmlEditor(mode: HtmlEditorMode): void {
  execFileSync('bash', [ROUNDCUBE_SCRIPT, 'set-htmleditor', String(mode)], { stdio: ['ignore', 'ignore', 'pipe'] });
}

const dialogPages = new WeakSet<Page>();

/** Accept confirm()/beforeunload dialogs (Playwright would dismiss them, cancelling editor switches and navigation). */
export function acceptDialogs(page: Page): void {
  if (dialogPages.has(page)) return;
  dialogPages.add(page);
  page.on('dialog', (dialog) => {
    dialog.accept().catch(() => {});
  });
}

function rcUrl(env: RoundcubeEnv, query: string): string {
  return `${env.url}?${query}`;
}

async function waitForMailList(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const rc = (window as unknown as { rcmail?: { busy?: boolean; message_list?: unknown; env: Record<string, unknown> } }).rcmail;
      if (!rc || rc.env.task !== 'mail' || !rc.message_list || rc.busy) return false;
      return document.querySelector('#messagelist tr.message') !== null || rc.env.messagecount === 0;
    },
    undefined,
    { timeout },
  );
}

/** Logs in (no-op when the session is still valid) and waits for the INBOX message list. */
export async function login(page: Page, env: RoundcubeEnv, timeout = 30_000): Promise<void> {
  acceptDialogs(page);
  await page.goto(rcUrl(env, '_task=mail&_mbox=INBOX'), { timeout });
  if (await page.locator(RC.loginUser).count()) {
    await page.fill(RC.loginUser, env.user);
    await page.fill(RC.loginPassword, env.password);
    await Promise.all([page.waitForURL(/_task=mail/, { timeout }), page.click(RC.loginSubmit)]);
  }
  await waitForMailList(page, timeout);
}

export interface ComposeHandle {
  mode: ComposeMode;
  /** TinyMCE iframe (about:blank, same origin) in HTML mode, null in plain mode. */
  bodyFrame: Frame | null;
}

/** Waits until the compose editor (plain textarea or TinyMCE) is initialised. */
export async function waitForComposeReady(page: Page, timeout = 30_000): Promise<ComposeHandle> {
  await page.waitForSelector(RC.subject, { timeout });
  await page.waitForFunction(
    () => {
      const rc = (window as unknown as { rcmail?: { env: Record<string, unknown>; editor?: { editor?: unknown } } }).rcmail;
      if (!rc?.env.compose_id || !rc.editor) return false;
      // The signature is inserted by change_identity() once the editor is up.
      if (document.querySelector('select[name=_from]') && !rc.env.identities_initialized) return false;
      // The server decides the mode (hidden _is_html); in HTML mode the textarea is visible until TinyMCE replaces it.
      const html = document.querySelector<HTMLInputElement>('input[name=_is_html]')?.value === '1';
      if (html) {
        const ifr = document.querySelector<HTMLIFrameElement>('#composebody_ifr');
        return !!rc.editor.editor && ifr?.contentDocument?.querySelector('body#tinymce[contenteditable=true]') != null;
      }
      const ta = document.querySelector<HTMLTextAreaElement>('textarea#composebody');
      return ta !== null && ta.offsetParent !== null;
    },
    undefined,
    { timeout },
  );
  const iframe = await page.$(RC.htmlIframe);
  if (!iframe) return { mode: 'plain', bodyFrame: null };
  return { mode: 'html', bodyFrame: await iframe.contentFrame() };
}

/** Opens a new message (top-level compose page). Log in first. */
export async function openCompose(page: Page, env: RoundcubeEnv, timeout = 30_000): Promise<ComposeHandle> {
  acceptDialogs(page);
  await page.goto(rcUrl(env, '_task=mail&_action=compose'), { timeout });
  return waitForComposeReady(page, timeout);
}

/** UID of the first INBOX message whose subject contains the string / matches the RegExp. */
export async function findMessageUid(page: Page, env: RoundcubeEnv, subject: string | RegExp, timeout = 30_000): Promise<number> {
  await page.goto(rcUrl(env, '_task=mail&_mbox=INBOX'), { timeout });
  await waitForMailList(page, timeout);
  const rows = await page.evaluate(() => {
    const rc = (window as unknown as { rcmail: { message_list: { rows: Record<string, { obj: HTMLElement }> } } }).rcmail;
    return Object.entries(rc.message_list.rows).map(([uid, row]) => ({
      uid,
      subject: (row.obj.querySelector('td.subject span.subject a, .subject a')?.textContent ?? '').trim(),
    }));
  });
  const hit = rows.find((r) => (typeof subject === 'string' ? r.subject.includes(subject) : subject.test(r.subject)));
  if (!hit) throw new Error(`no INBOX message matches ${String(subject)}; subjects: ${rows.map((r) => r.subject).join(' | ')}`);
  return Number(hit.uid);
}

/** Opens a reply to an INBOX message given by UID or by a subject filter. Log in first. */
export async function openReply(
  page: Page,
  env: RoundcubeEnv,
  uidOrSubjectFilter: number | string | RegExp,
  timeout = 30_000,
): Promise<ComposeHandle & { uid: number }> {
  acceptDialogs(page);
  const uid =
    typeof uidOrSubjectFilter === 'number' ? uidOrSubjectFilter : await findMessageUid(page, env, uidOrSubjectFilter, timeout);
  await page.goto(rcUrl(env, `_task=mail&_reply_uid=${uid}&_mbox=INBOX&_action=compose`), { timeout });
  return { uid, ...(await waitForComposeReady(page, timeout)) };
}

/** Types one recipient into the To widget and commits it (Roundcube turns it into a recipient box). */
export async function addRecipient(page: Page, address: string): Promise<void> {
  const input = page.locator(RC.toInput);
  await input.click();
  await input.pressSequentially(address);
  await input.press('Enter');
}

/** Current body text (plain textarea value, or TinyMCE body innerText in HTML mode). */
export async function readComposeBody(page: Page, handle: ComposeHandle): Promise<string> {
  if (handle.bodyFrame) return handle.bodyFrame.locator(RC.htmlBody).innerText();
  return page.locator(RC.plainBody).inputValue();
}

/** Clicks Send and waits for "Message sent successfully" (the page then returns to the list by itself). */
export async function clickSend(page: Page, timeout = 30_000): Promise<void> {
  await page.click(RC.sendButton);
  await page.waitForSelector(RC.sentConfirmation, { timeout });
}

export interface SentMail {
  file: string;
  /** Raw message as received, including the sink's X-Sink-Mail-From / X-Sink-Rcpt-To headers. */
  raw: string;
  mail: Email;
  /** Envelope recipients from the SMTP transaction. */
  rcptTo: string[];
}

/** Messages currently in the sink dir (oldest first). `since`: only files written at/after this epoch ms. */
export async function listSentMail(env: RoundcubeEnv, since = 0, skip?: Set<string>): Promise<SentMail[]> {
  let names: string[];
  try {
    names = (await readdir(env.sinkDir)).filter((n) => n.endsWith('.eml') && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
  const out: SentMail[] = [];
  for (const name of names) {
    const file = path.join(env.sinkDir, name);
    if (skip?.has(file)) continue;
    if (since && (await stat(file)).mtimeMs < since) continue;
    const buf = await readFile(file);
    const raw = buf.toString('utf8');
    const rcptLine = /^X-Sink-Rcpt-To: (.*)$/m.exec(raw)?.[1] ?? '';
    out.push({
      file,
      raw,
      mail: await PostalMime.parse(buf),
      rcptTo: [...rcptLine.matchAll(/<([^>]*)>/g)].map((m) => m[1] ?? ''),
    });
  }
  return out;
}

/** Polls the SMTP sink until a message matches `predicate` (e.g. by subject); throws after timeoutMs. */
export async function waitForSentMail(
  env: RoundcubeEnv,
  predicate: (m: SentMail) => boolean,
  timeoutMs = 15_000,
  opts: { since?: number } = {},
): Promise<SentMail> {
  const deadline = Date.now() + timeoutMs;
  const seen = new Set<string>();
  for (;;) {
    for (const m of await listSentMail(env, opts.since, seen)) {
      seen.add(m.file);
      if (predicate(m)) return m;
    }
    if (Date.now() > deadline) {
      throw new Error(`no matching mail in ${env.sinkDir} after ${timeoutMs} ms (${seen.size} other message(s) seen)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
