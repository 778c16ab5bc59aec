import { useEffect, useState } from 'preact/hooks';
import { sendToBackground } from '../../src/extension/background-client.ts';
import { t } from '../../src/extension/i18n.ts';
import { builtinSiteHosts, hasSitePermission, requestSitePermission } from '../../src/extension/sites.ts';
import { managedHosts, type SettingsInputs } from '../../src/settings/layers.ts';
import { withSiteEnabled, withUserSite, withoutUserSite } from '../../src/settings/personal.ts';
import { normalizeSite } from '../../src/settings/urls.ts';
import type { SavePersonal } from './App.tsx';

function hostOf(origin: string): string {
  return new URL(origin).hostname;
}

function SiteSwitch({ host, inputs, savePersonal, forced }: { host: string; inputs: SettingsInputs; savePersonal: SavePersonal; forced: boolean }) {
  const id = `site--${host}`;
  return (
    <span class="site-switch">
      <input
        id={id}
        type="checkbox"
        checked={forced || !inputs.personal.disabledSites.includes(host)}
        disabled={forced}
        onChange={(event) => {
          const enabled = event.currentTarget.checked;
          void savePersonal((settings) => withSiteEnabled(settings, host, enabled));
        }}
      />
      <label for={id}>{t('optionsSiteEnabled', host)}</label>
    </span>
  );
}

/** Whether each origin's host permission is granted; looked up again when the list changes. */
function usePermissions(origins: readonly string[]): [Record<string, boolean>, () => void] {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [generation, setGeneration] = useState(0);
  const key = origins.join(' ');
  useEffect(() => {
    let current = true;
    void Promise.all(origins.map(async (origin) => [origin, await hasSitePermission(origin)] as const)).then((entries) => {
      if (current) setGranted(Object.fromEntries(entries));
    });
    return () => {
      current = false;
    };
  }, [key, generation]);
  return [granted, () => setGeneration((value) => value + 1)];
}

export function SitesSection({ inputs, savePersonal }: { inputs: SettingsInputs; savePersonal: SavePersonal }) {
  const [site, setSite] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string }>();
  const managedOrigins = inputs.managed.allowedSites;
  const forcedHosts = managedHosts(inputs.managed);
  const [granted, recheck] = usePermissions([...inputs.personal.userSites, ...managedOrigins]);

  async function grant(origin: string) {
    if (await requestSitePermission(origin)) {
      recheck();
      await sendToBackground({ type: 'netiquette:sites-changed' });
    }
  }

  async function addSite(event: Event) {
    event.preventDefault();
    const checked = normalizeSite(site);
    if (!checked.ok) {
      setMessage({ error: true, text: t('optionsSiteBadInput') });
      return;
    }
    // The permission prompt must come straight from the click, before anything else is awaited.
    if (!(await requestSitePermission(checked.origin))) {
      setMessage({ error: true, text: t('optionsSitePermissionDenied', hostOf(checked.origin)) });
      return;
    }
    await savePersonal((settings) => withUserSite(settings, checked.origin));
    await sendToBackground({ type: 'netiquette:sites-changed' });
    setMessage({ error: false, text: t('optionsSiteAdded', hostOf(checked.origin)) });
    setSite('');
  }

  async function removeSite(origin: string) {
    await savePersonal((settings) => withoutUserSite(settings, origin));
    await sendToBackground({ type: 'netiquette:sites-changed' });
  }

  return (
    <section id="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <h3>{t('optionsSitesBuiltin')}</h3>
      <ul class="sites" data-testid="builtin-sites">
        {builtinSiteHosts().map((host) => (
          <li key={host}>
            <SiteSwitch host={host} inputs={inputs} savePersonal={savePersonal} forced={forcedHosts.has(host)} />
          </li>
        ))}
      </ul>
      {managedOrigins.length > 0 && (
        <>
          <h3>{t('optionsSitesManaged')}</h3>
          <ul class="sites" data-testid="managed-sites">
            {managedOrigins.map((origin) => (
              <li key={origin}>
                <SiteSwitch host={hostOf(origin)} inputs={inputs} savePersonal={savePersonal} forced />
                {granted[origin] === false && (
                  <button type="button" onClick={() => grant(origin)}>
                    {t('optionsSiteGrant')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('optionsSitesUser')}</h3>
      {inputs.personal.userSites.length === 0 ? (
        <p class="muted">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="sites" data-testid="user-sites">
          {inputs.personal.userSites.map((origin) => (
            <li key={origin}>
              <SiteSwitch host={hostOf(origin)} inputs={inputs} savePersonal={savePersonal} forced={false} />
              {granted[origin] === false && (
                <button type="button" onClick={() => grant(origin)}>
                  {t('optionsSiteGrant')}
                </button>
              )}
              <button type="button" class="danger" onClick={() => removeSite(origin)} aria-label={t('optionsSiteRemove', hostOf(origin))}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addSite}>
        <label for="site-input">{t('optionsSiteAddLabel')}</label>
        <div class="field-row">
          <input id="site-input" type="text" placeholder="mail.example.com" value={site} onInput={(event) => setSite(event.currentTarget.value)} required />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        <p role="status" aria-live="polite" class={message?.error ? 'error' : undefined}>
          {message?.text}
        </p>
      </form>
    </section>
  );
}
