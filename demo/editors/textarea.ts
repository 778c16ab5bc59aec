import { composePage, isReply, REPLY_TEXT } from './host.ts';

void composePage('Plain textarea', (container) => {
  const textarea = document.createElement('textarea');
  textarea.name = 'body';
  textarea.rows = 14;
  textarea.style.cssText = 'width: 100%; box-sizing: border-box; font: 14px/1.4 monospace';
  textarea.value = isReply() ? REPLY_TEXT : '';
  container.append(textarea);
  return { text: () => textarea.value };
});
