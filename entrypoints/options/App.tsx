import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Locale } from '../../src/core/types.ts';
import { contentLocale, t } from '../../src/extension/i18n.ts';
import { useSettingsView } from '../../src/extension/settings-source.ts';
import { savePersonalSettings, type PersonalSettings } from '../../src/settings/personal.ts';
import { ExportSection } from './ExportSection.tsx';
import { FaultsSection } from './FaultsSection.tsx';
import { PacksSection } from './PacksSection.tsx';
import { Playground } from './Playground.tsx';
import { RulesSection } from './RulesSection.tsx';
import { SitesSection } from './SitesSection.tsx';

export type SavePersonal = (change: (settings: PersonalSettings) => PersonalSettings) => Promise<void>;

const SECTIONS = [
  ['packs', 'optionsPacksHeading'],
  ['rules', 'optionsRulesHeading'],
  ['sites', 'optionsSitesHeading'],
  ['playground', 'optionsPlaygroundHeading'],
  ['export', 'optionsExportHeading'],
  ['faults', 'optionsFaultsHeading'],
] as const;

export function App() {
  const view = useSettingsView();
  const [saveError, setSaveError] = useState<string>();
  if (!view) return <p aria-busy="true">{t('optionsLoading')}</p>;

  const { inputs, computed, personalProblems } = view;
  const locale = contentLocale(inputs.personal.locale);
  // Each change starts from the settings as last read; storage.onChanged then refreshes the view.
  const savePersonal: SavePersonal = async (change) => {
    try {
      await savePersonalSettings(browser.storage.sync, change(inputs.personal));
      setSaveError(undefined);
    } catch (error) {
      // storage.sync refuses items over its quota (8 KB), or too many writes in a minute.
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <header class="page-header">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNavLabel')}>
          {SECTIONS.map(([id, heading]) => (
            <a key={id} href={`#${id}`}>
              {t(heading)}
            </a>
          ))}
        </nav>
      </header>
      <main>
        {inputs.managed.present && (
          <p class="notice" role="note" data-testid="managed-notice">
            {t('optionsManagedNotice')}
          </p>
        )}
        {saveError !== undefined && (
          <p class="notice notice-error" role="alert">
            {t('optionsSaveFailed', saveError)}
          </p>
        )}
        {personalProblems.length > 0 && (
          <p class="notice notice-error" role="alert">
            {t('optionsPersonalProblems', personalProblems.length)}
          </p>
        )}
        <LanguageChooser locale={inputs.personal.locale} onChange={(chosen) => savePersonal((settings) => withLocale(settings, chosen))} />
        <PacksSection inputs={inputs} />
        <RulesSection inputs={inputs} computed={computed} locale={locale} savePersonal={savePersonal} />
        <SitesSection inputs={inputs} savePersonal={savePersonal} />
        <Playground inputs={inputs} computed={computed} locale={locale} />
        <ExportSection personal={inputs.personal} />
        <FaultsSection />
      </main>
    </>
  );
}

function withLocale(settings: PersonalSettings, locale: Locale | undefined): PersonalSettings {
  const { locale: _previous, ...rest } = settings;
  return locale === undefined ? rest : { ...rest, locale };
}

function LanguageChooser({ locale, onChange }: { locale: Locale | undefined; onChange: (locale: Locale | undefined) => void }) {
  return (
    <p class="field-row">
      <label for="content-locale">{t('optionsLanguageLabel')}</label>
      <select
        id="content-locale"
        value={locale ?? 'auto'}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(value === 'en' || value === 'zh' ? value : undefined);
        }}
      >
        <option value="auto">{t('optionsLanguageAuto')}</option>
        <option value="en">English</option>
        <option value="zh">中文</option>
      </select>
    </p>
  );
}
