import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { settingsWithGuard } from './support/browser.ts';
import { useDemoBrowser } from './support/demo-browser.ts';
import { allHighlightedTexts, CARD, expectRulesInPanel, GUARD_DIALOG, overlayMarks, PANEL, panelRules, typeLines } from './support/netiquette.ts';

const demo = useDemoBrowser(settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await demo.browser.context.newPage();
});

const BODY = 'div[role="textbox"][aria-multiline="true"]';

async function newMail(): Promise<Locator> {
  await page.goto(demo.server.url('outlook.html?compose=none'));
  await page.click('#new-mail');
  return page.locator('.compose').first();
}

function sentItems() {
  return page.locator('#sent-items li');
}

const bodyText = (compose: Locator) => compose.locator(BODY).evaluate((body) => (body as HTMLElement).innerText);

describe('the Outlook-like compose form', () => {
  it('underlines problems as the agent types, but not in the recipient wells or the quoted history', async () => {
    await page.goto(demo.server.url('outlook.html'));
    await expectRulesInPanel(page, ['shouting', 'angry-tone', 'informal', 'greeting-closing']);
    const underlined = await allHighlightedTexts(page);
    expect(underlined).toContain('NOT DAMAGED BY US');
    expect(underlined.some((text) => text.includes('THE BOX WAS CRUSHED'))).toBe(false);

    const compose = await newMail();
    await compose.locator('input[type="text"]').click();
    await page.keyboard.type('账户无法登录的问题处理结果以及后续安排的详细说明');
    await compose.locator(BODY).click();
    await typeLines(page, ['陈静：', '喂，你的账户我们已经解锁了，密码是 Abc12345，有问题再说吧。', '祝好']);
    await expectRulesInPanel(page, ['subject-length', 'forbidden-phrase', 'honorific'], 0);
    expect((await overlayMarks(page)).join('')).toContain('账户无法登录');
    expect(await page.locator(PANEL).count()).toBe(1);
  });

  it('applies a fix and Ctrl+Z restores the exact text', async () => {
    const compose = await newMail();
    await compose.locator(BODY).click();
    await typeLines(page, ['Hi Jordan,', 'Sorry, your card 4111 1111 1111 1111 was charged twice.', 'Best regards,', 'Alex']);
    await expectRulesInPanel(page, ['confidential-data']);
    const before = await bodyText(compose);
    await page.locator(PANEL).locator('li button[data-rule="confidential-data"]').click();
    await page.locator(CARD).locator('button[data-action="fix"]').first().click();
    await expect.poll(() => bodyText(compose)).toBe(before.replace('4111 1111 1111 1111', '•••• 1111'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => bodyText(compose)).toBe(before);
  });

  it('holds Ctrl+Enter on an angry reply and sends a calm one untouched', async () => {
    await page.goto(demo.server.url('outlook.html'));
    await expectRulesInPanel(page, ['angry-tone']);
    const angry = page.locator('.compose').first();
    await angry.locator(BODY).click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator(GUARD_DIALOG).count()).toBe(1);
    expect(await sentItems().count()).toBe(0);
    await page.keyboard.press('Escape');
    await angry.locator('.discard').click();

    const calm = await newMail();
    await calm.locator('input[type="text"]').click();
    await page.keyboard.type('Your replacement mug');
    await calm.locator(BODY).click();
    await typeLines(page, ['Hi Jordan,', '', 'A new mug is on its way to you.', 'Thank you for your patience.', '', 'Best regards,', 'Alex']);
    await expect.poll(() => panelRules(page)).not.toContain('subject-missing');
    const text = await bodyText(calm);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sentItems().count()).toBe(1);
    expect(await sentItems().first().getAttribute('data-body')).toBe(text);
  });
});
