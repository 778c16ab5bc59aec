import { BlockQuote, Bold, ClassicEditor, Essentials, Italic, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { composePage } from './host.ts';

void composePage('CKEditor 5', async (container, html) => {
  const element = document.createElement('div');
  container.append(element);
  const editor = await ClassicEditor.create(element, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, BlockQuote],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic', 'blockQuote'],
    initialData: html,
  });
  return { text: () => (editor.ui.getEditableElement() as HTMLElement).innerText };
});
