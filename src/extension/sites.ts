import { browser } from 'wxt/browser';
import { hostPermissionPattern, matchesPattern, patternHost } from '../settings/urls.ts';

/** Where the content script runs without the user adding anything: the manifest's own match patterns. */
export function builtinSitePatterns(): string[] {
  const patterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return [...new Set(patterns)];
}

export function builtinSiteHosts(): string[] {
  return [...new Set(builtinSitePatterns().map(patternHost).filter((host): host is string => host !== undefined))];
}

export function originPermission(origin: string): { origins: string[] } {
  return { origins: [`${origin}/*`] };
}

/**
 * Makes sure the extension may reach a URL's host, asking the user only when nothing granted
 * covers it yet (hosts of the built-in sites are granted at install). Must run inside the click
 * handler: browsers show the prompt only for a user gesture.
 */
export async function ensureHostPermission(url: string): Promise<boolean> {
  const granted = await browser.permissions.getAll();
  if ((granted.origins ?? []).some((pattern) => matchesPattern(pattern, url))) return true;
  return browser.permissions.request({ origins: [hostPermissionPattern(url)] });
}

export function requestSitePermission(origin: string): Promise<boolean> {
  return ensureHostPermission(`${origin}/`);
}

export function hasSitePermission(origin: string): Promise<boolean> {
  return browser.permissions.contains(originPermission(origin));
}
