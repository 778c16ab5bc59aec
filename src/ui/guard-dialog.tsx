import { useEffect, useRef, useState } from 'preact/hooks';
import { localize, type DisplayLocale } from '../core/localize.ts';
import type { Finding } from '../core/types.ts';
import type { Translate } from './i18n.ts';

/**
 * The dialog the send guard shows: review the draft, wait out a cool-down, or (when the pack
 * allows it) send anyway. It is modal and keeps focus inside until it closes.
 */

export interface GuardDialogProps {
  t: Translate;
  locale: DisplayLocale;
  findings: readonly Finding[];
  cooldownSeconds: number;
  allowSendAnyway: boolean;
  /** When a cool-down is running: the time it ends. */
  cooldownEndsAt: number | undefined;
  now(): number;
  onReview(): void;
  onWait(): number;
  onSend(): void;
  onClose(): void;
}

const FOCUSABLE = 'button:not([disabled])';

export function GuardDialog(props: GuardDialogProps) {
  const { t, locale, findings } = props;
  const [endsAt, setEndsAt] = useState(props.cooldownEndsAt);
  const [now, setNow] = useState(props.now());
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (endsAt === undefined || now >= endsAt) return;
    const timer = setTimeout(() => setNow(props.now()), Math.min(250, endsAt - now));
    return () => clearTimeout(timer);
  }, [endsAt, now]);

  const secondsLeft = endsAt === undefined ? undefined : Math.max(0, Math.ceil((endsAt - now) / 1000));

  function trapFocus(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const active = (dialog.current.getRootNode() as ShadowRoot).activeElement;
    const index = focusable.indexOf(active as HTMLElement);
    const next = event.shiftKey ? (index <= 0 ? focusable.length - 1 : index - 1) : index === focusable.length - 1 ? 0 : index + 1;
    event.preventDefault();
    focusable[next]!.focus();
  }

  return (
    <div class="backdrop">
      <div
        ref={dialog}
        class="theme dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="netiquette-guard-title"
        aria-describedby="netiquette-guard-intro"
        onKeyDown={trapFocus}
      >
        <h2 id="netiquette-guard-title">{t('uiGuardTitle')}</h2>
        <p id="netiquette-guard-intro">{t('uiGuardIntro')}</p>
        <ul>
          {findings.map((finding) => (
            <li key={`${finding.ruleId}:${finding.start}`}>{localize(finding.message, locale)}</li>
          ))}
        </ul>
        {!props.allowSendAnyway && <p class="note">{t('uiGuardNoSendAnyway')}</p>}
        <div class="actions">
          <button type="button" class="primary" data-action="review" onClick={props.onReview}>
            {t('uiGuardReview')}
          </button>
          {secondsLeft === undefined ? (
            <button type="button" class="secondary" data-action="wait" onClick={() => { setEndsAt(props.onWait()); setNow(props.now()); }}>
              {t('uiGuardWait', props.cooldownSeconds)}
            </button>
          ) : (
            <button type="button" class="secondary" data-action="send-now" disabled={secondsLeft > 0} onClick={props.onSend}>
              {secondsLeft > 0 ? t('uiGuardWaiting', secondsLeft) : t('uiGuardSendNow')}
            </button>
          )}
          {props.allowSendAnyway && (
            <button type="button" class="secondary" data-action="send-anyway" onClick={props.onSend}>
              {t('uiGuardSendAnyway')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
