import { browser } from 'wxt/browser';
import { parseWebUrl } from '../settings/urls.ts';

/**
 * The content script on sites the agent added (a helpdesk, a company webmail): registered at
 * run time from the background, once the optional host permission for the site was granted.
 * It is the very file the manifest runs on Gmail and Outlook, so it behaves the same there.
 */

export const USER_SITES_SCRIPT_ID = 'netiquette-user-sites';
/** Where WXT writes the `entrypoints/content/` bundle. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export interface UserSitesScript {
  id: string;
  matches: string[];
  js: string[];
  allFrames: boolean;
  runAt: 'document_start';
  persistAcrossSessions: boolean;
}

/** The slice of `browser.scripting` used here, so tests can hand in a fake. */
export interface ScriptingApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: UserSitesScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/**
 * `https://mail.example.com:8443` → `https://mail.example.com/*`. Ports are dropped: Firefox
 * match patterns cannot carry one, and the permission covers the host on every port anyway.
 */
export function originToMatchPattern(origin: string): string | undefined {
  const url = parseWebUrl(origin);
  return url && `${url.protocol}//${url.hostname}/*`;
}

/** Replaces the registration with one covering exactly `origins` (none: unregisters). */
export async function registerUserSites(
  origins: readonly string[],
  scripting: ScriptingApi = browser.scripting as unknown as ScriptingApi,
): Promise<void> {
  const matches = [...new Set(origins.map(originToMatchPattern).filter((pattern): pattern is string => pattern !== undefined))].sort();
  const existing = await scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  if (existing.some((script) => script.id === USER_SITES_SCRIPT_ID)) {
    await scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
  }
  if (matches.length === 0) return;
  await scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT_FILE],
      allFrames: true,
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
