/**
 * Which addresses a pack may be fetched from, and how sites are named. Packs travel over
 * https only; plain http is allowed for the loopback addresses alone, where a lead tests a
 * pack served from their own machine and nothing crosses the network.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type PackUrlCheck = { ok: true; url: string } | { ok: false; reason: 'not-a-url' | 'insecure' | 'unsupported-scheme' | 'has-credentials' };

export function checkPackUrl(input: string): PackUrlCheck {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (url.username || url.password) return { ok: false, reason: 'has-credentials' };
  if (url.protocol === 'https:') return { ok: true, url: url.href };
  if (url.protocol === 'http:') return LOOPBACK_HOSTS.has(url.hostname) ? { ok: true, url: url.href } : { ok: false, reason: 'insecure' };
  return { ok: false, reason: 'unsupported-scheme' };
}

/** The match pattern that grants access to every path of a URL's host (ports are not part of patterns). */
export function hostPermissionPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export type SiteCheck = { ok: true; origin: string } | { ok: false; reason: 'not-a-url' | 'insecure' | 'unsupported-scheme' };

/** Turns what a user typed ("mail.example.com", "https://mail.example.com/inbox") into an origin. */
export function normalizeSite(input: string): SiteCheck {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return { ok: false, reason: 'not-a-url' };
  }
  if (!url.hostname) return { ok: false, reason: 'not-a-url' };
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return { ok: false, reason: 'insecure' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'unsupported-scheme' };
  return { ok: true, origin: `${url.protocol}//${url.hostname}` };
}

/** The address of a web page (http or https); undefined for anything else or for what is no URL at all. */
export function parseWebUrl(input: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
}

/** The host name of a page, which is what "disable on this site" remembers; undefined for non-web pages. */
export function siteHost(pageUrl: string | undefined): string | undefined {
  return pageUrl ? parseWebUrl(pageUrl)?.hostname : undefined;
}

/**
 * Whether a page URL falls under a manifest match pattern (`https://mail.google.com/*`,
 * `*://*.example.com/*`, `<all_urls>`), as the browser decides where content scripts run.
 */
export function matchesPattern(pattern: string, pageUrl: string): boolean {
  const url = parseWebUrl(pageUrl);
  if (!url) return false;
  if (pattern === '<all_urls>') return true;
  const parts = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  if (scheme !== '*' && `${scheme}:` !== url.protocol) return false;
  const hostOk = host === '*' || (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host.replace(/:\d+$/, ''));
  if (!hostOk) return false;
  const pathPattern = new RegExp(`^${path.split('*').map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return pathPattern.test(url.pathname + url.search);
}

/** The host a match pattern names, for showing it (`*.example.com` stays as written). */
export function patternHost(pattern: string): string | undefined {
  return /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern)?.[1];
}
