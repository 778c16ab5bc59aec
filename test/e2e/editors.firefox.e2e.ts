// The editor matrix in Debian's firefox-esr (puppeteer-core over WebDriver BiDi) for the editors
// marked for Firefox: the same checks as in Chromium, but the IME one, which needs CDP.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildEditorPages } from '../../scripts/editor-pages.ts';
import { DEMO_DIR, FIREFOX_E2E_BUILD_DIR, ROOT, serveDirectory, type StaticServer } from './support/browser.ts';
import { editorChecks, type Driver } from './support/editors.ts';

const FIREFOX = '/usr/bin/firefox-esr';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(FIREFOX_E2E_BUILD_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  }
  await buildEditorPages();
  server = await serveDirectory(DEMO_DIR);
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, defaultViewport: { width: 1400, height: 900 } });
  await browser.installExtension(FIREFOX_E2E_BUILD_DIR);
});

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
  },
  { describe, it },
);
