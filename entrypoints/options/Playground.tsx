import { useMemo, useState } from 'preact/hooks';
import type { LinterHooks } from '../../src/core/engine.ts';
import { localize, type DisplayLocale } from '../../src/core/localize.ts';
import { askToneModel } from '../../src/extension/background-client.ts';
import { t } from '../../src/extension/i18n.ts';
import { severityName } from '../../src/extension/labels.ts';
import { ToneVerdicts } from '../../src/extension/tone-verdicts.ts';
import { builtinPacks } from '../../src/packs/builtin.ts';
import type { Pack, PackTest } from '../../src/packs/pack.ts';
import { parsePackText, type PackParseResult } from '../../src/packs/schema.ts';
import type { EffectiveSettings } from '../../src/settings/effective.ts';
import type { ComputedSettings, SettingsInputs } from '../../src/settings/layers.ts';
import { lintDraft, singlePackSettings } from '../../src/settings/playground.ts';
import { ErrorList } from './ErrorList.tsx';
import { PackTests } from './PackTests.tsx';

const CURRENT = 'current';
const PASTED = 'pasted';

interface Choice {
  value: string;
  label: string;
  pack: Pack;
}

function packChoices(inputs: SettingsInputs): Choice[] {
  const choices: Choice[] = Object.values(builtinPacks).map((pack) => ({ value: `builtin:${pack.id}`, label: `${pack.name} ${pack.version}`, pack }));
  for (const { pack, where } of inputs.managed.packs) choices.push({ value: `policy:${where}`, label: `${pack.name} ${pack.version}`, pack });
  for (const record of inputs.records) {
    if (record.pack) choices.push({ value: record.id, label: `${record.pack.name} ${record.pack.version}`, pack: record.pack });
  }
  return choices;
}

export function Playground({ inputs, computed, locale }: { inputs: SettingsInputs; computed: ComputedSettings; locale: DisplayLocale }) {
  const [choice, setChoice] = useState(CURRENT);
  const [packText, setPackText] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');

  const choices = packChoices(inputs);
  const pasted: PackParseResult | undefined = useMemo(() => (choice === PASTED && packText.trim() ? parsePackText(packText) : undefined), [choice, packText]);
  const chosenPack = choices.find((candidate) => candidate.value === choice)?.pack;

  const settings: EffectiveSettings | undefined = useMemo(() => {
    if (choice === CURRENT) return computed.effective;
    if (choice === PASTED) return pasted?.ok ? singlePackSettings(pasted.pack) : undefined;
    return chosenPack ? singlePackSettings(chosenPack) : computed.effective;
  }, [choice, computed, pasted, chosenPack]);

  const testedPack = choice === PASTED ? (pasted?.ok ? pasted.pack : undefined) : chosenPack;
  const openTest = (test: PackTest) => {
    setSubject(test.subject);
    setBody(test.body);
  };

  // The learned tone model runs in the background, as for the compose window: the playground asks it
  // for this body's verdict, and its answer lints again, so what is shown here is what a compose window shows.
  const [verdictsArrived, setVerdictsArrived] = useState(0);
  const toneHooks: LinterHooks = useMemo(() => {
    const verdicts = new ToneVerdicts(askToneModel, () => setVerdictsArrived((count) => count + 1));
    return { toneVerdict: (text, ownRanges, question) => verdicts.verdictFor(text, ownRanges, question) };
  }, []);
  const findings = useMemo(() => (settings ? lintDraft(settings, { subject, body }, toneHooks) : []), [settings, subject, body, toneHooks, verdictsArrived]);

  return (
    <section id="playground" aria-labelledby="playground-heading">
      <h2 id="playground-heading">{t('optionsPlaygroundHeading')}</h2>
      <p>{t('optionsPlaygroundIntro')}</p>
      <div class="field-row">
        <label for="playground-pack">{t('optionsPlaygroundPack')}</label>
        <select id="playground-pack" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
          <option value={CURRENT}>{t('optionsPlaygroundCurrent')}</option>
          {choices.map(({ value, label }) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value={PASTED}>{t('optionsPlaygroundPasted')}</option>
        </select>
      </div>
      {choice === PASTED && (
        <div class="stacked">
          <label for="playground-pack-text">{t('optionsPlaygroundPackText')}</label>
          <textarea id="playground-pack-text" class="code" rows={10} spellcheck={false} value={packText} onInput={(event) => setPackText(event.currentTarget.value)} />
          {pasted && !pasted.ok && (
            <div class="error" role="alert" data-testid="playground-pack-errors">
              {t('optionsProblemInvalid', pasted.errorCount)}
              <ErrorList errors={pasted.errors} />
            </div>
          )}
        </div>
      )}
      {testedPack && <PackTests pack={testedPack} onOpen={openTest} />}
      <div class="stacked">
        <label for="playground-subject">{t('optionsPlaygroundSubject')}</label>
        <input id="playground-subject" type="text" value={subject} onInput={(event) => setSubject(event.currentTarget.value)} />
        <label for="playground-body">{t('optionsPlaygroundBody')}</label>
        <textarea id="playground-body" rows={10} value={body} onInput={(event) => setBody(event.currentTarget.value)} />
      </div>
      <h3 id="playground-findings-heading" aria-live="polite" data-testid="playground-count">
        {settings ? t('optionsPlaygroundCount', findings.length) : t('optionsPlaygroundNoPack')}
      </h3>
      <ol class="findings" aria-labelledby="playground-findings-heading" data-testid="playground-findings">
        {findings.map((finding, index) => (
          <li
            key={`${finding.ruleId}:${finding.field}:${finding.start}:${index}`}
            class={`finding finding-${finding.severity}`}
            data-rule-id={finding.ruleId}
            data-severity={finding.severity}
            data-field={finding.field}
            data-line={finding.line}
            data-column={finding.column}
            data-start={finding.start}
            data-end={finding.end}
          >
            <span class={`badge badge-${finding.severity}`}>{severityName(finding.severity)}</span> <code>{finding.ruleId}</code>{' '}
            <span class="muted">
              {t('optionsPlaygroundWhere', finding.field === 'subject' ? t('optionsPlaygroundSubject') : t('optionsPlaygroundBody'), finding.line, finding.column)}
            </span>
            <div>{localize(finding.message, locale)}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
