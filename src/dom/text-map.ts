import { firstNotBefore } from '../core/sorted.ts';
import type { TextRange } from '../core/types.ts';

/**
 * The text of a contenteditable editor as the agent sees it, with a map from every offset
 * back to a DOM position and forth. Lines follow the rendering rather than `innerText` to
 * the letter: `<div>a<br></div><div>b</div>` is two lines (Chrome's innerText says three),
 * because a `<br>` that ends a block only holds the line open and adds none of its own.
 * Collapsible white space is collapsed as CSS does, and a no-break space reads as a space,
 * so the engine sees "a  b" typed into Chrome (stored as "a&nbsp; b") as it looks.
 */

export interface DomPosition {
  node: Node;
  offset: number;
}

/** Which side of a gap (a line break has no DOM text) a position should stick to. */
export type Affinity = 'forward' | 'backward';

export interface TextMap {
  readonly root: Element;
  readonly text: string;
  positionAt(offset: number, affinity: Affinity): DomPosition;
  /** A live Range over [start, end), so it follows the text while the agent keeps typing. */
  rangeOf(start: number, end: number): Range;
  /** The text offset of a DOM position (a caret), or undefined when it lies outside the root. */
  offsetAt(node: Node, offset: number): number | undefined;
  /** The text an element inside the root contributes, from its first character to its last. */
  rangeOfElement(element: Element): TextRange | undefined;
  /**
   * The 1-based line an offset is on as the agent counts lines on screen: the blank line the
   * text puts between two paragraphs (`<p>a</p><p>b</p>` reads "a\n\nb") is their margin, not a line.
   */
  lineOf(offset: number): number;
}

/**
 * Characters the text took from consecutive offsets of one text node: the text's [start,
 * start + length) came from the node's [from, from + length). The last one may have no DOM
 * text of its own (`zeroWidthEnd`: the gap after a table cell), and then its end is its start.
 * A few numbers per run rather than one per character: a 300 KB draft has 200,000 characters.
 */
interface Segment {
  node: Text;
  start: number;
  from: number;
  length: number;
  zeroWidthEnd: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const NEVER_RENDERED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'META', 'LINK']);
const BLOCK_BY_TAG = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELL_TAGS = new Set(['TD', 'TH']);
const PRESERVED_SPACE_TAGS = new Set(['PRE', 'TEXTAREA', 'LISTING', 'XMP', 'PLAINTEXT']);
/** What ends a run of characters the text copies as they are: collapsible white space, or in preserved white space a line break. */
const COLLAPSIBLE = /[ \t\n\r\f]/g;
const PRESERVED_BREAK = /[\n\r]/g;

type Layout = 'none' | 'inline' | 'block' | 'cell';

function layoutOf(element: Element): Layout {
  if (NEVER_RENDERED.has(element.tagName) || (element as HTMLElement).hidden) return 'none';
  const view = element.ownerDocument.defaultView;
  const display = view ? view.getComputedStyle(element).display : '';
  if (display === 'none') return 'none';
  if (display === 'table-cell' || (display === '' && CELL_TAGS.has(element.tagName))) return 'cell';
  if (display === '') return BLOCK_BY_TAG.has(element.tagName) ? 'block' : 'inline';
  return display.startsWith('inline') || display === 'contents' ? 'inline' : 'block';
}

/**
 * Whether a `<p>` is drawn as a line rather than a paragraph: editors made of `<p>` lines (Quill)
 * take their margins away, and a blank line between them would be one the agent does not see.
 * Margins the style does not state in px or em (an unstyled document) keep the paragraph.
 */
function readsAsLine(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  const fontSize = parseFloat(style.fontSize) || 16;
  const lineHeight = style.lineHeight.endsWith('px') ? parseFloat(style.lineHeight) : fontSize * 1.2;
  const margins = [style.marginTop, style.marginBottom].map((margin) => lengthInPixels(margin, fontSize));
  return margins.every((margin) => margin !== undefined && margin < lineHeight / 2);
}

function lengthInPixels(length: string, fontSize: number): number | undefined {
  const value = parseFloat(length);
  if (Number.isNaN(value)) return undefined;
  if (length.endsWith('px')) return value;
  return length.endsWith('em') && !length.endsWith('rem') ? value * fontSize : undefined;
}

function preservesSpace(element: Element, inherited: boolean): boolean {
  const view = element.ownerDocument.defaultView;
  const whiteSpace = view ? view.getComputedStyle(element).whiteSpace : '';
  if (whiteSpace === '') return inherited || PRESERVED_SPACE_TAGS.has(element.tagName);
  return whiteSpace.startsWith('pre') || whiteSpace === 'break-spaces';
}

interface BuilderMark {
  length: number;
  pieces: number;
  segments: number;
  gaps: number;
}

/** A child's share of the map, built once and added again while the child and the state before it stay the same; no space is pending before or after it. */
interface Chunk {
  /** The builder's state before the child (TextBuilder.state). */
  entry: number;
  /** Where the child's text started when this was built. */
  start: number;
  text: string;
  segments: readonly Segment[];
  gaps: readonly number[];
  requiredBreaks: number;
  trailingNewlines: number;
  lineHasText: boolean;
}

/** What a walk reports, in document order: TextBuilder makes text of it, a Recording keeps it to replay. */
interface TextSink {
  requireBreaks(count: number): void;
  lineBreak(): void;
  collapsibleSpace(node: Text, offset: number): void;
  /** Characters at consecutive offsets of one text node, no-break spaces already read as spaces. */
  characterRun(node: Text, offset: number, characters: string): void;
}

class TextBuilder implements TextSink {
  /**
   * The text, in the pieces it was built of, joined once at the end: joined, it is in one piece
   * in memory, while a string grown by `+=` is a tree of its pieces that every rule reading it
   * character by character would pay for (and the engine would copy, see analyzeDraft).
   */
  private readonly pieces: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];
  /** Offsets of the newlines that stand for a paragraph's margin rather than a line of its own. */
  readonly gaps: number[] = [];
  /** Line breaks owed by block boundaries, paid only when more text follows. */
  private requiredBreaks = 0;
  /** Newlines at the end of `text` that came from `<br>` or preserved white space. */
  private trailingNewlines = 0;
  /** A collapsed run of white space, emitted only if text follows on the same line. */
  private pendingSpace: { node: Text; offset: number } | undefined;
  private lineHasText = false;

  /**
   * What the builder owes at this point, as a number, when a child's output depends on nothing
   * else: its trailing newlines, its breaks owed (at most 2), whether its line has text and
   * whether any text came before. Undefined while a collapsed space is pending: the next character may
   * then extend a segment of an earlier child.
   */
  get state(): number | undefined {
    if (this.pendingSpace) return undefined;
    return this.trailingNewlines * 16 + this.requiredBreaks * 4 + (this.lineHasText ? 2 : 0) + (this.length > 0 ? 1 : 0);
  }

  /** Where the next piece of text, segment and gap go: a child's output starts here. */
  mark(): BuilderMark {
    return { length: this.length, pieces: this.pieces.length, segments: this.segments.length, gaps: this.gaps.length };
  }

  /**
   * What was built since `from`, with the state it left, to be added again by `addChunk` in a
   * later read; none when it ends with a space pending, which the next child's first character
   * would add to this chunk's last segment.
   */
  chunkSince(from: BuilderMark, entry: number): Chunk | undefined {
    if (this.pendingSpace) return undefined;
    return {
      entry,
      start: from.length,
      text: this.pieces.slice(from.pieces).join(''),
      segments: this.segments.slice(from.segments),
      gaps: this.gaps.slice(from.gaps),
      requiredBreaks: this.requiredBreaks,
      trailingNewlines: this.trailingNewlines,
      lineHasText: this.lineHasText,
    };
  }

  /**
   * Adds a child's output as an earlier read built it from the same state: the same text,
   * segments and gaps, moved to where the child now starts. Returns the chunk as it now stands.
   */
  addChunk(chunk: Chunk): Chunk {
    const shift = this.length - chunk.start;
    const placed =
      shift === 0
        ? chunk
        : {
            ...chunk,
            start: this.length,
            segments: chunk.segments.map((segment) => ({ ...segment, start: segment.start + shift })),
            gaps: chunk.gaps.map((gap) => gap + shift),
          };
    if (placed.text !== '') this.add(placed.text);
    for (const segment of placed.segments) this.segments.push(segment);
    for (const gap of placed.gaps) this.gaps.push(gap);
    this.requiredBreaks = placed.requiredBreaks;
    this.trailingNewlines = placed.trailingNewlines;
    this.lineHasText = placed.lineHasText;
    return placed;
  }

  requireBreaks(count: number): void {
    this.pendingSpace = undefined;
    this.requiredBreaks = Math.max(this.requiredBreaks, count);
  }

  /** `<br>` or a preserved newline: always a new line. */
  lineBreak(): void {
    this.payRequiredBreaks();
    this.pendingSpace = undefined;
    this.add('\n');
    this.trailingNewlines += 1;
    this.lineHasText = false;
  }

  collapsibleSpace(node: Text, offset: number): void {
    if (this.lineHasText && !this.pendingSpace) this.pendingSpace = { node, offset };
  }

  /** The first character settles what is owed before it (line breaks, a pending space); the rest only extend its segment. */
  characterRun(node: Text, offset: number, characters: string): void {
    this.payRequiredBreaks();
    if (this.pendingSpace) {
      const { node: spaceNode, offset: spaceOffset } = this.pendingSpace;
      this.append(spaceNode, spaceOffset, ' ', spaceOffset < spaceNode.data.length ? 1 : 0);
      this.pendingSpace = undefined;
    }
    this.append(node, offset, characters, 1);
  }

  private payRequiredBreaks(): void {
    if (this.requiredBreaks > 0 && this.length > 0) {
      const owed = this.requiredBreaks - this.trailingNewlines;
      // Only the first newline after text ends its line; any more are the margin between paragraphs.
      for (let index = 0; index < owed; index += 1) {
        if (index > 0 || this.trailingNewlines > 0) this.gaps.push(this.length);
        this.add('\n');
      }
      this.lineHasText = false;
    }
    this.requiredBreaks = 0;
  }

  text(): string {
    return this.pieces.join('');
  }

  private add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
  }

  /** `width` 0: one character that has no DOM text of its own (the gap between cells). */
  private append(node: Text, offset: number, characters: string, width: 0 | 1): void {
    const last = this.segments[this.segments.length - 1];
    const start = this.length;
    if (last && last.node === node && !last.zeroWidthEnd && segmentEnd(last) === start && last.from + last.length === offset) {
      last.length += characters.length;
      last.zeroWidthEnd = width === 0;
    } else {
      this.segments.push({ node, start, from: offset, length: characters.length, zeroWidthEnd: width === 0 });
    }
    this.add(characters);
    this.trailingNewlines = 0;
    this.lineHasText = true;
  }
}

function walk(builder: TextSink, node: Node, preserve: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const textNode = node as Text;
    const data = textNode.data;
    // Runs between the characters that are not copied as they are, each handed over whole.
    const stops = preserve ? PRESERVED_BREAK : COLLAPSIBLE;
    let index = 0;
    while (index < data.length) {
      stops.lastIndex = index;
      const stop = stops.exec(data)?.index ?? data.length;
      if (stop > index) builder.characterRun(textNode, index, data.slice(index, stop).replaceAll('\u00a0', ' '));
      if (stop === data.length) break;
      if (!preserve) builder.collapsibleSpace(textNode, stop);
      else if (data[stop] === '\n') builder.lineBreak();
      index = stop + 1;
    }
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  if (element.tagName === 'BR') {
    builder.lineBreak();
    return;
  }
  const layout = layoutOf(element);
  if (layout === 'none') return;
  const breaks = element.tagName === 'P' && !readsAsLine(element) ? 2 : 1;
  if (layout === 'block') builder.requireBreaks(breaks);
  const childPreserve = preservesSpace(element, preserve);
  for (let child = element.firstChild; child; child = child.nextSibling) walk(builder, child, childPreserve);
  if (layout === 'block') builder.requireBreaks(breaks);
  else if (layout === 'cell' && element.nextElementSibling) {
    // Neighbouring table cells read as words apart; the gap maps to the end of the cell's text.
    const last = lastTextIn(element);
    if (last) builder.collapsibleSpace(last, last.data.length);
  }
}

function lastTextIn(element: Element): Text | undefined {
  for (let child = element.lastChild; child; child = child.previousSibling) {
    if (child.nodeType === TEXT_NODE) return child as Text;
    if (child.nodeType === ELEMENT_NODE) {
      const found = lastTextIn(child as Element);
      if (found) return found;
    }
  }
  return undefined;
}

function segmentEnd(segment: Segment): number {
  return segment.start + segment.length;
}

/** The node offset of the segment's character `index` (its end at `length`). */
function sourceOf(segment: Segment, index: number): number {
  return segment.from + Math.min(index, segment.length - (segment.zeroWidthEnd ? 1 : 0));
}

function endOf(segment: Segment): DomPosition {
  return { node: segment.node, offset: sourceOf(segment, segment.length) };
}

export function buildTextMap(root: Element): TextMap {
  const builder = new TextBuilder();
  const preserve = preservesSpace(root, false);
  for (let child = root.firstChild; child; child = child.nextSibling) walk(builder, child, preserve);
  return mapOf(root, builder);
}

const BREAKS = 0;
const LINE_BREAK = 1;
const SPACE = 2;
const CHARACTERS = 3;

/**
 * What walking one child of the root reported, kept to be replayed into a builder: the child's
 * share of the text depends only on its own subtree, while what the builder owes across it (line
 * breaks, a pending space) is settled again on every replay. Flat arrays, as a 300 KB draft has
 * hundreds of thousands of characters: ops holds [op, node index, offset or count, length].
 */
class Recording implements TextSink {
  private readonly ops: number[] = [];
  private readonly nodes: Text[] = [];
  private characters = '';
  /** The output of the last replay, for the next one from the same state. */
  private chunk: Chunk | undefined;

  requireBreaks(count: number): void {
    this.ops.push(BREAKS, 0, count, 0);
  }

  lineBreak(): void {
    this.ops.push(LINE_BREAK, 0, 0, 0);
  }

  collapsibleSpace(node: Text, offset: number): void {
    this.ops.push(SPACE, this.indexOf(node), offset, 0);
  }

  characterRun(node: Text, offset: number, characters: string): void {
    this.ops.push(CHARACTERS, this.indexOf(node), offset, characters.length);
    this.characters += characters;
  }

  /**
   * Adds the child's output to the builder. From the state of the last replay, that is the
   * output of the last replay moved to where it now starts: on a long draft a keystroke changes
   * one child of thousands, and the rest cost a few assignments each instead of a walk of their
   * characters.
   */
  replay(builder: TextBuilder): void {
    const entry = builder.state;
    if (entry !== undefined && this.chunk?.entry === entry) {
      this.chunk = builder.addChunk(this.chunk);
      return;
    }
    const mark = builder.mark();
    this.replayOps(builder);
    this.chunk = entry === undefined ? undefined : builder.chunkSince(mark, entry);
  }

  private replayOps(builder: TextBuilder): void {
    const { ops, nodes, characters } = this;
    let consumed = 0;
    for (let index = 0; index < ops.length; index += 4) {
      const op = ops[index]!;
      const argument = ops[index + 2]!;
      if (op === BREAKS) builder.requireBreaks(argument);
      else if (op === LINE_BREAK) builder.lineBreak();
      else if (op === SPACE) builder.collapsibleSpace(nodes[ops[index + 1]!]!, argument);
      else {
        const length = ops[index + 3]!;
        builder.characterRun(nodes[ops[index + 1]!]!, argument, characters.slice(consumed, consumed + length));
        consumed += length;
      }
    }
  }

  private indexOf(node: Text): number {
    if (this.nodes[this.nodes.length - 1] !== node) this.nodes.push(node);
    return this.nodes.length - 1;
  }
}

/**
 * Reads an editor's text map again and again as the agent types, walking only the children of
 * the root that changed since the last read: a MutationObserver says which, and every other
 * child's walk is replayed from its recording. The map is the one buildTextMap would build: the
 * walk of a child depends on its subtree, its computed style and, through sibling selectors, its
 * neighbours, so a change anywhere in a child forgets it and a child added or removed also
 * forgets the children beside it. A style sheet changed outside the editor is not seen.
 */
export class TextMapReader {
  private readonly recordings = new Map<Node, Recording>();
  /** Lives as long as the root: it is the root that holds the observer. */
  private readonly observer: MutationObserver;
  private preserve: boolean | undefined;

  constructor(private readonly root: Element) {
    const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    this.observer = new (view ?? globalThis).MutationObserver((records) => this.forget(records));
    this.observer.observe(root, { childList: true, characterData: true, attributes: true, subtree: true });
  }

  read(): TextMap {
    this.forget(this.observer.takeRecords());
    const preserve = preservesSpace(this.root, false);
    if (preserve !== this.preserve) this.recordings.clear();
    this.preserve = preserve;
    const builder = new TextBuilder();
    for (let child = this.root.firstChild; child; child = child.nextSibling) {
      let recording = this.recordings.get(child);
      if (!recording) {
        recording = new Recording();
        walk(recording, child, preserve);
        this.recordings.set(child, recording);
      }
      recording.replay(builder);
    }
    return mapOf(this.root, builder);
  }

  private forget(records: readonly MutationRecord[]): void {
    const { root, recordings } = this;
    for (const record of records) {
      if (record.target === root) {
        if (record.type !== 'childList') recordings.clear();
        for (const node of [...record.removedNodes, ...record.addedNodes, record.previousSibling, record.nextSibling]) if (node) recordings.delete(node);
        continue;
      }
      // The child of the root the change is in. A node no longer under the root was moved or
      // removed, and that move was recorded where it happened.
      let child: Node | null = record.target;
      while (child && child.parentNode !== root) child = child.parentNode;
      if (child) recordings.delete(child);
    }
  }
}

function mapOf(root: Element, builder: TextBuilder): TextMap {
  const { segments, gaps } = builder;
  const text = builder.text();
  let newlines: number[] | undefined;

  /**
   * The index of the first segment for which `isAfter` holds, by binary search: segments lie in
   * text order, so both their starts and their ends increase. A draft of 100 KB has thousands of
   * segments, and every underline asks for two positions.
   */
  function firstSegmentWhere(isAfter: (segment: Segment) => boolean): number {
    return firstNotBefore(segments, (segment) => !isAfter(segment));
  }

  function positionAt(offset: number, affinity: Affinity): DomPosition {
    if (segments.length === 0) return { node: root, offset: 0 };
    if (affinity === 'forward') {
      // The segment the offset lies in, or the first one after the line break it points at.
      const segment = segments[firstSegmentWhere((candidate) => segmentEnd(candidate) > offset)];
      if (!segment) return endOf(segments[segments.length - 1]!);
      return { node: segment.node, offset: sourceOf(segment, Math.max(0, offset - segment.start)) };
    }
    const segment = segments[firstSegmentWhere((candidate) => candidate.start >= offset) - 1];
    if (!segment) return { node: segments[0]!.node, offset: segments[0]!.from };
    if (offset > segmentEnd(segment)) return endOf(segment);
    return { node: segment.node, offset: sourceOf(segment, offset - segment.start) };
  }

  let segmentsByNode: Map<Node, Segment[]> | undefined;

  /** Indexed on first use, for the caret and the pointer, which ask about one node at a time. */
  function segmentsOf(node: Node): Segment[] {
    if (!segmentsByNode) {
      segmentsByNode = new Map();
      for (const segment of segments) {
        const list = segmentsByNode.get(segment.node);
        if (list) list.push(segment);
        else segmentsByNode.set(segment.node, [segment]);
      }
    }
    return segmentsByNode.get(node) ?? [];
  }

  function offsetInSegments(found: Segment[], nodeOffset: number): number {
    // A segment's sources rise one by one from `from`, and stay at the last on a zero-width end.
    for (const segment of found) {
      if (nodeOffset <= sourceOf(segment, segment.length)) return segment.start + Math.max(0, nodeOffset - segment.from);
    }
    return segmentEnd(found[found.length - 1]!);
  }

  function firstOffsetFrom(node: Node): number | undefined {
    const document = root.ownerDocument;
    const walker = document.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    walker.currentNode = node;
    for (let current: Node | null = node.nodeType === TEXT_NODE ? node : walker.nextNode(); current; current = walker.nextNode()) {
      const found = segmentsOf(current);
      if (found.length > 0) return found[0]!.start;
    }
    return undefined;
  }

  return {
    root,
    text,
    positionAt,
    rangeOf(start, end) {
      const range = root.ownerDocument.createRange();
      const from = positionAt(start, 'forward');
      range.setStart(from.node, from.offset);
      if (end > start) {
        // A span made only of line breaks has no DOM text; setEnd then collapses the range.
        const to = positionAt(end, 'backward');
        range.setEnd(to.node, to.offset);
      }
      return range;
    },
    offsetAt(node, offset) {
      if (node !== root && !root.contains(node)) return undefined;
      if (node.nodeType === TEXT_NODE) {
        const found = segmentsOf(node);
        if (found.length > 0) return offsetInSegments(found, offset);
        return firstOffsetFrom(node) ?? text.length;
      }
      const child = node.childNodes[offset];
      if (child) return firstOffsetFrom(child) ?? text.length;
      const endOfNode = lastTextIn(node as Element);
      const found = endOfNode ? segmentsOf(endOfNode) : [];
      return found.length > 0 ? segmentEnd(found[found.length - 1]!) : text.length;
    },
    rangeOfElement(element) {
      let start: number | undefined;
      let end = 0;
      for (const segment of segments) {
        if (!element.contains(segment.node)) continue;
        start ??= segment.start;
        end = segmentEnd(segment);
      }
      return start === undefined ? undefined : { start, end };
    },
    lineOf(offset) {
      newlines ??= newlineOffsets(text);
      return 1 + countBelow(newlines, offset) - countBelow(gaps, offset);
    },
  };
}

function newlineOffsets(text: string): number[] {
  const offsets: number[] = [];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) offsets.push(at);
  return offsets;
}

/** How many of the sorted numbers are below `limit`, by binary search. */
function countBelow(sorted: readonly number[], limit: number): number {
  return firstNotBefore(sorted, (value) => value < limit);
}
