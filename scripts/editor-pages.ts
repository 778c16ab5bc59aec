/**
 * Bundles the real-editor test pages (demo/editors/<id>.ts, one per editor in the catalog) with
 * esbuild into the git-ignored demo/editors/dist/, with an index page. The editors come from
 * node_modules at their pinned versions: no editor code is ever committed.
 *
 *   npx tsx scripts/editor-pages.ts      # or through the e2e tests and `npm start`
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EDITOR_PAGES } from '../demo/editors/catalog.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const EDITOR_SOURCE_DIR = path.join(ROOT, 'demo/editors');
export const EDITOR_PAGES_DIR = path.join(EDITOR_SOURCE_DIR, 'dist');

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function installedVersion(packageName: string): string {
  const manifest = path.join(ROOT, 'node_modules', packageName, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

function pageHtml(id: string, name: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(name)}</title>
<link rel="stylesheet" href="${id}.css"></head>
<body><script src="${id}.js"></script></body></html>
`;
}

function indexHtml(): string {
  const rows = EDITOR_PAGES.map((page) => {
    const versions = page.packages.map((name) => `${name} ${installedVersion(name)}`).join(', ') || '—';
    return `<tr><td>${escapeHtml(page.name)}</td><td><a href="${page.id}.html">new mail</a> · <a href="${page.id}.html?reply">reply</a></td><td>${escapeHtml(versions)}</td><td>${escapeHtml(page.usedBy)}</td></tr>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Real editors — Netiquette</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:24px}td,th{padding:4px 12px;text-align:left;border-bottom:1px solid #eee}</style></head>
<body><h1>Netiquette in real editors</h1>
<p>Each page mounts the real editor from npm in a compose form with a Send button (and Ctrl+Enter).
Type an angry reply, hover an underline, apply a fix, press Send. <a href="../../gmail.html">Gmail-like page</a>.</p>
<table><thead><tr><th>Editor</th><th>Pages</th><th>Version</th><th>Used by</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}

function newestInput(): number {
  const files = [...EDITOR_PAGES.map((page) => path.join(EDITOR_SOURCE_DIR, `${page.id}.ts`)), path.join(EDITOR_SOURCE_DIR, 'host.ts'), path.join(EDITOR_SOURCE_DIR, 'catalog.ts'), path.join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url)];
  return Math.max(...files.map((file) => statSync(file).mtimeMs));
}

/** Builds the pages unless the bundles are newer than their sources and the lock file. */
export async function buildEditorPages(): Promise<string> {
  const stamp = path.join(EDITOR_PAGES_DIR, '.built');
  let builtAt = 0;
  try {
    builtAt = statSync(stamp).mtimeMs;
  } catch {
    // Never built.
  }
  if (builtAt > newestInput()) return EDITOR_PAGES_DIR;
  mkdirSync(EDITOR_PAGES_DIR, { recursive: true });
  await build({
    entryPoints: Object.fromEntries(EDITOR_PAGES.map((page) => [page.id, path.join(EDITOR_SOURCE_DIR, `${page.id}.ts`)])),
    bundle: true,
    format: 'iife',
    target: 'es2022',
    outdir: EDITOR_PAGES_DIR,
    minify: true,
    logLevel: 'warning',
    // Draft.js (through fbjs) still reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  });
  for (const page of EDITOR_PAGES) {
    writeFileSync(path.join(EDITOR_PAGES_DIR, `${page.id}.html`), pageHtml(page.id, page.name));
    // Pages whose editor brings no style sheet still link one.
    try {
      statSync(path.join(EDITOR_PAGES_DIR, `${page.id}.css`));
    } catch {
      writeFileSync(path.join(EDITOR_PAGES_DIR, `${page.id}.css`), '');
    }
  }
  writeFileSync(path.join(EDITOR_PAGES_DIR, 'index.html'), indexHtml());
  writeFileSync(stamp, new Date().toISOString());
  return EDITOR_PAGES_DIR;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = performance.now();
  await buildEditorPages();
  console.log(`Editor pages in ${path.relative(ROOT, EDITOR_PAGES_DIR)} (${Math.round(performance.now() - started)} ms)`);
}
