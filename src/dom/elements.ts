/** Small DOM questions the adapters and the UI share. */

/** Laid out and not hidden: a minimised or closed compose window has no boxes. */
export function isRendered(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0 && !element.closest('[hidden],[aria-hidden="true"]');
}

/** Connected to its document, and that document's frame (if any) connected to the page. */
export function isAttached(element: Element): boolean {
  if (!element.isConnected) return false;
  const frame = frameElementOf(element.ownerDocument);
  return frame === null || isAttached(frame);
}

/** The iframe an editor's document lives in, or null for the top document or a foreign frame. */
export function frameElementOf(document: Document): Element | null {
  try {
    return document.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** The document of a same-origin iframe, or null when it is cross-origin or not loaded. */
export function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

function isEditableValue(value: string | null): boolean {
  return value !== null && value.toLowerCase() !== 'false';
}

/** An element that starts an editable region: it is contenteditable and its parent is not. */
export function isEditingHost(element: Element): boolean {
  if (!isEditableValue(element.getAttribute('contenteditable'))) return false;
  const parent = element.parentElement?.closest('[contenteditable]');
  return !parent || !isEditableValue(parent.getAttribute('contenteditable'));
}

/** Every editing host in a document, outermost only. */
export function editingHostsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[contenteditable]')].filter(isEditingHost);
}

/** The nearest ancestor (the element itself included) that contains something matching `selector`. */
export function closestContaining(element: Element, selector: string, limit?: Element): HTMLElement | null {
  for (let current: Element | null = element; current && current !== limit; current = current.parentElement) {
    if (current.querySelector(selector)) return current as HTMLElement;
  }
  return null;
}
