import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { composePage } from './host.ts';

void composePage('ProseMirror (Tiptap)', (container, html) => {
  const editor = new Editor({ element: container, extensions: [StarterKit], content: html });
  editor.view.dom.setAttribute('style', 'min-height: 220px; border: 1px solid #ddd; padding: 8px; outline: none');
  return { text: () => editor.view.dom.innerText };
});
