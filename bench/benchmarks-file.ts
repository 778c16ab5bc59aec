/**
 * BENCHMARKS.md is shared: each benchmark owns one section between its own markers and
 * rewrites only that, so the engine figures can be refreshed without touching the others.
 */

export const ENGINE_SECTION_START = '<!-- bench:engine:start -->';
export const ENGINE_SECTION_END = '<!-- bench:engine:end -->';

const NEW_FILE_HEADER = '# Benchmarks\n\nMeasured figures for Netiquette. Each section is rewritten by the command named in it.\n';

/**
 * `document` with the text between the engine markers replaced by `section`; the section is
 * appended when the markers are missing, and the file is started when there is none.
 */
export function replaceEngineSection(document: string | undefined, section: string): string {
  const block = `${ENGINE_SECTION_START}\n${section.trim()}\n${ENGINE_SECTION_END}`;
  if (document === undefined || document.trim() === '') return `${NEW_FILE_HEADER}\n${block}\n`;
  const start = document.indexOf(ENGINE_SECTION_START);
  const end = document.indexOf(ENGINE_SECTION_END, start);
  if (start === -1 || end === -1) return `${document.trimEnd()}\n\n${block}\n`;
  return document.slice(0, start) + block + document.slice(end + ENGINE_SECTION_END.length);
}
