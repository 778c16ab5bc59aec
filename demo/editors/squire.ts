import DOMPurify from 'dompurify';
import Squire from 'squire-rte';
import { composePage } from './host.ts';

void composePage('Squire', (container, html) => {
  const element = document.createElement('div');
  element.style.cssText = 'min-height: 220px; border: 1px solid #ddd; padding: 8px; outline: none';
  container.append(element);
  // Fastmail sanitises with DOMPurify, which Squire expects as a global unless it is given a sanitiser.
  const squire = new Squire(element, {
    sanitizeToDOMFragment: (html: string) => DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true }),
  });
  squire.setHTML(html.replace(/<p>/g, '<div>').replace(/<\/p>/g, '</div>'));
  return { text: () => element.innerText };
});
