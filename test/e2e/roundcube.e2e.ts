// A real Roundcube 1.6 (elastic skin) on 127.0.0.1 with the e2e build loaded in Debian Chromium:
// hints, fixes and the send guard in the plain-text textarea and in TinyMCE's iframe, and mail
// that really leaves through Roundcube's SMTP connection to the sink.
//
//   sudo scripts/roundcube/roundcube.sh install && sudo scripts/roundcube/roundcube.sh start
//
// Without a running Roundcube the suite is skipped locally and fails under CI=true.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter } from '../../src/core/engine.ts';
import type { Draft } from '../../src/core/types.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { launchChromium, screenshot, settingsWithGuard, writeEffectiveSettings, type LaunchedBrowser } from './support/browser.ts';
import { CARD, expectRulesInPanel, GUARD_DIALOG, highlightedTexts, PANEL, panelRules, typeLines } from './support/netiquette.ts';
import {
  addRecipient,
  listSentMail,
  login,
  openCompose,
  openReply,
  RC,
  readComposeBody,
  readRoundcubeEnv,
  ROUNDCUBE_STATE_DIR,
  setHtmlEditor,
  waitForSentMail,
  type ComposeHandle,
  type ComposeMode,
  type RoundcubeEnv,
} from './support/roundcube.ts';

const env = readRoundcubeEnv();
const required = process.env.CI === 'true';
const NOT_RUNNING = `Roundcube is not running (no env.json in ${ROUNDCUBE_STATE_DIR}, or a service is down). Start it with: sudo scripts/roundcube/roundcube.sh install && sudo scripts/roundcube/roundcube.sh start`;
if (!env) console.warn(`roundcube.e2e: ${required ? 'failing, CI=true needs a real Roundcube' : 'skipped'}. ${NOT_RUNNING}`);

const CUSTOMER = 'maria@example.com';
/** The lines of an angry reply: a curt Chinese opening, shouting, and an insult the tone rule blocks. */
const ANGRY = ['喂，你找谁？', 'This is RIDICULOUS. I TOLD YOU ALREADY, are you stupid?'];
/** A calm reply in both languages, each line short enough that Roundcube's format=flowed leaves it whole. */
const CALM = ['您好，', '您的退款已经处理，预计三个工作日内到账。', 'Dear Maria, your refund is on its way.', 'Best regards,'];

/** The same engine and default rules the content script runs, to state what a draft must trigger. */
const linter = createLinter(builtinRules);
function blockingRules(draft: Draft): string[] {
  return linter.lint(draft).filter((finding) => finding.severity === 'error').map((finding) => finding.ruleId);
}

interface Compose extends ComposeHandle {
  /** Puts the caret at the very start of the body, above Roundcube's signature. */
  focusBodyStart(): Promise<void>;
  body(): Promise<string>;
}

/** The body text of a draft whose lines were typed at the top of a new message, above the signature. */
function typedAboveSignature(mode: ComposeMode, lines: readonly string[], signature: string): string {
  // TinyMCE makes each Enter a new paragraph, which the text map (like innerText) sets apart by a blank line.
  return mode === 'plain' ? `${lines.join('\n')}\n\n-- \n${signature}` : `${lines.join('\n\n')}\n\n--\n\n${signature}`;
}

/** What Roundcube sends as text/plain for those lines (for HTML, its own conversion of the paragraphs). */
function sentText(mode: ComposeMode, lines: readonly string[], signature: string): string {
  return `${lines.join(mode === 'plain' ? '\n' : '\n\n')}\n\n-- \n${signature}\n`;
}

/** Underlined stretches of text in the mirror overlays; marks split where findings overlap are joined again. */
async function overlayRuns(page: Page): Promise<string[]> {
  return page.locator('netiquette-ui[data-part="overlay"]').evaluateAll((hosts) =>
    hosts.flatMap((host) => {
      const runs: string[] = [];
      let inRun = false;
      for (const node of host.shadowRoot?.querySelector('.mirror')?.childNodes ?? []) {
        const marked = node.nodeType === Node.ELEMENT_NODE && (node as Element).classList.contains('mark');
        if (marked && inRun) runs[runs.length - 1] += node.textContent ?? '';
        else if (marked) runs.push(node.textContent ?? '');
        inRun = marked;
      }
      return runs;
    }),
  );
}

function underlines(underlined: readonly string[], phrase: string): boolean {
  return underlined.some((text) => text.includes(phrase));
}

describe.skipIf(!env && !required)('Roundcube 1.6 with Netiquette', () => {
  let rc: RoundcubeEnv;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    if (!env) throw new Error(NOT_RUNNING);
    rc = env;
    browser = await launchChromium();
    await writeEffectiveSettings(browser, settingsWithGuard({ cooldownSeconds: 30, allowSendAnyway: true }));
    page = await browser.context.newPage();
    await login(page, rc);
  });

  afterAll(async () => {
    await browser?.close();
    if (env) setHtmlEditor(0);
  });

  async function compose(mode: ComposeMode): Promise<Compose> {
    setHtmlEditor(mode === 'html' ? 1 : 0);
    const handle = await openCompose(page, rc);
    expect(handle.mode).toBe(mode);
    return {
      ...handle,
      async focusBodyStart() {
        if (handle.bodyFrame) await handle.bodyFrame.click(RC.htmlBody);
        else await page.click(RC.plainBody);
        await page.keyboard.press('Control+Home');
      },
      body: () => readComposeBody(page, handle),
    };
  }

  async function fillHeaders(subject: string): Promise<void> {
    await addRecipient(page, CUSTOMER);
    await page.click(RC.subject);
    await page.keyboard.type(subject);
  }

  async function sendAndReceive(subject: string, since: number) {
    await page.waitForSelector(RC.sentConfirmation, { timeout: 30_000 });
    return waitForSentMail(rc, (sent) => sent.mail.subject === subject, 15_000, { since });
  }

  for (const mode of ['plain', 'html'] as const) {
    describe(`${mode === 'plain' ? 'plain-text textarea' : 'HTML editor (TinyMCE iframe)'}`, () => {
      it('underlines problems as the agent types Chinese (through an IME) and English, and lists them in the panel', async () => {
        const draft = await compose(mode);
        await draft.focusBodyStart();
        // The Chinese line goes through a composition, as a pinyin IME would type it.
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Input.imeSetComposition', { text: 'wei', selectionStart: 3, selectionEnd: 3 });
        await cdp.send('Input.imeSetComposition', { text: '喂', selectionStart: 1, selectionEnd: 1 });
        await cdp.send('Input.insertText', { text: '喂' });
        await cdp.detach();
        await page.keyboard.type(ANGRY[0]!.slice(1));
        await expectRulesInPanel(page, ['forbidden-phrase', 'honorific']);
        await page.keyboard.press('Enter');
        await page.keyboard.type(ANGRY[1]!);
        await expectRulesInPanel(page, ['forbidden-phrase', 'honorific', 'shouting', 'angry-tone', 'subject-missing']);
        expect(await draft.body()).toBe(typedAboveSignature(mode, ANGRY, rc.signature));

        let underlined: string[];
        if (mode === 'plain') {
          // A textarea has no text nodes: its underlines are marks in the mirror overlay.
          underlined = await overlayRuns(page);
        } else {
          // Highlights live in the editor's own document, next to its ::highlight() rules; the page has none.
          underlined = Object.values(await highlightedTexts(draft.bodyFrame!)).flat();
          expect(Object.keys(await highlightedTexts(page)).filter((name) => name.startsWith('netiquette'))).toEqual([]);
          const sheets = await draft.bodyFrame!.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)));
          expect(sheets.some((rule) => rule.includes('::highlight(netiquette-error)') && rule.includes('wavy'))).toBe(true);
        }
        for (const phrase of ['你找谁', 'RIDICULOUS', 'I TOLD YOU ALREADY', 'stupid']) {
          expect(underlines(underlined, phrase), `"${phrase}" underlined in ${JSON.stringify(underlined)}`).toBe(true);
        }
        await expect.poll(() => page.locator(PANEL).count()).toBe(1);
        await screenshot(page, `roundcube-${mode}-hints.png`);
      });

      it('lints the answer written below the quoted mail in a reply, never the quote', async () => {
        setHtmlEditor(mode === 'html' ? 1 : 0);
        const reply = await openReply(page, rc, 1);
        expect(reply.mode).toBe(mode);
        // Roundcube quotes above and signs below (reply_mode 0); the caret goes between the two.
        if (reply.bodyFrame) {
          await reply.bodyFrame.locator(RC.htmlBody).evaluate((body) => {
            body.focus();
            body.ownerDocument.getSelection()?.collapse(body.querySelector('blockquote')!.nextElementSibling, 0);
          });
        } else {
          await page.locator(RC.plainBody).evaluate((textarea: HTMLTextAreaElement) => {
            const end = textarea.value.indexOf('\n\n-- \n');
            textarea.focus();
            textarea.setSelectionRange(end, end);
          });
          // A blank line between her mail and the answer, as one writes below a quote.
          await page.keyboard.press('Enter');
          await page.keyboard.press('Enter');
        }
        await page.keyboard.type('喂，你找谁？');
        await expectRulesInPanel(page, ['forbidden-phrase', 'honorific']);
        const body = await readComposeBody(page, reply);
        expect(body).toContain('cracked base and the switch does not work');
        // The customer's long lines would be flagged if they were taken for the agent's own.
        expect(await panelRules(page)).not.toContain('line-length');
        const underlined = mode === 'plain' ? await overlayRuns(page) : Object.values(await highlightedTexts(reply.bodyFrame!)).flat();
        expect(underlines(underlined, '你找谁')).toBe(true);
        for (const quoted of ['cracked base', 'full refund', 'Maria Lopez']) expect(underlines(underlined, quoted), `${quoted} in ${JSON.stringify(underlined)}`).toBe(false);
      });

      it('takes a reply typed where the caret starts as the agent\'s: underlined, and held at Send', async () => {
        setHtmlEditor(mode === 'html' ? 1 : 0);
        const reply = await openReply(page, rc, 1);
        expect(reply.mode).toBe(mode);
        // No click, no caret moved: the agent types where Roundcube put the caret.
        if (reply.bodyFrame) await reply.bodyFrame.locator(RC.htmlBody).focus();
        else await page.locator(RC.plainBody).focus();
        await page.keyboard.type(ANGRY[1]!);
        await expectRulesInPanel(page, ['angry-tone', 'shouting']);
        const underlined = mode === 'plain' ? await overlayRuns(page) : Object.values(await highlightedTexts(reply.bodyFrame!)).flat();
        expect(underlines(underlined, 'I TOLD YOU ALREADY'), JSON.stringify(underlined)).toBe(true);
        const since = Date.now();
        await page.click(RC.sendButton);
        await page.locator(GUARD_DIALOG).waitFor();
        expect(await listSentMail(rc, since)).toEqual([]);
        await page.keyboard.press('Escape');
      });

      it('applies a fix through the editor, and Ctrl+Z restores the exact text', async () => {
        const draft = await compose(mode);
        await draft.focusBodyStart();
        const lines = ['您好，', '你找谁？退款已处理。', 'Thanks for waiting.'];
        await typeLines(page, lines);
        const fixable = page.locator(PANEL).locator('button[data-rule="forbidden-phrase"]', { hasText: '你找谁' });
        await fixable.waitFor();
        const before = await draft.body();
        expect(before).toBe(typedAboveSignature(mode, lines, rc.signature));

        await fixable.click();
        await page.locator(CARD).locator('[data-action="fix"]').first().click();
        await expect.poll(() => draft.body()).toBe(before.replace('你找谁', '请问您找哪位'));

        await page.keyboard.press('Control+z');
        await expect.poll(() => draft.body()).toBe(before);
      });

      it('stops an angry Send with the guard dialog, and "send anyway" delivers the mail as typed', async () => {
        const subject = `Order 48213 ${mode}`;
        expect(blockingRules({ subject, body: typedAboveSignature(mode, ANGRY, rc.signature) })).toContain('angry-tone');
        const draft = await compose(mode);
        await fillHeaders(subject);
        await draft.focusBodyStart();
        await typeLines(page, ANGRY);
        await expectRulesInPanel(page, ['angry-tone']);
        const since = Date.now();

        await page.click(RC.sendButton);
        const dialog = page.locator(GUARD_DIALOG);
        await dialog.waitFor();
        // The click never reached Roundcube: nothing is being sent.
        expect(await page.evaluate(() => (window as unknown as { rcmail: { busy: boolean } }).rcmail.busy)).toBe(false);
        expect(await page.locator(RC.sentConfirmation).count()).toBe(0);
        expect(await listSentMail(rc, since)).toEqual([]);
        if (mode === 'html') await screenshot(page, 'roundcube-send-guard.png');

        await dialog.locator('[data-action="send-anyway"]').click();
        const sent = await sendAndReceive(subject, since);
        expect(sent.rcptTo).toEqual([CUSTOMER]);
        expect(sent.mail.text).toBe(sentText(mode, ANGRY, rc.signature));
      });

      it('lets a calm draft go untouched: no dialog, and the mail carries exactly the text typed', async () => {
        const subject = `Refund ${mode}`;
        expect(blockingRules({ subject, body: typedAboveSignature(mode, CALM, rc.signature) })).toEqual([]);
        const draft = await compose(mode);
        await fillHeaders(subject);
        await draft.focusBodyStart();
        await typeLines(page, CALM);
        await expect.poll(() => draft.body()).toBe(typedAboveSignature(mode, CALM, rc.signature));
        const since = Date.now();

        await page.click(RC.sendButton);
        const sent = await sendAndReceive(subject, since);
        expect(await page.locator(GUARD_DIALOG).count()).toBe(0);
        expect(sent.mail.text).toBe(sentText(mode, CALM, rc.signature));
        if (mode === 'html') {
          for (const line of CALM) expect(sent.mail.html).toContain(`<p>${line}</p>`);
        }
      });
    });
  }

  it('holds an HTML reply typed where the caret starts, in the paragraph of Roundcube\'s "On … wrote:"', async () => {
    setHtmlEditor(1);
    const reply = await openReply(page, rc, 1);
    expect(reply.mode).toBe('html');
    const frame = reply.bodyFrame!;
    // The agent just types: TinyMCE put the caret at the start of <p id="reply-intro">.
    const angry = 'Are you stupid? Read my email, I TOLD YOU ALREADY!!!';
    await page.keyboard.type(angry);
    expect(await frame.locator('p#reply-intro').textContent()).toContain(angry);
    await expectRulesInPanel(page, ['angry-tone', 'shouting']);
    expect(await page.locator(PANEL).locator('[role="meter"]').getAttribute('data-level')).toBe('angry');
    const underlined = Object.values(await highlightedTexts(frame)).flat();
    for (const phrase of ['stupid', 'TOLD YOU ALREADY']) expect(underlines(underlined, phrase), JSON.stringify(underlined)).toBe(true);
    // The customer's mail below is still hers: nothing in it is flagged.
    for (const quoted of ['cracked base', 'full refund']) expect(underlines(underlined, quoted)).toBe(false);

    const since = Date.now();
    await page.click(RC.sendButton);
    await page.locator(GUARD_DIALOG).waitFor();
    expect(await page.evaluate(() => (window as unknown as { rcmail: { busy: boolean } }).rcmail.busy)).toBe(false);
    expect(await listSentMail(rc, since)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('counts the files in the attachment list: a promised attachment stops nagging once it is there', async () => {
    const draft = await compose('plain');
    await draft.focusBodyStart();
    await page.keyboard.type('Please see the attached invoice.');
    await expectRulesInPanel(page, ['attachment-mention']);
    await page.setInputFiles('#uploadform input[type=file]', { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
    await page.locator('#attachment-list li').waitFor();
    await expect.poll(() => page.locator(PANEL).locator('button[data-rule="attachment-mention"]').count()).toBe(0);
  });

  it('follows the agent from the plain textarea to TinyMCE and back, mid-compose', async () => {
    const draft = await compose('plain');
    await draft.focusBodyStart();
    await page.keyboard.type(ANGRY[1]!);
    await expectRulesInPanel(page, ['shouting', 'angry-tone']);
    expect(underlines(await overlayRuns(page), 'RIDICULOUS')).toBe(true);

    // Roundcube asks to confirm the conversion; the helpers accept it.
    await page.click('#composebodycontainer .editor-toolbar a.mce-i-html');
    const frame = await (await page.waitForSelector(RC.htmlIframe)).contentFrame();
    await frame!.waitForSelector(RC.htmlBody);
    await expect.poll(async () => underlines(Object.values(await highlightedTexts(frame!)).flat(), 'RIDICULOUS')).toBe(true);
    // The textarea's session is gone with its overlay and panel; one panel for the one window.
    expect(underlines(await overlayRuns(page), 'RIDICULOUS')).toBe(false);
    expect(await page.locator(PANEL).count()).toBe(1);
    await expectRulesInPanel(page, ['shouting', 'angry-tone']);

    // The guard follows the editor too.
    await page.click(RC.sendButton);
    await page.locator(GUARD_DIALOG).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(GUARD_DIALOG).count()).toBe(0);

    await page.locator('.tox-tinymce button[aria-label="Plain text"]').click();
    await page.waitForSelector(RC.htmlIframe, { state: 'detached' });
    await expect.poll(async () => underlines(await overlayRuns(page), 'RIDICULOUS')).toBe(true);
    expect(await page.locator(PANEL).count()).toBe(1);
    expect(await page.locator(RC.plainBody).inputValue()).toContain(ANGRY[1]);
  });
});
