import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { screenshot, settingsWithGuard, writeEffectiveSettings } from './support/browser.ts';
import { useDemoBrowser } from './support/demo-browser.ts';
import { allHighlightedTexts, CARD, expectRulesInPanel, GUARD_DIALOG, overlayMarks, PANEL, panelRules, typeLines } from './support/netiquette.ts';

const demo = useDemoBrowser();
let page: Page;

beforeEach(async () => {
  await writeEffectiveSettings(demo.browser, settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
  await page?.close();
  page = await demo.browser.context.newPage();
});

const BODY = 'div[g_editable="true"][contenteditable="true"]';

async function openDemo(query = ''): Promise<void> {
  await page.goto(demo.server.url(`gmail.html${query}`));
}

/** Opens a compose window through the page's own code, as Gmail would when the agent clicks Reply. */
async function openCompose(draft: { subject?: string; bodyHtml?: string; attachments?: string[] } = {}): Promise<Locator> {
  const id = await page.evaluate((value) => (window as unknown as { demo: { openCompose(draft: unknown): string } }).demo.openCompose(value), draft);
  return page.locator(`#${id}`);
}

async function angryReply(): Promise<Locator> {
  const draft = await page.evaluate(() => (window as unknown as { demo: { DEMO_REPLY: unknown } }).demo.DEMO_REPLY);
  return openCompose(draft as { subject: string; bodyHtml: string });
}

/** A reply typed into a new compose window that only the learned model holds, once it has judged it. */
async function replyOnlyTheModelHolds(): Promise<Locator> {
  await openDemo('?compose=none');
  await page.click('#compose-button');
  const compose = page.locator('.compose').first();
  await page.keyboard.type('Password reset');
  await compose.locator(BODY).click();
  // No word of the lexicon: only the model, running in the background worker, finds this condescending.
  await typeLines(page, ['Hello Sam,', '', '您是不是看不懂字？重置链接就在上一封邮件里。']);
  await expectRulesInPanel(page, ['angry-tone'], 0, 10_000);
  return compose;
}

function outbox() {
  return page.locator('#outbox li');
}

async function bodyText(compose: Locator): Promise<string> {
  return compose.locator(BODY).evaluate((body) => (body as HTMLElement).innerText);
}

describe('hints in the Gmail-like compose window', () => {
  it('underlines each rule\'s problems as the agent types, in English and Chinese', async () => {
    await openDemo('?compose=none');
    await page.click('#compose-button');
    const compose = page.locator('.compose').first();
    await expectRulesInPanel(page, ['subject-missing']);

    await page.keyboard.type('URGENT REFUND NOTICE FOR YOUR ORDER NUMBER 4417');
    await expectRulesInPanel(page, ['subject-length', 'shouting']);
    // The panel may list both rules while the subject is still being typed: the mark grows to the whole run.
    await expect.poll(() => overlayMarks(page)).toContain('URGENT REFUND NOTICE FOR YOUR ORDER NUMBER');

    await compose.locator(BODY).click();
    await typeLines(page, [
      '喂，你找谁？',
      'This is RIDICULOUS, are you stupid?',
      'Your card 4111 1111 1111 1111 is on file :-)',
      'Please see the attached invoice.',
      'We have processed the refund for your order and it should arrive in three to five business days.',
      ...Array.from({ length: 22 }, (_, index) => `Step ${index + 1} is done.`),
      '-- ',
      'Alex Chen',
      'Support',
      'Acme',
      'Room 5',
      'Tel 1',
      'Fax 2',
      'Web 3',
    ]);
    await expectRulesInPanel(page, [
      'subject-length',
      'forbidden-phrase',
      'honorific',
      'greeting-closing',
      'shouting',
      'angry-tone',
      'confidential-data',
      'informal',
      'attachment-mention',
      'line-length',
      'message-length',
      'signature-length',
    ]);
    expect(await panelRules(page)).not.toContain('subject-missing');
    const underlined = await allHighlightedTexts(page);
    for (const text of ['你找谁', 'RIDICULOUS', 'stupid', '4111 1111 1111 1111', ':-)', 'Please see the attached']) {
      expect(underlined).toContain(text);
    }
  });

  it('waits for an IME composition to end before linting what it typed', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: 'Refund', bodyHtml: '<div>您好，</div><div><br></div><div>谢谢！</div>' });
    await compose.locator(BODY).locator('div').nth(1).click();
    await expect.poll(() => page.locator(PANEL).count()).toBe(1);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: '你好吗', selectionStart: 3, selectionEnd: 3 });
    // The composition is in the editor's text, yet no lint may judge it before it is committed.
    expect(await bodyText(compose)).toContain('你好吗');
    await page.waitForTimeout(600);
    expect(await panelRules(page)).not.toContain('honorific');
    await cdp.send('Input.insertText', { text: '你好吗' });
    await expectRulesInPanel(page, ['honorific']);
  });

  it('opens a card on hover, applies its fix, and Ctrl+Z restores the exact text', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: 'Your call', bodyHtml: '<div>您好，</div><div>请问你找谁？</div><div>谢谢！</div>' });
    await expectRulesInPanel(page, ['forbidden-phrase']);
    const before = await bodyText(compose);

    const box = await page.evaluate(() => {
      const highlight = CSS.highlights.get('netiquette-warning')!;
      const range = ([...highlight] as Range[]).find((candidate) => candidate.toString() === '你找谁')!;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x - 30, box.y);
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const card = page.locator(CARD);
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getAttribute('data-rule')).toBe('forbidden-phrase');
    await card.locator('button[data-action="fix"]').first().click();
    await expect.poll(() => bodyText(compose)).toBe(before.replace('请问你找谁', '请问您找哪位'));

    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(compose)).toBe(before);
  });

  it('opens the card from the keyboard with Alt+Enter and applies the fix with Enter', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: 'Card', bodyHtml: '<div>Hello Sam,</div><div>Your card 4111 1111 1111 1111 was charged.</div><div>Thanks</div>' });
    await expectRulesInPanel(page, ['confidential-data']);
    const before = await bodyText(compose);
    await compose.locator(BODY).locator('div').nth(1).click({ position: { x: 5, y: 5 } });
    for (let index = 0; index < 'Your card 41'.length; index += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('data-rule')).toBe('confidential-data');
    await page.keyboard.press('Enter');
    await expect.poll(() => bodyText(compose)).toBe(before.replace('4111 1111 1111 1111', '•••• 1111'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(compose)).toBe(before);
  });

  it('reaches the panel from the editor with Alt+Enter, and Escape returns to the editor', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: 'Hi', bodyHtml: '<div>Hello Sam,</div><div>Please DO NOT reply.</div><div>Thanks</div>' });
    await expectRulesInPanel(page, ['shouting']);
    await compose.locator(BODY).locator('div').first().click();
    await page.keyboard.press('Alt+Enter');
    const focusedRule = () => page.evaluate(() => {
      const host = document.activeElement;
      return host?.tagName === 'NETIQUETTE-UI' ? ((host.shadowRoot?.activeElement as HTMLElement | null)?.dataset.rule ?? null) : null;
    });
    await expect.poll(focusedRule).not.toBeNull();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('g_editable'))).toBe('true');
  });

  it('fixes the subject from the panel, and Ctrl+Z restores it exactly', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: 'URGENT REFUND NOTICE', bodyHtml: '<div>Hello Sam,</div><div>Your refund is on its way.</div><div>Best regards,</div><div>Alex</div>' });
    await expectRulesInPanel(page, ['shouting']);
    await page.locator(PANEL).locator('li button[data-rule="shouting"]').click();
    const card = page.locator(CARD);
    await expect.poll(() => card.getAttribute('data-rule')).toBe('shouting');
    await card.locator('button[data-action="fix"]').first().click();
    const subject = compose.locator('input[name="subjectbox"]');
    await expect.poll(() => subject.inputValue()).toBe('Urgent refund notice');
    await page.keyboard.press('Control+z');
    await expect.poll(() => subject.inputValue()).toBe('URGENT REFUND NOTICE');
  });

  it('follows the system\'s dark mode', async () => {
    await openDemo();
    await expectRulesInPanel(page, ['angry-tone']);
    const background = () => page.locator(PANEL).first().locator('section').evaluate((section) => getComputedStyle(section).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(31, 35, 41)');
  });

  it('docks a panel beside each of two compose windows and follows them', async () => {
    await openDemo('?compose=none');
    const first = await angryReply();
    const second = await openCompose({ subject: '', bodyHtml: '<div>hi</div>' });
    await expect.poll(() => page.locator(PANEL).count()).toBe(2);
    await expectRulesInPanel(page, ['angry-tone'], 0);
    await expectRulesInPanel(page, ['subject-missing'], 1);

    const gap = async (panelIndex: number, compose: Locator) => {
      const panelBox = (await page.locator(PANEL).nth(panelIndex).locator('section').boundingBox())!;
      const composeBox = (await compose.boundingBox())!;
      const dx = Math.max(0, composeBox.x - (panelBox.x + panelBox.width), panelBox.x - (composeBox.x + composeBox.width));
      const dy = Math.max(0, composeBox.y - (panelBox.y + panelBox.height), panelBox.y - (composeBox.y + composeBox.height));
      return Math.hypot(dx, dy);
    };
    expect(await gap(0, first)).toBeLessThan(20);
    expect(await gap(1, second)).toBeLessThan(20);

    const before = await page.locator(PANEL).nth(0).locator('section').boundingBox();
    await first.locator('.maximize').click();
    await expect.poll(async () => (await page.locator(PANEL).nth(0).locator('section').boundingBox())?.x).not.toBe(before?.x);
    await expect.poll(() => gap(0, first)).toBeLessThan(20);
    // Full screen leaves no room beside the window: the panel folds into its corner, off the text.
    expect(await page.locator(PANEL).nth(0).getAttribute('data-side')).toBe('inside');
    expect(await page.locator(PANEL).nth(0).locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('false');
    await screenshot(page, 'two-compose-windows.png');

    await second.locator('.close').click();
    await expect.poll(() => page.locator(PANEL).count()).toBe(1);
  });

  it('moves the panel off a control of the page that comes to lie under it', async () => {
    await openDemo('?compose=none');
    await openCompose({ subject: 'Hi', bodyHtml: '<div>Hello Sam,</div>' });
    const panel = page.locator(PANEL);
    await expect.poll(() => panel.count()).toBe(1);
    const side = await panel.getAttribute('data-side');
    const box = (await panel.locator('section').boundingBox())!;
    // The page puts a button where the panel is: under our own UI, found through the stack of elements.
    await page.evaluate((place) => {
      const button = document.createElement('button');
      button.id = 'page-control';
      button.textContent = 'Archive';
      button.style.cssText = `position: fixed; left: ${place.x}px; top: ${place.y}px; width: ${place.width}px; height: ${place.height}px;`;
      document.body.append(button);
    }, box);
    await page.setViewportSize({ width: 1401, height: 900 });
    await expect.poll(() => panel.getAttribute('data-side')).not.toBe(side);
    const control = (await page.locator('#page-control').boundingBox())!;
    const moved = (await panel.locator('section').boundingBox())!;
    const overlaps = moved.x < control.x + control.width && control.x < moved.x + moved.width && moved.y < control.y + control.height && control.y < moved.y + moved.height;
    expect(overlaps).toBe(false);
  });

  it('follows a window that a style sheet moves, which no mutation of the page announces', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: 'Hi', bodyHtml: '<div>Hello Sam,</div>' });
    await expect.poll(() => page.locator(PANEL).count()).toBe(1);
    const left = async (locator: Locator) => (await locator.boundingBox())!.x;
    const panel = page.locator(PANEL).locator('section');
    const offset = (await left(panel)) - (await left(compose));
    await page.evaluate(() => {
      const sheet = document.styleSheets[0]!;
      sheet.insertRule('#compose-dock { right: 240px; }', sheet.cssRules.length);
    });
    await expect.poll(() => left(compose)).toBeLessThan(1400 - 240 - 500);
    await expect.poll(async () => (await left(panel)) - (await left(compose))).toBe(offset);
  });
});

describe('the send guard on the Gmail-like page', () => {
  it('stops an angry send, and the cool-down lets it go once it is over', async () => {
    await openDemo('?compose=none');
    const compose = await angryReply();
    await expectRulesInPanel(page, ['angry-tone']);
    const text = await bodyText(compose);
    await compose.locator('.aoO').click();
    const dialog = page.locator(GUARD_DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await outbox().count()).toBe(0);
    await screenshot(page, 'send-guard.png');

    await dialog.locator('button[data-action="wait"]').click();
    const sendNow = dialog.locator('button[data-action="send-now"]');
    expect(await sendNow.isDisabled()).toBe(true);
    await expect.poll(() => sendNow.isEnabled(), { timeout: 5_000 }).toBe(true);
    await sendNow.click();
    await expect.poll(() => outbox().count()).toBe(1);
    expect(await outbox().first().getAttribute('data-body')).toBe(text);
    expect(await page.locator('.compose').count()).toBe(0);
  });

  it('stops Ctrl+Enter and sends anyway when the agent insists', async () => {
    await openDemo('?compose=none');
    const compose = await angryReply();
    await expectRulesInPanel(page, ['angry-tone']);
    await compose.locator(BODY).click();
    await page.keyboard.press('Control+Enter');
    const dialog = page.locator(GUARD_DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await outbox().count()).toBe(0);
    await dialog.locator('button[data-action="send-anyway"]').click();
    await expect.poll(() => outbox().count()).toBe(1);
  });

  it('stops Tab then Enter on the Send button, and Review goes to the worst problem', async () => {
    await openDemo('?compose=none');
    const compose = await angryReply();
    await expectRulesInPanel(page, ['angry-tone']);
    await compose.locator(BODY).click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('aoO'))).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.locator(GUARD_DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.locator('button[data-action="review"]').click();
    expect(await dialog.count()).toBe(0);
    expect(await outbox().count()).toBe(0);
    await expect.poll(() => page.locator(CARD).getAttribute('data-rule')).toMatch(/^(angry-tone|confidential-data)$/);
    // The finding is shaded, not selected: a key pressed now cannot type over it.
    expect(await page.evaluate(() => CSS.highlights.get('netiquette-active')?.size ?? 0)).toBe(1);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
  });

  it('offers no "send anyway" when the pack forbids it', async () => {
    await writeEffectiveSettings(demo.browser, settingsWithGuard({ cooldownSeconds: 30, allowSendAnyway: false }));
    await openDemo('?compose=none');
    const compose = await angryReply();
    await expectRulesInPanel(page, ['angry-tone']);
    await compose.locator('.aoO').click();
    const dialog = page.locator(GUARD_DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.locator('button[data-action="send-anyway"]').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await outbox().count()).toBe(0);
  });

  it('lets a calm draft go untouched', async () => {
    await openDemo('?compose=none');
    await page.click('#compose-button');
    const compose = page.locator('.compose').first();
    await page.keyboard.type('Your refund');
    await compose.locator(BODY).click();
    await typeLines(page, ['Hello Sam,', '', 'Your refund is on its way.', 'Thank you for your patience.', '', 'Best regards,', 'Alex']);
    await expect.poll(() => panelRules(page)).not.toContain('subject-missing');
    const text = await bodyText(compose);
    await compose.locator('.aoO').click();
    await expect.poll(() => outbox().count()).toBe(1);
    expect(await page.locator(GUARD_DIALOG).count()).toBe(0);
    expect(await outbox().first().getAttribute('data-subject')).toBe('Your refund');
    expect(await outbox().first().getAttribute('data-body')).toBe(text);
  });

  it('holds an insult typed through an IME at the reader in the plural, which the lexicon writes in the singular', async () => {
    await openDemo('?compose=none');
    const compose = await openCompose({ subject: '订单查询', bodyHtml: '<div>您好，</div><div><br></div><div>客服部</div>' });
    await compose.locator(BODY).locator('div').nth(1).click();
    const cdp = await page.context().newCDPSession(page);
    for (const [typing, committed] of [['nimen', '你们'], ['shibushi', '是不是'], ['youbing', '有病'], ['a', '啊？']] as const) {
      await cdp.send('Input.imeSetComposition', { text: typing, selectionStart: typing.length, selectionEnd: typing.length });
      await cdp.send('Input.insertText', { text: committed });
    }
    await expect.poll(() => bodyText(compose)).toContain('你们是不是有病啊？');
    await expectRulesInPanel(page, ['angry-tone']);
    await compose.locator('.aoO').click();
    await expect.poll(() => page.locator(GUARD_DIALOG).count()).toBe(1);
    expect(await outbox().count()).toBe(0);
  });

  it('holds what only the learned model finds hostile, once the background has judged the text', async () => {
    const compose = await replyOnlyTheModelHolds();
    await compose.locator('.aoO').click();
    await expect.poll(() => page.locator(GUARD_DIALOG).count()).toBe(1);
    expect(await outbox().count()).toBe(0);
  });

  it('keeps what the model found on screen while the agent types on, key by key', async () => {
    await replyOnlyTheModelHolds();
    // Every change to the panel from here on is looked at: does the model's finding ever leave it?
    await page.locator(PANEL).evaluate((host) => {
      const root = host.shadowRoot!;
      const seen = { redraws: 0, without: 0 };
      (window as unknown as { toneSeen: typeof seen }).toneSeen = seen;
      new MutationObserver(() => {
        seen.redraws += 1;
        if (!root.querySelector('li button[data-rule="angry-tone"]')) seen.without += 1;
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    // The e2e build reports each draft it lints (src/extension content entry): every key must be
    // relinted with a stand-in verdict for this test to say anything.
    await page.evaluate(() => {
      const counted = window as unknown as { lintsSeen: number };
      counted.lintsSeen = 0;
      document.documentElement.setAttribute('data-netiquette-report-lints', '');
      document.addEventListener('netiquette:e2e-lint', () => {
        counted.lintsSeen += 1;
      });
    });
    // Each key's text is new to the model: its own verdict comes only after that key's relint.
    const typed = 'Best regards, Alex';
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(typed, { delay: 60 });
    await page.waitForTimeout(500);
    const seen = await page.evaluate(() => (window as unknown as { toneSeen: { redraws: number; without: number } }).toneSeen);
    expect(await page.evaluate(() => (window as unknown as { lintsSeen: number }).lintsSeen)).toBeGreaterThanOrEqual(typed.length);
    expect(seen.redraws).toBeGreaterThan(0);
    expect(seen.without).toBe(0);
    expect(await panelRules(page)).toContain('angry-tone');
  });

  it('holds a click on a Send button the page has just replaced or added', async () => {
    await openDemo('?compose=none');
    const compose = await angryReply();
    await expectRulesInPanel(page, ['angry-tone']);
    // A click elsewhere in the window: the guard has looked at the Send controls once.
    await compose.locator(BODY).click();
    const replacedReachedPage = await compose.evaluate((root) => {
      const old = root.querySelector('.aoO')!;
      const fresh = old.cloneNode(true) as HTMLElement;
      let reached = false;
      fresh.addEventListener('click', () => {
        reached = true;
      });
      old.replaceWith(fresh);
      fresh.click();
      return reached;
    });
    expect(replacedReachedPage).toBe(false);
    const dialog = page.locator(GUARD_DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);

    await compose.evaluate((root) => {
      const extra = root.querySelector('.aoO')!.cloneNode(true) as HTMLElement;
      extra.id = 'second-send';
      extra.addEventListener('click', () => document.getElementById('outbox')!.append(document.createElement('li')));
      root.querySelector('.toolbar td')!.append(extra);
    });
    await page.click('#second-send');
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await outbox().count()).toBe(0);
  });

  it('fails open: a broken content script never keeps a mail from going', async () => {
    await openDemo('?compose=none');
    const compose = await angryReply();
    await expectRulesInPanel(page, ['angry-tone']);
    await page.evaluate(() => {
      document.documentElement.dataset.netiquetteFault = 'throw';
    });
    await compose.locator('.aoO').click();
    await expect.poll(() => outbox().count()).toBe(1);
    expect(await page.locator(GUARD_DIALOG).count()).toBe(0);
  });

  it('saves a screenshot of the hints and a card', async () => {
    await openDemo();
    await expectRulesInPanel(page, ['angry-tone', 'forbidden-phrase']);
    const box = await page.evaluate(() => {
      const range = ([...CSS.highlights.get('netiquette-warning')!] as Range[]).find((candidate) => candidate.toString() === '你找谁')!;
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await expect.poll(() => page.locator(CARD).count()).toBe(1);
    await screenshot(page, 'hints.png');
  });
});
