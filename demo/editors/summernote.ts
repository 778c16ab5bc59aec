import $ from 'jquery';
import 'summernote/dist/summernote-lite.css';
import 'summernote/dist/summernote-lite.js';
import { composePage } from './host.ts';

void composePage('Summernote', (container, html) => {
  const element = document.createElement('div');
  container.append(element);
  const $element = $(element) as { summernote(options: object): void; summernote(command: 'code', html: string): void };
  $element.summernote({ height: 260, toolbar: [['style', ['bold', 'italic']], ['para', ['ul']]] });
  $element.summernote('code', html);
  const editable = container.querySelector<HTMLElement>('.note-editable')!;
  return { text: () => editable.innerText };
});
