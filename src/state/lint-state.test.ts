import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../core/engine.ts';
import type { Draft, Finding } from '../core/types.ts';
import { builtinRules } from '../rules/index.ts';
import { LintState, sameDraft, type LintFault } from './lint-state.ts';

const ANGRY = 'Are you stupid? Read my email, I TOLD YOU ALREADY!!!';
const CALM = 'Dear Maria,\n\nyour refund is on its way.\n\nBest regards,\nAlex';

function draft(body: string, subject = 'Your refund'): Draft {
  return { subject, body };
}

function stateWith(rules: Record<string, { severity: 'off' | 'error' | 'warning' | 'info'; options?: Record<string, unknown> }> = {}) {
  const linter = createLinter(builtinRules, { rules, vocabulary: { forbiddenPhrases: [], acronyms: [], angerTerms: [], ignoredAngerTerms: [] } });
  const faults: LintFault[] = [];
  let calls = 0;
  const state = new LintState({
    lint: (value) => {
      calls += 1;
      return linter.lintLazily(value);
    },
    toneRuleActive: () => rules['angry-tone']?.severity !== 'off',
    onFault: (fault) => faults.push(fault),
  });
  return { state, faults, calls: () => calls };
}

describe('LintState', () => {
  it('lints a draft once, and again only when the draft changed', () => {
    const { state, calls } = stateWith();
    expect(state.update(draft(ANGRY))).toBe(true);
    expect(state.update(draft(ANGRY))).toBe(false);
    expect(calls()).toBe(1);
    expect(state.update({ ...draft(ANGRY), attachmentCount: 1 })).toBe(true);
    expect(state.update(draft(ANGRY), true)).toBe(true);
    expect(calls()).toBe(3);
  });

  it('holds an angry draft and lets a calm one go', () => {
    const { state } = stateWith();
    const verdict = state.sendVerdict(draft(ANGRY));
    expect(verdict.kind).toBe('hold');
    expect(verdict.kind === 'hold' && verdict.findings.map((finding) => finding.ruleId)).toContain('angry-tone');
    expect(state.sendVerdict(draft(CALM))).toEqual({ kind: 'send' });
  });

  it('never uses a verdict for text other than the one it was computed on', () => {
    const { state, calls } = stateWith();
    state.update(draft(ANGRY));
    // The agent rewrote the draft and pressed Send before the next relint.
    expect(state.sendVerdict(draft(CALM))).toEqual({ kind: 'send' });
    expect(calls()).toBe(2);
    // And the other way round: a verdict of "send" does not let a newly angry draft through.
    expect(state.sendVerdict(draft(`${ANGRY}\n${CALM}`)).kind).toBe('hold');
    // The same text again is answered from the verdict already computed.
    state.sendVerdict(draft(`${ANGRY}\n${CALM}`));
    expect(calls()).toBe(3);
  });

  it('property: the Send verdict always equals a fresh verdict for the text sent', () => {
    const linter = createLinter(builtinRules);
    const pieces = fc.constantFrom('Hello Maria,', ANGRY, 'your refund is on its way.', '你找谁？', 'card 4111 1111 1111 1111', '', 'Best regards,', 'RIDICULOUS');
    const body = fc.array(pieces, { maxLength: 6 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(fc.record({ body, send: fc.boolean() }), { minLength: 1, maxLength: 8 }), (steps) => {
        const { state } = stateWith();
        for (const step of steps) {
          const current = draft(step.body);
          if (!step.send) {
            state.update(current);
            continue;
          }
          // The state's findings carry no fixes: a card asks for them (`fixesFor`).
          const expected = linter
            .lint(current)
            .filter((finding) => finding.severity === 'error')
            .map(({ fixes: _fixes, ...finding }) => finding);
          const verdict = state.sendVerdict(current);
          expect(verdict.kind === 'hold' ? verdict.findings : []).toEqual(expected);
        }
      }),
      { numRuns: 40, seed: 811 },
    );
  }, 30_000);

  it('lints the same draft again once invalidated (a tone verdict came for it), at the next update or Send', () => {
    const { state, calls } = stateWith();
    state.update(draft(CALM));
    state.invalidate();
    expect(state.update(draft(CALM))).toBe(true);
    expect(state.update(draft(CALM))).toBe(false);
    state.invalidate();
    state.sendVerdict(draft(CALM));
    state.sendVerdict(draft(CALM));
    expect(calls()).toBe(3);
  });

  it('offers only the checked fixes of the draft last read, and applies no other', () => {
    const { state } = stateWith();
    state.update(draft('Hi Maria, thx for waiting.\n\nBest regards,\nAlex'));
    const informal = state.findings.find((finding) => finding.ruleId === 'informal')!;
    expect(informal.fixes).toBeUndefined();
    const [fix] = state.fixesFor(informal);
    expect(fix).toBeDefined();
    expect(state.offers(fix!)).toBe(true);
    // Asked again: the very same fixes, not checked twice.
    expect(state.fixesFor(informal)[0]).toBe(fix);
    // Equal, but never handed out: not applied.
    expect(state.offers({ ...fix! })).toBe(false);
    state.update(draft('Hi Maria, thx for waiting!\n\nBest regards,\nAlex'));
    expect(state.offers(fix!)).toBe(false);
    expect(state.fixesFor(informal)).toEqual([]);
  });

  it('fails open when the engine throws at Send, and records the fault', () => {
    let broken = false;
    const faults: LintFault[] = [];
    const linter = createLinter(builtinRules);
    const state = new LintState({
      lint: (value) => {
        if (broken) throw new RangeError('Maximum call stack size exceeded');
        return linter.lintLazily(value);
      },
      toneRuleActive: () => true,
      onFault: (fault) => faults.push(fault),
    });
    state.update(draft(ANGRY));
    expect(state.findings.length).toBeGreaterThan(0);
    broken = true;
    const edited = draft(`${ANGRY} lol`);
    // While typing: the old findings are not kept for the new text.
    state.update(edited);
    expect(state.findings).toEqual([]);
    const verdict = state.sendVerdict(edited);
    expect(verdict.kind).toBe('fail-open');
    expect(faults.map((fault) => fault.during)).toEqual(['typing', 'send']);
    expect(faults[1]).toEqual({ during: 'send', message: 'RangeError: Maximum call stack size exceeded', bodyLength: edited.body.length });
  });

  it('a fault in recording a fault changes nothing', () => {
    const state = new LintState({
      lint: () => {
        throw new Error('broken');
      },
      toneRuleActive: () => true,
      onFault: () => {
        throw new Error('storage gone');
      },
    });
    expect(state.sendVerdict(draft(ANGRY)).kind).toBe('fail-open');
  });

  it('leaves an ignored finding out of the list and out of the verdict, and keeps it ignored after edits elsewhere', () => {
    const { state } = stateWith();
    state.update(draft('RIDICULOUS delay, sorry.'));
    const shouting = state.findings.find((finding) => finding.ruleId === 'shouting')!;
    expect(shouting).toBeDefined();
    state.ignore(shouting);
    expect(state.findings.some((finding) => finding.ruleId === 'shouting')).toBe(false);
    state.update(draft('Hello, RIDICULOUS delay, sorry.'));
    expect(state.findings.some((finding) => finding.ruleId === 'shouting')).toBe(false);
  });

  describe('tone verdict', () => {
    it('comes from the angry-tone finding: an error is angry, a milder finding tense, none calm', () => {
      const { state } = stateWith();
      state.update(draft(ANGRY));
      expect(state.tone?.level).toBe('angry');
      state.update(draft(CALM));
      expect(state.tone).toEqual({ level: 'calm', score: 0 });
    });

    it('follows the pack: a draft held at a lowered threshold reads angry, whatever its score', () => {
      const { state } = stateWith({ 'angry-tone': { severity: 'error', options: { threshold: 0.05, warnAt: 0.05 } } });
      state.update(draft('This is the third time I have explained this.'));
      const tone = state.tone!;
      const held = state.sendVerdict(state.draft!);
      expect(held.kind === 'hold' && held.findings.some((finding: Finding) => finding.ruleId === 'angry-tone')).toBe(tone.level === 'angry');
    });

    it('is a warning, never "angry", when the pack makes the rule a warning', () => {
      const { state } = stateWith({ 'angry-tone': { severity: 'warning' } });
      state.update(draft(ANGRY));
      expect(state.tone?.level).toBe('tense');
      expect(state.sendVerdict(draft(ANGRY))).toEqual({ kind: 'send' });
    });

    it('is absent when the rule is off, so the meter cannot say "calm"', () => {
      const { state } = stateWith({ 'angry-tone': { severity: 'off' } });
      state.update(draft(ANGRY));
      expect(state.tone).toBeUndefined();
    });
  });
});

describe('sameDraft', () => {
  it('tells drafts apart by everything the engine reads', () => {
    const base: Draft = { subject: 's', body: 'b', attachmentCount: 1, knownRegions: { quoted: [{ start: 0, end: 1 }] } };
    expect(sameDraft(base, { ...base, knownRegions: { quoted: [{ start: 0, end: 1 }] } })).toBe(true);
    expect(sameDraft(base, { ...base, body: 'c' })).toBe(false);
    expect(sameDraft(base, { ...base, subject: 't' })).toBe(false);
    expect(sameDraft(base, { ...base, attachmentCount: 2 })).toBe(false);
    expect(sameDraft(base, { ...base, knownRegions: { quoted: [{ start: 0, end: 2 }] } })).toBe(false);
    expect(sameDraft(base, { ...base, knownRegions: { quoted: [{ start: 0, end: 1 }], signature: { start: 0, end: 1 } } })).toBe(false);
  });
});
