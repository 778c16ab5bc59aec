import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createQuoteNode, HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot, createEditor, type LexicalNode } from 'lexical';
import { composePage, isReply, QUOTED_LINES, SIGNATURE_LINES } from './host.ts';

/** A paragraph of lines joined by line breaks (Shift+Enter). */
function $paragraph(...lines: string[]): LexicalNode {
  const paragraph = $createParagraphNode();
  lines.forEach((line, index) => {
    if (index > 0) paragraph.append($createLineBreakNode());
    paragraph.append($createTextNode(line));
  });
  return paragraph;
}

void composePage('Lexical', (container) => {
  const element = document.createElement('div');
  element.contentEditable = 'true';
  element.style.cssText = 'min-height: 220px; border: 1px solid #ddd; padding: 8px; outline: none';
  container.append(element);
  const editor = createEditor({ namespace: 'compose', nodes: [HeadingNode, QuoteNode], onError: (error) => console.error(error) });
  editor.setRootElement(element);
  registerRichText(editor);
  editor.update(
    () => {
      const root = $getRoot();
      root.append($paragraph());
      if (!isReply()) return;
      root.append($paragraph('-- ', ...SIGNATURE_LINES));
      const quote = $createQuoteNode();
      QUOTED_LINES.forEach((line, index) => {
        if (index > 0) quote.append($createLineBreakNode());
        quote.append($createTextNode(line));
      });
      root.append(quote);
    },
    { discrete: true },
  );
  // History starts after the initial content, so the first Ctrl+Z cannot remove the reply.
  registerHistory(editor, createEmptyHistoryState(), 300);
  return { text: () => editor.getEditorState().read(() => $getRoot().getTextContent()) };
});
