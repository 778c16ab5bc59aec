import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE, originToMatchPattern, registerUserSites, USER_SITES_SCRIPT_ID, type ScriptingApi, type UserSitesScript } from './user-sites.ts';

function fakeScripting(initial: UserSitesScript[] = []): ScriptingApi & { scripts: UserSitesScript[]; calls: string[] } {
  const fake = {
    scripts: [...initial],
    calls: [] as string[],
    async getRegisteredContentScripts(filter?: { ids?: string[] }) {
      return fake.scripts.filter((script) => !filter?.ids || filter.ids.includes(script.id));
    },
    async registerContentScripts(scripts: UserSitesScript[]) {
      fake.calls.push('register');
      for (const script of scripts) {
        if (fake.scripts.some((existing) => existing.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      }
      fake.scripts.push(...scripts);
    },
    async unregisterContentScripts(filter?: { ids?: string[] }) {
      fake.calls.push('unregister');
      fake.scripts = fake.scripts.filter((script) => filter?.ids && !filter.ids.includes(script.id));
    },
  };
  return fake;
}

describe('originToMatchPattern', () => {
  it('turns origins into host patterns without ports and refuses other schemes', () => {
    expect(originToMatchPattern('https://mail.example.com')).toBe('https://mail.example.com/*');
    expect(originToMatchPattern('http://127.0.0.1:8089')).toBe('http://127.0.0.1/*');
    expect(originToMatchPattern('file:///tmp/x.html')).toBeUndefined();
    expect(originToMatchPattern('not a url')).toBeUndefined();
  });
});

describe('registerUserSites', () => {
  it('registers the content script file for the sites, in every frame, from document start', async () => {
    const scripting = fakeScripting();
    await registerUserSites(['https://help.example.com', 'https://help.example.com:443', 'https://desk.example.org'], scripting);
    expect(scripting.scripts).toEqual([
      {
        id: USER_SITES_SCRIPT_ID,
        matches: ['https://desk.example.org/*', 'https://help.example.com/*'],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        runAt: 'document_start',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('replaces an earlier registration instead of failing on the duplicate id', async () => {
    const scripting = fakeScripting();
    await registerUserSites(['https://a.example.com'], scripting);
    await registerUserSites(['https://b.example.com'], scripting);
    expect(scripting.scripts.map((script) => script.matches)).toEqual([['https://b.example.com/*']]);
  });

  it('unregisters when no site is left, and does nothing when none was registered', async () => {
    const scripting = fakeScripting();
    await registerUserSites([], scripting);
    expect(scripting.calls).toEqual([]);
    await registerUserSites(['https://a.example.com'], scripting);
    await registerUserSites([], scripting);
    expect(scripting.scripts).toEqual([]);
  });
});
