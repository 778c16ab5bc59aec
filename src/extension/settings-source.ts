import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { computeSettings, type ComputedSettings, type SettingsInputs } from '../settings/layers.ts';
import { parseManagedPolicy } from '../settings/managed.ts';
import { PACK_RECORDS_KEY, readPackRecords } from '../settings/pack-records.ts';
import { PERSONAL_SETTINGS_KEY, loadPersonalSettings, type PersonalSettingsProblem } from '../settings/personal.ts';
import { readManagedPolicy } from '../settings/storage.ts';

/** The three storage areas the settings come from, read the way the background worker reads them. */
export async function loadSettingsInputs(): Promise<{ inputs: SettingsInputs; personalProblems: PersonalSettingsProblem[] }> {
  const [managedRaw, records, personal] = await Promise.all([
    readManagedPolicy(browser.storage.managed),
    readPackRecords(browser.storage.local),
    loadPersonalSettings(browser.storage.sync),
  ]);
  return { inputs: { managed: parseManagedPolicy(managedRaw), records, personal: personal.settings }, personalProblems: personal.problems };
}

export interface SettingsView {
  inputs: SettingsInputs;
  computed: ComputedSettings;
  personalProblems: PersonalSettingsProblem[];
}

/** The settings and their layering, read again whenever any layer changes in any tab or in the worker. */
export function useSettingsView(): SettingsView | undefined {
  const [view, setView] = useState<SettingsView>();
  useEffect(() => {
    let current = true;
    const load = () =>
      void loadSettingsInputs().then(({ inputs, personalProblems }) => {
        if (current) setView({ inputs, computed: computeSettings(inputs), personalProblems });
      });
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'managed' || (area === 'sync' && PERSONAL_SETTINGS_KEY in changes) || (area === 'local' && PACK_RECORDS_KEY in changes)) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return view;
}
