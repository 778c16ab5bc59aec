import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { parsePack } from '../src/packs/schema.ts';
import { lintDraft, singlePackSettings } from '../src/settings/playground.ts';
import { shippedToneVerdict } from '../src/tone/shipped-model.ts';
import { comparable, loadPlaygroundFixtures, type ExpectedFinding } from './fixtures/playground/fixtures.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'netiquette-parity-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Runs `netiquette lint --pack PACK --format json DRAFT.txt` in-process and returns its findings. */
async function cliFindings(name: string, pack: unknown, subject: string, body: string): Promise<ExpectedFinding[]> {
  const packFile = path.join(workDir, `${name}.pack.json`);
  const draftFile = path.join(workDir, `${name}.txt`);
  writeFileSync(packFile, JSON.stringify(pack));
  writeFileSync(draftFile, `Subject: ${subject}\n\n${body}`);
  let stdout = '';
  let stderr = '';
  await main(['lint', '--pack', packFile, '--format', 'json', draftFile], {
    env: {},
    readStdin: async () => new Uint8Array(),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  expect(stderr).toBe('');
  const [result] = JSON.parse(stdout) as { findings: ExpectedFinding[] }[];
  return comparable(result!.findings);
}

/** What the options page's playground gets from the background: the shipped model's verdicts. */
const BACKGROUND_TONE = { toneVerdict: shippedToneVerdict };

describe.each(loadPlaygroundFixtures())('playground fixture $name', (fixture) => {
  it('is a valid pack', () => {
    expect(parsePack(fixture.pack)).toMatchObject({ ok: true });
  });

  it('gives the expected findings in the CLI', async () => {
    expect(await cliFindings(fixture.name, fixture.pack, fixture.subject, fixture.body)).toEqual(fixture.findings);
  });

  it('gives the same findings through the playground\'s lint path (with the tone model, as the background answers it)', () => {
    const parsed = parsePack(fixture.pack);
    if (!parsed.ok) throw new Error('fixture pack refused');
    expect(comparable(lintDraft(singlePackSettings(parsed.pack), { subject: fixture.subject, body: fixture.body }, BACKGROUND_TONE))).toEqual(fixture.findings);
  });
});
