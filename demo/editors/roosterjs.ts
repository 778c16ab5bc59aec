import { Editor, createModelFromHtml } from 'roosterjs';
import { composePage } from './host.ts';

void composePage('roosterjs', (container, html) => {
  const div = document.createElement('div');
  div.style.cssText = 'min-height: 220px; border: 1px solid #ddd; padding: 8px; outline: none';
  container.append(div);
  new Editor(div, { initialModel: createModelFromHtml(html) });
  return { text: () => div.innerText };
});
