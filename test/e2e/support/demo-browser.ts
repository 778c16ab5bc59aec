import { afterAll, beforeAll } from 'vitest';
import type { EffectiveSettings } from '../../../src/settings/effective.ts';
import { DEMO_DIR, launchChromium, serveDirectory, writeEffectiveSettings, type LaunchedBrowser, type StaticServer } from './browser.ts';

export interface DemoBrowser {
  readonly server: StaticServer;
  readonly browser: LaunchedBrowser;
}

/**
 * Gives a test file the demo pages on 127.0.0.1 and one Chromium with the extension, opened
 * before its first test (with `settings` stored, if given) and closed after its last.
 */
export function useDemoBrowser(settings?: EffectiveSettings): DemoBrowser {
  const demo = {} as { server: StaticServer; browser: LaunchedBrowser };
  beforeAll(async () => {
    demo.server = await serveDirectory(DEMO_DIR);
    demo.browser = await launchChromium();
    if (settings) await writeEffectiveSettings(demo.browser, settings);
  });
  afterAll(async () => {
    await demo.browser?.close();
    await demo.server?.close();
  });
  return demo;
}
