import { useState } from 'preact/hooks';
import { formatTime, t } from '../../src/extension/i18n.ts';
import { sendToBackground } from '../../src/extension/background-client.ts';
import { sourceName } from '../../src/extension/labels.ts';
import type { BackgroundRequest, BackgroundResponse } from '../../src/extension/messages.ts';
import { describeProblem, type DescribedProblem } from '../../src/extension/problems.ts';
import { ensureHostPermission } from '../../src/extension/sites.ts';
import { defaultPack } from '../../src/packs/builtin.ts';
import { PACK_LIMITS, type Pack } from '../../src/packs/pack.ts';
import type { LayerSource } from '../../src/packs/resolve.ts';
import type { SettingsInputs } from '../../src/settings/layers.ts';
import type { PackRecord } from '../../src/settings/pack-records.ts';
import { checkPackUrl } from '../../src/settings/urls.ts';
import { ErrorList } from './ErrorList.tsx';

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; problem: DescribedProblem } | { kind: 'working' };

function ProblemText({ problem }: { problem: DescribedProblem }) {
  return (
    <>
      {problem.summary}
      {problem.details.length > 0 && (
        <ul class="error-details">
          {problem.details.map((detail) => (
            <li key={detail}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function OutcomeLine({ outcome, testId }: { outcome: Outcome | undefined; testId: string }) {
  return (
    <div role="status" aria-live="polite" data-testid={testId} data-state={outcome?.kind}>
      {outcome?.kind === 'working' && t('optionsWorking')}
      {outcome?.kind === 'done' && outcome.message}
      {outcome?.kind === 'failed' && (
        <div class="error">
          <ProblemText problem={outcome.problem} />
        </div>
      )}
    </div>
  );
}

function outcomeOf(response: BackgroundResponse, doneMessage: (pack: Pack) => string): Outcome {
  if (!response.ok) return { kind: 'failed', problem: describeProblem(response.problem) };
  return { kind: 'done', message: response.record?.pack ? doneMessage(response.record.pack) : '' };
}

interface PackRow {
  key: string;
  pack?: Pack;
  source: LayerSource;
  from: string;
  record?: PackRecord;
}

function rowsOf(inputs: SettingsInputs): PackRow[] {
  const rows: PackRow[] = [{ key: 'builtin:default', pack: defaultPack, source: 'builtin', from: t('optionsFromBuiltin') }];
  for (const { pack, where } of inputs.managed.packs) rows.push({ key: `policy:${where}`, pack, source: 'managed', from: t('optionsFromPolicy', where) });
  for (const record of inputs.records) {
    const from = record.source.kind === 'url' ? record.source.url : t('optionsFromFile', record.source.fileName);
    rows.push({ key: record.id, ...(record.pack ? { pack: record.pack } : {}), source: record.layer, from, record });
  }
  return rows;
}

function RecordStatus({ record }: { record: PackRecord | undefined }) {
  if (!record) return <span>{t('optionsPackInUse')}</span>;
  return (
    <>
      {record.updatedAt !== undefined && <div>{t('optionsPackUpdatedAt', formatTime(record.updatedAt))}</div>}
      {record.checkedAt !== undefined && record.source.kind === 'url' && <div class="muted">{t('optionsPackCheckedAt', formatTime(record.checkedAt))}</div>}
      {record.error && (
        <div class="error" data-testid="pack-error">
          {t('optionsPackErrorAt', formatTime(record.error.at))} <ProblemText problem={describeProblem(record.error.problem)} />
          {record.pack && <div>{t('optionsPackKeptLastGood')}</div>}
        </div>
      )}
    </>
  );
}

export function PacksSection({ inputs }: { inputs: SettingsInputs }) {
  const [url, setUrl] = useState('');
  const [subscribeOutcome, setSubscribeOutcome] = useState<Outcome>();
  const [importOutcome, setImportOutcome] = useState<Outcome>();
  const [rowOutcome, setRowOutcome] = useState<Outcome>();

  async function subscribe(event: Event) {
    event.preventDefault();
    const checked = checkPackUrl(url);
    if (!checked.ok) {
      setSubscribeOutcome({ kind: 'failed', problem: describeProblem({ kind: 'bad-url', reason: checked.reason }) });
      return;
    }
    setSubscribeOutcome({ kind: 'working' });
    // Asked within the click: the host permission lets the worker fetch the pack (and its
    // ETag) from servers that send no CORS headers. Declining still leaves CORS-enabled hosts.
    await ensureHostPermission(checked.url).catch(() => false);
    const response = await sendToBackground({ type: 'netiquette:subscribe', url: checked.url });
    setSubscribeOutcome(outcomeOf(response, (pack) => t('optionsSubscribed', pack.name, pack.version)));
    if (response.ok) setUrl('');
  }

  async function importFile(event: Event) {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    // Checked before reading: a wrong file (a video, a dump) is never loaded or sent to the worker.
    if (file.size > PACK_LIMITS.maxBytes) {
      setImportOutcome({ kind: 'failed', problem: describeProblem({ kind: 'too-large', maxBytes: PACK_LIMITS.maxBytes }) });
      input.value = '';
      return;
    }
    setImportOutcome({ kind: 'working' });
    const response = await sendToBackground({ type: 'netiquette:import-pack', text: await file.text(), fileName: file.name });
    setImportOutcome(outcomeOf(response, (pack) => t('optionsImported', pack.name, pack.version)));
    input.value = '';
  }

  async function act(request: BackgroundRequest) {
    setRowOutcome({ kind: 'working' });
    const response = await sendToBackground(request);
    setRowOutcome(response.ok ? undefined : { kind: 'failed', problem: describeProblem(response.problem) });
  }

  const hasUrlPacks = inputs.records.some((record) => record.source.kind === 'url');

  return (
    <section id="packs" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optionsPacksHeading')}</h2>
      <p>{t('optionsPacksIntro')}</p>
      <table class="packs" data-testid="packs-table">
        <thead>
          <tr>
            <th scope="col">{t('optionsPackColName')}</th>
            <th scope="col">{t('optionsPackColVersion')}</th>
            <th scope="col">{t('optionsPackColSource')}</th>
            <th scope="col">{t('optionsPackColStatus')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('optionsPackColActions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rowsOf(inputs).map((row) => (
            <tr key={row.key} data-testid="pack-row" data-pack-id={row.pack?.id ?? ''} data-source={row.source}>
              <th scope="row">
                {row.pack?.name ?? t('optionsPackNotLoaded')}
                <div class="muted from">{row.from}</div>
              </th>
              <td>{row.pack?.version ?? '—'}</td>
              <td>
                <span class={`badge badge-${row.source}`}>{sourceName(row.source)}</span>
              </td>
              <td>
                <RecordStatus record={row.record} />
              </td>
              <td class="actions">
                {row.record?.source.kind === 'url' && (
                  <button type="button" onClick={() => act({ type: 'netiquette:refresh-packs', recordId: row.record!.id })}>
                    {t('optionsRefreshNow')}
                  </button>
                )}
                {row.record?.layer === 'team' && (
                  <button type="button" class="danger" onClick={() => act({ type: 'netiquette:remove-pack', recordId: row.record!.id })}>
                    {t('optionsRemove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasUrlPacks && (
        <p>
          <button type="button" onClick={() => act({ type: 'netiquette:refresh-packs' })}>
            {t('optionsRefreshAll')}
          </button>
        </p>
      )}
      <OutcomeLine outcome={rowOutcome} testId="packs-outcome" />

      {inputs.managed.problems.length > 0 && (
        <div class="notice notice-error" role="alert" data-testid="policy-problems">
          <p>{t('optionsPolicyProblems')}</p>
          <ul>
            {inputs.managed.problems.map((problem) => (
              <li key={problem.where}>
                <code>{problem.where}</code>
                <ErrorList errors={problem.errors} />
              </li>
            ))}
          </ul>
        </div>
      )}

      <form class="add-pack" onSubmit={subscribe}>
        <label for="pack-url">{t('optionsSubscribeLabel')}</label>
        <div class="field-row">
          <input
            id="pack-url"
            type="url"
            inputMode="url"
            placeholder="https://example.com/team-pack.json"
            aria-describedby="pack-url-hint"
            value={url}
            onInput={(event) => setUrl(event.currentTarget.value)}
            required
          />
          <button type="submit">{t('optionsSubscribe')}</button>
        </div>
        <p id="pack-url-hint" class="muted">
          {t('optionsSubscribeHint')}
        </p>
        <OutcomeLine outcome={subscribeOutcome} testId="subscribe-outcome" />
      </form>

      <div class="add-pack">
        <label for="pack-file">{t('optionsImportLabel')}</label>
        <input id="pack-file" type="file" accept=".json,application/json" onChange={importFile} />
        <OutcomeLine outcome={importOutcome} testId="import-outcome" />
      </div>
    </section>
  );
}
