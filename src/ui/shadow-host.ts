/**
 * A host element in the page with an open shadow root: the page's CSS cannot reach inside,
 * and nothing of ours lands in the editor's DOM. Hosts go at the end of <html>, outside the
 * page's own containers, so a page re-rendering its body leaves them alone.
 */

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** The element components render into. */
  mount: HTMLElement;
  remove(): void;
}

export const HOST_TAG = 'netiquette-ui';

export function createShadowHost(document: Document, part: string, css: string): ShadowHost {
  const host = document.createElement(HOST_TAG);
  host.dataset.part = part;
  // Fixed boxes at the top of the stacking order; the host itself takes no space.
  host.style.cssText = 'all: initial; position: fixed; left: 0; top: 0; z-index: 2147483646; display: block;';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const mount = document.createElement('div');
  root.append(style, mount);
  document.documentElement.append(host);
  return { host, root, mount, remove: () => host.remove() };
}

/** Whether an event or element comes from our own UI rather than the page. */
export function isOwnUi(node: EventTarget | null): boolean {
  const element = node as Element | null;
  return element?.nodeType === 1 && element.closest(HOST_TAG) !== null;
}
