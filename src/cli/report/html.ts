import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { localize, type DisplayLocale } from '../../core/localize.ts';
import type { LocalizedText } from '../../core/types.ts';
import type { BucketReport, Example, TeamReport } from './aggregate.ts';

/**
 * The team report as one HTML file that opens from disk with no network: Chart.js and the data
 * are inlined. Every chart is followed by a table of the same numbers whose rows link to example
 * sections further down, and a click on a bar follows the same link, so the page works without
 * script too (then as tables only).
 */

const words = {
  title: { en: 'Netiquette team report', zh: 'Netiquette 团队报告' },
  summary: (report: TeamReport): LocalizedText => ({
    en: `${report.mails} mails read, ${report.mailsWithFindings} with findings; ${report.findings} findings (${report.bySeverity.error} errors, ${report.bySeverity.warning} warnings, ${report.bySeverity.info} infos); ${report.malformed.count} malformed skipped.`,
    zh: `共读取 ${report.mails} 封邮件，其中 ${report.mailsWithFindings} 封有问题；共 ${report.findings} 个问题（${report.bySeverity.error} 个错误，${report.bySeverity.warning} 个警告，${report.bySeverity.info} 条提示）；跳过 ${report.malformed.count} 封无法读取的邮件。`,
  }),
  perRule: { en: 'Findings per rule', zh: '各规则的问题数' },
  perSender: { en: 'Findings per sender', zh: '各发件人的问题数' },
  perWeek: { en: 'Findings per week', zh: '每周的问题数' },
  tone: { en: 'Tone distribution (anger score of each mail)', zh: '语气分布（每封邮件的愤怒评分）' },
  worst: { en: 'Worst lines', zh: '问题最严重的行' },
  malformed: { en: 'Malformed mail (skipped)', zh: '无法读取的邮件（已跳过）' },
  examples: { en: 'Examples', zh: '示例' },
  rule: { en: 'Rule', zh: '规则' },
  sender: { en: 'Sender', zh: '发件人' },
  week: { en: 'Week of', zh: '周（起始日）' },
  score: { en: 'Score', zh: '评分' },
  mails: { en: 'Mails', zh: '邮件数' },
  findings: { en: 'Findings', zh: '问题数' },
  chinese: { en: 'Chinese', zh: '中文' },
  english: { en: 'English', zh: '英文' },
  where: { en: 'Where', zh: '位置' },
  line: { en: 'Line', zh: '内容' },
  reason: { en: 'Reason', zh: '原因' },
  weight: { en: 'Weight', zh: '严重度' },
  none: { en: 'None.', zh: '无。' },
  shownOf: (shown: number, total: number): LocalizedText => ({ en: `The ${shown} largest of ${total}.`, zh: `共 ${total} 项，显示最多的 ${shown} 项。` }),
  masked: { en: 'Confidential values (card numbers, IDs, passwords…) are masked as •••.', zh: '机密信息（卡号、证件号、密码等）已用 ••• 遮盖。' },
} as const;

const SENDERS_CHARTED = 20;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** An anchor id from any key: ASCII kept, everything else as its code point. */
function anchor(prefix: string, key: string): string {
  return `${prefix}-${[...key].map((character) => (/[A-Za-z0-9_-]/.test(character) ? character : `_${character.codePointAt(0)!.toString(16)}`)).join('')}`;
}

/** JSON inside a <script> element: nothing in it may close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function chartLibrary(): string {
  const entry = createRequire(import.meta.url).resolve('chart.js');
  return readFileSync(join(dirname(entry), 'chart.umd.min.js'), 'utf8').replace(/<\/script/gi, '<\\/script');
}

function exampleList(examples: readonly Example[], locale: DisplayLocale): string {
  if (examples.length === 0) return `<p>${escapeHtml(localize(words.none, locale))}</p>`;
  const items = examples.map(
    (example) =>
      `<li><code>${escapeHtml(example.location)}</code> ${escapeHtml(example.sender ?? '')} ${escapeHtml(example.sentAt?.slice(0, 10) ?? '')}<br>` +
      `<span class="sev sev-${example.severity}">${example.severity}</span> <code>${escapeHtml(example.ruleId)}</code> ${escapeHtml(example.field)} ${example.line}:${example.column} — ${escapeHtml(example.message)}` +
      `<blockquote>${escapeHtml(example.excerpt)}</blockquote></li>`,
  );
  return `<ol class="examples">${items.join('')}</ol>`;
}

interface ChartSpec {
  id: string;
  type: 'bar' | 'line';
  horizontal?: boolean;
  stacked?: boolean;
  labels: string[];
  datasets: { label: string; data: number[] }[];
  links: string[];
}

function bucketSection(
  heading: LocalizedText,
  prefix: string,
  keyHeading: LocalizedText,
  buckets: readonly BucketReport[],
  locale: DisplayLocale,
  charts: ChartSpec[],
  options: { limit?: number; type?: 'bar' | 'line'; horizontal?: boolean } = {},
): string {
  const shown = options.limit === undefined ? buckets : buckets.slice(0, options.limit);
  const id = `chart-${prefix}`;
  charts.push({
    id,
    type: options.type ?? 'bar',
    ...(options.horizontal ? { horizontal: true } : {}),
    labels: shown.map((bucket) => bucket.key),
    datasets: [{ label: localize(words.findings, locale), data: shown.map((bucket) => bucket.findings) }],
    links: shown.map((bucket) => `#${anchor(prefix, bucket.key)}`),
  });
  const rows = shown.map(
    // A bucket without findings has no examples to lead to.
    (bucket) =>
      `<tr><td>${bucket.examples.length > 0 ? `<a href="#${anchor(prefix, bucket.key)}">${escapeHtml(bucket.key)}</a>` : escapeHtml(bucket.key)}</td><td>${bucket.mails}</td><td>${bucket.findings}</td></tr>`,
  );
  const details = shown
    .filter((bucket) => bucket.examples.length > 0)
    .map((bucket) => `<section id="${anchor(prefix, bucket.key)}" class="bucket"><h4>${escapeHtml(bucket.key)}</h4>${exampleList(bucket.examples, locale)}</section>`);
  const note = shown.length < buckets.length ? `<p class="muted">${escapeHtml(localize(words.shownOf(shown.length, buckets.length), locale))}</p>` : '';
  return `<section id="${prefix}"><h2>${escapeHtml(localize(heading, locale))}</h2>${note}<div class="chart"><canvas id="${id}" role="img" aria-label="${escapeHtml(localize(heading, locale))}"></canvas></div>
<table><thead><tr><th>${escapeHtml(localize(keyHeading, locale))}</th><th>${escapeHtml(localize(words.mails, locale))}</th><th>${escapeHtml(localize(words.findings, locale))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<details><summary>${escapeHtml(localize(words.examples, locale))}</summary>${details.join('')}</details></section>`;
}

function toneSection(report: TeamReport, locale: DisplayLocale, charts: ChartSpec[]): string {
  const label = (from: number, to: number) => `${from.toFixed(1)}–${to.toFixed(1)}`;
  const keys = report.tone.map((bin) => label(bin.from, bin.to));
  charts.push({
    id: 'chart-tone',
    type: 'bar',
    stacked: true,
    labels: keys,
    datasets: [
      { label: localize(words.chinese, locale), data: report.tone.map((bin) => bin.zh) },
      { label: localize(words.english, locale), data: report.tone.map((bin) => bin.en) },
    ],
    links: keys.map((key) => `#${anchor('tone', key)}`),
  });
  const rows = report.tone.map((bin, index) => `<tr><td><a href="#${anchor('tone', keys[index]!)}">${keys[index]}</a></td><td>${bin.zh}</td><td>${bin.en}</td></tr>`);
  const details = report.tone
    .map((bin, index) => (bin.examples.length === 0 ? '' : `<section id="${anchor('tone', keys[index]!)}" class="bucket"><h4>${keys[index]}</h4>${exampleList(bin.examples, locale)}</section>`))
    .join('');
  const heads = [words.score, words.chinese, words.english].map((word) => `<th>${escapeHtml(localize(word, locale))}</th>`).join('');
  return `<section id="tone"><h2>${escapeHtml(localize(words.tone, locale))}</h2><div class="chart"><canvas id="chart-tone" role="img" aria-label="${escapeHtml(localize(words.tone, locale))}"></canvas></div>
<table><thead><tr>${heads}</tr></thead><tbody>${rows.join('')}</tbody></table><details><summary>${escapeHtml(localize(words.examples, locale))}</summary>${details}</details></section>`;
}

function worstSection(report: TeamReport, locale: DisplayLocale): string {
  const heads = [words.weight, words.rule, words.where, words.line].map((word) => `<th>${escapeHtml(localize(word, locale))}</th>`).join('');
  const rows = report.worstLines.map(
    (line) =>
      `<tr><td>${line.weight}</td><td>${line.rules.map((rule) => `<a href="#${anchor('rule', rule)}"><code>${escapeHtml(rule)}</code></a>`).join(' ')}</td>` +
      `<td><code>${escapeHtml(line.location)}</code> ${escapeHtml(line.field)} ${line.line}</td><td>${escapeHtml(line.excerpt)}</td></tr>`,
  );
  return `<section id="worst"><h2>${escapeHtml(localize(words.worst, locale))}</h2><p class="muted">${escapeHtml(localize(words.masked, locale))}</p><table><thead><tr>${heads}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function malformedSection(report: TeamReport, locale: DisplayLocale): string {
  if (report.malformed.count === 0) return '';
  const rows = report.malformed.listed.map((item) => `<tr><td><code>${escapeHtml(item.location)}</code></td><td>${escapeHtml(item.reason)}</td></tr>`);
  const note = report.malformed.listed.length < report.malformed.count ? `<p class="muted">${escapeHtml(localize(words.shownOf(report.malformed.listed.length, report.malformed.count), locale))}</p>` : '';
  return `<section id="malformed"><h2>${escapeHtml(localize(words.malformed, locale))}: ${report.malformed.count}</h2>${note}<table><thead><tr><th>${escapeHtml(localize(words.where, locale))}</th><th>${escapeHtml(localize(words.reason, locale))}</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/** Draws each chart and makes a click on a bar or point follow that bucket's link. */
const CHART_SCRIPT = `
for (const spec of JSON.parse(document.getElementById('report-charts').textContent)) {
  const canvas = document.getElementById(spec.id);
  new Chart(canvas, {
    type: spec.type,
    data: { labels: spec.labels, datasets: spec.datasets },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: !!spec.stacked }, y: { stacked: !!spec.stacked, beginAtZero: true } },
      onClick(event, elements) {
        if (elements.length === 0) return;
        const target = spec.links[elements[0].index];
        const section = document.querySelector(target);
        if (section) { section.closest('details')?.setAttribute('open', ''); }
        location.hash = target;
      },
    },
  });
}`;

const STYLE = `body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d2330}
h1{font-size:1.6rem}h2{margin-top:2.5rem;border-bottom:1px solid #dde}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #dde;padding:.2rem .5rem;text-align:left;vertical-align:top}
.chart{position:relative;height:320px}.muted{color:#667}blockquote{margin:.2rem 0 .6rem;padding:.2rem .6rem;border-left:3px solid #ccd;background:#f6f7fb;white-space:pre-wrap}
.sev{font-size:.8em;padding:0 .3em;border-radius:3px;color:#fff}.sev-error{background:#c62828}.sev-warning{background:#b26a00}.sev-info{background:#4a6fa5}:target{outline:2px solid #4a6fa5}`;

export function renderHtmlReport(report: TeamReport, locale: DisplayLocale): string {
  const charts: ChartSpec[] = [];
  const sections = [
    bucketSection(words.perRule, 'rule', words.rule, report.rules, locale, charts),
    bucketSection(words.perSender, 'sender', words.sender, report.senders, locale, charts, { limit: SENDERS_CHARTED, horizontal: true }),
    bucketSection(words.perWeek, 'week', words.week, report.weeks, locale, charts, { type: 'line' }),
    toneSection(report, locale, charts),
    worstSection(report, locale),
    malformedSection(report, locale),
  ];
  const title = escapeHtml(localize(words.title, locale));
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : locale === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title><style>${STYLE}</style></head><body>
<h1>${title}</h1><p>${escapeHtml(report.paths.join(', '))}</p><p>${escapeHtml(localize(words.summary(report), locale))}</p>
${sections.join('\n')}
<script type="application/json" id="report-data">${scriptJson(report)}</script>
<script type="application/json" id="report-charts">${scriptJson(charts)}</script>
<script>${chartLibrary()}</script>
<script>${CHART_SCRIPT}</script>
</body></html>
`;
}
