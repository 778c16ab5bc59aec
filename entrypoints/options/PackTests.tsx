import { useMemo } from 'preact/hooks';
import { t } from '../../src/extension/i18n.ts';
import type { Pack, PackTest } from '../../src/packs/pack.ts';
import { runPackTests } from '../../src/packs/pack-tests.ts';

/**
 * The example mails the chosen pack carries, run as `netiquette pack test` runs them, each with
 * its verdict and what went wrong; "open" copies the mail into the playground to look closer.
 */
export function PackTests({ pack, onOpen }: { pack: Pack; onOpen: (test: PackTest) => void }) {
  const results = useMemo(() => runPackTests(pack), [pack]);
  const passed = results.filter((result) => result.passed).length;
  return (
    <div class="pack-tests" data-testid="playground-tests">
      <h3 id="playground-tests-heading">{t('optionsPlaygroundTestsHeading')}</h3>
      {results.length === 0 ? (
        <p class="muted">{t('optionsPlaygroundTestsNone')}</p>
      ) : (
        <>
          <p data-testid="playground-tests-summary">{t('optionsPlaygroundTestsSummary', passed, results.length)}</p>
          <ol aria-labelledby="playground-tests-heading">
            {results.map((result) => {
              const unexpected = [...new Set(result.unexpected.map((finding) => finding.ruleId))];
              return (
                <li key={result.index} class={result.passed ? 'test-passed' : 'test-failed'} data-passed={String(result.passed)}>
                  <span class={`badge ${result.passed ? 'badge-info' : 'badge-error'}`}>{t(result.passed ? 'optionsPlaygroundTestPassed' : 'optionsPlaygroundTestFailed')}</span>{' '}
                  {result.test.name}{' '}
                  <button type="button" class="link" onClick={() => onOpen(result.test)}>
                    {t('optionsPlaygroundTestOpen')}
                  </button>
                  {result.missing.length > 0 && <div class="muted">{t('optionsPlaygroundTestMissing', result.missing.join(', '))}</div>}
                  {unexpected.length > 0 && <div class="muted">{t('optionsPlaygroundTestUnexpected', unexpected.join(', '))}</div>}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </div>
  );
}
