import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the content script, checked: data flows DOM → adapter → Draft → engine →
 * findings → ui, and a fix flows back through the adapter only.
 * - The engine (core, rules, tone) and the lint state compile without the DOM library and
 *   without Node's types: they cannot touch a document, a window or a browser API.
 * - They import nothing from the layers around them (adapters, dom, ui, extension, entrypoints).
 * - The UI imports no rule logic: it shows the findings and verdicts it is given.
 * - The content entrypoints stay wiring: small, and they neither read the DOM's text nor write
 *   fixes themselves (that is src/adapters and src/dom's business).
 */

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PURE_LAYERS = ['src/core', 'src/rules', 'src/tone', 'src/state'];
/**
 * Globals every JavaScript runtime the engine runs in has (browsers, Node, workers): they are
 * language-level services, not the DOM or a browser API.
 */
const RUNTIME_GLOBALS_FILE = path.join(ROOT, '__runtime-globals__.d.ts');
const RUNTIME_GLOBALS = `
  declare function structuredClone<T>(value: T): T;
  declare class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer): string;
  }
`;
const IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/gm;

function sourceFiles(directory: string): string[] {
  const absolute = path.join(ROOT, directory);
  return readdirSync(absolute).flatMap((name) => {
    const file = path.join(absolute, name);
    if (statSync(file).isDirectory()) return sourceFiles(path.relative(ROOT, file));
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !file.includes(`${path.sep}testing${path.sep}`) ? [file] : [];
  });
}

/** Every relative import of a file, as a path from the repository root. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, specifier]) =>
    specifier!.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), specifier!)) : specifier!,
  );
}

describe('layer boundaries', () => {
  it('core, rules, tone and the lint state compile without the DOM and without Node', () => {
    const files = PURE_LAYERS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(20);
    const options: ts.CompilerOptions = {
      lib: ['lib.esnext.d.ts'],
      types: [],
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.Preserve,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      strict: true,
      skipLibCheck: true,
    };
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    host.getSourceFile = (name, language, ...rest) =>
      name === RUNTIME_GLOBALS_FILE ? ts.createSourceFile(name, RUNTIME_GLOBALS, language) : getSourceFile(name, language, ...rest);
    host.fileExists = (name) => name === RUNTIME_GLOBALS_FILE || fileExists(name);
    const program = ts.createProgram([...files, RUNTIME_GLOBALS_FILE], options, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => `${diagnostic.file ? path.relative(ROOT, diagnostic.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('core, rules, tone and the lint state import nothing from the layers around them', () => {
    const outward = PURE_LAYERS.flatMap(sourceFiles).flatMap((file) =>
      importsOf(file)
        .filter((target) => !PURE_LAYERS.some((layer) => target.startsWith(`${layer}/`)))
        .map((target) => `${path.relative(ROOT, file)} → ${target}`),
    );
    expect(outward).toEqual([]);
  });

  it('the UI imports no rule logic', () => {
    const ruleLogic = sourceFiles('src/ui').flatMap((file) =>
      importsOf(file)
        .filter((target) => /^src\/(rules|tone)\//.test(target) || target === 'src/core/engine.ts' || target === 'src/core/draft.ts')
        .map((target) => `${path.relative(ROOT, file)} → ${target}`),
    );
    expect(ruleLogic).toEqual([]);
  });

  it('the content entrypoints are wiring: small, reading and writing the draft only through the adapters', () => {
    const files = sourceFiles('entrypoints/content');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      // Lines of code, comments and blank lines aside. session.ts had 469 doing everything; the wiring left is well under.
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(?:$|\/\/|\/\*|\*)/.test(line)).length;
      expect(code, path.relative(ROOT, file)).toBeLessThanOrEqual(280);
      const reachesPast = importsOf(file).filter((target) => /^src\/(dom\/(text-map|edit)|rules\/(?!index)|tone\/)/.test(target));
      expect(reachesPast, path.relative(ROOT, file)).toEqual([]);
      expect(readFileSync(file, 'utf8'), path.relative(ROOT, file)).not.toMatch(/\.innerHTML|\.textContent\s*=|execCommand|buildTextMap/);
    }
  });
});
