// The real-editor matrix: one small descriptor per editor page (demo/editors/), and the checks
// every editor must pass, written once against a minimal browser driver so Chromium (Playwright)
// and Firefox ESR (puppeteer-core) run the very same code.
import { expect } from 'vitest';
import { QUOTED_LINES, SIGNATURE_LINES } from '../../../demo/editors/host.ts';
import { applyEditsToText } from '../../../src/core/edits.ts';
import { createLinter } from '../../../src/core/engine.ts';
import type { Draft, Finding } from '../../../src/core/types.ts';
import { mergeEdits } from '../../../src/dom/edit.ts';
import { builtinRules } from '../../../src/rules/index.ts';

export interface EditorUnderTest {
  /** The page id in demo/editors/catalog.ts. */
  readonly id: string;
  /** The element the agent types into. */
  readonly editable: string;
  /** The same-origin iframe the editable lives in (TinyMCE's classic mode). */
  readonly frame?: string;
  /** Also run in Firefox ESR. */
  readonly firefox: boolean;
  /** The editor's redo chord where Ctrl+Shift+Z is not it. */
  readonly redo?: string;
}

export const EDITORS: readonly EditorUnderTest[] = [
  { id: 'roosterjs', editable: '#editor [contenteditable="true"]', firefox: true, redo: 'Control+y' },
  { id: 'ckeditor5', editable: '.ck-editor__editable', firefox: true },
  { id: 'tinymce', editable: 'body', frame: '#editor iframe', firefox: false },
  { id: 'tiptap', editable: '.ProseMirror', firefox: true },
  { id: 'quill', editable: '.ql-editor', firefox: true },
  { id: 'lexical', editable: '#editor [contenteditable="true"]', firefox: true },
  { id: 'summernote', editable: '.note-editable', firefox: true, redo: 'Control+y' },
  { id: 'squire', editable: '#editor [contenteditable="true"]', firefox: true },
  { id: 'trix', editable: 'trix-editor', firefox: false },
  { id: 'draftjs', editable: '.public-DraftEditor-content', firefox: true },
  { id: 'textarea', editable: 'textarea', firefox: true },
];

/** What the checks need from a browser page, so Playwright and puppeteer can both drive them. */
export interface Driver {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Types text key by key, as a person does. */
  type(text: string): Promise<void>;
  /** A key or chord in Playwright's notation: "Enter", "Control+z". */
  press(chord: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  /** An IME composition: CDP in Chromium, the text input processor in Firefox. */
  ime?: { setComposition(text: string): Promise<void>; commit(text: string): Promise<void> };
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

type Point = { x: number; y: number };

/** An underlined text and its boxes; an overlay's mark also says where its text starts in the field, since the same words may stand twice ("!!" in "!!!"). */
interface Underline {
  text: string;
  rects: Rect[];
  at?: number;
}

/** What the page-side probe answers. */
interface Probe {
  ready(): boolean;
  lastDraft(): string | null;
  draftCount(): number;
  draftsSince(index: number): string[];
  editorText(): string;
  focusStart(): void;
  panelItems(): { rule: string; text: string }[];
  centerOf(selector: string, host?: string): Point | null;
  panelItemAt(rule: string, snippet: string): Point | null;
  guardOpen(): boolean;
  outbox(): { subject: string; body: string }[];
  underlines(): Underline[];
  expectedRects(text: string, at?: number): Rect[] | null;
  caret(): { collapsed: boolean; before: string };
}

/** Installed once per page: finds the editor, reads Netiquette's UI and the drafts it linted. */
function installProbe(editor: EditorUnderTest): void {
  const drafts: string[] = [];
  // The e2e build reports the drafts it lints only to a page that asks (the copy costs).
  document.documentElement.dataset.netiquetteReportLints = '';
  document.addEventListener('netiquette:e2e-lint', (event) => drafts.push((event as CustomEvent<string>).detail));
  const editableDocument = () => (editor.frame ? document.querySelector<HTMLIFrameElement>(editor.frame)!.contentDocument! : document);
  const editable = () => editableDocument().querySelector<HTMLElement>(editor.editable)!;
  const panel = () => document.querySelector('netiquette-ui[data-part="panel"]')?.shadowRoot ?? null;
  const rectOf = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  /** The DOM range of the n-th occurrence of a text, found by walking text nodes (not through Netiquette). */
  const findRange = (text: string): Range | null => {
    const doc = editableDocument();
    const walker = doc.createTreeWalker(editable(), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.replace(/\u00a0/g, ' ').indexOf(text);
      if (at === -1) continue;
      const range = doc.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      return range;
    }
    return null;
  };
  const probe: Probe = {
    ready: () => document.documentElement.dataset.editorReady === 'true' && editable() != null,
    lastDraft: () => drafts[drafts.length - 1] ?? null,
    draftCount: () => drafts.length,
    draftsSince: (index: number) => drafts.slice(index),
    editorText: () => (window as unknown as { editorText(): string }).editorText(),
    focusStart: () => {
      const element = editable();
      element.focus();
      if (element instanceof HTMLTextAreaElement) element.setSelectionRange(0, 0);
    },
    /** Rule ids in the panel, and each item's text. */
    panelItems: () => [...(panel()?.querySelectorAll<HTMLElement>('li button[data-rule]') ?? [])].map((button) => ({ rule: button.dataset.rule ?? '', text: button.innerText })),
    centerOf: (selector: string, host = 'panel') => {
      const root = document.querySelector(`netiquette-ui[data-part="${host}"]`)?.shadowRoot;
      const element = root?.querySelector(selector);
      if (!element) return null;
      const r = element.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    /** The panel item of a rule whose text includes a snippet, as a point to click. */
    panelItemAt: (rule: string, snippet: string) => {
      const button = [...(panel()?.querySelectorAll<HTMLElement>(`li button[data-rule="${rule}"]`) ?? [])].find((candidate) => candidate.innerText.includes(snippet));
      if (!button) return null;
      button.scrollIntoView({ block: 'nearest' });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    guardOpen: () => document.querySelector('netiquette-ui[data-part="guard"]')?.shadowRoot?.querySelector('[role="alertdialog"]') != null,
    outbox: () => [...document.querySelectorAll<HTMLElement>('#outbox li')].map((item) => ({ subject: item.dataset.subject ?? '', body: item.dataset.body ?? '' })),
    /** Underlined texts with their boxes: CSS highlights in the editor's document, or the overlay's marks. */
    underlines: () => {
      const doc = editableDocument();
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      const found: Underline[] = [];
      for (const [name, highlight] of view?.CSS.highlights ?? []) {
        if (!name.startsWith('netiquette') || name.endsWith('active')) continue;
        for (const range of highlight as unknown as Iterable<Range>) found.push({ text: range.toString(), rects: [...range.getClientRects()].map(rectOf) });
      }
      for (const host of document.querySelectorAll('netiquette-ui[data-part="overlay"][data-field="body"]')) {
        const mirror = host.shadowRoot?.querySelector('.mirror');
        for (const mark of host.shadowRoot?.querySelectorAll('.mark') ?? []) {
          const before = document.createRange();
          if (mirror) {
            before.setStart(mirror, 0);
            before.setEndBefore(mark);
          }
          found.push({ text: mark.textContent ?? '', rects: [...mark.getClientRects()].map(rectOf), at: mirror ? before.toString().length : undefined });
        }
      }
      return found;
    },
    /** Where a text is drawn, measured independently of Netiquette. */
    expectedRects: (text: string, at?: number): Rect[] | null => {
      const element = editable();
      if (!(element instanceof HTMLTextAreaElement)) {
        const range = findRange(text);
        return range ? [...range.getClientRects()].map(rectOf) : null;
      }
      // A textarea has no text nodes: lay the same text out in a clone that copies its box and font.
      if (at === undefined) at = element.value.indexOf(text);
      if (at === -1 || element.value.slice(at, at + text.length) !== text) return null;
      const clone = document.createElement('div');
      const style = getComputedStyle(element);
      for (const property of ['font', 'letterSpacing', 'padding', 'border', 'boxSizing', 'width', 'lineHeight', 'tabSize'] as const) {
        clone.style[property] = style[property];
      }
      clone.style.whiteSpace = 'pre-wrap';
      clone.style.overflowWrap = 'break-word';
      clone.style.position = 'absolute';
      const box = element.getBoundingClientRect();
      clone.style.left = `${box.left + scrollX}px`;
      clone.style.top = `${box.top + scrollY - element.scrollTop}px`;
      clone.style.visibility = 'hidden';
      // A scroll bar narrows the text like this.
      clone.style.width = `${element.clientWidth + parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth)}px`;
      clone.append(element.value.slice(0, at));
      const mark = document.createElement('span');
      mark.textContent = text;
      clone.append(mark, element.value.slice(at + text.length) + '\n');
      document.body.append(clone);
      const rects = [...mark.getClientRects()].map(rectOf);
      clone.remove();
      return rects;
    },
    /** The text from the editor's start to the caret, and whether the selection is collapsed. */
    caret: () => {
      const element = editable();
      if (element instanceof HTMLTextAreaElement) {
        return { collapsed: element.selectionStart === element.selectionEnd, before: element.value.slice(0, element.selectionStart) };
      }
      const selection = editableDocument().getSelection();
      if (!selection || selection.rangeCount === 0) return { collapsed: false, before: '' };
      const range = editableDocument().createRange();
      range.setStart(element, 0);
      range.setEnd(selection.focusNode!, selection.focusOffset);
      return { collapsed: selection.isCollapsed, before: range.toString() };
    },
  };
  (window as unknown as { probe: typeof probe }).probe = probe;
}

/** Runs a probe method in the page. */
function ask<K extends keyof Probe>(driver: Driver, method: K, ...args: Parameters<Probe[K]>): Promise<ReturnType<Probe[K]>> {
  return driver.evaluate(
    ({ method, args }) => {
      const probe = (window as unknown as { probe: Record<string, (...a: unknown[]) => unknown> }).probe;
      return probe[method]!(...args) as ReturnType<Probe[K]>;
    },
    { method, args: args as unknown[] },
  );
}

const POLL = { timeout: 10_000, interval: 100 };
/** How often a panel item is clicked before a card of another rule counts as a failure, and how long a click waits for its own card before trying again. */
const CLICK_ATTEMPTS = 3;
const WRONG_CARD_MS = 2_000;

export class EditorSession {
  constructor(
    readonly driver: Driver,
    readonly editor: EditorUnderTest,
  ) {}

  async open(url: string): Promise<void> {
    await this.driver.goto(url);
    await this.driver.evaluate(installProbe, this.editor);
    await expect.poll(() => ask(this.driver, 'ready'), POLL).toBe(true);
    // Netiquette has read the page once: its panel is up.
    await expect.poll(async () => (await ask(this.driver, 'panelItems')).length, POLL).toBeGreaterThan(0);
  }

  /** Clicks into the editor and puts the caret at its very start, where a reply is written. */
  async focusStart(): Promise<void> {
    await ask(this.driver, 'focusStart');
    await this.driver.press('Control+Home');
  }

  /**
   * Types the lines with Enter between them. After Enter it waits until the editor's own model has
   * the new line and holds still, as a person does not type the next key within a task of Enter:
   * Trix takes Enter over several tasks, and keys typed meanwhile each became a line of their own
   * ("B\ne\ns\nt").
   */
  async typeLines(lines: readonly string[]): Promise<void> {
    for (const [index, line] of lines.entries()) {
      if (index > 0) {
        const before = await this.editorText();
        await this.driver.press('Enter');
        let last = before;
        await expect
          .poll(async () => {
            const now = await this.editorText();
            const still = now !== before && now === last;
            last = now;
            return still;
          }, { ...POLL, interval: 50 })
          .toBe(true);
      }
      await this.driver.type(line);
    }
  }

  async draft(): Promise<Draft | null> {
    const json = await ask(this.driver, 'lastDraft');
    return json === null ? null : (JSON.parse(json) as Draft);
  }

  /** Waits until the draft Netiquette read has these lines (blank lines aside) and returns it. */
  async draftWithLines(lines: readonly string[]): Promise<Draft> {
    await expect.poll(async () => significantLines((await this.draft())?.body ?? ''), POLL).toEqual(lines);
    return (await this.draft())!;
  }

  /** Waits until Netiquette has read what the editor's model holds now (after an undo, say). */
  async settled(): Promise<Draft> {
    await expect.poll(async () => JSON.stringify(significantLines((await this.draft())?.body ?? '')) === JSON.stringify(significantLines(await this.editorText())), POLL).toBe(true);
    return (await this.draft())!;
  }

  rules(): Promise<string[]> {
    return ask(this.driver, 'panelItems').then((items) => items.map((item) => item.rule));
  }

  async waitForRules(ruleIds: readonly string[]): Promise<void> {
    await expect
      .poll(async () => {
        const listed = new Set(await this.rules());
        return ruleIds.filter((rule) => !listed.has(rule));
      }, POLL)
      .toEqual([]);
  }

  editorText(): Promise<string> {
    return ask(this.driver, 'editorText');
  }

  /**
   * The editor's model once it has stopped changing: some editors (Trix) take a DOM edit into
   * their model over several tasks, passing through states that are not the final text.
   */
  async settledEditorText(): Promise<string> {
    const deadline = Date.now() + 5_000;
    let previous = await this.editorText();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      const now = await this.editorText();
      if (now === previous || Date.now() > deadline) return now;
      previous = now;
    }
  }

  underlines() {
    return ask(this.driver, 'underlines');
  }

  expectedRects(text: string, at?: number) {
    return ask(this.driver, 'expectedRects', text, at);
  }

  caret() {
    return ask(this.driver, 'caret');
  }

  guardOpen(): Promise<boolean> {
    return ask(this.driver, 'guardOpen');
  }

  outbox() {
    return ask(this.driver, 'outbox');
  }

  draftCount(): Promise<number> {
    return ask(this.driver, 'draftCount');
  }

  async draftsSince(index: number): Promise<Draft[]> {
    return (await ask(this.driver, 'draftsSince', index)).map((json) => JSON.parse(json) as Draft);
  }

  /**
   * Opens a finding's card from the panel and presses its first fix. A tone verdict that arrives
   * between reading where the item is and the click can redraw the panel before the pointer is on
   * it (the panel holds still only under a pointer that moves over it, src/ui/panel-hold.ts): the
   * card that opens names its rule, and a card of another rule means the item is found and
   * clicked again.
   */
  async applyFixFromPanel(rule: string, snippet: string): Promise<void> {
    const fixOfRule = `.card[data-rule="${rule}"] button[data-action="fix"]`;
    for (let attempt = 1; ; attempt += 1) {
      let item: Point | null = null;
      await expect.poll(async () => (item = await ask(this.driver, 'panelItemAt', rule, snippet)), POLL).not.toBeNull();
      await this.driver.clickAt(item!.x, item!.y);
      let fix: Point | null = null;
      const deadline = Date.now() + (attempt < CLICK_ATTEMPTS ? WRONG_CARD_MS : POLL.timeout);
      while ((fix = await ask(this.driver, 'centerOf', fixOfRule, 'card')) === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, POLL.interval));
      if (fix !== null) {
        await this.driver.clickAt(fix.x, fix.y);
        return;
      }
      if (attempt >= CLICK_ATTEMPTS) throw new Error(`no card of ${rule} with a fix opened from its panel item`);
    }
  }

  async clickSend(): Promise<void> {
    const point = await this.driver.evaluate(() => {
      const r = document.querySelector('#send')!.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }, undefined);
    await this.driver.clickAt(point.x, point.y);
  }
}

/** A text's non-blank lines, trimmed at the end, with no-break spaces read as spaces. */
export function significantLines(text: string): string[] {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/** The lines a reply reads as when the agent typed `typed` at the caret above the signature and the quote. */
export function replyLines(editor: EditorUnderTest, typed: readonly string[]): string[] {
  const quoted = editor.id === 'textarea' ? [QUOTED_LINES[0]!, `> ${QUOTED_LINES[1]!}`] : [...QUOTED_LINES];
  return [...typed, '--', ...SIGNATURE_LINES, ...quoted];
}

const linter = createLinter(builtinRules);

/** The finding the content script shows for a draft, computed with the same engine and defaults. */
export function findingIn(draft: Draft, rule: string, flagged: string): Finding {
  const findings = linter.lint(draft).filter((finding) => finding.ruleId === rule && finding.fixes?.length);
  const finding = findings.find((candidate) => draft[candidate.field].slice(candidate.start, candidate.end).includes(flagged)) ?? findings[0];
  if (!finding) throw new Error(`no fixable ${rule} finding on "${flagged}" in ${JSON.stringify(draft)}`);
  return finding;
}

/** The body a finding's first fix leaves. */
export function fixedBody(draft: Draft, finding: Finding): string {
  const edits = finding.fixes![0]!.edits.filter((edit) => edit.field === 'body');
  return applyEditsToText(draft.body, edits);
}

/** Whether two boxes are the same within a pixel and a half (sub-pixel text positions round differently). */
export function sameRects(actual: readonly Rect[], expected: readonly Rect[]): boolean {
  const nonEmpty = (rects: readonly Rect[]) => rects.filter((rect) => rect.right - rect.left > 0.5);
  const a = nonEmpty(actual);
  const b = nonEmpty(expected);
  return a.length === b.length && a.every((rect, index) => (['left', 'top', 'right', 'bottom'] as const).every((side) => Math.abs(rect[side] - b[index]![side]) <= 1.5));
}

export interface MatrixOptions {
  browserName: string;
  /** Which editors this browser runs. */
  only(editor: EditorUnderTest): boolean;
  newDriver(): Promise<{ driver: Driver; close(): Promise<void> }>;
  /** The URL of a path under demo/. */
  url(pathname: string): string;
  /** Stores new settings, as the options page would while the agent is typing (where the test can reach storage). */
  changeSettings?(cooldownSeconds: number): Promise<void>;
}

/** The agent's own reply, typed at the caret: a greeting, then an insult and shouting. */
const ANGRY_REPLY = ['Hello Maria,', 'Are you stupid? Read my email, I TOLD YOU ALREADY!!!'];
const CALM_REPLY = ['Hello Maria,', 'Your refund is on its way and should arrive within five days.', 'Best regards,', 'Alex'];
/**
 * One line for each kind of fix: a character replaced, words re-cased, punctuation cut, a phrase
 * reworded, a line wrapped, a line inserted at the top; and a name and team signed under the
 * matter, above which a closing goes in.
 */
const FIXABLE = [
  '你的退款已经处理。',
  'Please DO NOT reply to this email!!!',
  'Per my last email, the refund is done.',
  'We have processed the refund for your order today and it should arrive in your account within three to five business days.',
  'Alex Chen',
  'Acme Support',
];
const FIX_CASES: readonly { rule: string; flagged: string; kind: string }[] = [
  { rule: 'honorific', flagged: '你', kind: 'a character replaced' },
  { rule: 'shouting', flagged: 'DO NOT', kind: 'words re-cased' },
  { rule: 'shouting', flagged: '!!!', kind: 'punctuation cut' },
  { rule: 'forbidden-phrase', flagged: 'Per my last email', kind: 'a phrase reworded' },
  { rule: 'line-length', flagged: 'We have processed', kind: 'a line wrapped' },
  { rule: 'greeting-closing', flagged: '你的退款', kind: 'a greeting inserted' },
  { rule: 'greeting-closing', flagged: 'business days', kind: 'a closing inserted above the name' },
];

/** Longer than the editors' undo grouping (Quill's is one second). */
const READING_PAUSE_MS = 1_200;

const withoutSpace = (text: string) => text.replace(/\s+/g, '');

/**
 * Defines the matrix's tests for one browser: each editor gets the same five checks, so an editor
 * that fails one shows up by name and check in the test report.
 */
export function editorChecks(options: MatrixOptions, { describe, it }: { describe: typeof import('vitest').describe; it: typeof import('vitest').it }): void {
  for (const editor of EDITORS.filter(options.only)) {
    describe(`${editor.id} in ${options.browserName}`, () => {
      const open = async (query = '') => {
        const { driver, close } = await options.newDriver();
        const session = new EditorSession(driver, editor);
        await session.open(options.url(`editors/dist/${editor.id}.html${query}`));
        return { session, driver, close };
      };

      it('reads the reply typed at the caret as the agent\'s, apart from the signature and the quote, and underlines the right glyphs', async () => {
        const { session, close } = await open('?reply');
        try {
          await session.focusStart();
          await session.typeLines(ANGRY_REPLY);
          // Nothing typed is missed or read twice; the signature and the quote are where they were.
          await session.draftWithLines(replyLines(editor, ANGRY_REPLY));
          await session.waitForRules(['angry-tone', 'shouting']);
          await expect.poll(async () => (await session.underlines()).some((underline) => underline.text.includes('TOLD')), { timeout: 5_000 }).toBe(true);
          const underlines = await session.underlines();
          // Only the agent's words are underlined: never the customer's shouting, nor the signature.
          for (const underline of underlines) expect(ANGRY_REPLY.some((line) => line.includes(underline.text)), `"${underline.text}" is the agent's`).toBe(true);
          for (const underline of underlines.filter((candidate) => candidate.text.trim() !== '')) {
            const expected = await session.expectedRects(underline.text, underline.at);
            expect(expected, `"${underline.text}" is in the editor`).not.toBeNull();
            expect(sameRects(underline.rects, expected!), `"${underline.text}" underlined at ${JSON.stringify(underline.rects)}, drawn at ${JSON.stringify(expected)}`).toBe(true);
          }
        } finally {
          await close();
        }
      });

      it('applies every kind of fix through the editor: one Ctrl+Z restores the exact text, redo brings the fix back, the caret follows it', async () => {
        const { session, driver, close } = await open();
        try {
          await session.focusStart();
          await session.typeLines(FIXABLE);
          await session.draftWithLines(FIXABLE);
          // The agent reads the card before fixing: editors group the last second of typing into one undo step.
          await new Promise((resolve) => setTimeout(resolve, READING_PAUSE_MS));
          for (const fixCase of FIX_CASES) {
            await session.waitForRules([fixCase.rule]);
            const before = await session.settled();
            const finding = findingIn(before, fixCase.rule, fixCase.flagged);
            const expected = fixedBody(before, finding);
            const modelBefore = await session.editorText();
            await session.applyFixFromPanel(fixCase.rule, finding.message.en.slice(0, 24));
            await expect.poll(async () => (await session.draft())?.body, { timeout: 5_000, message: fixCase.kind }).toBe(expected);
            const modelAfter = await session.settledEditorText();
            // The editor's own model has the fix, once: no duplicated text.
            expect(significantLines(modelAfter), fixCase.kind).toEqual(significantLines(expected));
            // The caret sits right after the fixed text, with nothing selected.
            const merged = mergeEdits(before.body, finding.fixes![0]!.edits.filter((edit) => edit.field === 'body'))!;
            const caret = await session.caret();
            expect(caret.collapsed, `${fixCase.kind}: nothing selected`).toBe(true);
            expect(withoutSpace(caret.before), `${fixCase.kind}: caret after the fix`).toBe(withoutSpace(expected.slice(0, merged.start + merged.text.length)));

            await driver.press('Control+z');
            await expect.poll(() => session.editorText(), { timeout: 5_000, message: `${fixCase.kind}: undone` }).toBe(modelBefore);
            await expect.poll(async () => (await session.draft())?.body, { timeout: 5_000 }).toBe(before.body);
            await driver.press(editor.redo ?? 'Control+Shift+z');
            await expect.poll(() => session.editorText(), { timeout: 5_000, message: `${fixCase.kind}: redone` }).toBe(modelAfter);
          }
        } finally {
          await close();
        }
      }, 120_000);

      it.skipIf(!options.changeSettings)('never lints or changes an IME composition, even when the settings change during it, and loses no character', async () => {
        const { session, driver, close } = await open();
        const changeSettings = options.changeSettings!;
        try {
          if (!driver.ime) throw new Error('this browser driver types no IME compositions');
          await session.focusStart();
          await driver.type('Hi ');
          await session.draftWithLines(['Hi']);
          const since = await session.draftCount();
          await driver.ime!.setComposition('qing wen ni zhao');
          await driver.ime!.setComposition('请问你找');
          await changeSettings(20);
          await driver.ime!.setComposition('请问你找谁');
          await new Promise((resolve) => setTimeout(resolve, 700));
          const midComposition = await session.draftsSince(since);
          expect(midComposition.map((draft) => draft.body).filter((body) => /请|qing/.test(body))).toEqual([]);
          expect(await session.rules()).not.toContain('forbidden-phrase');
          await driver.ime!.commit('请问你找谁？');
          await driver.type(' Thanks');
          await session.draftWithLines(['Hi 请问你找谁？ Thanks']);
          await session.waitForRules(['forbidden-phrase']);
          expect(significantLines(await session.editorText())).toEqual(['Hi 请问你找谁？ Thanks']);
        } finally {
          await changeSettings(30);
          await close();
        }
      });

      it('holds an angry draft on Send and on Ctrl+Enter, and lets a calm one go at once', async () => {
        const angry = await open();
        try {
          await angry.session.focusStart();
          await angry.session.typeLines(ANGRY_REPLY);
          await angry.session.waitForRules(['angry-tone']);
          await angry.session.clickSend();
          await expect.poll(() => angry.session.guardOpen(), POLL).toBe(true);
          expect(await angry.session.outbox()).toEqual([]);
          await angry.driver.press('Escape');
          await expect.poll(() => angry.session.guardOpen(), POLL).toBe(false);
          await angry.session.focusStart();
          await angry.driver.press('Control+Enter');
          await expect.poll(() => angry.session.guardOpen(), POLL).toBe(true);
          expect(await angry.session.outbox()).toEqual([]);
        } finally {
          await angry.close();
        }
        const calm = await open();
        try {
          await calm.driver.evaluate(() => document.querySelector<HTMLInputElement>('#subject')!.focus(), undefined);
          await calm.driver.type('Your refund');
          await calm.session.focusStart();
          await calm.session.typeLines(CALM_REPLY);
          await calm.session.draftWithLines(CALM_REPLY);
          await calm.session.clickSend();
          await expect.poll(async () => (await calm.session.outbox()).length, POLL).toBe(1);
          // The page keeps the form: the shortcut sends it a second time.
          await calm.session.focusStart();
          await calm.driver.press('Control+Enter');
          await expect.poll(async () => (await calm.session.outbox()).length, POLL).toBe(2);
          expect(await calm.session.guardOpen()).toBe(false);
          for (const sent of await calm.session.outbox()) {
            expect(sent.subject).toBe('Your refund');
            expect(significantLines(sent.body)).toEqual(CALM_REPLY);
          }
        } finally {
          await calm.close();
        }
      });
    });
  }
}
