import { ContentBlock, ContentState, convertFromHTML, Editor, EditorState, genKey, RichUtils, type DraftHandleValue } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { composePage } from './host.ts';

void composePage('Draft.js', (container, html) => {
  const blocks = convertFromHTML(html);
  // convertFromHTML drops an empty paragraph, and the reply opens with one for the caret: without
  // it the agent would type into the signature's first line.
  const contentBlocks = blocks.contentBlocks[0]?.getText() === '' ? blocks.contentBlocks : [new ContentBlock({ key: genKey(), type: 'unstyled', text: '' }), ...blocks.contentBlocks];
  const initial = EditorState.createWithContent(ContentState.createFromBlockArray(contentBlocks, blocks.entityMap));
  let current = initial;
  function Compose() {
    const [state, setState] = useState(initial);
    current = state;
    const onChange = (next: EditorState) => {
      current = next;
      setState(next);
    };
    const handleKeyCommand = (command: string, editorState: EditorState): DraftHandleValue => {
      const next = RichUtils.handleKeyCommand(editorState, command);
      if (!next) return 'not-handled';
      onChange(next);
      return 'handled';
    };
    return createElement(
      'div',
      { style: { minHeight: 220, border: '1px solid #ddd', padding: 8 } },
      createElement(Editor, { editorState: state, onChange, handleKeyCommand }),
    );
  }
  createRoot(container).render(createElement(Compose));
  return { text: () => current.getCurrentContent().getPlainText('\n') };
});
