import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentScript, CONTENT_SCRIPT, CONTENT_SCRIPT_GZIP_BUDGET } from '../../scripts/bundle-budget.ts';
import { toTraditional } from '../../src/core/hant.ts';
import { DEMO_DIR, E2E_BUILD_DIR, ensureE2eBuild, launchChromium, serveDirectory, settingsWithGuard, writeEffectiveSettings, type LaunchedBrowser, type StaticServer } from './support/browser.ts';
import { expectRulesInPanel, GUARD_DIALOG, PANEL, panelRules } from './support/netiquette.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await serveDirectory(DEMO_DIR);
});

afterAll(async () => {
  await server?.close();
});

describe('the built content script', () => {
  it('carries no zod, and runs in every frame of the webmail hosts', () => {
    ensureE2eBuild();
    const scripts = path.join(E2E_BUILD_DIR, 'content-scripts');
    const bundle = readdirSync(scripts)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(scripts, name), 'utf8'))
      .join('\n');
    expect(bundle.length).toBeGreaterThan(0);
    expect(bundle).not.toMatch(/ZodError|\$ZodType|zod\/v4/);
    const manifest = JSON.parse(readFileSync(path.join(E2E_BUILD_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts: { matches: string[]; all_frames: boolean; js: string[] }[];
    };
    const [script] = manifest.content_scripts;
    expect(script!.matches).toEqual(expect.arrayContaining(['https://mail.google.com/*', 'https://outlook.office.com/*', 'http://127.0.0.1/*']));
    expect(script!.all_frames).toBe(true);
  });

  it('is valid UTF-8 and within its gzipped size budget', () => {
    ensureE2eBuild();
    expect(checkContentScript(path.join(E2E_BUILD_DIR, CONTENT_SCRIPT)).gzip).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
  });
});

describe('settings and the extension\'s life in an open page', () => {
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    await writeEffectiveSettings(browser, settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
    page = await browser.context.newPage();
    await page.goto(server.url('gmail.html'));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('applies new settings to an open compose window without a reload', async () => {
    await expectRulesInPanel(page, ['angry-tone', 'shouting']);
    const settings = settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true });
    settings.lint.rules = { shouting: { severity: 'off' } };
    await writeEffectiveSettings(browser, settings);
    await expect.poll(() => panelRules(page)).not.toContain('shouting');
    await writeEffectiveSettings(browser, settingsWithGuard({ cooldownSeconds: 2, allowSendAnyway: true }));
    await expectRulesInPanel(page, ['shouting']);
  });

  it('turns a rule off from its card at once', async () => {
    await page.locator(PANEL).locator('li button[data-rule="informal"]').first().click();
    await page.locator('netiquette-ui[data-part="card"] button[data-action="turn-off"]').click();
    await expect.poll(() => panelRules(page)).not.toContain('informal');
  });

  it('steps aside when the extension is updated or removed: the UI goes and Send works', async () => {
    const worker = await browser.worker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => {});
    await expect.poll(() => page.locator(PANEL).count(), { timeout: 10_000 }).toBe(0);
    await page.locator('.compose .aoO').click();
    await expect.poll(() => page.locator('#outbox li').count()).toBe(1);
    expect(await page.locator(GUARD_DIALOG).count()).toBe(0);
  });
});

describe('the UI in Chinese', () => {
  it('follows a Simplified Chinese browser, for the UI and for the findings', async () => {
    const browser = await launchChromium({ lang: 'zh-CN' });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('gmail.html'));
      await expectRulesInPanel(page, ['angry-tone']);
      const panel = page.locator(PANEL).first();
      expect(await panel.locator('.title').textContent()).toBe('Netiquette 邮件礼仪');
      expect(await panel.locator('li button[data-rule="honorific"]').first().textContent()).toContain('您');
      await page.locator('.compose .aoO').click();
      expect(await page.locator(GUARD_DIALOG).locator('h2').textContent()).toBe('发送前请稍等');
    } finally {
      await browser.close();
    }
  });

  it('follows a Taiwan browser into Traditional Chinese, for the UI and for the findings', async () => {
    const browser = await launchChromium({ lang: 'zh-TW' });
    try {
      const page = await browser.context.newPage();
      await page.goto(server.url('gmail.html'));
      await expectRulesInPanel(page, ['angry-tone']);
      const panel = page.locator(PANEL).first();
      expect(await panel.locator('.title').textContent()).toBe('Netiquette 郵件禮儀');
      // Converting again changes nothing: no Simplified character the product writes is left.
      const honorific = (await panel.locator('li button[data-rule="honorific"]').first().textContent())!;
      expect(honorific).toContain('您');
      expect(honorific).toBe(toTraditional(honorific));
      expect(honorific).toMatch(/[對應稱戶]/);
      await page.locator('.compose .aoO').click();
      const dialog = page.locator(GUARD_DIALOG);
      expect(await dialog.locator('h2').textContent()).toBe('傳送前請稍等');
      const held = (await dialog.locator('li').allTextContents()).join('\n');
      expect(held).not.toBe('');
      expect(held).toBe(toTraditional(held));
    } finally {
      await browser.close();
    }
  });
});
