import { useMemo, useState } from 'preact/hooks';
import type { RuleSetting } from '../../src/core/engine.ts';
import { resolveOptions, type OptionSpec } from '../../src/core/options.ts';
import type { Rule } from '../../src/core/rule.ts';
import { localize, localizeDocs, type DisplayLocale } from '../../src/core/localize.ts';
import type { SeverityOrOff } from '../../src/core/types.ts';
import { t } from '../../src/extension/i18n.ts';
import { describeOrigin, severityName } from '../../src/extension/labels.ts';
import type { PackError } from '../../src/packs/schema.ts';
import { builtinRules } from '../../src/rules/index.ts';
import { computeSettings, type ComputedSettings, type SettingsInputs } from '../../src/settings/layers.ts';
import { resetRule, setRuleOption, setRuleSeverity, type RuleEditResult } from '../../src/settings/rule-edits.ts';
import type { SavePersonal } from './App.tsx';
import { ErrorList } from './ErrorList.tsx';

const SEVERITIES: readonly SeverityOrOff[] = ['off', 'info', 'warning', 'error'];

function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.join(', ');
  return String(value);
}

interface OptionControlProps {
  id: string;
  name: string;
  spec: OptionSpec;
  value: unknown;
  disabled: boolean;
  locale: DisplayLocale;
  onChange: (value: unknown) => void;
}

function OptionControl({ id, name, spec, value, disabled, locale, onChange }: OptionControlProps) {
  const docId = `${id}-doc`;
  let control;
  switch (spec.kind) {
    case 'number':
      control = (
        <input
          id={id}
          type="number"
          min={spec.min}
          max={spec.max}
          step={spec.integer ? 1 : 'any'}
          value={String(value)}
          disabled={disabled}
          aria-describedby={docId}
          onChange={(event) => onChange(event.currentTarget.valueAsNumber)}
        />
      );
      break;
    case 'boolean':
      control = <input id={id} type="checkbox" checked={value === true} disabled={disabled} aria-describedby={docId} onChange={(event) => onChange(event.currentTarget.checked)} />;
      break;
    case 'enum':
      control = (
        <select id={id} value={String(value)} disabled={disabled} aria-describedby={docId} onChange={(event) => onChange(event.currentTarget.value)}>
          {spec.values.map((choice) => (
            <option key={choice} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      );
      break;
    case 'strings':
      control = (
        <textarea
          id={id}
          rows={3}
          value={(value as readonly string[]).join('\n')}
          disabled={disabled}
          aria-describedby={docId}
          onChange={(event) =>
            onChange(
              event.currentTarget.value
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
            )
          }
        />
      );
      break;
  }
  return (
    <div class="option">
      <label for={id}>{name}</label>
      {control}
      <p id={docId} class="muted">
        {localize(spec.doc, locale)} {t('optionsOptionDefault', formatValue(spec.default))}
        {spec.kind === 'strings' && ` ${t('optionsOnePerLine')}`}
      </p>
    </div>
  );
}

interface RuleCardProps {
  rule: Rule;
  inputs: SettingsInputs;
  computed: ComputedSettings;
  packsSetting: RuleSetting;
  locale: DisplayLocale;
  savePersonal: SavePersonal;
}

function RuleCard({ rule, inputs, computed, packsSetting, locale, savePersonal }: RuleCardProps) {
  const [errors, setErrors] = useState<PackError[]>([]);
  const id = rule.meta.id;
  const effective = computed.effective.lint.rules[id] ?? { severity: rule.meta.defaultSeverity };
  const options = resolveOptions(rule.meta.options, effective.options);
  const origin = computed.provenance[id];
  const lock = computed.locked[id];
  const personal = inputs.personal.rules[id];
  const docs = localizeDocs(rule.meta.docs, locale);

  async function apply(edit: RuleEditResult) {
    if (!edit.ok) {
      setErrors(edit.errors);
      return;
    }
    setErrors([]);
    await savePersonal(() => edit.settings);
  }

  return (
    <article class={`rule${lock ? ' locked' : ''}`} data-testid="rule" data-rule-id={id} data-severity={effective.severity} data-source={origin?.source ?? 'builtin'} data-locked={lock ? 'true' : 'false'}>
      <header>
        <h3 id={`rule-${id}`}>
          <code>{id}</code>
        </h3>
        <p>{docs.summary}</p>
      </header>
      <details>
        <summary>{t('optionsWhyItMatters')}</summary>
        <p>{docs.rationale}</p>
      </details>
      <div class="field-row">
        <label for={`severity--${id}`}>{t('optionsSeverityLabel')}</label>
        <select
          id={`severity--${id}`}
          value={effective.severity}
          disabled={lock !== undefined}
          onChange={(event) => apply(setRuleSeverity(inputs.personal, id, event.currentTarget.value as SeverityOrOff))}
        >
          {SEVERITIES.map((severity) => (
            <option key={severity} value={severity}>
              {severityName(severity)}
            </option>
          ))}
        </select>
        {personal !== undefined && lock === undefined && (
          <button type="button" onClick={() => savePersonal((settings) => resetRule(settings, id))}>
            {t('optionsResetRule', severityName(packsSetting.severity))}
          </button>
        )}
      </div>
      <p class="muted provenance" data-testid="provenance">
        {t('optionsSetBy', origin ? describeOrigin(origin) : t('optionsRuleDefault'))}
      </p>
      {lock && (
        <p class="lock-reason" data-testid="lock-reason">
          {t('optionsLockedBy', describeOrigin(lock))}
        </p>
      )}
      {Object.entries(rule.meta.options).map(([name, spec]) => (
        <OptionControl
          key={name}
          id={`option--${id}--${name}`}
          name={name}
          spec={spec}
          value={options[name]}
          disabled={lock !== undefined || effective.severity === 'off'}
          locale={locale}
          onChange={(value) => apply(setRuleOption(inputs.personal, id, effective, name, value))}
        />
      ))}
      {errors.length > 0 && (
        <div class="error" role="alert">
          {t('optionsNotSaved')}
          <ErrorList errors={errors} />
        </div>
      )}
    </article>
  );
}

export function RulesSection({ inputs, computed, locale, savePersonal }: Omit<RuleCardProps, 'rule' | 'packsSetting'>) {
  // What the packs alone decide, shown as the value a reset returns to.
  const packsOnly = useMemo(() => computeSettings({ ...inputs, personal: { ...inputs.personal, rules: {} } }), [inputs]);
  return (
    <section id="rules" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('optionsRulesHeading')}</h2>
      <p>{t('optionsRulesIntro')}</p>
      <div class="rules">
        {builtinRules.map((rule) => (
          <RuleCard
            key={rule.meta.id}
            rule={rule}
            inputs={inputs}
            computed={computed}
            packsSetting={packsOnly.effective.lint.rules[rule.meta.id] ?? { severity: rule.meta.defaultSeverity }}
            locale={locale}
            savePersonal={savePersonal}
          />
        ))}
      </div>
    </section>
  );
}
