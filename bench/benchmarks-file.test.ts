import { describe, expect, it } from 'vitest';
import { ENGINE_SECTION_END, ENGINE_SECTION_START, replaceEngineSection, replaceSection } from './benchmarks-file.ts';

describe('replaceEngineSection', () => {
  it('starts the file when there is none', () => {
    const document = replaceEngineSection(undefined, '## Engine speed\n\nfast');
    expect(document).toMatch(/^# Benchmarks\n/);
    expect(document).toContain(`${ENGINE_SECTION_START}\n## Engine speed\n\nfast\n${ENGINE_SECTION_END}\n`);
  });

  it('replaces only the text between its markers', () => {
    const before = `# Benchmarks\n\n## Tone detection\n\nF1 0.9\n\n${ENGINE_SECTION_START}\nold figures\n${ENGINE_SECTION_END}\n\n## Extension\n\n12 ms\n`;
    const after = replaceEngineSection(before, 'new figures');
    expect(after).toBe(`# Benchmarks\n\n## Tone detection\n\nF1 0.9\n\n${ENGINE_SECTION_START}\nnew figures\n${ENGINE_SECTION_END}\n\n## Extension\n\n12 ms\n`);
  });

  it('appends the section to a file written by others', () => {
    const after = replaceEngineSection('# Benchmarks\n\n## Extension\n\n12 ms\n', 'figures');
    expect(after).toBe(`# Benchmarks\n\n## Extension\n\n12 ms\n\n${ENGINE_SECTION_START}\nfigures\n${ENGINE_SECTION_END}\n`);
  });
});

describe('replaceSection', () => {
  const markers = { start: '<!-- x:start -->', end: '<!-- x:end -->', heading: '## X' };

  it('appends a missing section under its heading', () => {
    expect(replaceSection('# Benchmarks\n\nother\n', markers, 'figures')).toBe('# Benchmarks\n\nother\n\n## X\n\n<!-- x:start -->\nfigures\n<!-- x:end -->\n');
  });

  it('leaves the heading alone when it replaces the section', () => {
    const before = '# Benchmarks\n\n## X\n\n<!-- x:start -->\nold\n<!-- x:end -->\n\n## Y\n';
    expect(replaceSection(before, markers, 'new')).toBe('# Benchmarks\n\n## X\n\n<!-- x:start -->\nnew\n<!-- x:end -->\n\n## Y\n');
  });
});
