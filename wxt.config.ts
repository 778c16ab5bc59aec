import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import path from 'node:path';
import type { Plugin } from 'vite';
import { checkContentScript, CONTENT_SCRIPT } from './scripts/bundle-budget.ts';
import { RULE_DATA_STAND_IN, ruleDataJson, STOOD_IN_MODULES } from './scripts/rule-data.ts';
import { RULE_DATA_FILE } from './src/extension/rule-data.ts';

/** Any web host, asked for one at a time: a site the user adds, or the host of a pack they subscribe to. */
const OPTIONAL_HOSTS = ['*://*/*'];

/**
 * `wxt build --mode e2e` (output in .output/chrome-mv3-e2e) also runs the content script on
 * 127.0.0.1 and localhost, where the end-to-end tests, the demo and the test Roundcube serve
 * their pages. Production builds cover Gmail and Outlook only; other sites are the user's
 * choice, registered at run time (src/extension/user-sites.ts).
 */
const E2E_MODE = 'e2e';
const E2E_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
// WXT sets NODE_ENV to the mode when none is set, which for `--mode e2e` would build the
// development JSX runtime and Preact's devtools hook into what the tests load: the e2e build is
// the production build with test hosts added, so it is built as production.
if (process.env.NODE_ENV === E2E_MODE) process.env.NODE_ENV = 'production';
/**
 * Public half of a throw-away key, so the e2e build has a fixed extension id whatever folder it
 * is loaded from: the policy test must name that id in Chromium's policy file before launch.
 * Chromium needs no private key to load an unpacked extension.
 */
const E2E_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA2ITVgSG2tFv3Jq39yGkXXRugb08n6N8BG6A6rXxh7HX+cgnpT7JmcfeYfWuHOP1KpCILkJsLwceFZ8BoZudB2HlMdcFqYvKExJo6WOK7idosPRkxQaWiDkbr0igSe3Ip7jDZcdaRQca0MQgpervvMm/P2h4LpeziF6wW7+BFzxyqP9vfSUe51L2v8C0bWuyLXwxGdHjIBK6QPEmQ5l9J88wCzlMCWhmqjOsGUyR6gjopfaIv/GiVFIOPeWK6GwoSml1gfrE3k+EXYTMUMXg4/VvjFXoeGRxiDsyApiO1U7XrrkkVzRRQ82hlrCMUlK7fE/wmADZuy4azOD2UGldrgwIDAQAB';

/**
 * Characters as they are in the bundles. WXT asks esbuild for ASCII output, which writes every
 * Chinese character of the word lists and tables as a six-byte `\uXXXX` escape (a third of the
 * content script). Chrome only requires content scripts to be valid UTF-8, which esbuild's UTF-8
 * output is (it still escapes lone surrogates); test/bundle-size.test.ts checks both. WXT sets
 * its option after reading this file, so a plugin sets it back once the configuration is final.
 */
function utf8Output(): Plugin {
  return {
    name: 'netiquette:utf8-output',
    configResolved(config) {
      if (config.esbuild) (config.esbuild as { charset?: string }).charset = 'utf8';
    },
  };
}

/**
 * The content script reaches the extension APIs without webextension-polyfill (3.4 KB of its
 * gzipped size): it only uses calls that return promises natively in Chrome's Manifest V3 and in
 * Firefox (storage, i18n, runtime.sendMessage) and answers messages through `sendResponse`, so it
 * takes the browser's own namespace, as `@wxt-dev/browser` gives it. The background and the pages,
 * which answer messages with promises, keep the polyfill that `@wxt-dev/webextension-polyfill`
 * substitutes for `wxt/browser`.
 */
function nativeBrowserInContentScript(): Plugin {
  let isContentScript = false;
  return {
    name: 'netiquette:native-browser-in-content-script',
    enforce: 'pre',
    configResolved(config) {
      isContentScript = buildsContentScript(config.build.lib);
    },
    resolveId(source, importer, options) {
      if (!isContentScript || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { ...options, skipSelf: true });
    },
  };
}

function buildsContentScript(lib: false | { entry: unknown }): boolean {
  return lib !== false && /entrypoints[\\/]content[\\/]/.test(JSON.stringify(lib.entry));
}

/**
 * The tone lexicons and the Traditional fold table leave the content script: it imports the
 * stand-in of src/extension/rule-data.ts instead, which fetches them from `rule-data.json`,
 * written from the same modules into every build (the `build:publicAssets` hook below).
 */
function ruleDataOutOfContentScript(): Plugin {
  let isContentScript = false;
  return {
    name: 'netiquette:rule-data-out-of-content-script',
    enforce: 'pre',
    configResolved(config) {
      isContentScript = buildsContentScript(config.build.lib);
    },
    resolveId(source, importer) {
      if (!isContentScript || !importer || !source.startsWith('.')) return null;
      return STOOD_IN_MODULES.includes(path.resolve(path.dirname(importer), source)) ? RULE_DATA_STAND_IN : null;
    },
  };
}

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), utf8Output(), nativeBrowserInContentScript(), ruleDataOutOfContentScript()],
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: RULE_DATA_FILE, contents: ruleDataJson() });
    },
    // Fails the build when the content script outgrows its budget or is not valid UTF-8.
    'build:done': (wxt) => {
      checkContentScript(path.join(wxt.config.outDir, CONTENT_SCRIPT));
    },
    'build:manifestGenerated': (wxt, manifest) => {
      // Manifest V2 (Firefox) has no optional_host_permissions: hosts go with the optional permissions.
      if (manifest.manifest_version === 2) manifest.optional_permissions = [...new Set([...(manifest.optional_permissions ?? []), ...OPTIONAL_HOSTS])];
      // Firefox takes managed storage from policies.json (3rdparty.Extensions) without a schema;
      // `storage.managed_schema` is Chrome's, and Firefox's manifest check flags it as unknown.
      if (wxt.config.browser === 'firefox') delete manifest.storage;
      if (wxt.config.mode !== E2E_MODE) return;
      if (wxt.config.browser === 'chrome') manifest.key = E2E_MANIFEST_KEY;
      for (const script of manifest.content_scripts ?? []) script.matches = [...new Set([...(script.matches ?? []), ...E2E_MATCHES])];
    },
  },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab: the popup reads the current tab's address only when the user opens it.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // Enterprise policy (Chrome/Edge); generated by scripts/generate-managed-schema.ts.
    storage: { managed_schema: 'managed-schema.json' },
    optional_host_permissions: OPTIONAL_HOSTS,
    // The content script fetches its rule data (src/extension/rule-data.ts) on any site it runs on, the user's own included.
    web_accessible_resources: [{ resources: [RULE_DATA_FILE], matches: ['<all_urls>'] }],
    // Underlines use the CSS Custom Highlight API, which Chrome has had since 105.
    minimum_chrome_version: '105',
    browser_specific_settings: {
      gecko: {
        id: 'netiquette@netiquette.dev',
        // 140 is the first Firefox with the CSS Custom Highlight API (underlines in rich-text bodies)
        // and with data_collection_permissions; ESR 128 has reached its end of life.
        strict_min_version: '140.0',
        // Nothing leaves the browser: drafts are checked locally, and the only requests are for
        // rule packs the user or an administrator subscribes to. Firefox 140+ shows this at install.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
