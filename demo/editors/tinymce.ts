import tinymce from 'tinymce';
import 'tinymce/icons/default';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { composePage } from './host.ts';

void composePage('TinyMCE', async (container, html) => {
  const textarea = document.createElement('textarea');
  textarea.value = html;
  container.append(textarea);
  const [editor] = await tinymce.init({ target: textarea, license_key: 'gpl', menubar: false, height: 320, promotion: false, branding: false });
  // Keys typed in TinyMCE's iframe never reach the page's form: hosts bind Ctrl+Enter on the editor.
  editor!.on('keydown', (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    container.closest('form')!.requestSubmit(document.querySelector<HTMLButtonElement>('#send'));
  });
  return { text: () => editor!.getBody().innerText };
});
