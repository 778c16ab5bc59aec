import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { settingsWithGuard } from './support/browser.ts';
import { useDemoBrowser } from './support/demo-browser.ts';
import { allHighlightedTexts, CARD, expectRulesInPanel, GUARD_DIALOG, overlayMarks, PANEL, typeLines } from './support/netiquette.ts';

const demo = useDemoBrowser(settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
let page: Page;

beforeEach(async () => {
  await page?.close();
  page = await demo.browser.context.newPage();
  await page.goto(demo.server.url('helpdesk.html'));
  await expect.poll(() => page.locator(PANEL).count()).toBe(3);
});

/** Panels are created in document order: rich editor, textarea, iframe. */
const RICH = 0;
const PLAIN = 1;
const FRAME = 2;

describe('generic editors on an opted-in helpdesk', () => {
  it('dresses a textarea with a mirror overlay that follows it, and fixes through it with undo', async () => {
    const textarea = page.locator('#plain-form textarea');
    await textarea.click();
    await page.keyboard.press('Control+End');
    await typeLines(page, ['Please DO NOT reply to this ticket again.', 'Thanks,', 'Alex']);
    await expectRulesInPanel(page, ['shouting'], PLAIN);
    expect(await overlayMarks(page)).toContain('DO NOT');

    const mirrorBox = async () => page.locator('netiquette-ui[data-part="overlay"][data-field="body"] .mirror').boundingBox();
    const textareaBox = await textarea.boundingBox();
    expect(await mirrorBox()).toEqual(textareaBox);
    await textarea.evaluate((element) => {
      (element as HTMLTextAreaElement).style.height = '260px';
    });
    await expect.poll(async () => (await mirrorBox())?.height).toBe(260);
    expect((await mirrorBox())?.y).toBe((await textarea.boundingBox())?.y);

    // A long reply scrolls the textarea; the underlines scroll with it.
    await typeLines(page, ['', ...Array.from({ length: 20 }, (_, index) => `Note ${index + 1}.`), 'Sorry, this is VERY late.']);
    const scrolls = () => page.evaluate(() => {
      const control = document.querySelector('#plain-form textarea')!;
      const host = [...document.querySelectorAll('netiquette-ui[data-part="overlay"]')].find((element) => (element as HTMLElement).dataset.field === 'body')!;
      return [control.scrollTop, host.shadowRoot!.querySelector('.mirror')!.scrollTop];
    });
    await expect.poll(async () => (await scrolls())[0]).toBeGreaterThan(0);
    await expect.poll(async () => { const [control, mirror] = await scrolls(); return mirror === control; }).toBe(true);
    await expectRulesInPanel(page, ['shouting'], PLAIN);
    await textarea.evaluate((element) => element.scrollTo({ top: 0 }));
    // The mirror follows on the next animation frame; measure the underline only once it has.
    await expect.poll(async () => scrolls()).toEqual([0, 0]);

    const before = await textarea.inputValue();
    const mark = page.locator('netiquette-ui[data-part="overlay"] .mark', { hasText: 'DO NOT' });
    const box = (await mark.boundingBox())!;
    // Rest on the underline until its card offers the fix. Once, in a CI run on a loaded machine,
    // the card closed before the click and did not come back while the pointer stayed still; a
    // person would move the pointer again, so the test does the same, and reports each miss.
    const fixButton = page.locator(CARD).locator('button[data-action="fix"]').first();
    const misses: string[] = [];
    const offersFix = async () => (await fixButton.count()) > 0 && (await page.locator(CARD).getAttribute('data-rule')) === 'shouting';
    for (const deadline = Date.now() + 15_000; !(await offersFix()) && Date.now() < deadline; ) {
      misses.push((await page.locator(CARD).count()) === 0 ? 'no card' : `card for ${await page.locator(CARD).getAttribute('data-rule')} without a fix`);
      await page.mouse.move(box.x, box.y - 40);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
      await page.waitForTimeout(600);
    }
    expect(await offersFix(), `hovers: ${misses.join('; ')}`).toBe(true);
    if (misses.length > 1) console.warn(`the card took ${misses.length} hovers: ${misses.join('; ')}`);
    await fixButton.click();
    await expect.poll(() => textarea.inputValue()).toBe(before.replace('DO NOT', 'do not'));
    await page.keyboard.press('Control+z');
    await expect.poll(() => textarea.inputValue()).toBe(before);
  });

  it('underlines inside a same-origin iframe editor, in that document', async () => {
    const frame = page.frameLocator('#frame-editor');
    await frame.locator('body div').nth(1).click();
    await page.keyboard.type('Your password is Abc12345, this is RIDICULOUS.');
    await expectRulesInPanel(page, ['shouting'], FRAME);
    const inner = page.frame({ url: /about:blank/ }) ?? page.frames()[1]!;
    expect(await allHighlightedTexts(inner)).toContain('RIDICULOUS');
    expect(await allHighlightedTexts(page)).not.toContain('RIDICULOUS');
  });

  it('follows an iframe editor whose document the page replaces after load', async () => {
    await page.evaluate(() => {
      const frame = document.getElementById('frame-editor') as HTMLIFrameElement;
      frame.srcdoc = '<body contenteditable="true"><div>Hello,</div><div>This is RIDICULOUS.</div></body>';
    });
    await expectRulesInPanel(page, ['shouting'], FRAME);
    expect(await page.locator(PANEL).count()).toBe(3);
    const inner = page.frames().find((frame) => frame.url() === 'about:srcdoc')!;
    expect(await allHighlightedTexts(inner)).toContain('RIDICULOUS');
  });

  it('wraps a long line in a paragraph editor, and Ctrl+Z takes the wrap back', async () => {
    const editor = page.locator('.ck-editor__editable');
    await editor.locator('p').nth(1).click();
    await page.keyboard.type('您的退款申请我们已经收到，财务部门会在三到五个工作日内完成处理并通知您。');
    await expectRulesInPanel(page, ['line-length'], RICH);
    const text = () => editor.evaluate((element) => (element as HTMLElement).innerText);
    const before = await text();
    await page.locator(PANEL).nth(RICH).locator('li button[data-rule="line-length"]').click();
    await page.locator(CARD).locator('button[data-action="fix"]').first().click();
    await expect.poll(async () => (await text()).split('\n').length).toBeGreaterThan(before.split('\n').length);
    await page.keyboard.press('Control+z');
    await expect.poll(text).toBe(before);
  });

  it('holds an angry reply at the form\'s submit button', async () => {
    const textarea = page.locator('#plain-form textarea');
    await textarea.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Are you stupid? Read the manual!!!');
    await expectRulesInPanel(page, ['angry-tone'], PLAIN);
    await page.click('#plain-form button[type="submit"]');
    const dialog = page.locator(GUARD_DIALOG);
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await page.locator('#sent li').count()).toBe(0);
    await dialog.locator('button[data-action="send-anyway"]').click();
    await expect.poll(() => page.locator('#sent li').count()).toBe(1);
    expect(await page.locator('#sent li').first().getAttribute('data-form')).toBe('plain-form');
  });
});
