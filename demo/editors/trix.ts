import 'trix';
import 'trix/dist/trix.css';
import { composePage } from './host.ts';

void composePage('Trix', async (container, html) => {
  const input = document.createElement('input');
  input.type = 'hidden';
  input.id = 'trix-body';
  // Trix writes blocks as <div>s and quotes as <blockquote>.
  input.value = html.replace(/<p>/g, '<div>').replace(/<\/p>/g, '</div>');
  const editor = document.createElement('trix-editor');
  editor.setAttribute('input', input.id);
  editor.style.minHeight = '220px';
  container.append(input, editor);
  await new Promise((resolve) => editor.addEventListener('trix-initialize', resolve, { once: true }));
  return { text: () => editor.innerText };
});
