import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { clearFaults, FAULT_LOG_KEY, readFaults, type RecordedFault } from '../../src/extension/fault-log.ts';
import { formatTime, t } from '../../src/extension/i18n.ts';

/** The faults the content script recorded (src/extension/fault-log.ts), newest first. */
export function FaultsSection() {
  const [faults, setFaults] = useState<RecordedFault[]>([]);
  useEffect(() => {
    const load = () => {
      browser.storage.local
        .get(FAULT_LOG_KEY)
        .then((items) => setFaults(readFaults(items[FAULT_LOG_KEY])))
        .catch(() => {});
    };
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && FAULT_LOG_KEY in changes) load();
    };
    load();
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);

  return (
    <section id="faults" aria-labelledby="faults-heading">
      <h2 id="faults-heading">{t('optionsFaultsHeading')}</h2>
      <p>{t('optionsFaultsIntro')}</p>
      {faults.length === 0 ? (
        <p class="muted">{t('optionsFaultsNone')}</p>
      ) : (
        <>
          <ul data-testid="faults">
            {[...faults].reverse().map((fault) => (
              <li key={`${fault.at}-${fault.message}`} data-during={fault.during}>
                <strong>{formatTime(fault.at)}</strong> {t(fault.during === 'send' ? 'optionsFaultSend' : 'optionsFaultTyping', fault.host)}
                <div class="muted">{t('optionsFaultDetail', fault.message, fault.bodyLength)}</div>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void clearFaults(browser.storage.local).catch(() => {})}>
            {t('optionsFaultsClear')}
          </button>
        </>
      )}
    </section>
  );
}
