/**
 * The demo: `npm start`. Builds the extension (e2e/demo build, which also runs on 127.0.0.1),
 * serves demo/ on 127.0.0.1, and opens Chromium with the extension on the Gmail-like page and
 * its pre-filled, badly behaved reply.
 *
 * `npm start` runs it through scripts/start.sh, which first installs Chromium and the fonts
 * when they are missing. With a display, the browser stays open until you close it (or press
 * Ctrl+C here). Without one, it runs headless, saves test-output/screenshots/demo.png (or into
 * $NETIQUETTE_SCREENSHOT_DIR: `npm run screenshots` refreshes docs/screenshots) and prints the findings.
 *
 *   npm start                      # Gmail-like page
 *   npm start -- outlook.html      # or another page in demo/
 *   npm start -- editors/dist/index.html   # the real-editor pages (demo/editors/)
 *   CHROMIUM=/path/to/chrome npm start
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildEditorPages } from './editor-pages.ts';
import { chromiumArgs, DEMO_DIR, E2E_BUILD_DIR, ROOT, SCREENSHOT_DIR, serveDirectory } from '../test/e2e/support/browser.ts';

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function findBrowser(): string {
  const found = [process.env.CHROMIUM, ...CANDIDATES].find((candidate): candidate is string => !!candidate && existsSync(candidate));
  if (!found) {
    throw new Error(`No Chromium found (looked for ${CANDIDATES.join(', ')}). Run \`npm start\` as root to install it, or install it yourself (sudo apt-get install chromium), or set CHROMIUM.`);
  }
  return found;
}

function build(): void {
  console.log('Building the extension (wxt build --mode e2e) …');
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`Built into ${path.relative(ROOT, E2E_BUILD_DIR)}`);
}

interface PanelFinding {
  rule: string;
  text: string;
}

async function runHeadless(url: string): Promise<void> {
  // Debian's /usr/bin/chromium is a shell wrapper; Playwright wants the binary itself.
  const executable = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : findBrowser();
  const context = await chromium.launchPersistentContext('', {
    executablePath: executable,
    headless: false,
    args: chromiumArgs(E2E_BUILD_DIR, { headless: true }),
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const items = page.locator('netiquette-ui[data-part="panel"] li button');
    await items.first().waitFor({ timeout: 15_000 });
    // Let the first relints settle before taking the picture.
    await page.waitForTimeout(500);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, 'demo.png');
    await page.screenshot({ path: file });
    const findings: PanelFinding[] = await items.evaluateAll((buttons) =>
      buttons.map((button) => ({ rule: (button as HTMLElement).dataset.rule ?? '', text: (button as HTMLElement).innerText.replace(/\s*\n\s*/g, ' — ') })),
    );
    console.log(`\nNetiquette found ${findings.length} things to check in the demo reply:\n`);
    for (const finding of findings) console.log(`  ${finding.rule.padEnd(19)} ${finding.text}`);
    console.log(`\nScreenshot: ${path.relative(ROOT, file)}`);
    console.log('Run with a display (or through X forwarding) to try it live: type, hover an underline, press Send.');
  } finally {
    await context.close();
  }
}

async function runWithDisplay(url: string): Promise<void> {
  const executable = findBrowser();
  const profile = mkdtempSync(path.join(tmpdir(), 'netiquette-demo-'));
  const args = [...chromiumArgs(E2E_BUILD_DIR, { headless: false }), `--user-data-dir=${profile}`, url];
  console.log(`Opening ${url} in ${executable}. Close the browser (or press Ctrl+C) to stop.`);
  if (executable.includes('google-chrome')) {
    console.log('Note: Google Chrome 137+ ignores --load-extension; load .output/chrome-mv3-e2e from chrome://extensions (Developer mode → Load unpacked).');
  }
  const browser = spawn(executable, args, { stdio: 'ignore' });
  await new Promise<void>((resolve) => {
    browser.on('exit', () => resolve());
    process.on('SIGINT', () => browser.kill('SIGTERM'));
  });
  rmSync(profile, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const pageName = process.argv[2] ?? 'gmail.html';
  build();
  await buildEditorPages();
  const server = await serveDirectory(DEMO_DIR);
  const url = server.url(pageName);
  console.log(`The real editors (roosterjs, CKEditor 5, TinyMCE, Tiptap, Quill, Lexical, Summernote, Squire, Trix, Draft.js): ${server.url('editors/dist/index.html')}`);
  try {
    if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) await runWithDisplay(url);
    else await runHeadless(url);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
