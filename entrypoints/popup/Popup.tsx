import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../src/extension/background-client.ts';
import { t } from '../../src/extension/i18n.ts';
import { STATUS_REQUEST, isTabStatus, type StatusRequest, type TabStatus } from '../../src/extension/messages.ts';
import { useSettingsView } from '../../src/extension/settings-source.ts';
import { builtinSitePatterns, requestSitePermission } from '../../src/extension/sites.ts';
import { siteState } from '../../src/settings/layers.ts';
import { savePersonalSettings, withSiteEnabled, withUserSite } from '../../src/settings/personal.ts';

interface ActiveTab {
  id: number;
  url: string | undefined;
}

/** The content script answers only where it runs; anywhere else the question simply fails. */
async function askStatus(tabId: number): Promise<TabStatus | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, { type: STATUS_REQUEST } satisfies StatusRequest);
    return isTabStatus(answer) ? answer : null;
  } catch {
    return null;
  }
}

function useActiveTab(): ActiveTab | null | undefined {
  const [tab, setTab] = useState<ActiveTab | null>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => setTab(active?.id === undefined ? null : { id: active.id, url: active.url }));
  }, []);
  return tab;
}

export function Popup() {
  const tab = useActiveTab();
  const view = useSettingsView();
  const [status, setStatus] = useState<TabStatus | null>();
  const [note, setNote] = useState<string>();

  useEffect(() => {
    if (tab) void askStatus(tab.id).then(setStatus);
  }, [tab]);

  if (tab === undefined || view === undefined) return <main class="popup" aria-busy="true" />;

  const personal = view.inputs.personal;
  const site = siteState(tab?.url, builtinSitePatterns(), view.inputs);

  async function setEnabled(host: string, on: boolean) {
    await savePersonalSettings(browser.storage.sync, withSiteEnabled(personal, host, on));
  }

  async function enableHere(host: string, origin: string) {
    // Straight from the click: the permission prompt needs the user's gesture.
    if (!(await requestSitePermission(origin))) {
      setNote(t('optionsSitePermissionDenied', host));
      return;
    }
    await savePersonalSettings(browser.storage.sync, withUserSite(personal, origin));
    await sendToBackground({ type: 'netiquette:sites-changed' });
    setNote(t('popupReloadToStart'));
  }

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      {site.kind === 'not-web' ? (
        <p>{t('popupNotWebPage')}</p>
      ) : (
        <>
          <p class="muted">{site.host}</p>
          {status ? (
            <dl data-testid="tab-status">
              <dt>{t('popupAdapter')}</dt>
              <dd data-testid="status-adapter">{status.adapter ?? t('popupNoAdapter')}</dd>
              <dt>{t('popupComposeCount')}</dt>
              <dd data-testid="status-compose">{status.composeCount}</dd>
              <dt>{t('popupFindingCount')}</dt>
              <dd data-testid="status-findings">{status.findingCount}</dd>
            </dl>
          ) : (
            <p data-testid="tab-status-none">{site.kind === 'known' && site.enabled ? t('popupNotRunningYet') : t('popupNotActive')}</p>
          )}
          <div class="actions">
            {site.kind === 'known' ? (
              <span>
                <input
                  id="site-enabled"
                  type="checkbox"
                  checked={site.enabled}
                  disabled={site.required}
                  onChange={(event) => setEnabled(site.host, event.currentTarget.checked)}
                />
                <label for="site-enabled">{t('popupEnabledHere')}</label>
                {site.required && <div class="muted">{t('popupRequiredByPolicy')}</div>}
              </span>
            ) : (
              <button type="button" class="primary" onClick={() => enableHere(site.host, site.origin)}>
                {t('popupEnableHere', site.host)}
              </button>
            )}
          </div>
        </>
      )}
      {note && (
        <p role="status" aria-live="polite">
          {note}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('popupOpenOptions')}
        </button>
      </div>
    </main>
  );
}
