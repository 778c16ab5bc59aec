// The send guard decides on the very text being sent (issue 11 §1), in Chromium on the Gmail-like
// page: an edit made after a verdict, sent before the next relint, gets a verdict of its own;
// and when the linter fails, the mail goes out and the fault shows on the options page.
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { settingsWithGuard, writeEffectiveSettings } from './support/browser.ts';
import { useDemoBrowser } from './support/demo-browser.ts';
import { expectRulesInPanel, GUARD_DIALOG, PANEL, panelRules, typeLines } from './support/netiquette.ts';

const demo = useDemoBrowser();
let page: Page;

const BODY = 'div[g_editable="true"][contenteditable="true"]';
const CALM = ['Hello Sam,', '', 'Your refund is on its way.', '', 'Best regards,', 'Alex'];
const ANGRY = 'Are you stupid? Read my email, I TOLD YOU ALREADY!!!';

beforeEach(async () => {
  await writeEffectiveSettings(demo.browser, settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
  await page?.close();
  page = await demo.browser.context.newPage();
  await page.goto(demo.server.url('gmail.html?compose=none'));
});

async function openCompose(subject: string): Promise<Locator> {
  const id = await page.evaluate((value) => (window as unknown as { demo: { openCompose(draft: unknown): string } }).demo.openCompose(value), { subject, bodyHtml: '<div><br></div>' });
  const compose = page.locator(`#${id}`);
  await compose.locator(BODY).click();
  return compose;
}

const outbox = () => page.locator('#outbox li');

describe('the Send verdict is for the text being sent', () => {
  it('holds a draft made angry after a calm verdict, sent before the next relint', async () => {
    const compose = await openCompose('Your refund');
    await typeLines(page, CALM);
    // The calm verdict is in: the panel lists no error, and the last line typed has been linted.
    await expect.poll(() => page.locator(PANEL).locator('li .dot.error').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(await panelRules(page)).not.toContain('angry-tone');
    // Back to the top, a line of anger, and Ctrl+Enter at once: no pause for a relint in between.
    await page.keyboard.press('Control+Home');
    await page.keyboard.type(`${ANGRY} `);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator(GUARD_DIALOG).count()).toBe(1);
    expect(await outbox().count()).toBe(0);
    expect(await page.locator(GUARD_DIALOG).textContent()).toContain('stupid');
    await page.keyboard.press('Escape');
    expect(await compose.locator(BODY).innerText()).toContain(ANGRY);
  });

  it('lets a rewritten draft go at once, although the text it replaced was held', async () => {
    const compose = await openCompose('Your refund');
    await page.keyboard.type(ANGRY);
    await expectRulesInPanel(page, ['angry-tone']);
    await page.keyboard.press('Control+a');
    await typeLines(page, CALM);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => outbox().count()).toBe(1);
    expect(await page.locator(GUARD_DIALOG).count()).toBe(0);
    expect(await outbox().first().getAttribute('data-body')).not.toContain('stupid');
    expect(compose).toBeDefined();
  });

  it('sends the mail when the linter fails at Send, and the options page shows the fault', async () => {
    await openCompose('Your refund');
    await page.keyboard.type(ANGRY);
    await expectRulesInPanel(page, ['angry-tone']);
    // From now on every lint throws, as an engine overflow would.
    await page.evaluate(() => {
      document.documentElement.dataset.netiquetteFault = 'lint';
    });
    await page.keyboard.type(' lol');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => outbox().count()).toBe(1);
    expect(await page.locator(GUARD_DIALOG).count()).toBe(0);
    expect(await outbox().first().getAttribute('data-body')).toContain(`${ANGRY} lol`);

    const options = await demo.browser.context.newPage();
    await options.goto(`chrome-extension://${demo.browser.extensionId}/options.html#faults`);
    const fault = options.locator('[data-testid="faults"] li[data-during="send"]');
    await expect.poll(() => fault.count(), { timeout: 5_000 }).toBeGreaterThan(0);
    expect(await fault.first().textContent()).toContain('127.0.0.1');
    expect(await fault.first().textContent()).toContain('fault injected by an e2e test (lint)');
    await options.close();
  });
});
