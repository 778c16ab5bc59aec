// What users saw on the demo pages (issue 8 §3), checked in Chromium: the caret and selection
// after Alt+Enter and Escape, overlapping findings each reachable, the error drawn on top, one
// hint for a long mail, and line numbers as the editor counts them.
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { settingsWithGuard, writeEffectiveSettings } from './support/browser.ts';
import { useDemoBrowser } from './support/demo-browser.ts';
import { allHighlightedTexts, CARD, expectRulesInPanel, PANEL, panelRules } from './support/netiquette.ts';

const demo = useDemoBrowser();
let page: Page;
const BODY = 'div[g_editable="true"][contenteditable="true"]';

beforeEach(async () => {
  await writeEffectiveSettings(demo.browser, settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
  await page?.close();
  page = await demo.browser.context.newPage();
});

async function openGmail(subject: string, bodyHtml: string) {
  await page.goto(demo.server.url('gmail.html?compose=none'));
  const id = await page.evaluate((draft) => (window as unknown as { demo: { openCompose(draft: unknown): string } }).demo.openCompose(draft), { subject, bodyHtml });
  return page.locator(`#${id}`);
}

describe('the compose window on the Gmail-like page', () => {
  it('Alt+Enter then Escape leaves nothing selected and the caret where it was: the next key types, it overwrites nothing', async () => {
    const compose = await openGmail('Hi', '<div>Hello Sam,</div><div>Please DO NOT reply.</div><div>Thanks</div>');
    await expectRulesInPanel(page, ['shouting']);
    await compose.locator(BODY).locator('div').nth(1).click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Home');
    for (let index = 0; index < 'Please DO'.length; index += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => page.locator(CARD).getAttribute('data-rule')).toBe('shouting');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(CARD).count()).toBe(0);
    expect(await page.evaluate(() => getSelection()?.isCollapsed)).toBe(true);
    await page.keyboard.type('x');
    expect(await compose.locator(BODY).innerText()).toContain('Please DOx NOT reply.');
  });

  it('clicking a panel item selects nothing either', async () => {
    const compose = await openGmail('Hi', '<div>Hello Sam,</div><div>Please DO NOT reply.</div><div>Thanks</div>');
    await expectRulesInPanel(page, ['shouting']);
    await compose.locator(BODY).locator('div').first().click();
    await page.locator(PANEL).locator('li button[data-rule="shouting"]').click();
    await expect.poll(() => page.locator(CARD).getAttribute('data-rule')).toBe('shouting');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('');
  });

  it('holds the panel still while the pointer moves over it, and lists a new finding once the pointer rests', async () => {
    const compose = await openGmail('Hi', '<div>Hello Sam,</div><div>Please DO NOT reply.</div><div>Thanks</div>');
    await expectRulesInPanel(page, ['shouting']);
    await compose.locator(BODY).locator('div').nth(1).click();
    await page.keyboard.press('End');
    const item = (await page.locator(PANEL).locator('li button[data-rule="shouting"]').boundingBox())!;
    const overItem = (step: number) => page.mouse.move(item.x + 10 + step, item.y + item.height / 2);
    await overItem(0);
    // Typed into the editor, which keeps the focus: the underline comes at once, the panel item waits.
    await page.keyboard.type(' 你好');
    await overItem(1);
    await expect.poll(async () => (await allHighlightedTexts(page)).includes('你')).toBe(true);
    await overItem(2);
    expect(await panelRules(page)).not.toContain('honorific');
    await expectRulesInPanel(page, ['honorific', 'shouting']);
  });

  it('draws the error above the warning where they overlap, and numbers lines as the editor shows them', async () => {
    await openGmail('Hi', '<p>Hello Sam,</p><p>Your card 4111 1111 1111 1111 was charged, WHICH IS FINE.</p><p>Thanks</p>');
    await expectRulesInPanel(page, ['confidential-data']);
    const priorities = await page.evaluate(() => ['error', 'warning', 'info'].map((severity) => CSS.highlights.get(`netiquette-${severity}`)?.priority ?? null));
    expect(priorities[0]).toBeGreaterThan(Math.max(priorities[1] ?? 0, priorities[2] ?? 0));
    // Three paragraphs: the card is on line 2, not line 3 (the blank margin between paragraphs is no line).
    const where = await page.locator(PANEL).locator('li button[data-rule="confidential-data"] .where').textContent();
    expect(where).toMatch(/\b2\b/);
  });

  it('marks a mail that is too long with one underline, not one per line', async () => {
    const lines = Array.from({ length: 40 }, (_, index) => `<div>Point ${index + 1} of the plan is described here.</div>`).join('');
    await openGmail('Plan', `<div>Hello Sam,</div>${lines}<div>Best regards,</div><div>Alex</div>`);
    await expectRulesInPanel(page, ['message-length']);
    const marked = await page.evaluate(() => [...(CSS.highlights.get('netiquette-info') ?? [])].map((range) => (range as Range).toString()));
    const long = marked.filter((text) => text.startsWith('Point'));
    expect(long.length).toBeGreaterThan(0);
    for (const text of long) expect(text).not.toContain('\n');
  });
});

describe('a textarea on the helpdesk page', () => {
  it('offers every finding where spans overlap, from the card of the one under the pointer', async () => {
    await page.goto(demo.server.url('helpdesk.html'));
    const textarea = page.locator('#plain-form textarea');
    await textarea.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n请问你找谁？');
    await expectRulesInPanel(page, ['forbidden-phrase', 'honorific'], 1);
    const mark = page.locator('netiquette-ui[data-part="overlay"][data-field="body"] .mark', { hasText: /^你$/ });
    const box = (await mark.first().boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
    const card = page.locator(CARD);
    await expect.poll(() => card.count()).toBe(1);
    const choices = card.locator('button[data-choice]');
    expect(await choices.count()).toBeGreaterThan(1);
    const first = await card.getAttribute('data-rule');
    const other = choices.locator(`:scope:not([data-choice="${first}"])`).first();
    const otherRule = await other.getAttribute('data-choice');
    await other.click();
    await expect.poll(() => card.getAttribute('data-rule')).toBe(otherRule);
  });
});
