import { createHash } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLinter, type LinterHooks } from '../../src/core/engine.ts';
import { defaultPack } from '../../src/packs/builtin.ts';
import { angryTone } from '../../src/rules/angry-tone.ts';
import { shippedToneVerdict } from '../../src/tone/shipped-model.ts';
import { comparable, loadPlaygroundFixtures, type ExpectedFinding } from '../fixtures/playground/fixtures.ts';
import { DEMO_DIR, launchChromium, screenshot, serveDirectory, type LaunchedBrowser, type StaticServer } from './support/browser.ts';
import { PANEL, expectRulesInPanel, panelRules } from './support/netiquette.ts';

/** The service worker's `chrome` global, as far as the code evaluated in it uses it. */
declare const chrome: {
  tabs: {
    query(filter: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** A team's pack server on 127.0.0.1: serves whatever the test puts up, with an ETag, and logs what it was asked. */
interface PackServer {
  url: string;
  publish(body: string): void;
  requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

async function startPackServer(): Promise<PackServer> {
  let body = '';
  const requests: IncomingHttpHeaders[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(request.headers);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { ETag: etag }).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/team-pack.json`,
    publish: (next) => {
      body = next;
    },
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function teamPack(version: string, rules: Record<string, unknown>): string {
  return JSON.stringify({ schema: 1, id: 'e2e-team', name: 'E2E team', version, description: 'Served by the end-to-end test.', rules });
}

let demo: StaticServer;
let packs: PackServer;
let browser: LaunchedBrowser;
let compose: Page;
let options: Page;

beforeAll(async () => {
  demo = await serveDirectory(DEMO_DIR);
  packs = await startPackServer();
  browser = await launchChromium({ lang: 'en-US' });
  compose = await browser.context.newPage();
  options = await browser.context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await packs?.close();
  await demo?.close();
});

function optionsUrl(): string {
  return `chrome-extension://${browser.extensionId}/options.html`;
}

function packRow(packId: string) {
  return options.locator(`[data-testid="pack-row"][data-pack-id="${packId}"]`);
}

/** A subject of 17 Latin letters is 8½ wide: well within the default 15, over a limit of 5. */
const SUBJECT = 'Order 4417 refund';

describe('rule packs from the options page', () => {
  it('subscribes to a pack URL and its rules take effect in an already open compose window', async () => {
    await compose.goto(demo.url('gmail.html?compose=none'));
    await compose.click('#compose-button');
    await compose.keyboard.type(SUBJECT);
    await expect.poll(() => compose.locator(PANEL).count()).toBe(1);
    expect(await panelRules(compose)).not.toContain('subject-length');

    packs.publish(teamPack('1.0.0', { 'subject-length': ['error', { max: 5 }] }));
    await options.goto(optionsUrl());
    await options.fill('#pack-url', packs.url);
    await options.click('form.add-pack button[type="submit"]');
    await expect.poll(() => options.getByTestId('subscribe-outcome').getAttribute('data-state')).toBe('done');
    await expect.poll(() => packRow('e2e-team').count()).toBe(1);
    expect(await packRow('e2e-team').getAttribute('data-source')).toBe('team');

    // The compose page was not reloaded: the new settings reached it through storage.
    await expectRulesInPanel(compose, ['subject-length']);
    const card = options.locator('[data-rule-id="subject-length"]');
    expect(await card.getAttribute('data-source')).toBe('team');
    expect(await card.getByTestId('provenance').textContent()).toContain('e2e-team');
    expect(await options.inputValue('#option--subject-length--max')).toBe('5');
  });

  it('gets the popup\'s status answer from the compose tab', async () => {
    const worker = await browser.worker();
    // The popup asks the active tab; here every tab is asked, and only the compose page runs the content script.
    const answers = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      const replies = await Promise.all(tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, { type: 'netiquette:status' }).catch(() => null)));
      return replies.filter((reply) => reply !== null);
    });
    expect(answers).toEqual([{ adapter: 'gmail', composeCount: 1, findingCount: (await panelRules(compose)).length }]);
  });

  it('refuses a broken pack file with its errors, and the subscribed pack stays active', async () => {
    const broken = JSON.stringify({ schema: 1, id: 'broken-team', name: 'Broken', version: '1.0.0', description: '', rules: { 'subject-length': 'loud' } });
    await options.setInputFiles('#pack-file', { name: 'broken-team.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    const outcome = options.getByTestId('import-outcome');
    await expect.poll(() => outcome.getAttribute('data-state')).toBe('failed');
    expect(await outcome.textContent()).toContain('$.rules["subject-length"]');
    expect(await packRow('broken-team').count()).toBe(0);
    expect(await packRow('e2e-team').count()).toBe(1);
    await compose.keyboard.type(' now');
    await expectRulesInPanel(compose, ['subject-length']);
    await screenshot(options, 'options-broken-import.png');
  });

  it('refreshes with If-None-Match, and keeps the last good pack when the published one is broken', async () => {
    const asked = packs.requests.length;
    await packRow('e2e-team').getByRole('button', { name: 'Refresh now' }).click();
    await expect.poll(() => packs.requests.length).toBe(asked + 1);
    expect(packs.requests.at(-1)?.['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);

    packs.publish('{ "schema": 1, "id": "e2e-team", ');
    await packRow('e2e-team').getByRole('button', { name: 'Refresh now' }).click();
    const error = packRow('e2e-team').getByTestId('pack-error');
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.textContent()).toContain('not valid JSON');
    expect(await packRow('e2e-team').locator('td').first().textContent()).toBe('1.0.0');
    expect(await options.locator('[data-rule-id="subject-length"]').getAttribute('data-source')).toBe('team');
    expect(await panelRules(compose)).toContain('subject-length');
  });

  it('shows a rule the user changed as set by the user, and resets it to the packs\' value', async () => {
    const card = options.locator('[data-rule-id="informal"]');
    await options.selectOption('#severity--informal', 'off');
    await expect.poll(() => card.getAttribute('data-source')).toBe('personal');
    expect(await card.getAttribute('data-severity')).toBe('off');
    await card.getByRole('button', { name: /Reset/ }).click();
    await expect.poll(() => card.getAttribute('data-source')).not.toBe('personal');
  });

  it('switches Netiquette off on a site and back on', async () => {
    const host = new URL(demo.origin).hostname;
    const siteSwitch = options.locator(`[id="site--${host}"]`);
    await siteSwitch.uncheck();
    await expect.poll(() => compose.locator(PANEL).count()).toBe(0);
    await siteSwitch.check();
    await expect.poll(() => compose.locator(PANEL).count()).toBe(1);
  });

  it('removes the subscribed pack', async () => {
    await packRow('e2e-team').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(() => packRow('e2e-team').count()).toBe(0);
    await compose.keyboard.type('!');
    await expect.poll(() => panelRules(compose)).not.toContain('subject-length');
  });
});

describe('the playground', () => {
  it.each(loadPlaygroundFixtures())('reports what the CLI reports for $name', async (fixture) => {
    await options.close();
    options = await browser.context.newPage();
    await options.goto(`${optionsUrl()}#playground`);
    await options.selectOption('#playground-pack', 'pasted');
    await options.fill('#playground-pack-text', JSON.stringify(fixture.pack, null, 2));
    await options.locator('#playground-subject').pressSequentially(fixture.subject);
    await options.locator('#playground-body').pressSequentially(fixture.body);
    const findings = options.getByTestId('playground-findings').locator('li');
    await expect.poll(() => findings.count()).toBe(fixture.findings.length);
    const shown = await findings.evaluateAll((items) =>
      items.map((item) => {
        const data = (item as HTMLElement).dataset;
        return { ruleId: data.ruleId, severity: data.severity, field: data.field, line: Number(data.line), column: Number(data.column), start: Number(data.start), end: Number(data.end) };
      }),
    );
    expect(comparable(shown as ExpectedFinding[])).toEqual(fixture.findings);
    await screenshot(options, 'options-playground.png');
  });

  it('shows the chosen pack\'s own tests with their results, and opens one in the playground', async () => {
    await options.goto(`${optionsUrl()}#playground`);
    await options.selectOption('#playground-pack', 'builtin:default');
    const tests = options.getByTestId('playground-tests');
    const count = defaultPack.tests!.length;
    await expect.poll(() => tests.getByTestId('playground-tests-summary').textContent()).toBe(`${count} of ${count} tests pass.`);
    expect(await tests.locator('li[data-passed="true"]').count()).toBe(count);
    const angry = defaultPack.tests!.findIndex((test) => test.mustReport?.includes('angry-tone'));
    await tests.locator('li').nth(angry).getByRole('button').click();
    expect(await options.locator('#playground-body').inputValue()).toBe(defaultPack.tests![angry]!.body);
    await expect.poll(() => options.getByTestId('playground-findings').locator('li[data-rule-id="angry-tone"]').count()).toBeGreaterThan(0);

    // A pasted pack whose test fails says which rule did not report.
    const failing = { schema: 1, id: 'quiet', name: 'Quiet', version: '1.0.0', description: 'Shouting off.', rules: { shouting: 'off' }, tests: [{ name: 'caps', subject: 'Hi', body: 'READ THE MANUAL.', mustReport: ['shouting'] }] };
    await options.selectOption('#playground-pack', 'pasted');
    await options.fill('#playground-pack-text', JSON.stringify(failing));
    await expect.poll(() => tests.getByTestId('playground-tests-summary').textContent()).toBe('0 of 1 tests pass.');
    expect(await tests.locator('li[data-passed="false"]').textContent()).toContain('Should report, but did not: shouting');
  });

  it('asks the background for the learned tone model, so a reply angry without marker words is held as in a compose window', async () => {
    const subject = 'Re: saving';
    const body = "Hi Anna,\n\nAs I have already explained twice, click Save and it saves. I'm not sure how to make it any simpler.\n\nThanks,\nSupport";
    // The lexicon alone only hints at it; the shipped model holds it (the CLI runs the same model).
    const toneErrors = (hooks?: LinterHooks) => createLinter([angryTone], undefined, hooks).lint({ subject, body }).filter((finding) => finding.severity === 'error');
    expect(toneErrors()).toEqual([]);
    expect(toneErrors({ toneVerdict: shippedToneVerdict })).toHaveLength(1);
    await options.goto(`${optionsUrl()}#playground`);
    await options.selectOption('#playground-pack', 'builtin:default');
    await options.fill('#playground-subject', subject);
    await options.fill('#playground-body', body);
    await expect.poll(() => options.getByTestId('playground-findings').locator('li[data-rule-id="angry-tone"][data-severity="error"]').count()).toBe(1);
  });
});
