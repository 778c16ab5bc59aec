import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffectiveSettings } from '../../src/settings/effective.ts';
import { PERSONAL_SETTINGS_KEY } from '../../src/settings/personal.ts';
import { ensureE2eBuild, launchChromium, screenshot, type LaunchedBrowser } from './support/browser.ts';

/**
 * Enterprise policy as an administrator pushes it: Chromium reads JSON files from its policy
 * directory at start, and hands the extension's part (`3rdparty.extensions.<id>`) to
 * `storage.managed`, checked against the schema the manifest declares.
 */

/** The service worker's `chrome` global, as far as the code evaluated in it uses it. */
declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: { set(items: Record<string, unknown>): Promise<void> };
    managed: { get(keys: null): Promise<Record<string, unknown>> };
  };
};

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = path.join(POLICY_DIR, 'netiquette-test.json');

function canWritePolicy(): boolean {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Chromium's id for an extension with a `key`: the SHA-256 of the key, first 32 hex digits spelt a–p. */
function extensionIdOf(buildDir: string): string {
  const { key } = JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as { key?: string };
  if (!key) throw new Error('the e2e build has no manifest key, so its extension id is not fixed');
  const digest = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...digest].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

function pack(id: string, rules: Record<string, unknown>): string {
  return JSON.stringify({ schema: 1, id, name: `Policy ${id}`, version: '3.0.0', description: 'Pushed by policy in the end-to-end test.', rules });
}

let packServer: Server;
let packUrl: string;
let browser: LaunchedBrowser;
let options: Page;

describe.skipIf(!canWritePolicy())('settings pushed by enterprise policy', () => {
  beforeAll(async () => {
    packServer = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(pack('corp-url', { 'message-length': ['error', { maxLines: 10 }] }));
    });
    await new Promise<void>((resolve) => packServer.listen(0, '127.0.0.1', resolve));
    packUrl = `http://127.0.0.1:${(packServer.address() as AddressInfo).port}/corp.json`;

    const buildDir = ensureE2eBuild();
    const policy = {
      packs: [pack('corp', { informal: 'error', honorific: 'error' }), '{"schema": 1, "id": "half-written"'],
      packUrls: [packUrl],
      lockedRules: ['informal'],
      allowSendAnyway: false,
    };
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionIdOf(buildDir)]: policy } } }));
    browser = await launchChromium({ extensionDir: buildDir, lang: 'en-US' });
    options = await browser.context.newPage();
  });

  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await browser?.close();
    await new Promise((resolve) => packServer?.close(resolve));
  });

  async function effectiveSettings(): Promise<EffectiveSettings> {
    const worker = await browser.worker();
    return worker.evaluate(async () => (await chrome.storage.local.get('effectiveSettings')).effectiveSettings as EffectiveSettings);
  }

  it('reaches the extension under the fixed id of the e2e build', async () => {
    expect(browser.extensionId).toBe(extensionIdOf(ensureE2eBuild()));
    const worker = await browser.worker();
    const managed = await worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ lockedRules: ['informal'], allowSendAnyway: false });
  });

  it('shows the policy\'s packs as managed and its locked rule as read-only with the reason', async () => {
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByTestId('managed-notice').count()).toBe(1);

    const corp = options.locator('[data-testid="pack-row"][data-pack-id="corp"]');
    expect(await corp.getAttribute('data-source')).toBe('managed');
    const fetched = options.locator('[data-testid="pack-row"][data-pack-id="corp-url"]');
    await expect.poll(() => fetched.count()).toBe(1);
    expect(await fetched.getAttribute('data-source')).toBe('managed');
    expect(await fetched.textContent()).toContain(packUrl);
    expect(await fetched.getByRole('button', { name: 'Remove' }).count()).toBe(0);

    const informal = options.locator('[data-rule-id="informal"]');
    expect(await informal.getAttribute('data-locked')).toBe('true');
    expect(await informal.getAttribute('data-severity')).toBe('error');
    expect(await options.isDisabled('#severity--informal')).toBe(true);
    expect(await informal.getByTestId('lock-reason').textContent()).toContain('Locked by Organization');
    // Whatever the policy sets is read-only too, listed in lockedRules or not.
    expect(await options.locator('[data-rule-id="honorific"]').getAttribute('data-locked')).toBe('true');
    expect(await options.locator('[data-rule-id="shouting"]').getAttribute('data-locked')).toBe('false');
    expect(await options.locator('[data-rule-id="message-length"]').getAttribute('data-source')).toBe('managed');
    await screenshot(options, 'options-managed-policy.png');
  });

  it('reports the broken pack string while the rest of the policy applies', async () => {
    const problems = options.getByTestId('policy-problems');
    expect(await problems.textContent()).toContain('packs[1]');
    const effective = await effectiveSettings();
    expect(effective.lint.rules.honorific?.severity).toBe('error');
    expect(effective.guard.allowSendAnyway).toBe(false);
    expect(effective.locked).toContain('informal');
  });

  it('keeps the policy\'s rules on when the personal settings try to turn them off, and lets the others go', async () => {
    const worker = await browser.worker();
    await worker.evaluate(
      async ([key]) => chrome.storage.sync.set({ [key!]: { version: 1, rules: { informal: 'off', honorific: 'off', shouting: 'off' }, disabledSites: [], userSites: [] } }),
      [PERSONAL_SETTINGS_KEY],
    );
    await expect.poll(async () => (await effectiveSettings()).lint.rules.shouting?.severity).toBe('off');
    expect((await effectiveSettings()).lint.rules.informal?.severity).toBe('error');
    expect((await effectiveSettings()).lint.rules.honorific?.severity).toBe('error');
  });
});
