import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { FIREFOX_E2E_BUILD_DIR, ROOT } from './browser.ts';

/** Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. */
export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_ADDON_ID = 'netiquette@netiquette.dev';

/** Builds the Firefox e2e build when there is none yet (`npm test` builds it beforehand). */
export function ensureFirefoxBuild(): string {
  if (!existsSync(path.join(FIREFOX_E2E_BUILD_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  }
  return FIREFOX_E2E_BUILD_DIR;
}

export interface PanelFinding {
  ruleId: string;
  /** From the severity dot in front of the finding. */
  severity: string;
}

/** The findings listed in every panel of the page, in order. */
export function panelFindings(page: Page, panelSelector: string): Promise<PanelFinding[]> {
  return page.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].flatMap((host) =>
        [...(host.shadowRoot?.querySelectorAll<HTMLElement>('li button[data-rule]') ?? [])].map((button) => ({
          ruleId: button.dataset.rule ?? '',
          severity: ['error', 'warning', 'info'].find((severity) => button.querySelector('.dot')?.classList.contains(severity)) ?? '',
        })),
      ),
    panelSelector,
  );
}

/**
 * Lets WebDriver BiDi reach Firefox's own (chrome) scope, for what no page script can do: type
 * through an IME, write an extension's storage.
 */
export const FIREFOX_SYSTEM_ACCESS = '--remote-allow-system-access';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Runs an expression in the first browser window's chrome scope (Firefox launched with FIREFOX_SYSTEM_ACCESS). */
export async function chromeScope(browser: Browser): Promise<(expression: string) => Promise<unknown>> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const context = (tree.result.contexts as { context: string }[])[0]!.context;
  return async (expression) => {
    const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true, resultOwnership: 'none' });
    if (result.type === 'exception') throw new Error(`chrome scope: ${JSON.stringify(result.exceptionDetails)}`);
    return (result.result as { value?: unknown } | undefined)?.value;
  };
}

/**
 * An IME for the page that has focus, through nsITextInputProcessor: the composition events come
 * from the widget as a real IME's do (compositionstart, -update, input, compositionend).
 */
export function firefoxIme(chrome: (expression: string) => Promise<unknown>): { setComposition(text: string): Promise<void>; commit(text: string): Promise<void> } {
  const withProcessor = (body: string) => `(() => {
    const tip = (globalThis.netiquetteTip ??= Cc['@mozilla.org/text-input-processor;1'].createInstance(Ci.nsITextInputProcessor));
    if (!tip.beginInputTransactionForTests(window)) throw new Error('no input transaction');
    ${body}
  })()`;
  return {
    setComposition: async (text) => {
      await chrome(
        withProcessor(`const text = ${JSON.stringify(text)};
          tip.setPendingCompositionString(text);
          tip.appendClauseToPendingComposition(text.length, tip.ATTR_RAW_CLAUSE);
          tip.setCaretInPendingComposition(text.length);
          tip.flushPendingComposition();`),
      );
    },
    commit: async (text) => {
      await chrome(withProcessor(`tip.commitCompositionWith(${JSON.stringify(text)});`));
    },
  };
}

/**
 * An extension page of the add-on, kept open in a background tab: its `browser.storage` is the
 * add-on's own, where the background and the content scripts read their settings.
 */
export async function extensionPage(browser: Browser, chrome: (expression: string) => Promise<unknown>, addonId: string): Promise<Page> {
  const host = await chrome(`WebExtensionPolicy.getByID(${JSON.stringify(addonId)}).mozExtensionHostname`);
  const page = await browser.newPage();
  // The page loads in the add-on's process, whose load puppeteer does not see: navigate without
  // waiting, then wait for the add-on's API in the page.
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await (browser as unknown as { connection: BidiConnection }).connection.send('browsingContext.navigate', { context, url: `moz-extension://${String(host)}/popup.html`, wait: 'none' });
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { timeout: 15_000 });
  return page;
}
