import { testRule } from '../core/testing/rule-tester.ts';
import { messageLength } from './message-length.ts';

function numbered(count: number, line: (index: number) => string): string {
  return Array.from({ length: count }, (_, index) => line(index + 1)).join('\n');
}

const QUOTE = numbered(40, (index) => `> customer line ${index}`);
const SIGNATURE = numbered(10, (index) => `Signature line ${index}`);

testRule(messageLength, {
  valid: [
    { name: '25 short English lines', body: numbered(25, (index) => `Line ${index}.`) },
    { name: '25 short Chinese lines', body: numbered(25, (index) => `第${index}行。`) },
    { name: 'blank lines at the end do not count', body: `${numbered(25, (index) => `Line ${index}.`)}\n\n\n\n` },
    { name: 'a long quoted history does not count', body: `${numbered(20, (index) => `Line ${index}.`)}\n\nOn Mon, Jan 5, 2026, Jane wrote:\n${QUOTE}` },
    { name: 'a long signature does not count', body: `${numbered(20, (index) => `Line ${index}.`)}\n-- \n${SIGNATURE}` },
    { name: 'a line exactly one screen line wide counts once', body: numbered(25, () => '您'.repeat(35)) },
    { name: 'an empty body', body: '' },
    { name: 'a higher limit', body: numbered(40, (index) => `Line ${index}.`), options: { maxLines: 40 } },
  ],
  invalid: [
    {
      name: '26 short lines: the 26th and on are reported',
      body: numbered(26, (index) => `Line ${index}.`),
      findings: [{ text: 'Line 26.', line: 26, severity: 'info', message: 'main point first' }],
    },
    {
      name: 'blank lines between paragraphs count',
      body: numbered(13, (index) => `Paragraph ${index}.`).replace(/\n/g, '\n\n'),
      findings: [{ line: 25, message: '25' }],
      options: { maxLines: 24 },
    },
    {
      name: 'long Chinese lines count as several screen lines',
      body: numbered(10, (index) => `第${index}段${'很长的内容'.repeat(14)}`),
      findings: [{ line: 9, message: '约有 30 行' }],
    },
    {
      name: 'only own text above the quote is measured and reported',
      body: `${numbered(30, (index) => `Line ${index}.`)}\n\nOn Mon, Jan 5, 2026, Jane wrote:\n${QUOTE}`,
      findings: [{ text: 'Line 26.', message: '30 screen lines' }],
    },
    {
      name: 'a narrower screen from the options',
      body: numbered(5, () => 'x'.repeat(60)),
      options: { maxLines: 5, lineWidth: 20 },
      findings: [{ line: 3, message: '10 screen lines' }],
    },
  ],
});
