import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

/** The content script imports the layering code; zod must stay out of everything it pulls in. */
it('resolve.ts and everything it imports are free of zod', () => {
  const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm;
  const pending = [new URL('./resolve.ts', import.meta.url)];
  const seen = new Set<string>();
  const zodImporters: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file.href)) continue;
    seen.add(file.href);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier === 'zod' || specifier!.startsWith('zod/')) zodImporters.push(file.pathname);
      else if (specifier!.startsWith('.')) pending.push(new URL(specifier!, file));
    }
  }
  expect(seen.size).toBeGreaterThan(5);
  expect(zodImporters).toEqual([]);
});
