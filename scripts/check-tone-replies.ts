/**
 * Keeps the tone model's training replies apart from the held-out evaluation replies
 * (scripts/tone-data.ts, HELD_OUT_REPLY_FILES): lists every training reply that repeats a held-out one, or
 * nearly does (scripts/tone-data.ts, heldOutSimilarity), and with --drop writes the file back
 * without them. Only the training side is printed, so the held-out text is never read by a person
 * through this script.
 *
 *   npx tsx scripts/check-tone-replies.ts [--drop] FILE.jsonl...
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { heldOutReplyTexts, heldOutSimilarity, NEAR_COPY } from './tone-data.ts';

const { values, positionals } = parseArgs({ options: { drop: { type: 'boolean', default: false } }, allowPositionals: true });
if (positionals.length === 0) {
  console.error('usage: npx tsx scripts/check-tone-replies.ts [--drop] FILE.jsonl...');
  process.exit(2);
}
const similarity = heldOutSimilarity(heldOutReplyTexts(fileURLToPath(new URL('../eval/', import.meta.url))));
let found = 0;
for (const file of positionals) {
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '');
  const kept: string[] = [];
  for (const line of lines) {
    const { text } = JSON.parse(line) as { text: string };
    const score = similarity(text);
    if (score >= NEAR_COPY) {
      found += 1;
      console.log(`${file}: ${score === 1 ? 'copy' : `near copy (${score.toFixed(2)})`}: ${JSON.stringify(text)}`);
    } else kept.push(line);
  }
  if (values.drop && kept.length < lines.length) writeFileSync(file, `${kept.join('\n')}\n`);
  console.log(`${file}: ${lines.length} replies, ${lines.length - kept.length} repeat a held-out reply${values.drop && kept.length < lines.length ? ' (dropped)' : ''}`);
}
process.exitCode = found > 0 && !values.drop ? 1 : 0;
