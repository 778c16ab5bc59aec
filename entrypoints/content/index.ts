import { browser, type PublicPath } from 'wxt/browser';
import { adaptersFor } from '../../src/adapters/index.ts';
import type { Draft } from '../../src/core/types.ts';
import { STATUS_REQUEST, type TabStatus } from '../../src/extension/messages.ts';
import { askToneModel } from '../../src/extension/background-client.ts';
import { EFFECTIVE_SETTINGS_KEY } from '../../src/settings/effective.ts';
import { createTranslate } from '../../src/ui/i18n.ts';
import { ContentManager } from './manager.ts';
import { readEffectiveSettings } from '../../src/extension/content-settings.ts';
import { faultRecorder } from '../../src/extension/fault-log.ts';
import { loadRuleData, RULE_DATA_FILE } from '../../src/extension/rule-data.ts';

/**
 * The content script. Production builds run it on Gmail and Outlook on the web; the user's own
 * sites are registered at run time (src/extension/user-sites.ts) with this same file; the e2e
 * build (`wxt build --mode e2e`) adds 127.0.0.1 and localhost for the test and demo pages.
 */

/** Asks the background to keep a rule off in the personal settings. */
const TURN_OFF_RULE = 'netiquette:turn-off-rule';

/** A same-origin frame is handled by the page above it, which reaches into its document. */
function isHandledByParent(): boolean {
  if (window === window.top) return false;
  try {
    return window.frameElement !== null;
  } catch {
    return false;
  }
}

function whenDomReady(start: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}

function injectFault(kind: string): void {
  if (document.documentElement.dataset.netiquetteFault === kind) throw new Error(`fault injected by an e2e test (${kind})`);
}

export default defineContentScript({
  matches: ['https://mail.google.com/*', 'https://outlook.office.com/*', 'https://outlook.live.com/*', 'https://outlook.office365.com/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Early, so the send guard listens on the window before the page's own handlers.
  runAt: 'document_start',
  main(ctx) {
    if (isHandledByParent()) return;
    // Asked for at once, while the page loads: the first lint needs it. Written by the build, so not in PublicPath.
    const ruleData = loadRuleData(browser.runtime.getURL(`/${RULE_DATA_FILE}` as PublicPath));
    const isAlive = () => !ctx.isInvalid && browser.runtime?.id !== undefined;
    const recordFault = faultRecorder(browser.storage.local, () => ({ at: Date.now(), host: location.hostname }));
    const manager = new ContentManager({
      document,
      adapters: adaptersFor(location.hostname),
      t: createTranslate((key, substitutions) => browser.i18n.getMessage(key as never, substitutions)),
      uiLanguage: browser.i18n.getUILanguage(),
      settings: readEffectiveSettings(undefined),
      isAlive,
      askToneModel,
      persistRuleOff: (ruleId) => {
        browser.runtime.sendMessage({ type: TURN_OFF_RULE, ruleId }).catch(() => {});
      },
      recordFault,
      // The e2e build lets a test break the script at Send (`throw`) or break the linter itself (`lint`).
      // It also tells a page that asks (data-netiquette-report-lints) every draft it lints (as a
      // string, which crosses from this isolated world); not every page, since the copy costs at
      // every keystroke, and bench:extension times this build.
      ...(import.meta.env.MODE === 'e2e'
        ? {
            beforeVerdict: () => injectFault('throw'),
            beforeLint: (draft: Draft) => {
              if (document.documentElement.hasAttribute('data-netiquette-report-lints')) {
                document.dispatchEvent(new CustomEvent('netiquette:e2e-lint', { detail: JSON.stringify(draft) }));
              }
              injectFault('lint');
            },
          }
        : {}),
    });
    manager.guard.watch(window);
    ctx.onInvalidated(() => manager.destroy());

    browser.storage.local
      .get(EFFECTIVE_SETTINGS_KEY)
      .then((items) => manager.setSettings(readEffectiveSettings(items[EFFECTIVE_SETTINGS_KEY])))
      .catch(() => {});
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[EFFECTIVE_SETTINGS_KEY];
      if (area === 'local' && change && isAlive()) manager.setSettings(readEffectiveSettings(change.newValue));
    });
    // Answered through sendResponse, not a returned promise: this bundle has no polyfill (wxt.config.ts).
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
      if ((message as { type?: unknown } | null)?.type !== STATUS_REQUEST) return undefined;
      const status: TabStatus = { adapter: manager.adapterId, composeCount: manager.composeCount, findingCount: manager.findingCount };
      sendResponse(status);
      return undefined;
    });

    ruleData.then(
      () =>
        whenDomReady(() => {
          if (isAlive()) manager.start();
        }),
      // Without its data no rule can run: nothing is checked here, and so Send is never held.
      (error: unknown) => recordFault({ during: 'typing', message: `${RULE_DATA_FILE} could not be loaded, nothing is checked on this page: ${String(error)}`, bodyLength: 0 }),
    );
  },
});
