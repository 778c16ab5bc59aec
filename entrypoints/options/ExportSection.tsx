import { useState } from 'preact/hooks';
import { t } from '../../src/extension/i18n.ts';
import { exportPersonalPack, type ExportDetails, type PersonalSettings } from '../../src/settings/personal.ts';
import { ErrorList } from './ErrorList.tsx';

const FIELDS = [
  ['id', 'optionsExportId'],
  ['name', 'optionsExportName'],
  ['version', 'optionsExportVersion'],
  ['description', 'optionsExportDescription'],
] as const;

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function ExportSection({ personal }: { personal: PersonalSettings }) {
  const [details, setDetails] = useState<ExportDetails>({ id: 'my-team', name: 'My team', version: '1.0.0', description: '' });
  const exported = exportPersonalPack(personal, details);
  const text = exported.ok ? `${JSON.stringify(exported.pack, null, 2)}\n` : '';

  return (
    <section id="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('optionsExportHeading')}</h2>
      <p>{t('optionsExportIntro')}</p>
      <div class="export-fields">
        {FIELDS.map(([field, label]) => (
          <div key={field} class="stacked">
            <label for={`export-${field}`}>{t(label)}</label>
            <input
              id={`export-${field}`}
              type="text"
              value={details[field]}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setDetails((current) => ({ ...current, [field]: value }));
              }}
            />
          </div>
        ))}
      </div>
      {exported.ok ? (
        <>
          <p>
            <button type="button" onClick={() => download(`${details.id}.json`, text)}>
              {t('optionsExportDownload')}
            </button>
          </p>
          <pre class="code" data-testid="export-preview" tabIndex={0} aria-label={t('optionsExportPreview')}>
            {text}
          </pre>
        </>
      ) : (
        <div class="error" role="alert">
          <ErrorList errors={exported.errors} />
        </div>
      )}
    </section>
  );
}
