import { localize, type DisplayLocale } from '../core/localize.ts';
import type { Finding, Fix } from '../core/types.ts';
import type { MessageKey, Translate } from './i18n.ts';

/**
 * The card for one finding: what is wrong, why it matters to the customer, and what to do.
 * It is a non-modal dialog (its controller gives it focus when the keyboard opened it); Escape closes it.
 */

export interface CardProps {
  t: Translate;
  locale: DisplayLocale;
  finding: Finding;
  /** The finding's fixes that passed the fix check, the preferred one first. */
  fixes: readonly Fix[];
  /** The rule's rationale in the finding's language. */
  rationale: string | undefined;
  /** A pack keeps the rule on: no "turn off". */
  locked: boolean;
  /** Why the last action did not go through, if it did not. */
  problem: MessageKey | undefined;
  /** Every finding at this place (overlapping spans), the shown one among them; a chooser when more than one. */
  choices?: readonly Finding[];
  onChoose?(finding: Finding): void;
  onFix(fix: Fix): void;
  onIgnore(): void;
  onTurnOff(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

const CHOICE_LABEL_LENGTH = 28;

/** A chooser button names its finding by the start of its message; the full message is its title. */
function shortLabel(message: string): string {
  return message.length > CHOICE_LABEL_LENGTH ? `${message.slice(0, CHOICE_LABEL_LENGTH - 1)}…` : message;
}

export function Card(props: CardProps) {
  const { t, locale, finding, rationale, locked, problem } = props;
  const titleId = 'netiquette-card-title';
  return (
    <div
      class="theme card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      data-rule={finding.ruleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          props.onClose();
        }
      }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <div class="head">
        <span class={`dot ${finding.severity}`} aria-hidden="true" />
        <p class="message" id={titleId}>{localize(finding.message, locale)}</p>
        <button type="button" class="close" aria-label={t('uiCardClose')} onClick={props.onClose}>×</button>
      </div>
      {props.choices && props.choices.length > 1 && (
        <div class="choices" role="group" aria-label={t('uiCardChoices')}>
          {props.choices.map((choice) => (
            <button
              type="button"
              class="choice"
              data-choice={choice.ruleId}
              aria-pressed={choice === finding}
              title={localize(choice.message, locale)}
              onClick={() => props.onChoose?.(choice)}
            >
              <span class={`dot ${choice.severity}`} aria-hidden="true" />
              {shortLabel(localize(choice.message, locale))}
            </button>
          ))}
        </div>
      )}
      {rationale && (
        <p class="why">
          <strong>{t('uiCardWhy')}: </strong>
          {rationale}
        </p>
      )}
      {problem && <p class="problem" role="alert">{t(problem)}</p>}
      <div class="actions">
        {props.fixes.map((fix) => (
          <button
            type="button"
            class="primary"
            data-action="fix"
            onClick={() => props.onFix(fix)}
          >
            {localize(fix.title, locale)}
          </button>
        ))}
        <button type="button" class="secondary" data-action="ignore" onClick={props.onIgnore}>
          {t('uiCardIgnore')}
        </button>
        {!locked && (
          <button type="button" class="secondary" data-action="turn-off" onClick={props.onTurnOff}>
            {t('uiCardTurnOff')}
          </button>
        )}
      </div>
      {locked && <p class="note">{t('uiCardLocked')}</p>}
      <p class="note">{t('uiCardKeyboardHint')}</p>
    </div>
  );
}
