import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HANT_TABLE_FILE, renderHantTable } from '../../scripts/build-hant-table.ts';
import { createConverter, toTraditional, writesTraditional } from './hant.ts';

describe('toTraditional', () => {
  it.each([
    ['发票', '發票'],
    ['这', '這'],
    ['请', '請'],
    ['邮件', '郵件'],
    ['您', '您'],
    ['请在邮件里说明退款原因', '請在郵件裡說明退款原因'],
  ])('converts %s to %s', (simplified, traditional) => {
    expect(toTraditional(simplified)).toBe(traditional);
  });

  it('converts words whose characters alone would go wrong', () => {
    expect(toTraditional('回复')).toBe('回覆');
    expect(toTraditional('签名')).toBe('簽名');
    expect(toTraditional('联系方式')).toBe('聯繫方式');
  });

  it('leaves Traditional text, Latin text and mixed markup alone', () => {
    expect(toTraditional('請您稍候，我們會盡快回覆。')).toBe('請您稍候，我們會盡快回覆。');
    expect(toTraditional('Refund #42 done: "OK" (100%)')).toBe('Refund #42 done: "OK" (100%)');
  });

  it('converts the Chinese inside mixed text and keeps the rest', () => {
    expect(toTraditional('「退款」 already 处理 in 2 days')).toBe('「退款」 already 處理 in 2 days');
  });
});

describe('createConverter', () => {
  it('prefers the longest word at each position, then characters', () => {
    const convert = createConverter('发發头頭', '头发 頭髮|发票 發票');
    expect(convert('头发发票头发')).toBe('頭髮發票頭髮');
    expect(convert('发头')).toBe('發頭');
  });
});

it('src/core/hant-table.ts matches the sources', () => {
  const committed = readFileSync(HANT_TABLE_FILE, 'utf8');
  expect(committed === renderHantTable(), 'src/core/hant-table.ts is out of date: run `npx tsx scripts/build-hant-table.ts`').toBe(true);
});

describe('writesTraditional', () => {
  it.each([
    ['請您稍候，我們會盡快回覆。', true],
    ['請您稍候，我们会尽快回复。', false],
    ['您的退款已经处理完毕，请查收。王曉明', false],
    ['這個問題幾天後處理', true],
    ['Refund done, thanks', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(writesTraditional(text)).toBe(expected);
  });
});
