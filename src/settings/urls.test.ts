import { describe, expect, it } from 'vitest';
import { checkPackUrl, hostPermissionPattern, matchesPattern, normalizeSite, parseWebUrl, siteHost } from './urls.ts';

describe('checkPackUrl', () => {
  it('accepts https anywhere and http on the loopback addresses only', () => {
    expect(checkPackUrl(' https://packs.example.com/team.json ')).toEqual({ ok: true, url: 'https://packs.example.com/team.json' });
    expect(checkPackUrl('http://127.0.0.1:8080/p.json')).toEqual({ ok: true, url: 'http://127.0.0.1:8080/p.json' });
    expect(checkPackUrl('http://localhost/p.json').ok).toBe(true);
    expect(checkPackUrl('http://packs.example.com/p.json')).toEqual({ ok: false, reason: 'insecure' });
    expect(checkPackUrl('http://127.0.0.1.example.com/p.json')).toEqual({ ok: false, reason: 'insecure' });
  });

  it('refuses other schemes, credentials and non-URLs', () => {
    expect(checkPackUrl('file:///etc/passwd')).toEqual({ ok: false, reason: 'unsupported-scheme' });
    expect(checkPackUrl('https://user:secret@packs.example.com/p.json')).toEqual({ ok: false, reason: 'has-credentials' });
    expect(checkPackUrl('packs.example.com/p.json')).toEqual({ ok: false, reason: 'not-a-url' });
  });
});

describe('sites', () => {
  it('turns what a user types into an origin', () => {
    expect(normalizeSite('Mail.Example.com')).toEqual({ ok: true, origin: 'https://mail.example.com' });
    expect(normalizeSite('https://helpdesk.example.org/agent/tickets?id=4')).toEqual({ ok: true, origin: 'https://helpdesk.example.org' });
    expect(normalizeSite('http://intranet.example')).toEqual({ ok: false, reason: 'insecure' });
    expect(normalizeSite('ftp://files.example.com').ok).toBe(false);
  });

  it('names the host of web pages only', () => {
    expect(siteHost('https://mail.google.com/mail/u/0/#inbox')).toBe('mail.google.com');
    expect(siteHost('chrome://extensions')).toBeUndefined();
    expect(siteHost(undefined)).toBeUndefined();
  });

  it('parses http and https addresses and nothing else', () => {
    expect(parseWebUrl('http://127.0.0.1:4321/demo')?.host).toBe('127.0.0.1:4321');
    expect(parseWebUrl('https://mail.example.com')?.hostname).toBe('mail.example.com');
    expect(parseWebUrl('about:blank')).toBeUndefined();
    expect(parseWebUrl('mail.example.com')).toBeUndefined();
  });

  it('asks for a permission that covers the host on every path and port', () => {
    expect(hostPermissionPattern('http://127.0.0.1:8123/team.json')).toBe('http://127.0.0.1/*');
  });
});

describe('matchesPattern', () => {
  it.each([
    ['https://mail.google.com/*', 'https://mail.google.com/mail/u/0/', true],
    ['https://mail.google.com/*', 'http://mail.google.com/', false],
    ['https://mail.google.com/*', 'https://mail.google.com.evil.example/', false],
    ['*://*/*', 'http://127.0.0.1:9000/x', true],
    ['*://*.example.com/*', 'https://example.com/', true],
    ['*://*.example.com/*', 'https://a.b.example.com/x', true],
    ['*://*.example.com/*', 'https://badexample.com/', false],
    ['https://outlook.office.com/mail/*', 'https://outlook.office.com/calendar/', false],
    ['http://127.0.0.1/*', 'http://127.0.0.1:4321/demo/gmail.html', true],
    ['<all_urls>', 'https://anything.example/', true],
    ['<all_urls>', 'chrome://settings', false],
  ])('%s against %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });
});
