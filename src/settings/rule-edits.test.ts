import { describe, expect, it } from 'vitest';
import { defaultPersonalSettings } from './personal.ts';
import { resetRule, setRuleOption, setRuleSeverity } from './rule-edits.ts';

const base = defaultPersonalSettings();

describe('rule edits', () => {
  it('sets a severity, and keeps options already set beside it', () => {
    const first = setRuleOption(base, 'subject-length', { severity: 'warning' }, 'max', 20);
    expect(first.ok && first.settings.rules['subject-length']).toEqual(['warning', { max: 20 }]);
    const raised = first.ok && setRuleSeverity(first.settings, 'subject-length', 'error');
    expect(raised && raised.ok && raised.settings.rules['subject-length']).toEqual(['error', { max: 20 }]);
  });

  it('drops the options when the rule is turned off', () => {
    const withOption = setRuleOption(base, 'subject-length', { severity: 'warning' }, 'max', 20);
    const off = withOption.ok && setRuleSeverity(withOption.settings, 'subject-length', 'off');
    expect(off && off.ok && off.settings.rules['subject-length']).toBe('off');
  });

  it('refuses an option value the rule does not accept, naming its path', () => {
    const result = setRuleOption(base, 'subject-length', { severity: 'warning' }, 'max', 0);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.path).toBe('$.rules["subject-length"][1].max');
  });

  it('refuses options for a rule that is off', () => {
    const off = setRuleSeverity(base, 'subject-length', 'off');
    const result = off.ok && setRuleOption(off.settings, 'subject-length', { severity: 'off' }, 'max', 20);
    expect(result && result.ok).toBe(false);
  });

  it('resets a rule to the packs\' value', () => {
    const set = setRuleSeverity(base, 'informal', 'error');
    expect(set.ok && resetRule(set.settings, 'informal').rules).toEqual({});
  });
});
