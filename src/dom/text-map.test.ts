import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { buildTextMap } from './text-map.ts';

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
