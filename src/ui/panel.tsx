import { localize, type DisplayLocale } from '../core/localize.ts';
import type { Finding, Severity } from '../core/types.ts';
import type { MessageKey, Translate } from './i18n.ts';
import { SEVERITY_COLORS } from './styles.ts';

/**
 * The panel docked beside a compose window: every finding as a button (activating one jumps
 * to the text and opens its card), the tone meter, and a collapse toggle. The list scrolls
 * inside a box of its own (`.findings`) while keeping its full height, so the panel's
 * natural height can be observed rather than measured (see `panelHeight`).
 */

export interface PanelProps {
  t: Translate;
  locale: DisplayLocale;
  findings: readonly Finding[];
  /** The angry-tone score, 0–1; undefined when the tone rule is off. */
  tone: number | undefined;
  collapsed: boolean;
  onToggle(): void;
  onSelect(finding: Finding): void;
  /** Escape in the panel: back to the editor. */
  onEscape(): void;
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = { error: 'uiSeverityError', warning: 'uiSeverityWarning', info: 'uiSeverityInfo' };

/** Below the tense mark the draft reads calm; from the angry mark it would be held at Send. */
const TONE_TENSE = 0.35;
const TONE_ANGRY = 0.65;

export function toneWord(score: number): MessageKey {
  if (score >= TONE_ANGRY) return 'uiToneAngry';
  return score >= TONE_TENSE ? 'uiToneTense' : 'uiToneCalm';
}

function toneColor(score: number): string {
  if (score >= TONE_ANGRY) return SEVERITY_COLORS.error;
  return score >= TONE_TENSE ? SEVERITY_COLORS.warning : '#2da44e';
}

/** Heights of the panel's parts as a ResizeObserver reported them (border boxes). */
export interface PanelParts {
  panel: number;
  /** The scrolling box around the list, shrunk to what fits; absent when there is no list. */
  scroller?: number;
  /** The list at full height. */
  list?: number;
}

/** The height the panel would take unclipped: what the scroller hides is added back. */
export function panelHeight(parts: PanelParts): number {
  const hidden = parts.scroller !== undefined && parts.list !== undefined ? Math.max(0, parts.list - parts.scroller) : 0;
  // One pixel of slack: heights are rounded, and a needless scrollbar looks broken.
  return parts.panel + hidden + 1;
}

export function Panel({ t, locale, findings, tone, collapsed, onToggle, onSelect, onEscape }: PanelProps) {
  const listId = 'netiquette-findings';
  return (
    <section
      class={`theme panel${collapsed ? ' collapsed' : ''}`}
      aria-label={t('uiPanelTitle')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onEscape();
      }}
    >
      <div class="header">
        <span class="title">{t('uiPanelTitle')}</span>
        <span class="count" role="status">
          {findings.length === 0 ? '✓' : t('uiPanelCount', findings.length)}
        </span>
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed}
          aria-controls={listId}
          title={collapsed ? t('uiPanelExpand') : t('uiPanelCollapse')}
          aria-label={collapsed ? t('uiPanelExpand') : t('uiPanelCollapse')}
          onClick={onToggle}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </div>
      {!collapsed && tone !== undefined && (
        <div class="tone">
          <span id="netiquette-tone-label">{t('uiToneLabel')}</span>
          <div
            class="meter"
            role="meter"
            aria-labelledby="netiquette-tone-label"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(tone * 100)}
            aria-valuetext={t(toneWord(tone))}
          >
            <span style={{ width: `${Math.max(4, Math.round(tone * 100))}%`, background: toneColor(tone) }} />
          </div>
          <span>{t(toneWord(tone))}</span>
        </div>
      )}
      {!collapsed &&
        (findings.length === 0 ? (
          <p class="clear" id={listId}>{t('uiPanelAllClear')}</p>
        ) : (
          <div class="findings">
            <ul id={listId} aria-label={t('uiPanelListLabel')}>
              {findings.map((finding) => (
                <li key={`${finding.ruleId}:${finding.field}:${finding.start}:${finding.end}`}>
                  <button type="button" data-rule={finding.ruleId} onClick={() => onSelect(finding)}>
                    <span class={`dot ${finding.severity}`} role="img" aria-label={t(SEVERITY_KEYS[finding.severity])} />
                    <span>
                      {localize(finding.message, locale)}
                      <br />
                      <span class="where">
                        {finding.field === 'subject' ? t('uiFieldSubject') : `${t('uiFieldBody')} · ${t('uiLineNumber', finding.line)}`}
                      </span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
