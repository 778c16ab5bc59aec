/**
 * BENCHMARKS.md is shared: each benchmark owns one section between its own markers and
 * rewrites only that, so the engine figures can be refreshed without touching the others.
 */

export const ENGINE_SECTION_START = '<!-- bench:engine:start -->';
export const ENGINE_SECTION_END = '<!-- bench:engine:end -->';

const NEW_FILE_HEADER = '# Benchmarks\n\nMeasured figures for Netiquette. Each section is rewritten by the command named in it.\n';

/** One section's markers, and the heading that goes above them when the section is new. */
export interface SectionMarkers {
  start: string;
  end: string;
  heading?: string;
}

/**
 * `document` with the text between the section's markers replaced by `section`; the section
 * (under its heading, if it has one) is appended when the markers are missing, and the file is
 * started when there is none.
 */
export function replaceSection(document: string | undefined, markers: SectionMarkers, section: string): string {
  const block = `${markers.start}\n${section.trim()}\n${markers.end}`;
  const appended = markers.heading ? `${markers.heading}\n\n${block}` : block;
  if (document === undefined || document.trim() === '') return `${NEW_FILE_HEADER}\n${appended}\n`;
  const start = document.indexOf(markers.start);
  const end = document.indexOf(markers.end, start);
  if (start === -1 || end === -1) return `${document.trimEnd()}\n\n${appended}\n`;
  return document.slice(0, start) + block + document.slice(end + markers.end.length);
}

export function replaceEngineSection(document: string | undefined, section: string): string {
  return replaceSection(document, { start: ENGINE_SECTION_START, end: ENGINE_SECTION_END }, section);
}
