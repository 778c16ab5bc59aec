import { countingOption } from '../core/options.ts';
import { defineRule, type Rule } from '../core/rule.ts';

/**
 * Small stand-in rules for the pack tests: one option of every kind, so the schema and the
 * layering are tested independently of how the real rules evolve.
 */

const docs = {
  en: { summary: 'Sample rule.', rationale: 'Used by the pack tests.' },
  zh: { summary: '示例规则。', rationale: '供规则包测试使用。' },
};

export const sampleRules: readonly Rule[] = [
  defineRule({
    meta: { id: 'subject-missing', defaultSeverity: 'error', fixable: false, options: {}, docs },
    check() {},
  }),
  defineRule({
    meta: {
      id: 'line-length',
      defaultSeverity: 'warning',
      fixable: true,
      options: {
        max: { kind: 'number', default: 35, min: 10, max: 200, integer: true, doc: { en: 'Widest line.', zh: '最宽的行。' } },
        count: countingOption,
      },
      docs,
    },
    check() {},
  }),
  defineRule({
    meta: {
      id: 'shouting',
      defaultSeverity: 'warning',
      fixable: true,
      options: {
        acronyms: { kind: 'strings', default: [], doc: { en: 'More acronyms.', zh: '更多缩写。' } },
        repeatedPunctuation: { kind: 'boolean', default: true, doc: { en: 'Flag "!!!".', zh: '检查“！！！”。' } },
      },
      docs,
    },
    check() {},
  }),
  defineRule({
    meta: {
      id: 'angry-tone',
      defaultSeverity: 'warning',
      fixable: false,
      options: { threshold: { kind: 'number', default: 0.6, min: 0, max: 1, doc: { en: 'Score that blocks.', zh: '拦截的分数。' } } },
      docs,
    },
    check() {},
  }),
] as unknown as readonly Rule[];
