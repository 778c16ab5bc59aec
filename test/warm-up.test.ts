import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentManager } from '../entrypoints/content/manager.ts';
import { warmUpDraft } from '../entrypoints/content/warm-up.ts';
import { createLinter } from '../src/core/engine.ts';
import { readEffectiveSettings } from '../src/extension/content-settings.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { builtinRules } from '../src/rules/index.ts';
import { singlePackSettings } from '../src/settings/playground.ts';

describe('the warm-up lint', () => {
  let window: Window | undefined;
  afterEach(() => {
    vi.unstubAllGlobals();
    window?.close();
  });

  it('compiles the rules, draws the panel aside and loads the UI texts without asking the background about its sample', async () => {
    window = new Window({ url: 'https://mail.example.test/' });
    // The page watcher and the frame loop use the page's globals, as a content script does.
    for (const name of ['MutationObserver', 'requestAnimationFrame', 'cancelAnimationFrame', 'Node', 'Element', 'HTMLElement', 'getComputedStyle']) {
      const value = (window as unknown as Record<string, unknown>)[name];
      vi.stubGlobal(name, typeof value === 'function' && !/^[A-Z]/.test(name) ? value.bind(window) : value);
    }
    const askToneModel = vi.fn(async () => undefined);
    const t = vi.fn((key: string) => key);
    const manager = new ContentManager({
      document: window.document as unknown as Document,
      adapters: [],
      t: t as never,
      uiLanguage: 'en',
      settings: readEffectiveSettings(undefined),
      isAlive: () => true,
      persistRuleOff: () => {},
      recordFault: () => {},
      askToneModel,
    });
    manager.start();
    // Every round of the warm-up runs in a task of its own.
    await new Promise((resolve) => window!.setTimeout(resolve, 100));
    expect(t).toHaveBeenCalled();
    expect(askToneModel).not.toHaveBeenCalled();
    // The panel drawn to warm up was never part of the page.
    expect(window.document.querySelectorAll('section, li').length).toBe(0);
    manager.destroy();
  });

  // A rule the sample never gets to report runs for the first time on the agent's draft, at the
  // speed of code the engine has not compiled yet (attachment-mention did, until the sample was
  // given a page that shows no files: 4 of the 10 ms of the first lint of a 5,000-character draft).
  it('has every rule it was written for report on its sample', () => {
    const linter = createLinter(builtinRules, singlePackSettings(defaultPack).lint);
    const reported = new Set(linter.lint(warmUpDraft(0)).map((finding) => finding.ruleId));
    for (const ruleId of ['line-length', 'shouting', 'confidential-data', 'forbidden-phrase', 'honorific', 'informal', 'angry-tone', 'attachment-mention']) {
      expect(reported, ruleId).toContain(ruleId);
    }
  });
});
