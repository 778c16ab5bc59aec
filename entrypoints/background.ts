import { browser } from 'wxt/browser';
import { createBackgroundService, type StorageAreaName } from '../src/extension/background-service.ts';
import { bodyOfToneRequest, isBackgroundRequest, isToneRequest } from '../src/extension/messages.ts';
import { shippedToneVerdict } from '../src/tone/shipped-model.ts';
import { registerUserSites } from '../src/extension/user-sites.ts';

const REFRESH_ALARM = 'netiquette:refresh-packs';

/** Only origins whose host permission the user granted can carry the content script. */
async function registerPermittedSites(origins: string[]): Promise<void> {
  const permitted: string[] = [];
  for (const origin of origins) {
    if (await browser.permissions.contains({ origins: [`${origin}/*`] })) permitted.push(origin);
  }
  await registerUserSites(permitted);
}

export default defineBackground(() => {
  const service = createBackgroundService({
    local: browser.storage.local,
    sync: browser.storage.sync,
    managed: browser.storage.managed,
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    registerSites: registerPermittedSites,
  });

  async function scheduleRefresh(): Promise<void> {
    const periodInMinutes = await service.refreshIntervalMinutes();
    const existing = await browser.alarms.get(REFRESH_ALARM);
    if (existing?.periodInMinutes !== periodInMinutes) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
  }

  // Listeners are added synchronously: a worker woken by one of these events must find them.
  browser.runtime.onMessage.addListener((message: unknown) => (isBackgroundRequest(message) ? service.handle(message) : undefined));
  // The learned tone model runs here, off the page's main thread and out of the content script's bundle.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToneRequest(message)) return undefined;
    const { body, ownRanges } = bodyOfToneRequest(message);
    return Promise.resolve(shippedToneVerdict(body, ownRanges));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void service.refresh();
  });
  browser.storage.onChanged.addListener((changes, areaName) => {
    void service.onStorageChanged(areaName as StorageAreaName, Object.keys(changes));
    if (areaName === 'managed') void scheduleRefresh();
  });
  browser.permissions.onAdded.addListener(() => void service.handle({ type: 'netiquette:sites-changed' }));

  void service.start().then(scheduleRefresh);
});
