import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../src/cli/main.ts';
import { PACK_LIMITS } from '../src/packs/pack.ts';
import { parsePackText } from '../src/packs/schema.ts';
import { parseManagedPolicy } from '../src/settings/managed.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hostilePacks } from './hostile-packs/corpus.ts';

const refusedPacks = hostilePacks.filter((hostile) => 'refused' in hostile.expect);
const acceptedPacks = hostilePacks.filter((hostile) => 'accepted' in hostile.expect);

describe('the hostile pack corpus', () => {
  it('has at least 100 packs, with unique names', () => {
    expect(hostilePacks.length).toBeGreaterThanOrEqual(100);
    expect(new Set(hostilePacks.map((hostile) => hostile.name)).size).toBe(hostilePacks.length);
    console.info(`hostile packs: ${hostilePacks.length} (${refusedPacks.length} refused, ${acceptedPacks.length} accepted on purpose)`);
  });

  it.each(hostilePacks.map((hostile) => [hostile.name, hostile] as const))('%s', (_name, hostile) => {
    const result = parsePackText(hostile.text);
    if ('accepted' in hostile.expect) {
      expect(result.ok ? [] : result.errors).toEqual([]);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Bounded: the first errors, then at most one line counting the rest.
    expect(result.errors.length).toBeLessThanOrEqual(PACK_LIMITS.maxReportedErrors + 1);
    expect(result.errorCount).toBeGreaterThanOrEqual(result.errors.length);
    const { path, message } = hostile.expect.refused;
    const atPath = (found: string) => (typeof path === 'string' ? found === path : path.test(found));
    expect(result.errors.find((error) => atPath(error.path) && message.test(error.message)), JSON.stringify(result.errors.slice(0, 3)).slice(0, 600)).toBeDefined();
    // Located: a JSON path below the root, or a line and column, or a statement about the whole file.
    for (const error of result.errors) expect(error.path !== '$' || /line \d+, column \d+|bytes|more error|expected object|keys, got/.test(error.message), error.message).toBe(true);
  });
});

describe('the hostile packs through the CLI and the managed policy', () => {
  function captureIo(): CliIo & { out: string; err: string } {
    const io = { env: {}, out: '', err: '', readStdin: async () => new Uint8Array(), stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
    return io;
  }

  it('pack validate refuses each refused pack with one line per error and one summary line, and no stack trace', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'netiquette-hostile-'));
    for (const [index, hostile] of hostilePacks.entries()) {
      const file = join(folder, `pack-${index}.json`);
      writeFileSync(file, hostile.text);
      const io = captureIo();
      const status = await main(['pack', 'validate', file], io);
      if ('accepted' in hostile.expect) expect({ name: hostile.name, status }).toEqual({ name: hostile.name, status: 0 });
      else if (status === 2) {
        // Too large to be a pack: refused from its size, before it is read.
        expect(io.err, hostile.name).toMatch(/^netiquette: cannot read .*: it is [\d,]+ bytes; a pack may have at most 524,288\n$/);
      } else {
        expect({ name: hostile.name, status }).toEqual({ name: hostile.name, status: 1 });
        expect(io.err.trim().split('\n'), hostile.name).toHaveLength(1);
        expect(io.out.trim().split('\n').length).toBeLessThanOrEqual(PACK_LIMITS.maxReportedErrors + 1);
        const { path } = hostile.expect.refused;
        if (typeof path === 'string') expect(io.out).toContain(`${file}: ${path}`);
      }
      expect(io.err + io.out).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
      // Nothing from the pack reaches the terminal as a control sequence.
      expect(io.err + io.out).not.toMatch(/[\u001b\u009b\u0007\u202e]/);
    }
  });

  it('a policy holding every pack applies the accepted ones, reports each refused one, and keeps its other settings', () => {
    const policy = parseManagedPolicy({ packs: hostilePacks.map((hostile) => hostile.text), lockedRules: ['confidential-data'], allowSendAnyway: false, refreshIntervalMinutes: 120 });
    expect(policy.packs.map((entry) => entry.where)).toEqual(hostilePacks.flatMap((hostile, index) => ('accepted' in hostile.expect ? [`packs[${index}]`] : [])));
    expect(policy.problems.map((problem) => problem.where)).toEqual(hostilePacks.flatMap((hostile, index) => ('refused' in hostile.expect ? [`packs[${index}]`] : [])));
    expect(policy.lockedRules).toEqual(['confidential-data']);
    expect(policy.allowSendAnyway).toBe(false);
    expect(policy.refreshIntervalMinutes).toBe(120);
  });
});
