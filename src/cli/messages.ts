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
  pack test PACK                Run the example mails a pack carries; exit 0 when all pass, 1 when not
  pack diff OLD NEW --on PATH...
                                What appears and disappears when NEW replaces OLD, on a sample of mail;
                                exit 0 when nothing changes, 1 when something does
  report PATH...                Team report over an archive of sent mail (mbox, Maildir, folders of
                                .eml/.txt, recursively)
  rules                         List the rules with their defaults and options

Options for lint:
  --pack FILE                   Apply a rule pack on top of the default one (repeatable)
  --format text|json|sarif      Output format (default: text)
  --locale en|zh|zh-TW          Language of messages; zh-TW, zh-HK or zh-Hant for Traditional
                                Chinese (default: from LANG)
  --fix                         Apply the safe fixes to the .txt files, then report what is left
  --fix-dry-run                 Show the fixes --fix would apply, without writing anything
  --encoding NAME               Read the inputs in this encoding (gbk, big5, utf-16le …) instead of
                                detecting it

Options for pack diff:
  --on PATH                     Mail to compare on: files, folders, mbox, Maildir (repeatable)
  --format text|json|markdown   Output format (default: text)

Options for report:
  --pack FILE                   Apply a rule pack on top of the default one (repeatable)
  --format json|html            Output format (default: html)
  --output FILE                 Write the report to FILE instead of standard output
  --workers N                   Worker threads (default: one per core)

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
  pack test 规则包              运行规则包自带的示例邮件；全部通过时退出码为 0，否则为 1
  pack diff 旧包 新包 --on 路径...
                                用一批邮件比较：以新包替换旧包后哪些问题出现、哪些消失；
                                无变化时退出码为 0，有变化时为 1
  report 路径...                为已发送邮件的存档生成团队报告（mbox、Maildir、含 .eml/.txt 的
                                文件夹，递归读取）
  rules                         列出所有规则及其默认值和选项

lint 的选项：
  --pack 文件                   在默认规则包之上应用一个规则包（可重复）
  --format text|json|sarif      输出格式（默认 text）
  --locale en|zh|zh-TW          提示语言；zh-TW、zh-HK 或 zh-Hant 为繁体中文（默认取自 LANG）
  --fix                         把安全的修正写入 .txt 文件，再报告剩下的问题
  --fix-dry-run                 只显示 --fix 会做的修正，不写入任何文件
  --encoding 编码               按此编码读取输入（gbk、big5、utf-16le 等），不自动检测

pack diff 的选项：
  --on 路径                     用于比较的邮件：文件、文件夹、mbox、Maildir（可重复）
  --format text|json|markdown   输出格式（默认 text）

report 的选项：
  --pack 文件                   在默认规则包之上应用一个规则包（可重复）
  --format json|html            输出格式（默认 html）
  --output 文件                 把报告写入文件，而不是标准输出
  --workers N                   工作线程数（默认每个 CPU 核心一个）

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
  internalError: (reason: string): LocalizedText => ({ en: `internal error: ${reason}`, zh: `内部错误：${reason}` }),
  fixAndDryRun: { en: '--fix and --fix-dry-run exclude each other', zh: '--fix 与 --fix-dry-run 不能同时使用' },
  fixStdin: { en: '--fix writes fixes into files; for standard input use --fix-dry-run --format json (its "output" holds the fixed text)', zh: '--fix 会把修正写入文件；标准输入请用 --fix-dry-run --format json（其 "output" 为修正后的文本）' },
  fixMime: (file: string): LocalizedText => ({
    en: `cannot write fixes into ${file}: it is a MIME message, whose text is encoded; --fix-dry-run shows the fixes`,
    zh: `无法把修正写入 ${file}：它是 MIME 邮件，正文经过编码；可用 --fix-dry-run 查看修正`,
  }),
  fixEncoding: (file: string, encoding: string): LocalizedText => ({
    en: `cannot write fixes into ${file}: it is ${encoding} text, and --fix writes UTF-8 and UTF-16 only; convert it to UTF-8 first, or use --fix-dry-run`,
    zh: `无法把修正写入 ${file}：它是 ${encoding} 编码的文本，--fix 只写 UTF-8 和 UTF-16；请先转为 UTF-8，或使用 --fix-dry-run`,
  }),
  fixLabel: {
    applied: { en: 'fixed', zh: '已修正' },
    dryRun: { en: 'would fix', zh: '将修正' },
  },
  fixesWritten: (file: string, count: number): LocalizedText => ({
    en: `${file}: ${count} ${count === 1 ? 'fix' : 'fixes'} applied`,
    zh: `${file}：已应用 ${count} 处修正`,
  }),
  packRefused: (file: string, count: number): LocalizedText => ({
    en: `rule pack ${file} refused: ${count} ${count === 1 ? 'error' : 'errors'}`,
    zh: `规则包 ${file} 未被采用：共 ${count} 处错误`,
  }),
  packValid: (file: string, name: string, id: string, version: string): LocalizedText => ({
    en: `OK ${file}: ${name} (${id}@${version})`,
    zh: `通过 ${file}：${name}（${id}@${version}）`,
  }),
  packUsage: { en: 'use "pack validate FILE", "pack test FILE", "pack diff OLD NEW --on PATH" or "pack schema"', zh: '请使用 "pack validate 文件"、"pack test 文件"、"pack diff 旧包 新包 --on 路径" 或 "pack schema"' },
  packValidateUsage: { en: 'pack validate takes exactly one file', zh: 'pack validate 只接受一个文件' },
  packTestUsage: { en: 'pack test takes exactly one pack file', zh: 'pack test 只接受一个规则包文件' },
  packDiffUsage: { en: 'pack diff takes two pack files, OLD and NEW, and --on PATH for the mail to compare on', zh: 'pack diff 需要两个规则包文件（旧包、新包），并用 --on 路径 指定用于比较的邮件' },
  reportUsage: { en: 'report takes one or more paths: mbox files, Maildir folders, folders of .eml/.txt files', zh: 'report 需要一个或多个路径：mbox 文件、Maildir 文件夹或含 .eml/.txt 的文件夹' },
  badReportFormat: (format: string): LocalizedText => ({ en: `unknown format "${format}" (use json or html)`, zh: `未知的输出格式 "${format}"（可用 json 或 html）` }),
  badDiffFormat: (format: string): LocalizedText => ({ en: `unknown format "${format}" (use text, json or markdown)`, zh: `未知的输出格式 "${format}"（可用 text、json 或 markdown）` }),
  badWorkers: (value: string): LocalizedText => ({ en: `--workers must be a whole number from 1 to 64, got "${value}"`, zh: `--workers 须为 1 到 64 的整数，而不是 "${value}"` }),
  cannotWrite: (file: string, reason: string): LocalizedText => ({ en: `cannot write ${file}: ${reason}`, zh: `无法写入 ${file}：${reason}` }),
  packTest: {
    missing: { en: 'expected a finding, none reported', zh: '应当报告问题，但没有报告' },
    unexpected: { en: 'reported, but must not be:', zh: '报告了问题，但不应报告：' },
    legend: { en: '- a rule in mustReport that reported nothing   + a rule in mustNotReport that reported', zh: '- mustReport 中的规则没有报告   + mustNotReport 中的规则报告了问题' },
    allPassed: (file: string, count: number): LocalizedText => ({ en: `✔ ${file}: all ${count} ${count === 1 ? 'test' : 'tests'} passed`, zh: `✔ ${file}：${count} 个测试全部通过` }),
    someFailed: (file: string, failed: number, count: number): LocalizedText => ({ en: `✖ ${file}: ${failed} of ${count} ${count === 1 ? 'test' : 'tests'} failed`, zh: `✖ ${file}：${count} 个测试中有 ${failed} 个未通过` }),
    noTests: (file: string): LocalizedText => ({
      en: `${file} has no tests: add a "tests" array of example mails with the rules that must and must not report on them`,
      zh: `${file} 没有测试：请添加 "tests" 数组，写明示例邮件以及必须报告和不得报告的规则`,
    }),
  },
  packDiff: {
    heading: (diff: { old: { file: string; id: string; version: string }; new: { file: string; id: string; version: string }; mails: number }): LocalizedText => ({
      en: `Pack diff ${diff.old.file} (${diff.old.id}@${diff.old.version}) → ${diff.new.file} (${diff.new.id}@${diff.new.version}) on ${diff.mails} ${diff.mails === 1 ? 'mail' : 'mails'}`,
      zh: `规则包对比 ${diff.old.file}（${diff.old.id}@${diff.old.version}）→ ${diff.new.file}（${diff.new.id}@${diff.new.version}），共 ${diff.mails} 封邮件`,
    }),
    rule: { en: 'Rule', zh: '规则' },
    appeared: { en: 'Appear', zh: '新出现' },
    disappeared: { en: 'Disappear', zh: '消失' },
    skipped: { en: 'skipped', zh: '已跳过' },
    changed: (diff: { rules: readonly { appeared: { count: number }; disappeared: { count: number } }[] }): LocalizedText => {
      const appeared = diff.rules.reduce((sum, rule) => sum + rule.appeared.count, 0);
      const disappeared = diff.rules.reduce((sum, rule) => sum + rule.disappeared.count, 0);
      return { en: `Changed: ${appeared} findings appear, ${disappeared} disappear.`, zh: `有变化：新出现 ${appeared} 个问题，消失 ${disappeared} 个。` };
    },
    unchanged: (mails: number): LocalizedText => ({ en: `No change: both packs report the same on ${mails} ${mails === 1 ? 'mail' : 'mails'}.`, zh: `无变化：两个规则包在 ${mails} 封邮件上的结果相同。` }),
  },
  report: {
    malformed: (location: string, reason: string): LocalizedText => ({ en: `${location}: skipped: ${reason}`, zh: `${location}：已跳过：${reason}` }),
    done: (mails: number, malformed: number, file: string): LocalizedText => ({
      en: `Report of ${mails} ${mails === 1 ? 'mail' : 'mails'} (${malformed} malformed skipped) written to ${file}`,
      zh: `已为 ${mails} 封邮件生成报告（跳过 ${malformed} 封无法读取的邮件），写入 ${file}`,
    }),
    progress: { en: 'Reading mail [{bar}] {percentage}% | {mails} mails | {problems} skipped | ETA {eta_formatted}', zh: '读取邮件 [{bar}] {percentage}% | {mails} 封 | 跳过 {problems} | 剩余 {eta_formatted}' },
  },
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
