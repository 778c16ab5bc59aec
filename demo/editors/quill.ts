import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { composePage } from './host.ts';

void composePage('Quill 2', (container, html) => {
  const element = document.createElement('div');
  element.style.minHeight = '220px';
  container.append(element);
  const quill = new Quill(element, { theme: 'snow', modules: { toolbar: [['bold', 'italic'], ['blockquote']] } });
  quill.clipboard.dangerouslyPasteHTML(html, 'silent');
  quill.history.clear();
  return { text: () => quill.getText() };
});
