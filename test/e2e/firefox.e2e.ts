// Smoke test of the Firefox build in Debian's firefox-esr, driven by puppeteer-core over WebDriver
// BiDi: the e2e build (`wxt build -b firefox --mode e2e`) installed as a temporary add-on, hints on
// the Gmail-like demo page as the agent types, and the send guard holding an angry reply.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, SCREENSHOT_DIR, serveDirectory, type StaticServer } from './support/browser.ts';
import { ensureFirefoxBuild, FIREFOX, FIREFOX_ADDON_ID, panelFindings } from './support/firefox.ts';
const PANEL = 'netiquette-ui[data-part="panel"]';
const GUARD = 'netiquette-ui[data-part="guard"]';
const BODY = 'div[g_editable="true"][contenteditable="true"]';


async function waitForRules(page: Page, ruleIds: readonly string[]): Promise<void> {
  await expect
    .poll(async () => {
      const listed = new Set((await panelFindings(page, PANEL)).map((finding) => finding.ruleId));
      return ruleIds.filter((ruleId) => !listed.has(ruleId));
    }, { timeout: 10_000 })
    .toEqual([]);
}

/** The texts underlined through the CSS Custom Highlight API in the page's document. */
function highlighted(page: Page): Promise<string[]> {
  return page.evaluate(() => [...CSS.highlights.entries()].filter(([name]) => name.startsWith('netiquette')).flatMap(([, highlight]) => [...highlight].map((range) => range.toString())));
}

describe('Firefox build in firefox-esr', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const extension = ensureFirefoxBuild();
    server = await serveDirectory(DEMO_DIR);
    browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1400, height: 900 } });
    // A temporary add-on, installed over BiDi's webExtension.install as about:debugging would.
    expect(await browser.installExtension(extension)).toBe(FIREFOX_ADDON_ID);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('underlines problems in the Gmail-like compose window as the agent types Chinese and English', async () => {
    await page.goto(server.url('gmail.html?compose=none'));
    await page.click('#compose-button');
    await page.waitForSelector(PANEL);
    await page.click(`.compose ${BODY}`);
    await page.keyboard.type('喂，你找谁？');
    await waitForRules(page, ['forbidden-phrase', 'honorific']);
    await page.keyboard.press('Enter');
    await page.keyboard.type('This is RIDICULOUS, are you stupid?');
    await waitForRules(page, ['forbidden-phrase', 'honorific', 'shouting', 'angry-tone', 'subject-missing']);

    const underlined = await highlighted(page);
    for (const phrase of ['你找谁', 'RIDICULOUS', 'stupid']) {
      expect(underlined.some((text) => text.includes(phrase)), `"${phrase}" underlined in ${JSON.stringify(underlined)}`).toBe(true);
    }
    // The ::highlight() rules must sit at document level for Firefox to paint them.
    const rules = await page.evaluate(() => document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)));
    expect(rules.some((rule) => rule.includes('::highlight(netiquette-error)'))).toBe(true);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'firefox-hints.png') });
  });

  it('holds the angry demo reply at Send with the guard dialog', async () => {
    await page.goto(server.url('gmail.html'));
    await waitForRules(page, ['angry-tone']);
    await page.click('.compose [role="button"].aoO');
    await page.waitForFunction((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('[role="alertdialog"]') != null, {}, GUARD);
    expect(await page.$$eval('#outbox li', (items) => items.length)).toBe(0);
  });
});
