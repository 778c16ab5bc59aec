import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
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
