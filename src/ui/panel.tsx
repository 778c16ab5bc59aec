import { localize, type DisplayLocale } from '../core/localize.ts';
import type { Finding, Severity } from '../core/types.ts';
import type { ToneLevel, ToneVerdict } from '../state/lint-state.ts';
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
  /** The tone verdict as the lint state gives it; undefined when the tone rule is off (no meter then). */
  tone: ToneVerdict | undefined;
  /** The line a finding is on as the agent counts lines in this editor. */
  lineOf(finding: Finding): number;
  collapsed: boolean;
  onToggle(): void;
  onSelect(finding: Finding): void;
  /** Escape in the panel: back to the editor. */
  onEscape(): void;
}

const SEVERITY_KEYS: Record<Severity, MessageKey> = { error: 'uiSeverityError', warning: 'uiSeverityWarning', info: 'uiSeverityInfo' };

/** The meter names the verdict it is given; it never judges a score against thresholds of its own. */
const TONE_WORDS: Record<ToneLevel, MessageKey> = { calm: 'uiToneCalm', tense: 'uiToneTense', angry: 'uiToneAngry' };
const TONE_COLORS: Record<ToneLevel, string> = { calm: '#2da44e', tense: SEVERITY_COLORS.warning, angry: SEVERITY_COLORS.error };

export function toneWord(level: ToneLevel): MessageKey {
  return TONE_WORDS[level];
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

/**
 * Keys that survive typing: a finding is known by its rule, field, message and how many alike
 * come before it, not by its offsets, which every keystroke before it moves. Keyed by offsets,
 * each keystroke rebuilt every item below the caret (a draft of 300 KB has hundreds). The
 * message's numbers are left out: they change as the agent types (a line's width), and the
 * item then changes its text in place rather than being built anew.
 */
function stableKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const kind = `${finding.ruleId}:${finding.field}:${finding.message.en.replace(/\d+(?:\.\d+)?/g, '#')}`;
    const count = seen.get(kind) ?? 0;
    seen.set(kind, count + 1);
    return `${kind}:${count}`;
  });
}

export function Panel({ t, locale, findings, tone, lineOf, collapsed, onToggle, onSelect, onEscape }: PanelProps) {
  const keys = stableKeys(findings);
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
            aria-valuenow={Math.round(tone.score * 100)}
            aria-valuetext={t(toneWord(tone.level))}
            data-level={tone.level}
          >
            <span style={{ width: `${Math.max(4, Math.round(tone.score * 100))}%`, background: TONE_COLORS[tone.level] }} />
          </div>
          <span>{t(toneWord(tone.level))}</span>
        </div>
      )}
      {!collapsed &&
        (findings.length === 0 ? (
          <p class="clear" id={listId}>{t('uiPanelAllClear')}</p>
        ) : (
          <div class="findings">
            <ul id={listId} aria-label={t('uiPanelListLabel')}>
              {findings.map((finding, index) => (
                <li key={keys[index]}>
                  <button type="button" data-rule={finding.ruleId} onClick={() => onSelect(finding)}>
                    <span class={`dot ${finding.severity}`} role="img" aria-label={t(SEVERITY_KEYS[finding.severity])} />
                    <span>
                      {localize(finding.message, locale)}
                      <br />
                      <span class="where">
                        {finding.field === 'subject' ? t('uiFieldSubject') : `${t('uiFieldBody')} · ${t('uiLineNumber', lineOf(finding))}`}
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
