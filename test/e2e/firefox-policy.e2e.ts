// Enterprise policy in Firefox ESR: an administrator's policies.json hands the extension its
// managed storage under `3rdparty.Extensions.<add-on id>`. Here it sets a pack and locks rules,
// and the compose window shows both: the pack's severities apply, and the card of a locked rule
// offers no "turn off this rule" while an unlocked one does.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, ROOT, serveDirectory, type StaticServer } from './support/browser.ts';
import { ensureFirefoxBuild, FIREFOX, FIREFOX_ADDON_ID, panelFindings, type PanelFinding } from './support/firefox.ts';

const PANEL = 'netiquette-ui[data-part="panel"]';
const CARD = 'netiquette-ui[data-part="card"]';
const BODY = 'div[g_editable="true"][contenteditable="true"]';
const RESULTS_DIR = path.join(ROOT, 'test-results');
/** What the card says under a locked rule, in the English the test browser runs in. */
const LOCKED_NOTE = (JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>).uiCardLocked!.message;

const policyPack = {
  schema: 1,
  id: 'corp-policy',
  name: 'Corp policy',
  version: '2.0.0',
  description: 'Pushed by policies.json in the Firefox end-to-end test.',
  rules: { informal: 'error', shouting: 'info' },
};

/**
 * Firefox reads policies.json from its installation folder or /etc, or, in automation (the
 * "turn off all security" test preference with non-local connections disabled, as Firefox's
 * own test harness runs it), from the file `browser.policies.alternatePath` names: the test
 * needs no write access to the system and leaves other Firefox runs on the machine alone.
 */
function writePolicies(folder: string): string {
  const file = path.join(folder, 'policies.json');
  const managed = { packs: [JSON.stringify(policyPack)], lockedRules: ['informal', 'angry-tone'] };
  writeFileSync(file, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ADDON_ID]: managed } } } }));
  return file;
}

async function findingOf(page: Page, ruleId: string): Promise<PanelFinding> {
  let found: PanelFinding | undefined;
  await expect
    .poll(async () => {
      found = (await panelFindings(page, PANEL)).find((finding) => finding.ruleId === ruleId);
      return found !== undefined;
    }, { timeout: 15_000 })
    .toBe(true);
  return found!;
}

/** Opens the card of a rule from the panel and returns which actions it offers. */
async function cardActions(page: Page, ruleId: string): Promise<{ actions: string[]; lockedNote: boolean }> {
  await page.evaluate(
    (selector, rule) => {
      const button = [...document.querySelectorAll(selector)].flatMap((host) => [...(host.shadowRoot?.querySelectorAll<HTMLButtonElement>(`li button[data-rule="${rule}"]`) ?? [])])[0];
      button?.click();
    },
    PANEL,
    ruleId,
  );
  const read = () =>
    page.evaluate(
      (selector, rule) => {
        const card = [...document.querySelectorAll(selector)].map((host) => host.shadowRoot?.querySelector<HTMLElement>(`[role="dialog"][data-rule="${rule}"]`)).find(Boolean);
        if (!card) return undefined;
        return { actions: [...card.querySelectorAll<HTMLElement>('button[data-action]')].map((button) => button.dataset.action ?? ''), notes: [...card.querySelectorAll('p.note')].map((note) => note.textContent ?? '') };
      },
      CARD,
      ruleId,
    );
  await expect.poll(async () => (await read()) !== undefined, { timeout: 10_000 }).toBe(true);
  const { actions, notes } = (await read())!;
  return { actions, lockedNote: notes.includes(LOCKED_NOTE) };
}

describe('Firefox ESR under an enterprise policies.json', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let folder: string;

  beforeAll(async () => {
    const extension = ensureFirefoxBuild();
    folder = mkdtempSync(path.join(tmpdir(), 'netiquette-firefox-policy-'));
    server = await serveDirectory(DEMO_DIR);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1400, height: 900 },
      extraPrefsFirefox: { 'browser.policies.alternatePath': writePolicies(folder), 'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true },
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    });
    expect(await browser.installExtension(extension)).toBe(FIREFOX_ADDON_ID);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('applies the policy pack: chat shorthand is an error and capitals only a hint', async () => {
    await page.goto(server.url('gmail.html?compose=none'));
    await page.click('#compose-button');
    await page.waitForSelector(PANEL);
    await page.click(`.compose ${BODY}`);
    await page.keyboard.type('thx, gonna check it');
    await page.keyboard.press('Enter');
    await page.keyboard.type('你的订单已经发货了，PLEASE WAIT.');
    expect((await findingOf(page, 'informal')).severity).toBe('error');
    expect((await findingOf(page, 'shouting')).severity).toBe('info');
    // Into the git-ignored test-results/, so the run leaves tracked files alone.
    mkdirSync(RESULTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS_DIR, 'firefox-policy.png') });
  });

  it('locks what the policy decides: no "turn off this rule" on those cards, as there is on others', async () => {
    // informal is in lockedRules; shouting is set by the policy's pack, which locks it as well.
    for (const ruleId of ['informal', 'shouting']) {
      const locked = await cardActions(page, ruleId);
      expect(locked.actions, ruleId).not.toContain('turn-off');
      expect(locked.lockedNote, ruleId).toBe(true);
      await page.keyboard.press('Escape');
    }
    // 你 for 您: a rule the policy leaves alone stays the agent's to turn off.
    const unlocked = await cardActions(page, 'honorific');
    expect(unlocked.actions).toContain('turn-off');
    expect(unlocked.lockedNote).toBe(false);
  });
});
