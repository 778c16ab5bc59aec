// Shared helpers for the real-browser tests: where the e2e build is, launching Debian Chromium
// with it loaded, and serving the demo pages on 127.0.0.1. The Roundcube and Firefox tests use
// them too.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { EffectiveSettings } from '../../../src/settings/effective.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** `wxt build --mode e2e`: the production build plus content-script matches for 127.0.0.1 and localhost. */
export const E2E_BUILD_DIR = path.join(ROOT, '.output/chrome-mv3-e2e');
export const FIREFOX_E2E_BUILD_DIR = path.join(ROOT, '.output/firefox-mv2-e2e');
export const DEMO_DIR = path.join(ROOT, 'demo');
/**
 * Where screenshots go: the git-ignored test-output/screenshots, so tests never rewrite tracked
 * files. `npm run screenshots` points it at docs/screenshots to refresh the README's images.
 */
export const SCREENSHOT_DIR = process.env.NETIQUETTE_SCREENSHOT_DIR ?? path.join(ROOT, 'test-output/screenshots');
/** The binary itself: Debian's /usr/bin/chromium wrapper adds flags and shell noise. */
export const CHROMIUM_BINARY = '/usr/lib/chromium/chromium';

/** Builds the e2e extension when there is none yet (`npm test` builds it beforehand). */
export function ensureE2eBuild(): string {
  if (!existsSync(path.join(E2E_BUILD_DIR, 'manifest.json'))) {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: 'inherit' });
  }
  return E2E_BUILD_DIR;
}

/** The flags every launch uses: quiet, offline, no sandbox when running as root. */
export function chromiumArgs(extensionDir: string, options: { headless: boolean; lang?: string }): string[] {
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (options.headless) args.unshift('--headless=new');
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.lang) args.push(`--lang=${options.lang}`);
  return args;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's service worker, for reading and writing its storage. */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export async function launchChromium(options: { extensionDir?: string; lang?: string; viewport?: { width: number; height: number } } = {}): Promise<LaunchedBrowser> {
  const extensionDir = options.extensionDir ?? ensureE2eBuild();
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_BINARY,
    // Extensions need the new headless mode, which Playwright only gets through the flag.
    headless: false,
    args: chromiumArgs(extensionDir, { headless: true, lang: options.lang }),
    viewport: options.viewport ?? { width: 1400, height: 900 },
    ...(options.lang ? { locale: options.lang } : {}),
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL((await worker()).url()).host;
  return { context, extensionId, worker, close: () => context.close() };
}

/** The part of `chrome.storage.local` the helpers use inside the extension's service worker. */
export interface ExtensionStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Stores the settings the content script reads, as the background would after resolving packs.
 * Runs inside the extension (its worker, or an extension page in Firefox).
 */
export async function storeEffectiveSettings(value: EffectiveSettings): Promise<void> {
  const extensionApi = globalThis as unknown as { browser?: { storage: { local: ExtensionStorageArea } }; chrome: { storage: { local: ExtensionStorageArea } } };
  const { storage } = extensionApi.browser ?? extensionApi.chrome;
  // The background publishes its own settings once at start: write after it, not before.
  for (let waited = 0; waited < 5_000; waited += 50) {
    if ((await storage.local.get('effectiveSettings')).effectiveSettings !== undefined) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await storage.local.set({ effectiveSettings: value });
}

/** Writes the settings the content script reads, as the background would after resolving packs. */
export async function writeEffectiveSettings(browser: LaunchedBrowser, settings: EffectiveSettings): Promise<void> {
  const worker = await browser.worker();
  await worker.evaluate(storeEffectiveSettings, settings);
}

/** Built-in rules at their defaults, with the guard's cool-down and "send anyway" as given. */
export function settingsWithGuard(guard: EffectiveSettings['guard']): EffectiveSettings {
  return {
    lint: { rules: {}, vocabulary: { forbiddenPhrases: [], acronyms: [], angerTerms: [], ignoredAngerTerms: [] } },
    guard,
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(pathname: string): string;
  close(): Promise<void>;
}

/** Serves a directory on 127.0.0.1 on a free port (no directory listing, no paths outside it). */
export async function serveDirectory(directory: string): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(directory, pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(directory) || !existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (pathname) => `${origin}/${pathname.replace(/^\//, '')}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name);
  await page.screenshot({ path: file });
  return file;
}
