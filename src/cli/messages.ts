import { displayLocale, type DisplayLocale } from '../core/localize.ts';
import type { LocalizedText } from '../core/types.ts';

/** The CLI's own words, in both languages; rule messages come from the rules. */

export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): DisplayLocale {
  // POSIX precedence: LC_ALL overrides LC_MESSAGES, which overrides LANG.
  return displayLocale(undefined, env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

const HELP_EN = `Usage: netiquette <command> [options]

Commands:
  lint [options] FILE... | -    Check support emails (.eml or .txt; - reads standard input)
  pack validate FILE            Check a rule pack; exit 0 when valid, 1 when not
  pack schema                   Print the JSON Schema of rule packs
  rules                         List the rules with their defaults and options

Options for lint:
  --pack FILE                   Apply a rule pack on top of the default one (repeatable)
  --format text|json|sarif      Output format (default: text)
  --locale en|zh|zh-TW          Language of messages; zh-TW, zh-HK or zh-Hant for Traditional
                                Chinese (default: from LANG)

  -h, --help                    Show this help
  -v, --version                 Show the version

A .txt file is a "Subject: ..." line, a blank line, then the body. Without the Subject
line the whole file is the body, and nothing is reported about the subject.

Exit status: 0 when no finding is an error, 1 when one is, 2 on bad usage or
unreadable input.`;

const HELP_ZH = `用法：netiquette <命令> [选项]

命令：
  lint [选项] 文件... | -       检查客服邮件（.eml 或 .txt；- 表示从标准输入读取）
  pack validate 文件            校验规则包；有效时退出码为 0，无效时为 1
  pack schema                   输出规则包的 JSON Schema
  rules                         列出所有规则及其默认值和选项

lint 的选项：
  --pack 文件                   在默认规则包之上应用一个规则包（可重复）
  --format text|json|sarif      输出格式（默认 text）
  --locale en|zh|zh-TW          提示语言；zh-TW、zh-HK 或 zh-Hant 为繁体中文（默认取自 LANG）

  -h, --help                    显示本帮助
  -v, --version                 显示版本号

.txt 文件的格式：第一行 "Subject: ..."，然后一个空行，然后是正文。没有 Subject 行时，
整个文件都当作正文，且不检查主题。

退出码：没有错误级别的问题时为 0，有则为 1，用法错误或无法读取输入时为 2。`;

export const messages = {
  help: { en: HELP_EN, zh: HELP_ZH },
  withHelpHint: (text: LocalizedText): LocalizedText => ({
    en: `${text.en}. Try 'netiquette --help'.`,
    zh: `${text.zh}。请运行 'netiquette --help' 查看用法。`,
  }),
  unknownCommand: (command: string): LocalizedText => ({ en: `unknown command "${command}"`, zh: `未知命令 "${command}"` }),
  noCommand: { en: 'no command given', zh: '未指定命令' },
  noFiles: { en: 'no files to lint (give file paths, or - for standard input)', zh: '没有要检查的文件（请给出文件路径，或用 - 表示标准输入）' },
  badFormat: (format: string): LocalizedText => ({ en: `unknown format "${format}" (use text, json or sarif)`, zh: `未知的输出格式 "${format}"（可用 text、json 或 sarif）` }),
  badLocale: (locale: string): LocalizedText => ({ en: `unknown locale "${locale}" (use en, zh or zh-TW)`, zh: `未知的语言 "${locale}"（可用 en、zh 或 zh-TW）` }),
  cannotRead: (file: string, reason: string): LocalizedText => ({ en: `cannot read ${file}: ${reason}`, zh: `无法读取 ${file}：${reason}` }),
  cannotParse: (file: string, reason: string): LocalizedText => ({ en: `cannot parse ${file}: ${reason}`, zh: `无法解析 ${file}：${reason}` }),
  packRefused: (file: string, count: number): LocalizedText => ({
    en: `rule pack ${file} refused: ${count} ${count === 1 ? 'error' : 'errors'}`,
    zh: `规则包 ${file} 未被采用：共 ${count} 处错误`,
  }),
  packValid: (file: string, name: string, id: string, version: string): LocalizedText => ({
    en: `OK ${file}: ${name} (${id}@${version})`,
    zh: `通过 ${file}：${name}（${id}@${version}）`,
  }),
  packUsage: { en: 'use "pack validate FILE" or "pack schema"', zh: '请使用 "pack validate 文件" 或 "pack schema"' },
  packValidateUsage: { en: 'pack validate takes exactly one file', zh: 'pack validate 只接受一个文件' },
  unexpectedArguments: { en: 'this command takes no file arguments', zh: '此命令不接受文件参数' },
  noProblems: (files: number): LocalizedText => ({
    en: `✔ No problems found (${files} ${files === 1 ? 'file' : 'files'})`,
    zh: `✔ 未发现问题（共 ${files} 个文件）`,
  }),
  summary: (errors: number, warnings: number, infos: number): LocalizedText => {
    const total = errors + warnings + infos;
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
    return {
      en: `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`,
      zh: `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 条提示）`,
    };
  },
  severity: {
    error: { en: 'error', zh: '错误' },
    warning: { en: 'warning', zh: '警告' },
    info: { en: 'info', zh: '提示' },
  },
  field: {
    subject: { en: 'subject', zh: '主题' },
    body: { en: 'body', zh: '正文' },
  },
  rulesHeading: {
    fixable: { en: 'fixable', zh: '可自动修正' },
    why: { en: 'Why: ', zh: '原因：' },
    options: { en: 'Options:', zh: '选项：' },
    noOptions: { en: 'Options: none', zh: '选项：无' },
    defaultSeverity: { en: 'default: ', zh: '默认：' },
  },
} as const;
