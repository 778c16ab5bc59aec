import { Window } from 'happy-dom';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { displayLocale } from '../core/localize.ts';
import type { Finding } from '../core/types.ts';
import { Card } from './card.tsx';
import { GuardDialog } from './guard-dialog.tsx';
import type { Translate } from './i18n.ts';
import { Panel, panelHeight, toneWord } from './panel.tsx';

const t: Translate = (key, ...substitutions) => [key, ...substitutions].join(':');

function finding(ruleId: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity, message: { en: `${ruleId} in English`, zh: `${ruleId} 中文` }, field: 'body', start: 0, end: 3, line: 2, column: 1, ...extra };
}

let window: Window;
let mount: HTMLElement;

beforeEach(() => {
  window = new Window();
  for (const name of ['document', 'Node', 'Element', 'HTMLElement', 'Event', 'KeyboardEvent', 'MouseEvent']) {
    (globalThis as Record<string, unknown>)[name] = (window as unknown as Record<string, unknown>)[name];
  }
  mount = window.document.createElement('div') as unknown as HTMLElement;
  window.document.body.append(mount as never);
});

afterEach(() => {
  render(null, mount);
});

function buttons(): HTMLButtonElement[] {
  return [...mount.querySelectorAll('button')];
}

describe('Panel', () => {
  it('lists every finding as a button in the chosen language, and reports the tone', () => {
    const onSelect = vi.fn();
    const findings = [finding('shouting', 'warning'), finding('angry-tone', 'error', { score: 0.8 })];
    render(<Panel t={t} locale="zh" findings={findings} tone={{ level: 'angry', score: 0.8 }} lineOf={(item) => item.line} collapsed={false} onToggle={() => {}} onSelect={onSelect} onEscape={() => {}} />, mount);
    const items = [...mount.querySelectorAll<HTMLButtonElement>('li button')];
    expect(items.map((item) => item.dataset.rule)).toEqual(['shouting', 'angry-tone']);
    expect(items[0]!.textContent).toContain('shouting 中文');
    items[1]!.click();
    expect(onSelect).toHaveBeenCalledWith(findings[1]);
    const meter = mount.querySelector('[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).toBe('80');
    expect(meter.getAttribute('aria-valuetext')).toBe('uiToneAngry');
  });

  it('keeps each item of the list while typing moves the findings along the text', () => {
    const draw = (shift: number) =>
      render(
        <Panel t={t} locale="en" findings={[finding('shouting', 'warning', { start: 5 + shift, end: 9 + shift }), finding('informal', 'info', { start: 20 + shift, end: 23 + shift }), finding('shouting', 'warning', { start: 30 + shift, end: 34 + shift })]} tone={undefined} lineOf={(item) => item.line} collapsed={false} onToggle={() => {}} onSelect={() => {}} onEscape={() => {}} />,
        mount,
      );
    draw(0);
    const before = [...mount.querySelectorAll('li')];
    draw(1);
    const after = [...mount.querySelectorAll('li')];
    expect(after).toHaveLength(3);
    after.forEach((item, index) => expect(item).toBe(before[index]));
  });

  it('keeps an item whose message counts what is being typed, and changes its text in place', () => {
    const wide = (width: number) => finding('line-length', 'warning', { message: { en: `This line is ${width} characters wide`, zh: `此行宽 ${width} 个字符` } });
    const draw = (width: number) =>
      render(<Panel t={t} locale="en" findings={[finding('shouting', 'warning'), wide(width)]} tone={undefined} lineOf={(item) => item.line} collapsed={false} onToggle={() => {}} onSelect={() => {}} onEscape={() => {}} />, mount);
    draw(39.5);
    const before = [...mount.querySelectorAll('li')];
    draw(40.5);
    const after = [...mount.querySelectorAll('li')];
    expect(after[1]).toBe(before[1]);
    expect(after[1]!.textContent).toContain('40.5 characters wide');
  });

  it('collapses to its header, saying so to assistive technology', () => {
    const onToggle = vi.fn();
    render(<Panel t={t} locale="en" findings={[finding('informal', 'warning')]} tone={{ level: 'calm', score: 0 }} lineOf={(item) => item.line} collapsed onToggle={onToggle} onSelect={() => {}} onEscape={() => {}} />, mount);
    expect(mount.querySelectorAll('li')).toHaveLength(0);
    const toggle = mount.querySelector('button[aria-expanded]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    (toggle as HTMLButtonElement).click();
    expect(onToggle).toHaveBeenCalled();
  });

  it('keeps the list at full height inside its scroller, so the panel\'s natural height adds up', () => {
    render(<Panel t={t} locale="en" findings={[finding('informal', 'warning')]} tone={{ level: 'calm', score: 0 }} lineOf={(item) => item.line} collapsed={false} onToggle={() => {}} onSelect={() => {}} onEscape={() => {}} />, mount);
    expect(mount.querySelector('section > .findings > ul > li')).not.toBeNull();
    // A list of 300 px shown in 120 px: the 180 px scrolled away belong to the natural height.
    expect(panelHeight({ panel: 240, scroller: 120, list: 300 })).toBe(421);
    expect(panelHeight({ panel: 90 })).toBe(91);
  });

  it('names the tone verdict it is given, whatever the score', () => {
    expect((['calm', 'tense', 'angry'] as const).map(toneWord)).toEqual(['uiToneCalm', 'uiToneTense', 'uiToneAngry']);
    // Held at a threshold a pack lowered: the meter says angry, though the score is low.
    render(<Panel t={t} locale="en" findings={[]} tone={{ level: 'angry', score: 0.2 }} lineOf={() => 1} collapsed={false} onToggle={() => {}} onSelect={() => {}} onEscape={() => {}} />, mount);
    expect(mount.querySelector('[role="meter"]')!.getAttribute('aria-valuetext')).toBe('uiToneAngry');
  });

  it('shows no meter when the tone rule is off, rather than claiming the draft is calm', () => {
    render(<Panel t={t} locale="en" findings={[]} tone={undefined} lineOf={() => 1} collapsed={false} onToggle={() => {}} onSelect={() => {}} onEscape={() => {}} />, mount);
    expect(mount.querySelector('[role="meter"]')).toBeNull();
    expect(mount.textContent).not.toContain('uiToneCalm');
  });

  it('numbers lines as the editor shows them', () => {
    render(<Panel t={t} locale="en" findings={[finding('informal', 'warning', { line: 5 })]} tone={undefined} lineOf={() => 3} collapsed={false} onToggle={() => {}} onSelect={() => {}} onEscape={() => {}} />, mount);
    expect(mount.querySelector('.where')!.textContent).toContain('uiLineNumber:3');
  });
});

describe('Card', () => {
  const fix = { title: { en: 'Replace with “您”', zh: '改为“您”' }, edits: [{ field: 'body' as const, start: 0, end: 1, text: '您' }] };

  function renderCard(locked: boolean, handlers: Partial<Record<'onFix' | 'onIgnore' | 'onTurnOff' | 'onClose', () => void>> = {}) {
    render(
      <Card
        t={t}
        locale="en"
        finding={finding('honorific', 'warning')}
        fixes={[fix]}
        rationale="Customers expect 您."
        locked={locked}
        problem={undefined}
        onFix={handlers.onFix ?? (() => {})}
        onIgnore={handlers.onIgnore ?? (() => {})}
        onTurnOff={handlers.onTurnOff ?? (() => {})}
        onClose={handlers.onClose ?? (() => {})}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
      mount,
    );
  }

  it('offers the fixes, "ignore here" and "turn off this rule" in a labelled dialog', () => {
    const onFix = vi.fn();
    renderCard(false, { onFix });
    const dialog = mount.querySelector('[role="dialog"]')!;
    expect(mount.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)?.textContent).toBe('honorific in English');
    expect(buttons().map((button) => button.dataset.action ?? button.getAttribute('aria-label'))).toEqual(['uiCardClose', 'fix', 'ignore', 'turn-off']);
    mount.querySelector<HTMLButtonElement>('button[data-action="fix"]')!.click();
    expect(onFix).toHaveBeenCalledWith(fix);
  });

  it('does not offer to turn off a rule a pack locked', () => {
    renderCard(true);
    expect(mount.querySelector('button[data-action="turn-off"]')).toBeNull();
    expect(mount.textContent).toContain('uiCardLocked');
  });

  it('closes on Escape', () => {
    const onClose = vi.fn();
    renderCard(false, { onClose });
    mount.querySelector('button[data-action="ignore"]')!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }) as unknown as Event);
    expect(onClose).toHaveBeenCalled();
  });

  it('speaks Traditional Chinese to a zh-TW browser, yet hands over the fix as the rule wrote it', () => {
    const onFix = vi.fn();
    const wait = { title: { en: 'Say “please wait”', zh: '改为“请稍候”' }, edits: [{ field: 'body' as const, start: 0, end: 2, text: '请稍候' }] };
    const message = { en: 'Explain the refund', zh: '请在邮件里说明退款原因' };
    render(
      <Card
        t={t}
        locale={displayLocale(undefined, 'zh-TW')}
        finding={finding('forbidden-phrase', 'warning', { message })}
        fixes={[wait]}
        rationale={undefined}
        locked={false}
        problem={undefined}
        onFix={onFix}
        onIgnore={() => {}}
        onTurnOff={() => {}}
        onClose={() => {}}
        onPointerEnter={() => {}}
        onPointerLeave={() => {}}
      />,
      mount,
    );
    expect(mount.querySelector('.message')?.textContent).toBe('請在郵件裡說明退款原因');
    const fixButton = mount.querySelector<HTMLButtonElement>('button[data-action="fix"]')!;
    expect(fixButton.textContent).toBe('改為“請稍候”');
    fixButton.click();
    expect(onFix).toHaveBeenCalledWith(wait);
    expect(onFix.mock.calls[0]![0].edits[0].text).toBe('请稍候');
  });
});

describe('GuardDialog', () => {
  it('counts the cool-down down, and only then lets the mail go', async () => {
    let now = 10_000;
    const onSend = vi.fn();
    render(
      <GuardDialog
        t={t}
        locale="en"
        findings={[finding('angry-tone', 'error')]}
        cooldownSeconds={3}
        allowSendAnyway
        cooldownEndsAt={undefined}
        now={() => now}
        onReview={() => {}}
        onWait={() => now + 3_000}
        onSend={onSend}
        onClose={() => {}}
      />,
      mount,
    );
    expect(mount.querySelector('[role="alertdialog"]')?.getAttribute('aria-modal')).toBe('true');
    mount.querySelector<HTMLButtonElement>('button[data-action="wait"]')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const sendNow = () => mount.querySelector<HTMLButtonElement>('button[data-action="send-now"]')!;
    expect(sendNow().disabled).toBe(true);
    expect(sendNow().textContent).toBe('uiGuardWaiting:3');
    now += 3_000;
    await vi.waitFor(() => expect(sendNow().disabled).toBe(false), { timeout: 2_000 });
    sendNow().click();
    expect(onSend).toHaveBeenCalledOnce();
  });

  it('keeps Tab inside the dialog and leaves out "send anyway" when the pack says so', () => {
    render(
      <GuardDialog
        t={t}
        locale="en"
        findings={[finding('angry-tone', 'error')]}
        cooldownSeconds={60}
        allowSendAnyway={false}
        cooldownEndsAt={undefined}
        now={() => 0}
        onReview={() => {}}
        onWait={() => 60_000}
        onSend={() => {}}
        onClose={() => {}}
      />,
      mount,
    );
    expect(mount.querySelector('button[data-action="send-anyway"]')).toBeNull();
    const [review, wait] = buttons();
    wait!.focus();
    wait!.dispatchEvent(new window.KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }) as unknown as Event);
    expect(window.document.activeElement).toBe(review);
  });
});
