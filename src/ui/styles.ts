import type { Severity } from '../core/types.ts';

/**
 * Styles. The UI lives in shadow roots, so the page's CSS cannot reach it and ours cannot
 * leak out; only the highlight rules must sit at document level, because `::highlight()`
 * styles the editor's own text.
 */

export const HIGHLIGHT_NAMES: Record<Severity | 'active', string> = {
  error: 'netiquette-error',
  warning: 'netiquette-warning',
  info: 'netiquette-info',
  active: 'netiquette-active',
};

/** Mid-tone colours that read on white and on dark editors alike. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: '#e5484d',
  warning: '#d98a00',
  info: '#3e8be0',
};

export const HIGHLIGHT_CSS = [
  ...(['error', 'warning', 'info'] as const).map(
    (severity) =>
      `::highlight(${HIGHLIGHT_NAMES[severity]}) { text-decoration: underline wavy ${SEVERITY_COLORS[severity]}; ` +
      'text-decoration-skip-ink: none; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }',
  ),
  `::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgba(229, 72, 77, 0.18); }`,
].join('\n');

const PALETTE = `
  :host { all: initial; }
  .theme {
    --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d0d7de; --hover: #f0f3f6;
    --accent: #0b57d0; --accent-fg: #ffffff; --shadow: 0 4px 18px rgba(0, 0, 0, 0.18);
    --error: ${SEVERITY_COLORS.error}; --warning: ${SEVERITY_COLORS.warning}; --info: ${SEVERITY_COLORS.info};
    color: var(--fg); background: var(--bg);
    font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif;
  }
  @media (prefers-color-scheme: dark) {
    .theme { --bg: #1f2329; --fg: #e6edf3; --muted: #9ba6b2; --border: #3d444d; --hover: #2a3038; --accent: #8ab4f8; --accent-fg: #0d1117; --shadow: 0 4px 18px rgba(0, 0, 0, 0.6); }
  }
  * { box-sizing: border-box; }
  button { font: inherit; color: inherit; cursor: pointer; }
  button:focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
  .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; flex: none; margin-top: 6px; }
  .dot.error { background: var(--error); } .dot.warning { background: var(--warning); } .dot.info { background: var(--info); }
  .primary { background: var(--accent); color: var(--accent-fg); border: 1px solid var(--accent); border-radius: 6px; padding: 5px 10px; }
  .secondary { background: transparent; border: 1px solid var(--border); border-radius: 6px; padding: 5px 10px; }
  .primary:disabled, .secondary:disabled { opacity: 0.5; cursor: default; }
`;

export const PANEL_CSS = `${PALETTE}
  .panel { border: 1px solid var(--border); border-radius: 8px; box-shadow: var(--shadow); display: flex; flex-direction: column; max-height: inherit; overflow: hidden; }
  .header { display: flex; flex: none; align-items: center; gap: 8px; padding: 6px 8px; border-bottom: 1px solid var(--border); }
  .panel.collapsed .header { border-bottom: none; }
  .title { font-weight: 600; flex: 1; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .count { color: var(--muted); white-space: nowrap; }
  .toggle { border: none; background: transparent; padding: 2px 6px; border-radius: 4px; }
  .toggle:hover { background: var(--hover); }
  .tone { display: flex; flex: none; align-items: center; gap: 6px; padding: 6px 8px; color: var(--muted); }
  .meter { flex: 1; height: 6px; border-radius: 3px; background: var(--hover); overflow: hidden; }
  .meter > span { display: block; height: 100%; border-radius: 3px; }
  .findings { overflow-y: auto; min-height: 0; }
  ul { list-style: none; margin: 0; padding: 4px; }
  li > button { display: flex; gap: 8px; width: 100%; text-align: left; border: none; background: transparent; padding: 5px 6px; border-radius: 5px; }
  li > button:hover { background: var(--hover); }
  .where { color: var(--muted); font-size: 12px; }
  .clear { flex: none; margin: 0; padding: 8px; color: var(--muted); }
`;

export const CARD_CSS = `${PALETTE}
  .choices { display: flex; flex-wrap: wrap; gap: 4px; margin: 2px 0 6px; }
  .choice { display: inline-flex; align-items: center; gap: 4px; max-width: 100%; font: inherit; font-size: 12px; padding: 2px 6px; border: 1px solid var(--border); border-radius: 10px; background: transparent; color: inherit; cursor: pointer; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .choice[aria-pressed="true"] { border-color: currentColor; font-weight: 600; }
  .choice .dot { margin-top: 0; }
  .card { width: 340px; max-width: calc(100vw - 16px); border: 1px solid var(--border); border-radius: 8px; box-shadow: var(--shadow); padding: 10px 12px; }
  .head { display: flex; gap: 8px; align-items: flex-start; }
  .message { font-weight: 600; flex: 1; margin: 0; font-size: 13px; }
  .close { border: none; background: transparent; padding: 0 4px; font-size: 16px; line-height: 1; color: var(--muted); }
  .why { margin: 8px 0 0; color: var(--muted); }
  .why strong { color: var(--fg); font-weight: 600; }
  .actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
  .note { margin: 8px 0 0; color: var(--muted); font-size: 12px; }
  .problem { margin: 8px 0 0; color: var(--error); }
`;

export const DIALOG_CSS = `${PALETTE}
  .backdrop { position: fixed; inset: 0; background: rgba(0, 0, 0, 0.35); display: flex; align-items: center; justify-content: center; }
  .theme.dialog { width: 440px; max-width: calc(100vw - 32px); border-radius: 10px; box-shadow: var(--shadow); padding: 18px 20px; }
  h2 { margin: 0 0 6px; font-size: 16px; }
  p { margin: 0 0 8px; }
  ul { margin: 0 0 12px; padding-left: 18px; }
  li { margin: 2px 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; justify-content: flex-end; }
  .note { color: var(--muted); font-size: 12px; }
`;
