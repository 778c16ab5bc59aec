/** Reading the labelled support mails of eval/rule-mails/ (see its README), shared by scripts/eval-rules.ts, train-phrasing.ts and train-tone.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LabelledMail {
  id: string;
  lang: string;
  subject: string;
  body: string;
  attachments: number;
  fires: string[];
  quiet: string[];
  why: string;
}

export const RULE_MAILS_DIRECTORY = fileURLToPath(new URL('../eval/rule-mails', import.meta.url));

/** One file's mails; a line without its "fires" and "quiet" lists is refused with its place. */
export function readMails(file: string): LabelledMail[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const mail = JSON.parse(line) as LabelledMail;
      if (!Array.isArray(mail.fires) || !Array.isArray(mail.quiet)) throw new Error(`${file}:${index + 1}: no "fires" and "quiet" lists`);
      return mail;
    });
}

/** The mails of one set (`dev3`, `held-out2`), its files in the order of their names. */
export function readMailSet(set: string): LabelledMail[] {
  const directory = join(RULE_MAILS_DIRECTORY, set);
  return readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .flatMap((name) => readMails(join(directory, name)));
}
