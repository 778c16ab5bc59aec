// The editor matrix in Debian's firefox-esr (puppeteer-core over WebDriver BiDi) for the editors
// marked for Firefox: the same checks as in Chromium. The IME types through Firefox's own text
// input processor, and settings are written from an add-on page, both reached with system access.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildEditorPages } from '../../scripts/editor-pages.ts';
import { DEMO_DIR, FIREFOX_E2E_BUILD_DIR, ROOT, serveDirectory, settingsWithGuard, storeEffectiveSettings, type StaticServer } from './support/browser.ts';
import { editorChecks, type Driver } from './support/editors.ts';
import { chromeScope, extensionPage, firefoxIme, FIREFOX_SYSTEM_ACCESS } from './support/firefox.ts';

const FIREFOX = '/usr/bin/firefox-esr';

let server: StaticServer;
let browser: Browser;
let chrome: (expression: string) => Promise<unknown>;
let addonPage: Page;

beforeAll(async () => {
  if (!existsSync(path.join(FIREFOX_E2E_BUILD_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  }
  await buildEditorPages();
  server = await serveDirectory(DEMO_DIR);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1400, height: 900 }, args: [FIREFOX_SYSTEM_ACCESS] });
  const addonId = await browser.installExtension(FIREFOX_E2E_BUILD_DIR);
  chrome = await chromeScope(browser);
  // Opened first, so every test's page opens after it and has the focus the IME types into.
  addonPage = await extensionPage(browser, chrome, addonId);
  await changeSettings(30);
});

/** The guard's settings as in Chromium's matrix, with a cool-down of this many seconds. */
async function changeSettings(cooldownSeconds: number): Promise<void> {
  await addonPage.evaluate(storeEffectiveSettings, settingsWithGuard({ cooldownSeconds, allowSendAnyway: true }));
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Playwright's chord notation ("Control+Shift+z") pressed through puppeteer's keyboard. */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as KeyInput[];
  const key = keys.pop()!;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

function firefoxDriver(page: Page): Driver {
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (value: unknown) => never, arg),
    type: (text) => page.keyboard.type(text),
    press: (chord) => pressChord(page, chord),
    clickAt: (x, y) => page.mouse.click(x, y),
    ime: firefoxIme(chrome),
  };
}

editorChecks(
  {
    browserName: 'Firefox',
    only: (editor) => editor.firefox,
    async newDriver() {
      const page = await browser.newPage();
      return { driver: firefoxDriver(page), close: () => page.close() };
    },
    url: (pathname) => server.url(pathname),
    changeSettings,
  },
  { describe, it },
);
