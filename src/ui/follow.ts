/**
 * Tells when an element changes size or moves in its viewport, without polling, so the UI
 * docked to it can follow. Sizes come from a ResizeObserver. Moves come from an
 * IntersectionObserver whose root margin shrinks the viewport to exactly the element's box:
 * the element crosses that box's edge as soon as it moves or grows, the observer reports it,
 * and is set up again around the new box. An idle page costs nothing.
 */
export function followElement(element: Element, onChange: () => void): () => void {
  const moves = observeMoves(element, onChange);
  const resize = new ResizeObserver(() => {
    // An element shown again (or grown from nothing) can be watched for moves again.
    moves.resume();
    onChange();
  });
  resize.observe(element);
  return () => {
    resize.disconnect();
    moves.stop();
  };
}

function sameBox(a: DOMRect, b: DOMRect): boolean {
  return a.left === b.left && a.top === b.top && a.width === b.width && a.height === b.height;
}

function observeMoves(element: Element, onMove: () => void): { stop(): void; resume(): void } {
  let observer: IntersectionObserver | undefined;
  const stop = () => {
    observer?.disconnect();
    observer = undefined;
  };

  /**
   * `threshold` is the share of the element seen at rest: below 1 when a scrolling ancestor
   * clips it, which the first report tells; `settling` while that share is being adopted.
   */
  const watch = (threshold: number, settling = false) => {
    stop();
    const document = element.ownerDocument;
    const viewport = document.documentElement;
    const box = element.getBoundingClientRect();
    // A hidden element cannot be watched this way; the resize observer reports it coming back.
    if (!element.isConnected || box.width === 0 || box.height === 0) return;
    const insets = [box.top, viewport.clientWidth - box.right, viewport.clientHeight - box.bottom, box.left];
    const rootMargin = insets.map((inset) => `${-Math.floor(inset)}px`).join(' ');
    let first = true;
    const onIntersection = (entries: IntersectionObserverEntry[]) => {
      const ratio = entries[entries.length - 1]?.intersectionRatio ?? 0;
      const wasFirst = first;
      first = false;
      if (wasFirst && ratio !== threshold) {
        // Clipped at rest: watch for a change of the share that shows, once (rounding must not loop).
        // Clipped entirely: this observer still reports the element coming into view.
        if (ratio > 0 && !settling) watch(ratio, true);
        return;
      }
      if (!wasFirst || !sameBox(box, element.getBoundingClientRect())) {
        onMove();
        watch(1);
      }
    };
    try {
      observer = new IntersectionObserver(onIntersection, { root: document, rootMargin, threshold });
    } catch {
      // Browsers without a document as root: the top viewport, which is the same box for the top page.
      observer = new IntersectionObserver(onIntersection, { rootMargin, threshold });
    }
    observer.observe(element);
  };

  watch(1);
  return {
    stop,
    resume: () => {
      if (!observer) watch(1);
    },
  };
}
