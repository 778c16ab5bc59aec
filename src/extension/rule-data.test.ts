import { describe, expect, it } from 'vitest';
import { ruleDataJson, STOOD_IN_MODULES } from '../../scripts/rule-data.ts';
import * as HantTable from '../core/hant-table.ts';
import * as EnglishWords from '../rules/data/english-words.ts';
import * as PhraseList from '../rules/data/forbidden-phrase-list.ts';
import * as InformalTerms from '../rules/data/informal.ts';
import * as Acronyms from '../rules/data/acronyms.ts';
import * as ConfidentialTables from '../rules/data/confidential-data.ts';
import * as AttachmentWordings from '../rules/data/attachment-mention.ts';
import * as Closings from '../rules/data/greeting-closing.ts';
import * as SignOffs from '../core/sign-offs.ts';
import * as HantFold from '../tone/hant-fold-table.ts';
import * as English from '../tone/lexicon-en.ts';
import * as Chinese from '../tone/lexicon-zh.ts';
import * as standIn from './rule-data.ts';

const respond = (body: string, status = 200): typeof fetch => () => Promise.resolve(new Response(body, { status }));

describe('rule data, fetched by the content script instead of bundled', () => {
  it('the stand-in exports every name of the modules it replaces', () => {
    const replaced = [English, Chinese, HantFold, HantTable, EnglishWords, PhraseList, InformalTerms, Acronyms, ConfidentialTables, AttachmentWordings, Closings, SignOffs].flatMap((module) => Object.keys(module));
    expect(STOOD_IN_MODULES).toHaveLength(12);
    for (const name of replaced) expect(Object.keys(standIn)).toContain(name);
  });

  it('loads exactly what those modules hold, from the file the build writes', async () => {
    await standIn.loadRuleData('rule-data.json', respond(ruleDataJson()));
    expect(standIn.ENGLISH).toEqual(English.ENGLISH);
    expect(standIn.CHINESE).toEqual(Chinese.CHINESE);
    expect(standIn.HANT_FOLD_CODE).toBe(HantFold.HANT_FOLD_CODE);
    expect(standIn.HANT_CHARACTER_PAIRS).toBe(HantTable.HANT_CHARACTER_PAIRS);
    expect(standIn.HANT_WORDS).toBe(HantTable.HANT_WORDS);
    expect(standIn.ENGLISH_WORDS).toBe(EnglishWords.ENGLISH_WORDS);
    expect(standIn.BUILTIN_PHRASE_DATA).toEqual(PhraseList.BUILTIN_PHRASE_DATA);
    expect(standIn.INFORMAL_TERMS).toEqual(InformalTerms.INFORMAL_TERMS);
    expect(standIn.WOOD_COMPOUND_PREFIXES).toBe(InformalTerms.WOOD_COMPOUND_PREFIXES);
    expect(standIn.BUILTIN_ACRONYMS).toEqual(Acronyms.BUILTIN_ACRONYMS);
    for (const name of ['CARD_PREFIXES', 'IBAN_LENGTHS', 'RESIDENT_ID_REGIONS', 'NOT_A_CARD_LABEL', 'NATIONAL_ID_LABEL', 'CODE_LABEL', 'PASSWORD_LABEL', 'KEY_LABEL', 'NUMBER_LABELS'] as const) expect(standIn[name]).toEqual(ConfidentialTables[name]);
    expect(standIn.PROMISE_WORDINGS).toEqual(AttachmentWordings.PROMISE_WORDINGS);
    expect(standIn.NO_PROMISE_BEFORE).toEqual(AttachmentWordings.NO_PROMISE_BEFORE);
    expect(standIn.NO_PROMISE_AFTER).toEqual(AttachmentWordings.NO_PROMISE_AFTER);
    expect(standIn.ENGLISH_CLOSING_SOURCE).toBe(Closings.ENGLISH_CLOSING_SOURCE);
    expect(standIn.CHINESE_CLOSING_SOURCE).toBe(Closings.CHINESE_CLOSING_SOURCE);
    expect(standIn.GREETINGS).toEqual(Closings.GREETINGS);
    expect(standIn.SIGN_OFF_WORDINGS).toEqual(SignOffs.SIGN_OFF_WORDINGS);
  });

  it('rejects a file it cannot read or that holds something else', async () => {
    await expect(standIn.loadRuleData('rule-data.json', respond('', 404))).rejects.toThrow(/HTTP 404/);
    await expect(standIn.loadRuleData('rule-data.json', respond('{"ENGLISH":{}}'))).rejects.toThrow(/not the data/);
    await expect(standIn.loadRuleData('rule-data.json', respond('null'))).rejects.toThrow(/not the data/);
  });
});
