import { readFileSync } from 'node:fs';
import { text as alexText } from 'alex';
import { LocalLinter } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import writeGood from 'write-good';
import { createTextlintLinter, type TextlintComparisonConfig } from './textlint.ts';

/**
 * The linters Netiquette is compared with in `npm run bench`, each behind the same small
 * interface: plain text in, the number of messages out. Each is set up as its documentation
 * shows and left at its defaults, except textlint, which runs the three rules nearest to ours
 * (bench/textlint.ts). Setup (loading rules, compiling Harper's WebAssembly) happens before any
 * timing: the comparison times linting, not start-up.
 */

export type PeerLanguage = 'en' | 'zh';

export interface Peer {
  /** Package name, as the report shows it. */
  name: string;
  version: string;
  /** What the peer says it checks; it is not run on anything else. */
  languages: readonly PeerLanguage[];
  lint(text: string): Promise<number>;
}

/** Read from the installed package itself: not every package exports its package.json. */
function versionOf(name: string): string {
  const file = new URL(`../node_modules/${name}/package.json`, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

export async function createPeers(textlintConfig: TextlintComparisonConfig): Promise<Peer[]> {
  const textlint = createTextlintLinter(textlintConfig);
  // LocalLinter runs in this thread, as our engine does; its WorkerLinter would add messaging to every call.
  const harper = new LocalLinter({ binary: binaryInlined });
  await harper.setup();
  return [
    { name: 'textlint', version: versionOf('textlint'), languages: ['en', 'zh'], lint: (text) => textlint.lint(text) },
    {
      name: 'harper.js',
      version: versionOf('harper.js'),
      languages: ['en'],
      lint: async (text) => (await harper.lint(text, { language: 'plaintext' })).length,
    },
    { name: 'alex', version: versionOf('alex'), languages: ['en'], lint: async (text) => alexText(text).messages.length },
    { name: 'write-good', version: versionOf('write-good'), languages: ['en'], lint: async (text) => writeGood(text).length },
  ];
}
