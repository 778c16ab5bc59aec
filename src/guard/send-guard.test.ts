import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../core/types.ts';
import { type GuardedCompose, type HeldSend, SendGuard } from './send-guard.ts';

const angry: Finding = {
  ruleId: 'angry-tone',
  severity: 'error',
  message: { en: 'angry', zh: '生气' },
  field: 'body',
  start: 0,
  end: 5,
  line: 1,
  column: 1,
};

interface Fixture {
  window: Window;
  document: Document;
  body: HTMLElement;
  send: HTMLElement;
  sent: string[];
  held: HeldSend[];
  compose: GuardedCompose & { findings: Finding[] | undefined; fail: boolean; lookups: number };
  guard: SendGuard;
  clock: { now: number };
  alive: { value: boolean };
}

function setUp(): Fixture {
  const window = new Window();
  const document = window.document as unknown as Document;
  document.body.innerHTML = `<div id="compose"><div id="body" contenteditable="true">Hello</div>
    <div id="send" role="button" tabindex="0">Send</div></div><div id="elsewhere" contenteditable="true"></div>`;
  const body = document.getElementById('body')!;
  const send = document.getElementById('send')!;
  const sent: string[] = [];
  // The page: sends on click, on Enter on the button, and on Ctrl+Enter in the body.
  send.addEventListener('click', () => sent.push('click'));
  send.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter') sent.push('enter');
  });
  document.addEventListener('keydown', (event) => {
    const key = event as KeyboardEvent;
    if (key.key === 'Enter' && key.ctrlKey) sent.push('shortcut');
  }, true);
  const root = document.getElementById('compose')!;
  const compose = {
    findings: [angry] as Finding[] | undefined,
    fail: false,
    lookups: 0,
    sendControls() {
      compose.lookups += 1;
      return [send];
    },
    contains: (node: Node) => root.contains(node),
    sendShortcuts: ['mod+enter'] as const,
    blockingFindings() {
      if (compose.fail) throw new Error('broken');
      return compose.findings;
    },
  };
  const held: HeldSend[] = [];
  const clock = { now: 1_000 };
  const alive = { value: true };
  let holding = false;
  const guard = new SendGuard({
    composeWindows: () => [compose],
    isAlive: () => alive.value,
    hold: (hold) => {
      held.push(hold);
      holding = true;
    },
    isHolding: () => holding,
    now: () => clock.now,
  });
  guard.watch(window as unknown as globalThis.Window);
  return { window, document, body, send, sent, held, compose, guard, clock, alive };
}

function click(element: Element): void {
  for (const type of ['mousedown', 'mouseup']) element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  (element as HTMLElement).click();
}

function key(element: Element, init: KeyboardEventInit): void {
  element.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

describe('SendGuard', () => {
  let fixture: Fixture;
  beforeEach(() => {
    fixture = setUp();
    globalThis.MouseEvent = fixture.window.MouseEvent as unknown as typeof MouseEvent;
    globalThis.KeyboardEvent = fixture.window.KeyboardEvent as unknown as typeof KeyboardEvent;
  });

  it('lets a calm draft go and holds an angry one before the page sees the click', () => {
    fixture.compose.findings = [];
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
    fixture.compose.findings = [angry];
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
    expect(fixture.held.map((held) => held.findings)).toEqual([[angry]]);
  });

  it('holds Ctrl+Enter in the compose window and Enter on the focused Send control', () => {
    key(fixture.body, { key: 'Enter', ctrlKey: true });
    key(fixture.send, { key: 'Enter' });
    expect(fixture.sent).toEqual([]);
    expect(fixture.held).toHaveLength(1);
  });

  it('swallows the keypress and keyup of a held Enter on Send, for pages that act on those', () => {
    const seen: string[] = [];
    for (const type of ['keypress', 'keyup']) fixture.send.addEventListener(type, () => seen.push(type));
    for (const type of ['keydown', 'keypress', 'keyup']) {
      fixture.send.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, cancelable: true }));
    }
    expect(seen).toEqual([]);
    expect(fixture.held).toHaveLength(1);
  });

  it('leaves plain Enter in the body and shortcuts outside the compose window alone', () => {
    key(fixture.body, { key: 'Enter' });
    key(fixture.document.getElementById('elsewhere')!, { key: 'Enter', ctrlKey: true });
    expect(fixture.sent).toEqual(['shortcut']);
    expect(fixture.held).toEqual([]);
  });

  it('looks the Send controls up for a click, Enter or Space, but not for every key typed', () => {
    for (const typed of ['a', 'b', 'Shift', 'Backspace']) {
      for (const type of ['keydown', 'keypress', 'keyup']) fixture.body.dispatchEvent(new KeyboardEvent(type, { key: typed, bubbles: true, cancelable: true }));
    }
    key(fixture.body, { key: 'Enter', ctrlKey: true });
    expect(fixture.compose.lookups).toBe(0);
    expect(fixture.held).toHaveLength(1);
    key(fixture.send, { key: ' ' });
    expect(fixture.compose.lookups).toBe(1);
    click(fixture.send);
    expect(fixture.compose.lookups).toBe(4);
  });

  it('lets the send through when there is no verdict yet', () => {
    fixture.compose.findings = undefined;
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
  });

  it('fails open when the verdict throws', () => {
    fixture.compose.fail = true;
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
  });

  it('fails open and stops listening once the extension is gone', () => {
    fixture.alive.value = false;
    click(fixture.send);
    fixture.alive.value = true;
    click(fixture.send);
    expect(fixture.sent).toEqual(['click', 'click']);
    expect(fixture.held).toEqual([]);
  });

  it('replays a confirmed send through the page\'s own control', () => {
    click(fixture.send);
    expect(fixture.sent).toEqual([]);
    expect(fixture.guard.send(fixture.compose)).toBe(true);
    expect(fixture.sent).toEqual(['click']);
  });

  it('holds the mail during the cool-down and lets it go once it is over', () => {
    fixture.guard.startCooldown(fixture.compose, 2);
    fixture.clock.now += 1_500;
    expect(fixture.guard.cooldownLeftMs(fixture.compose)).toBe(500);
    fixture.clock.now += 500;
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
  });

  it('holds the mail again when something new is wrong after the cool-down, and not for what was waited out', () => {
    fixture.guard.startCooldown(fixture.compose, 2);
    fixture.clock.now += 2_000;
    fixture.compose.findings = [{ ...angry, start: 10, end: 15, line: 2 }];
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
    expect(fixture.held).toEqual([]);

    fixture.compose.findings = [angry, { ...angry, message: { en: 'angry: “idiot”', zh: '生气：“白痴”' } }];
    click(fixture.send);
    expect(fixture.sent).toEqual(['click']);
    expect(fixture.held.map((held) => held.cooldownLeftMs)).toEqual([undefined]);
  });

  it('reports the cool-down left to the dialog', () => {
    fixture.guard.startCooldown(fixture.compose, 10);
    fixture.clock.now += 4_000;
    click(fixture.send);
    expect(fixture.held.map((held) => held.cooldownLeftMs)).toEqual([6_000]);
  });
});
