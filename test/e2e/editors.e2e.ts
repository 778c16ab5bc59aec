// The editor matrix in Debian's Chromium: every real editor of demo/editors/, typed into with the
// keyboard and an IME, checked for what Netiquette reads, where it underlines, how its fixes land
// in the editor's own model and undo history, and whether the send guard holds.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { buildEditorPages } from '../../scripts/editor-pages.ts';
import { DEMO_DIR, launchChromium, serveDirectory, settingsWithGuard, writeEffectiveSettings, type LaunchedBrowser, type StaticServer } from './support/browser.ts';
import { editorChecks, type Driver } from './support/editors.ts';

let server: StaticServer;
let browser: LaunchedBrowser;

beforeAll(async () => {
  await buildEditorPages();
  server = await serveDirectory(DEMO_DIR);
  browser = await launchChromium();
  await writeEffectiveSettings(browser, settingsWithGuard({ cooldownSeconds: 30, allowSendAnyway: true }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function chromiumDriver(page: Page): Promise<Driver> {
  const cdp = await page.context().newCDPSession(page);
  return {
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (value: unknown) => never, arg),
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    clickAt: (x, y) => page.mouse.click(x, y),
    ime: {
      setComposition: async (text) => {
        await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
      },
      commit: async (text) => {
        await cdp.send('Input.insertText', { text });
      },
    },
  };
}

editorChecks({
  browserName: 'Chromium',
  only: () => true,
  async newDriver() {
    const page = await browser.context.newPage();
    return { driver: await chromiumDriver(page), close: () => page.close() };
  },
  url: (pathname) => server.url(pathname),
  changeSettings: (cooldownSeconds) => writeEffectiveSettings(browser, settingsWithGuard({ cooldownSeconds, allowSendAnyway: true })),
}, { describe, it });
