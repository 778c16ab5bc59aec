import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../core/types.ts';
import { CardController, type CardOwner } from './card-controller.tsx';

const t = (key: string, ...substitutions: string[]) => [key, ...substitutions].join(':');
const ANCHOR = { left: 10, top: 10, right: 40, bottom: 24, width: 30, height: 14 };

function finding(ruleId: string): Finding {
  return { ruleId, severity: 'warning', message: { en: `${ruleId} in English`, zh: `${ruleId} 中文` }, field: 'body', start: 6, end: 9, line: 2, column: 3, fixes: [{ title: { en: 'Replace', zh: '替换' }, edits: [{ field: 'body', start: 6, end: 9, text: '您找哪位' }] }] };
}

/** A compose window whose lint, like the real one, offers fixes only for the findings of its last lint. */
function ownerLintedWith(initial: readonly Finding[]): CardOwner & { lint(findings: readonly Finding[]): void } {
  let current = initial;
  return {
    lint(findings) {
      current = findings;
    },
    fixesFor: (wanted) => (current.includes(wanted) ? (wanted.fixes ?? []) : []),
    applyFix: async () => 'applied',
    ignore: () => {},
    turnOffRule: () => {},
    isLocked: () => false,
    rationale: () => undefined,
    focusEditor: () => {},
    setActive: () => {},
  };
}

let window: Window;

beforeEach(() => {
  vi.useFakeTimers();
  window = new Window();
  for (const name of ['document', 'Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent', 'MouseEvent']) {
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
});

afterEach(() => {
  vi.useRealTimers();
  window.close();
});

function fixButtons(): number {
  const host = window.document.querySelector('netiquette-ui[data-part="card"]');
  return host?.shadowRoot?.querySelectorAll('button[data-action="fix"]').length ?? -1;
}

describe('CardController', () => {
  it('opens a hovered card with the fixes of the lint that came while the pointer rested', () => {
    const cards = new CardController(window.document as unknown as Document, t as never, () => 'en');
    const hovered = [finding('forbidden-phrase'), finding('honorific')];
    const owner = ownerLintedWith(hovered);
    cards.hover(owner, hovered, ANCHOR);
    // The background's tone verdict relints the same text: equal findings, new objects.
    const relinted = hovered.map((item) => ({ ...item }));
    owner.lint(relinted);
    cards.refresh(owner, relinted);
    vi.advanceTimersByTime(1000);
    expect(cards.current).toBe(relinted[0]);
    expect(fixButtons()).toBe(1);
  });

  it('does not open a hovered card whose findings the relint took away', () => {
    const cards = new CardController(window.document as unknown as Document, t as never, () => 'en');
    const hovered = [finding('forbidden-phrase')];
    const owner = ownerLintedWith(hovered);
    cards.hover(owner, hovered, ANCHOR);
    owner.lint([]);
    cards.refresh(owner, []);
    vi.advanceTimersByTime(1000);
    expect(cards.current).toBeUndefined();
    expect(fixButtons()).toBe(-1);
  });

  it('moves an open card on to the finding of a new lint, fixes included', () => {
    const cards = new CardController(window.document as unknown as Document, t as never, () => 'en');
    const shown = [finding('forbidden-phrase')];
    const owner = ownerLintedWith(shown);
    cards.show(owner, shown[0]!, ANCHOR, false);
    expect(fixButtons()).toBe(1);
    const relinted = shown.map((item) => ({ ...item }));
    owner.lint(relinted);
    cards.refresh(owner, relinted);
    expect(cards.current).toBe(relinted[0]);
    expect(fixButtons()).toBe(1);
  });
});
