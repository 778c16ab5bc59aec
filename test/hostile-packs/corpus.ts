/**
 * Hostile and odd rule packs: each is refused with an error located at a JSON path (or at a line
 * and column of the text), or accepted on purpose, for a stated reason. They are generated here
 * rather than stored, so that packs of hundreds of kilobytes cost nothing in the repository;
 * `hostile-packs.test.ts` runs every one through the pack reader, the CLI and the managed policy.
 */

export type HostileExpectation =
  /** `path` is the JSON path of one of the errors; `message` what it says. */
  | { refused: { path: string | RegExp; message: RegExp } }
  | { accepted: string };

export interface HostilePack {
  name: string;
  text: string;
  expect: HostileExpectation;
}

const base = { schema: 1, id: 'hostile', name: 'Hostile pack', version: '1.0.0', description: 'A pack built to break the reader.' };

/** A pack with `extra` merged over a valid minimal one, as JSON text. */
function pack(extra: Record<string, unknown>): string {
  return JSON.stringify({ ...base, ...extra });
}

function phrase(value: string, replacement = 'please'): string {
  return pack({ phrases: { forbidden: [{ phrase: value, replacement }] } });
}

const refused = (path: string | RegExp, message: RegExp): HostileExpectation => ({ refused: { path, message } });
const accepted = (why: string): HostileExpectation => ({ accepted: why });

const EXAMPLE = JSON.stringify(
  {
    ...base,
    extends: 'default',
    rules: { 'line-length': ['warning', { max: 38 }], informal: 'off' },
    phrases: { forbidden: [{ phrase: 'per our policy', replacement: 'under our terms', language: 'en' }], acronyms: ['ACME'] },
    locked: ['angry-tone'],
    guard: { cooldownSeconds: 90, allowSendAnyway: true },
  },
  null,
  2,
);

const syntax: HostilePack[] = [
  { name: 'empty file', text: '', expect: refused('$', /line 1, column 1: expected a value, found end of input/) },
  { name: 'only whitespace', text: ' \n\t\r\n ', expect: refused('$', /line 3, column 2: expected a value/) },
  { name: 'only a byte order mark', text: '\uFEFF', expect: refused('$', /expected a value, found end of input/) },
  { name: 'trailing comma', text: '{"schema": 1,}', expect: refused('$', /trailing comma/) },
  { name: 'missing comma between keys', text: '{"schema": 1 "id": "x"}', expect: refused('$', /line 1, column 14: expected "," or "}"/) },
  { name: 'unquoted key', text: '{schema: 1}', expect: refused('$', /property name in double quotes/) },
  { name: 'single quotes', text: "{'schema': 1}", expect: refused('$', /property name in double quotes/) },
  { name: 'a // comment', text: '// my pack\n{}', expect: refused('$', /line 1, column 1: expected a value, found "\/"/) },
  { name: 'a /* */ comment inside', text: '{"schema": 1, /* x */ "id": "a"}', expect: refused('$', /column 15: expected a property name/) },
  { name: 'NaN', text: '{"guard": {"cooldownSeconds": NaN}}', expect: refused('$.guard.cooldownSeconds', /expected a value, found "N"/) },
  { name: 'Infinity', text: '{"guard": {"cooldownSeconds": Infinity}}', expect: refused('$.guard.cooldownSeconds', /expected a value, found "I"/) },
  { name: 'leading zero', text: '{"guard": {"cooldownSeconds": 060}}', expect: refused('$.guard', /expected "," or "}", found "6"/) },
  { name: 'hex number', text: '{"guard": {"cooldownSeconds": 0x3c}}', expect: refused('$.guard', /found "x"/) },
  { name: 'plus sign', text: '{"guard": {"cooldownSeconds": +60}}', expect: refused('$.guard.cooldownSeconds', /expected a value, found "\+"/) },
  { name: 'unterminated string', text: '{"name": "ACME', expect: refused('$.name', /unterminated string/) },
  { name: 'raw line break in a string', text: '{"name": "AC\nME"}', expect: refused('$.name', /line 1, column 13: unterminated string/) },
  { name: 'raw tab in a string', text: '{"name": "AC\tME"}', expect: refused('$.name', /control character in string/) },
  { name: 'raw escape character in a string', text: '{"name": "\u001b[2J"}', expect: refused('$.name', /control character in string/) },
  { name: 'bad escape', text: '{"name": "\\q"}', expect: refused('$.name', /bad escape "q"/) },
  { name: 'short \\u escape', text: '{"name": "\\u12"}', expect: refused('$.name', /four hex digits/) },
  { name: 'stray closing brace', text: '}', expect: refused('$', /expected a value, found "}"/) },
  { name: 'two values', text: `${pack({})} ${pack({})}`, expect: refused('$', /after the end of the JSON value/) },
  { name: 'a JavaScript object, not JSON', text: 'module.exports = {}', expect: refused('$', /expected a value, found "m"/) },
  { name: 'an HTML login page', text: '<!doctype html><title>Sign in</title>', expect: refused('$', /expected a value, found "<"/) },
  { name: 'YAML', text: 'schema: 1\nid: acme\n', expect: refused('$', /expected a value, found "s"/) },
  ...[0.1, 0.3, 0.5, 0.7, 0.9, 0.99].map((fraction) => {
    const cut = Math.floor(EXAMPLE.length * fraction);
    return { name: `the example pack cut off at ${Math.round(fraction * 100)}%`, text: EXAMPLE.slice(0, cut), expect: refused(/^\$/, /^not valid JSON at line \d+, column \d+: /) };
  }),
];

const limits: HostilePack[] = [
  {
    name: '150,000 non-string allow items (overflowed the schema library before)',
    text: pack({ rules: { shouting: ['warning', { allow: Array.from({ length: 150_000 }, () => 0) }] } }),
    expect: refused('$.rules.shouting[1].allow', /must have at most 2000 items, got 150000/),
  },
  {
    name: '100,000 acronyms',
    text: pack({ phrases: { acronyms: Array.from({ length: 100_000 }, (_, index) => `A${index}`) } }),
    expect: refused('$', /bytes; a pack may have at most 524,288/),
  },
  {
    name: '2,001 forbidden phrases',
    text: pack({ phrases: { forbidden: Array.from({ length: 2001 }, (_, index) => ({ phrase: `p${index}` })) } }),
    expect: refused('$.phrases.forbidden', /must have at most 2000 items, got 2001/),
  },
  { name: '2,000 forbidden phrases', text: pack({ phrases: { forbidden: Array.from({ length: 2000 }, (_, index) => ({ phrase: `phrase ${index}` })) } }), expect: accepted('exactly at the list limit') },
  { name: 'a 100,000-character name', text: pack({ name: 'N'.repeat(100_000) }), expect: refused('$.name', /must have at most 2000 characters, got 100000/) },
  { name: 'a 2,001-character description', text: pack({ description: 'd'.repeat(2001) }), expect: refused('$.description', /at most 2000 characters/) },
  { name: 'a 2,000-character description', text: pack({ description: '说'.repeat(2000) }), expect: accepted('exactly at the string limit, in Chinese') },
  { name: 'a 201-character phrase', text: phrase('x'.repeat(201)), expect: refused('$.phrases.forbidden[0].phrase', /at most 200 characters/) },
  { name: 'a 5,000-character key', text: `{"${'k'.repeat(5000)}": 1}`, expect: refused(`$.${'k'.repeat(5000)}`, /the key must have at most 2000 characters/) },
  { name: '300 unknown keys', text: pack(Object.fromEntries(Array.from({ length: 300 }, (_, index) => [`key${index}`, index]))), expect: refused('$', /must have at most 200 keys, got 305/) },
  { name: '30 unknown keys: errors listed up to the bound, the rest counted', text: pack(Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`key${index}`, index]))), expect: refused('$', /^and 10 more errors/) },
  { name: 'arrays nested 17 deep in an option', text: pack({ rules: { shouting: ['warning', { allow: JSON.parse('['.repeat(14) + ']'.repeat(14)) }] } }), expect: refused(/^\$\.rules\.shouting\[1\]\.allow(\[0\])+$/, /nested deeper than 16 levels/) },
  { name: '200,000 nested arrays', text: '['.repeat(200_000) + ']'.repeat(200_000), expect: refused(/^\$(\[0\]){16}$/, /line 1, column 17: nested deeper than 16 levels/) },
  { name: '100,000 nested objects', text: '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), expect: refused('$', /bytes; a pack may have at most/) },
  { name: '10,000 nested arrays (under the byte cap)', text: '['.repeat(10_000) + ']'.repeat(10_000), expect: refused(/^\$(\[0\]){16}$/, /nested deeper than 16 levels/) },
  { name: '1 MB of spaces around a valid pack', text: ' '.repeat(1024 * 1024) + pack({}), expect: refused('$', /bytes; a pack may have at most 524,288/) },
  { name: '600 KB description (bytes over the cap)', text: pack({ description: 'x'.repeat(600_000) }), expect: refused('$', /the pack is 6\d\d,\d{3} bytes/) },
  { name: '200,000 Chinese characters (600 KB in UTF-8, 200 K in UTF-16)', text: pack({ description: '字'.repeat(200_000) }), expect: refused('$', /the pack is 600,\d{3} bytes/) },
];

const numbers: HostilePack[] = [
  { name: '1e309 cooldown', text: '{"guard": {"cooldownSeconds": 1e309}}', expect: refused('$.guard.cooldownSeconds', /the number 1e309 is out of range/) },
  { name: '-1e309 cooldown', text: '{"guard": {"cooldownSeconds": -1e309}}', expect: refused('$.guard.cooldownSeconds', /the number -1e309 is out of range/) },
  { name: '1e-400 cooldown (rounds to 0)', text: pack({}).replace(/}$/, ', "guard": {"cooldownSeconds": 1e-400}}'), expect: refused('$.guard.cooldownSeconds', /must be at least 5, got 0/) },
  { name: 'a fractional cooldown', text: pack({ guard: { cooldownSeconds: 7.5 } }), expect: refused('$.guard.cooldownSeconds', /expected an integer, got 7.5/) },
  { name: 'an option of 1e20', text: pack({ rules: { 'line-length': ['warning', { max: 1e20 }] } }), expect: refused('$.rules["line-length"][1].max', /must be at most 200, got 100000000000000000000/) },
  { name: 'a negative option', text: pack({ rules: { 'line-length': ['warning', { max: -5 }] } }), expect: refused('$.rules["line-length"][1].max', /must be at least/) },
  { name: 'a number as a string', text: pack({ rules: { 'line-length': ['warning', { max: '40' }] } }), expect: refused('$.rules["line-length"][1].max', /expected number, got "40"/) },
  { name: 'anger weight above 1', text: pack({ phrases: { anger: { add: [{ term: 'idiot', weight: 2 }] } } }), expect: refused('$.phrases.anger.add[0].weight', /must be at most 1, got 2/) },
  { name: 'a 400-digit integer', text: pack({}).replace(/}$/, `, "guard": {"cooldownSeconds": ${'9'.repeat(400)}}}`), expect: refused('$.guard.cooldownSeconds', /is out of range/) },
  { name: 'schema version 1.0 (a float equal to 1)', text: pack({}).replace('"schema":1', '"schema":1.0'), expect: accepted('1.0 is the number 1 in JSON') },
  { name: 'cooldown 6e1', text: pack({}).replace(/}$/, ', "guard": {"cooldownSeconds": 6e1}}'), expect: accepted('6e1 is the integer 60 in JSON') },
];

const duplicates: HostilePack[] = [
  { name: 'the id twice', text: '{"schema":1,"id":"good","name":"n","version":"1.0.0","description":"","id":"evil"}', expect: refused('$.id', /duplicate key "id"/) },
  { name: 'a rule twice', text: pack({}).replace(/}$/, ', "rules": {"informal": "off", "informal": "error"}}'), expect: refused('$.rules.informal', /duplicate key "informal"/) },
  { name: 'an option twice', text: pack({}).replace(/}$/, ', "rules": {"line-length": ["warning", {"max": 40, "max": 200}]}}'), expect: refused('$.rules["line-length"][1].max', /duplicate key "max"/) },
  { name: 'allowSendAnyway twice (true after false)', text: pack({}).replace(/}$/, ', "guard": {"allowSendAnyway": false, "allowSendAnyway": true}}'), expect: refused('$.guard.allowSendAnyway', /duplicate key/) },
  { name: 'a key twice, once escaped', text: '{"schema":1,"schem\\u0061":1}', expect: refused('$.schema', /duplicate key "schema"/) },
  { name: 'a Chinese key twice', text: '{"名字":1,"名字":2}', expect: refused('$["名字"]', /duplicate key "名字"/) },
  { name: 'the same phrase twice in different case', text: pack({ phrases: { forbidden: [{ phrase: 'Calm down' }, { phrase: 'calm down ' }] } }), expect: refused('$.phrases.forbidden[1]', /duplicate phrase "calm down " \(already at index 0\)/) },
  { name: 'a rule locked twice', text: pack({ locked: ['shouting', 'shouting'] }), expect: refused('$.locked[1]', /duplicate rule id/) },
];

const unicode: HostilePack[] = [
  { name: 'a lone high surrogate phrase (half an emoji)', text: phrase('\ud83d'), expect: refused('$.phrases.forbidden[0].phrase', /not well-formed Unicode/) },
  { name: 'a lone low surrogate phrase', text: phrase('\ude21'), expect: refused('$.phrases.forbidden[0].phrase', /not well-formed Unicode/) },
  { name: 'a lone surrogate written as an escape', text: pack({}).replace(/}$/, ', "phrases": {"forbidden": [{"phrase": "ok\\ud83d"}]}}'), expect: refused('$.phrases.forbidden[0].phrase', /not well-formed Unicode/) },
  { name: 'a surrogate pair in the wrong order', text: phrase('\ude00\ud83d'), expect: refused('$.phrases.forbidden[0].phrase', /not well-formed Unicode/) },
  { name: 'a lone surrogate in the replacement', text: phrase('calm down', 'x\ud83d'), expect: refused('$.phrases.forbidden[0].replacement', /not well-formed Unicode/) },
  { name: 'a lone surrogate in the name', text: pack({ name: 'ACME \udfff' }), expect: refused('$.name', /not well-formed Unicode/) },
  { name: 'a lone surrogate in a key', text: pack({ 'x\ud800': 1 }), expect: refused('$["x\\ud800"]', /the key is not well-formed Unicode/) },
  { name: 'a phrase of a zero-width joiner', text: phrase('\u200d'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of zero-width spaces', text: phrase('\u200b\u200b'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of a combining acute accent', text: phrase('\u0301'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of a variation selector', text: phrase('\ufe0f'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of a Hangul filler', text: phrase('\u3164'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of a byte order mark', text: phrase('\ufeff'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of ideographic spaces', text: phrase('\u3000\u3000'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of a soft hyphen', text: phrase('\u00ad'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase of an emoji tag sequence alone', text: phrase('\u{e0067}\u{e0062}'), expect: refused('$.phrases.forbidden[0].phrase', /visible character/) },
  { name: 'a phrase starting with a combining mark', text: phrase('\u0301bc'), expect: refused('$.phrases.forbidden[0].phrase', /must not start with a combining mark/) },
  { name: 'a phrase starting with a zero-width joiner', text: phrase('\u200d👩'), expect: refused('$.phrases.forbidden[0].phrase', /must not start with a combining mark or a zero-width joiner/) },
  { name: 'an anger term of a zero-width space', text: pack({ phrases: { anger: { add: [{ term: '\u200b' }] } } }), expect: refused('$.phrases.anger.add[0].term', /visible character/) },
  { name: 'an ignored anger term of a combining mark', text: pack({ phrases: { anger: { ignore: ['\u0308'] } } }), expect: refused('$.phrases.anger.ignore[0]', /visible character/) },
  { name: 'an acronym of a zero-width space', text: pack({ phrases: { acronyms: ['\u200b'] } }), expect: refused('$.phrases.acronyms[0]', /visible character/) },
  { name: 'an emoji phrase', text: phrase('😡', '🙂'), expect: accepted('a whole emoji is a visible character') },
  { name: 'a ZWJ family emoji phrase', text: phrase('👨‍👩‍👧'), expect: accepted('joiners inside a visible sequence are part of it') },
  { name: 'a flag emoji phrase', text: phrase('🇨🇳'), expect: accepted('regional indicator pairs are visible') },
  { name: 'a decomposed accent (e + combining acute)', text: phrase('cafe\u0301 au lait'), expect: accepted('a combining mark after its base letter is ordinary text') },
  { name: 'a Simplified Chinese phrase', text: phrase('你找谁', '请问您找哪位'), expect: accepted('ordinary Chinese') },
  { name: 'a Traditional Chinese phrase', text: phrase('不歸我管', '我幫您轉給負責的同事'), expect: accepted('ordinary Traditional Chinese') },
  { name: 'an Arabic (right-to-left) phrase', text: phrase('شكرا', 'شكرا جزيلا'), expect: accepted('right-to-left text is text; only direction overrides are refused') },
  { name: 'a phrase with a non-breaking space inside', text: phrase('calm\u00a0down'), expect: accepted('a visible phrase may contain any space') },
  { name: 'a phrase with a supplementary CJK character', text: phrase('𠮷野家'), expect: accepted('a well-formed surrogate pair') },
];

const controls: HostilePack[] = [
  { name: 'an ANSI clear-screen in the name', text: pack({ name: '\u001b[2J\u001b[HACME' }), expect: refused('$.name', /must not contain control characters/) },
  { name: 'a C1 control (CSI) in the name', text: pack({ name: '\u009b2JACME' }), expect: refused('$.name', /must not contain control characters/) },
  { name: 'a right-to-left override in the name', text: pack({ name: 'ACME \u202egnp.exe' }), expect: refused('$.name', /direction overrides/) },
  { name: 'a bell in the description', text: pack({ description: 'ding\u0007' }), expect: refused('$.description', /control characters other than line breaks/) },
  { name: 'a direction isolate in the description', text: pack({ description: 'a\u2066b' }), expect: refused('$.description', /direction overrides/) },
  { name: 'line breaks and tabs in the description', text: pack({ description: 'Line one\n\tLine two' }), expect: accepted('a description may have several lines') },
  { name: 'an escape code in a replacement', text: phrase('calm down', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007'), expect: refused('$.phrases.forbidden[0].replacement', /must not contain control characters/) },
  { name: 'a line break in a replacement', text: phrase('calm down', 'please\nwait'), expect: refused('$.phrases.forbidden[0].replacement', /must not contain control characters/) },
  { name: 'a direction override in a replacement', text: phrase('refund', 'refund \u202e0001$'), expect: refused('$.phrases.forbidden[0].replacement', /direction overrides/) },
  { name: 'a NUL in a phrase', text: phrase('calm\u0000down'), expect: refused('$.phrases.forbidden[0].phrase', /must not contain control characters/) },
  { name: 'an escape code in a reason', text: pack({ phrases: { forbidden: [{ phrase: 'x y', reason: { en: '\u001b[31mred', zh: '红' } }] } }), expect: refused('$.phrases.forbidden[0].reason.en', /control characters/) },
];

const shapes: HostilePack[] = [
  { name: 'an array', text: '[]', expect: refused('$', /expected object, got an array/) },
  { name: 'a string', text: '"pack"', expect: refused('$', /expected object, got "pack"/) },
  { name: 'null', text: 'null', expect: refused('$', /expected object, got null/) },
  { name: 'a number', text: '42', expect: refused('$', /expected object, got 42/) },
  { name: 'an empty object', text: '{}', expect: refused('$.id', /required string is missing/) },
  { name: 'schema as a string', text: pack({ schema: '1' }), expect: refused('$.schema', /expected 1, got "1"/) },
  { name: 'a future schema version', text: pack({ schema: 2 }), expect: refused('$.schema', /expected 1, got 2/) },
  { name: 'an upper-case id', text: pack({ id: 'ACME' }), expect: refused('$.id', /slug/) },
  { name: 'an id with a path', text: pack({ id: '../../etc/passwd' }), expect: refused('$.id', /slug/) },
  { name: 'a two-part version', text: pack({ version: '1.0' }), expect: refused('$.version', /semantic version/) },
  { name: 'an empty name', text: pack({ name: '' }), expect: refused('$.name', /must not be empty/) },
  { name: 'rules as an array', text: pack({ rules: ['informal'] }), expect: refused('$.rules', /expected object, got an array/) },
  { name: 'an unknown rule', text: pack({ rules: { 'no-such-rule': 'error' } }), expect: refused('$.rules["no-such-rule"]', /unknown rule id/) },
  { name: 'a severity in capitals', text: pack({ rules: { informal: 'ERROR' } }), expect: refused('$.rules.informal', /expected one of "off", "error"/) },
  { name: 'a three-element rule setting', text: pack({ rules: { informal: ['error', {}, {}] } }), expect: refused('$.rules.informal', /items|expected/) },
  { name: 'an unknown option', text: pack({ rules: { 'line-length': ['warning', { maximum: 40 }] } }), expect: refused('$.rules["line-length"][1].maximum', /unknown option "maximum"/) },
  { name: 'a pattern where a phrase belongs is literal text', text: phrase('(a+)+$'), expect: accepted('packs hold literal phrases only; regular-expression syntax is matched as written, never compiled') },
  { name: 'locking an unknown rule', text: pack({ locked: ['everything'] }), expect: refused('$.locked[0]', /unknown rule id "everything"/) },
  { name: 'a cooldown below the minimum', text: pack({ guard: { cooldownSeconds: 0 } }), expect: refused('$.guard.cooldownSeconds', /must be at least 5/) },
  { name: 'allowSendAnyway as a string', text: pack({ guard: { allowSendAnyway: 'false' } }), expect: refused('$.guard.allowSendAnyway', /expected boolean, got "false"/) },
  { name: 'extends an unknown pack', text: pack({ extends: 'https://evil.example/pack.json' }), expect: refused('$.extends', /expected/) },
  { name: 'a top-level __proto__ key', text: '{"__proto__": {"locked": []}, "schema": 1, "id": "a", "name": "a", "version": "1.0.0", "description": ""}', expect: refused('$.__proto__', /unknown key "__proto__"/) },
  { name: 'a __proto__ rule', text: pack({}).replace(/}$/, ', "rules": {"__proto__": "off"}}'), expect: refused('$.rules.__proto__', /unknown rule id "__proto__"/) },
  { name: 'a constructor option', text: pack({ rules: { 'line-length': ['warning', { constructor: 1 }] } }), expect: refused('$.rules["line-length"][1].constructor', /unknown option "constructor"/) },
  { name: 'a phrase as a number', text: pack({ phrases: { forbidden: [{ phrase: 42 }] } }), expect: refused('$.phrases.forbidden[0].phrase', /expected string, got 42/) },
  { name: 'forbidden as an object', text: pack({ phrases: { forbidden: { phrase: 'x' } } }), expect: refused('$.phrases.forbidden', /expected array, got an object/) },
  { name: 'a language that does not exist', text: pack({ phrases: { forbidden: [{ phrase: 'x y', language: 'fr' }] } }), expect: refused('$.phrases.forbidden[0].language', /expected one of "zh", "en", got "fr"/) },
  { name: 'an acronym with a space', text: pack({ phrases: { acronyms: ['AC ME'] } }), expect: refused('$.phrases.acronyms[0]', /one word without spaces/) },
  { name: 'the example pack', text: EXAMPLE, expect: accepted('a well-formed pack') },
  { name: 'the example pack with a byte order mark and CRLF line ends', text: `\uFEFF${EXAMPLE.replace(/\n/g, '\r\n')}`, expect: accepted('editors on Windows write packs like this') },
  { name: 'a pack that turns every rule off', text: pack({ rules: { informal: 'off', shouting: 'off', 'line-length': 'off' } }), expect: accepted('turning rules off is what packs are for; locks of a higher layer still hold') },
];

export const hostilePacks: readonly HostilePack[] = [...syntax, ...limits, ...numbers, ...duplicates, ...unicode, ...controls, ...shapes];
