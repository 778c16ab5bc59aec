/**
 * The real editors Netiquette is tested in, each mounted on a page of its own (`<id>.ts` here,
 * bundled by scripts/editor-pages.ts into the git-ignored `dist/`). The e2e tests drive every
 * page through test/e2e/support/editors.ts; the README's editor matrix lists the same entries.
 */
export interface EditorPage {
  readonly id: string;
  readonly name: string;
  /** The npm packages the page mounts, as pinned in package.json. */
  readonly packages: readonly string[];
  /** Products whose compose window runs this editor. */
  readonly usedBy: string;
}

export const EDITOR_PAGES: readonly EditorPage[] = [
  { id: 'roosterjs', name: 'roosterjs', packages: ['roosterjs'], usedBy: 'Outlook on the web, Proton Mail' },
  { id: 'ckeditor5', name: 'CKEditor 5', packages: ['ckeditor5'], usedBy: 'Zendesk agent workspace, SOGo' },
  { id: 'tinymce', name: 'TinyMCE', packages: ['tinymce'], usedBy: 'Roundcube, many helpdesks' },
  { id: 'tiptap', name: 'ProseMirror (Tiptap)', packages: ['@tiptap/core', '@tiptap/starter-kit', '@tiptap/pm'], usedBy: 'Front, Intercom, Help Scout' },
  { id: 'quill', name: 'Quill 2', packages: ['quill'], usedBy: 'Help desks and CRMs built on Quill' },
  { id: 'lexical', name: 'Lexical', packages: ['lexical', '@lexical/rich-text', '@lexical/history'], usedBy: 'Meta products, newer helpdesks' },
  { id: 'summernote', name: 'Summernote', packages: ['summernote', 'jquery'], usedBy: 'FreeScout' },
  { id: 'squire', name: 'Squire', packages: ['squire-rte'], usedBy: 'Fastmail' },
  { id: 'trix', name: 'Trix', packages: ['trix'], usedBy: 'HEY, Basecamp' },
  { id: 'draftjs', name: 'Draft.js', packages: ['draft-js', 'react', 'react-dom'], usedBy: 'Older React helpdesks' },
  { id: 'textarea', name: 'Plain textarea', packages: [], usedBy: 'Every plain-text compose form' },
];
