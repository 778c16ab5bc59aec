import fc from 'fast-check';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, TextMapReader, type TextMap } from './text-map.ts';

function editor(html: string): HTMLElement {
  const window = new Window();
  window.document.body.innerHTML = `<div id="editor" contenteditable="true">${html}</div>`;
  return window.document.getElementById('editor') as unknown as HTMLElement;
}

describe('buildTextMap text', () => {
  const cases: [string, string, string][] = [
    ['Gmail-style lines in divs', '<div>Hello</div><div>World</div>', 'Hello\nWorld'],
    ['an empty line is one blank line', '<div>Hi</div><div><br></div><div>There</div>', 'Hi\n\nThere'],
    ['a br ending a block adds no line', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['text then blocks', 'Dear Ms Li,<div>Thanks</div>', 'Dear Ms Li,\nThanks'],
    ['br inside text', 'one<br>two<br><br>three', 'one\ntwo\n\nthree'],
    ['paragraphs are set apart by a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['paragraphs with a margin of a line are set apart', '<p style="margin: 1em 0">One</p><p style="margin: 16px 0">Two</p>', 'One\n\nTwo'],
    ['paragraphs without margins are lines (Quill)', '<p style="margin: 0">One</p><p style="margin: 0">Two</p><p style="margin: 0"><br></p><p style="margin: 0">Four</p>', 'One\nTwo\n\nFour'],
    ['paragraphs with margins under half a line are lines', '<p style="margin: 4px 0">One</p><p style="margin: 0.2em 0">Two</p>', 'One\nTwo'],
    ['one wide margin keeps the paragraph', '<p style="margin: 0 0 1em">One</p><p style="margin: 0">Two</p>', 'One\n\nTwo'],
    ['nested quote blocks', '<div>Reply</div><blockquote><div>Old</div><blockquote>Older</blockquote></blockquote>', 'Reply\nOld\nOlder'],
    ['source formatting white space collapses', '\n  <div>\n    Hello   there\n  </div>\n  <div>bye</div>\n', 'Hello there\nbye'],
    ['no-break spaces read as spaces and are kept', 'a\u00a0 b', 'a  b'],
    ['pre keeps spaces and newlines', '<pre>a  b\nc</pre>', 'a  b\nc'],
    ['hidden and script content is skipped', '<div>x</div><div hidden>secret</div><script>var a</script><div>y</div>', 'x\ny'],
    ['inline formatting adds nothing', '<div>Please <b>do</b> <i>not</i> shout</div>', 'Please do not shout'],
    ['table cells read as words', '<table><tr><td>Alex</td><td>Support</td></tr><tr><td>Tel</td></tr></table>', 'Alex Support\nTel'],
    ['Chinese text', '<div>您好，</div><div>请问您找哪位？</div>', '您好，\n请问您找哪位？'],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => expect(buildTextMap(editor(html)).text).toBe(expected));
  }
});

describe('buildTextMap positions', () => {
  it('maps every character of the text to the DOM character it came from', () => {
    const root = editor('<div>Hi   <b>there</b></div><div><br></div><div>您好 world</div>');
    const map = buildTextMap(root);
    for (let offset = 0; offset < map.text.length; offset += 1) {
      if (map.text[offset] === '\n') continue;
      const range = map.rangeOf(offset, offset + 1);
      const domText = range.toString().replace(/\s+/g, ' ');
      expect(domText, `offset ${offset}`).toBe(map.text[offset]);
    }
  });

  it('gives a range whose text is the span, across elements and lines', () => {
    const map = buildTextMap(editor('<div>Dear <b>Ms</b> Li,</div><div>We are SO sorry</div>'));
    const start = map.text.indexOf('Ms Li');
    expect(map.rangeOf(start, start + 'Ms Li'.length).toString()).toBe('Ms Li');
    const across = map.text.indexOf('Li,\nWe');
    expect(map.rangeOf(across, across + 'Li,\nWe'.length).toString()).toBe('Li,We');
  });

  it('turns a caret back into the same offset', () => {
    const map = buildTextMap(editor('<div>Hello</div><div>big <i>world</i></div>'));
    for (const word of ['Hello', 'big', 'world']) {
      const offset = map.text.indexOf(word) + 2;
      const position = map.positionAt(offset, 'forward');
      expect(map.offsetAt(position.node, position.offset)).toBe(offset);
    }
  });

  it('answers offsets for element positions and refuses positions outside the root', () => {
    const root = editor('<div>ab</div><div>cd</div>');
    const map = buildTextMap(root);
    expect(map.offsetAt(root, 1)).toBe(3);
    expect(map.offsetAt(root, 2)).toBe(5);
    expect(map.offsetAt(root.ownerDocument.body, 0)).toBeUndefined();
  });

  it('gives the text range of an element such as a signature block', () => {
    const root = editor('<div>Thanks</div><div class="sig">Alex<br>Support team</div><blockquote>old</blockquote>');
    const map = buildTextMap(root);
    const range = map.rangeOfElement(root.querySelector('.sig')!)!;
    expect(map.text.slice(range.start, range.end)).toBe('Alex\nSupport team');
    expect(map.rangeOfElement(root.ownerDocument.createElement('div'))).toBeUndefined();
  });

  it('places a range over a line break alone without inverting it', () => {
    const map = buildTextMap(editor('<div>ab</div><div>cd</div>'));
    const range = map.rangeOf(2, 3);
    expect(range.collapsed).toBe(true);
  });

  it('maps an empty editor to its root', () => {
    const root = editor('');
    const map = buildTextMap(root);
    expect(map.text).toBe('');
    expect(map.positionAt(0, 'forward')).toEqual({ node: root, offset: 0 });
  });
});

describe('buildTextMap lines as the agent counts them', () => {
  const cases: [string, string, string, number][] = [
    ['a paragraph editor counts each paragraph once', '<p>One</p><p>Two</p><p>Three</p>', 'Three', 3],
    ['an empty paragraph is a line of its own', '<p>a</p><p><br></p><p>b</p>', 'b', 3],
    ['a br that ends a paragraph adds none', '<p>a<br></p><p>b</p>', 'b', 2],
    ['div lines count as they are', '<div>a</div><div><br></div><div>b</div>', 'b', 3],
    ['br lines inside a paragraph count', '<p>a<br>b<br>c</p><p>d</p>', 'd', 4],
    ['paragraphs without margins count as lines', '<p style="margin: 0">a</p><p style="margin: 0"><br></p><p style="margin: 0">b</p>', 'b', 3],
  ];
  for (const [name, html, word, line] of cases) {
    it(name, () => {
      const map = buildTextMap(editor(html));
      expect(map.lineOf(map.text.lastIndexOf(word))).toBe(line);
    });
  }
});

describe('TextMapReader', () => {
  const FRAGMENTS = [
    '<div>Hello  there</div>',
    '<div><br></div>',
    '<p>您好，<b>请</b>问</p>',
    '<p style="margin: 0">line</p>',
    '<blockquote><div>old</div><div>older <i>reply</i></div></blockquote>',
    '<pre>a  b\nc</pre>',
    '<span> inline </span>',
    'bare text ',
    '<br>',
    '<div hidden>secret</div>',
    '<table><tr><td>Alex</td><td>Support</td></tr></table>',
    'a\u00a0 b',
  ];
  const INSERTED = ['x', ' ', '  ', '\n', '\u00a0', '谢', 'ab cd'];
  const edit = fc.record({
    kind: fc.constantFrom('type', 'delete', 'insert', 'remove', 'attribute', 'read'),
    pick: fc.nat(),
    at: fc.nat(),
    fragment: fc.constantFrom(...FRAGMENTS),
    typed: fc.constantFrom(...INSERTED),
  });

  function nodesUnder(root: Element, filter: (node: Node) => boolean): Node[] {
    const found: Node[] = [];
    const visit = (node: Node) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (filter(child)) found.push(child);
        visit(child);
      }
    };
    visit(root);
    return found;
  }

  function apply(root: HTMLElement, step: { kind: string; pick: number; at: number; fragment: string; typed: string }): void {
    const texts = nodesUnder(root, (node) => node.nodeType === 3) as Text[];
    const elements = [root, ...(nodesUnder(root, (node) => node.nodeType === 1) as HTMLElement[])];
    const text = texts[step.pick % Math.max(1, texts.length)];
    const element = elements[step.pick % elements.length]!;
    switch (step.kind) {
      case 'type':
        if (text) text.insertData(step.at % (text.data.length + 1), step.typed);
        break;
      case 'delete':
        if (text) text.deleteData(step.at % (text.data.length + 1), 1 + (step.at % 3));
        break;
      case 'insert': {
        const template = root.ownerDocument.createElement('template');
        template.innerHTML = step.fragment;
        element.insertBefore(template.content, element.childNodes[step.at % (element.childNodes.length + 1)] ?? null);
        break;
      }
      case 'remove':
        if (element !== root) element.remove();
        else texts[step.at % Math.max(1, texts.length)]?.remove();
        break;
      case 'attribute':
        element.setAttribute('style', step.at % 2 === 0 ? 'margin: 0' : 'white-space: pre');
        break;
    }
  }

  /** Everything a TextMap answers, over every offset and every text position. */
  function expectSameMap(actual: TextMap, expected: TextMap, root: Element): void {
    expect(actual.text).toBe(expected.text);
    for (let offset = 0; offset <= expected.text.length; offset += 1) {
      expect(actual.positionAt(offset, 'forward')).toEqual(expected.positionAt(offset, 'forward'));
      expect(actual.positionAt(offset, 'backward')).toEqual(expected.positionAt(offset, 'backward'));
      expect(actual.lineOf(offset)).toBe(expected.lineOf(offset));
    }
    for (const node of nodesUnder(root, () => true)) {
      if (node.nodeType === 1) expect(actual.rangeOfElement(node as Element)).toEqual(expected.rangeOfElement(node as Element));
      const length = node.nodeType === 3 ? (node as Text).data.length : node.childNodes.length;
      for (let offset = 0; offset <= length; offset += 1) expect(actual.offsetAt(node, offset)).toBe(expected.offsetAt(node, offset));
    }
  }

  it('reads after any sequence of edits what a full read of the final DOM reads', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }), fc.array(edit, { maxLength: 25 }), (start, steps) => {
        const root = editor(start.join(''));
        const reader = new TextMapReader(root);
        expectSameMap(reader.read(), buildTextMap(root), root);
        for (const step of steps) {
          apply(root, step);
          // Several edits between two reads, as between two frames, as well as one read per edit.
          if (step.kind === 'read' || step.at % 2 === 0) expectSameMap(reader.read(), buildTextMap(root), root);
        }
        expectSameMap(reader.read(), buildTextMap(root), root);
      }),
      { numRuns: 300 },
    );
  });

  it('sees records the observer already delivered', async () => {
    const root = editor('<div>one</div><div>two</div>');
    const reader = new TextMapReader(root);
    reader.read();
    (root.lastChild!.firstChild as Text).appendData(' three');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(reader.read().text).toBe('one\ntwo three');
  });
});
