import { describe, expect, it } from 'vitest';
import { displayRange, rankAtPlace } from './marks.ts';

describe('displayRange', () => {
  const text = 'Hello Sam,\nline two\nline three';
  it('marks a span as it is', () => {
    expect(displayRange({ start: 6, end: 9 }, text)).toEqual({ start: 6, end: 9 });
  });
  it('marks the whole line of a point', () => {
    expect(displayRange({ start: 11, end: 11 }, text)).toEqual({ start: 11, end: 19 });
    expect(displayRange({ start: 0, end: 0 }, '')).toBeUndefined();
  });
  it('marks only the first line of a span over several lines', () => {
    expect(displayRange({ start: 11, end: text.length }, text)).toEqual({ start: 11, end: 19 });
  });
  it('keeps a span that starts on a line break visible', () => {
    expect(displayRange({ start: 10, end: 15 }, text)).toEqual({ start: 10, end: 11 });
  });
});

describe('rankAtPlace', () => {
  it('puts the error first, then the narrowest', () => {
    const ranked = rankAtPlace([
      { id: 'warning-narrow', severity: 'warning' as const, start: 5, end: 8 },
      { id: 'info', severity: 'info' as const, start: 0, end: 2 },
      { id: 'error-wide', severity: 'error' as const, start: 0, end: 20 },
      { id: 'warning-wide', severity: 'warning' as const, start: 0, end: 20 },
    ]);
    expect(ranked.map((finding) => finding.id)).toEqual(['error-wide', 'warning-narrow', 'warning-wide', 'info']);
  });
});
