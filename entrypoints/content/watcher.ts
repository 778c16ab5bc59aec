import { sameOriginDocument } from '../../src/dom/elements.ts';

export interface PageWatcherOptions {
  /** The attributes whose changes are reported; elements coming and going always are. */
  attributes: readonly string[];
  onMutations(records: readonly MutationRecord[]): void;
  /** A frame loaded a document: it may hold an editor, and it is not watched yet. */
  onFrameLoad(): void;
}

function isFrame(target: EventTarget | null): boolean {
  const tag = (target as Element | null)?.tagName;
  return tag === 'IFRAME' || tag === 'FRAME';
}

/**
 * Watches a page and the documents of its same-origin frames, TinyMCE's and other iframe
 * editors', with one MutationObserver, and the `load` of every frame, which is how a frame
 * announces a new document replacing the one watched. Nothing runs while nothing changes.
 */
export class PageWatcher {
  private readonly observer: MutationObserver;
  private readonly watched = new WeakSet<Document>();
  private readonly listeners = new AbortController();
  private readonly onLoad = (event: Event) => {
    if (isFrame(event.target)) this.options.onFrameLoad();
  };

  constructor(private readonly options: PageWatcherOptions) {
    this.observer = new MutationObserver((records) => options.onMutations(records));
  }

  /** Watches a document and every same-origin frame document in it; those already watched are skipped. */
  watch(document: Document): void {
    if (!this.watched.has(document)) {
      this.watched.add(document);
      const { attributes } = this.options;
      // The document itself, not its root element: a frame's document.open() replaces the root.
      this.observer.observe(document, { childList: true, subtree: true, ...(attributes.length > 0 ? { attributeFilter: [...attributes] } : {}) });
      // `load` does not bubble, but it passes the document on its way down to the frame.
      document.addEventListener('load', this.onLoad, { capture: true, passive: true, signal: this.listeners.signal });
    }
    for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
      const inner = sameOriginDocument(frame);
      if (inner) this.watch(inner);
    }
  }

  dispose(): void {
    this.observer.disconnect();
    this.listeners.abort();
  }
}
