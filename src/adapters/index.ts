import { generic } from './generic.ts';
import { gmail } from './gmail.ts';
import { outlook } from './outlook.ts';
import { roundcube } from './roundcube.ts';
import type { ComposeWindow, SiteAdapter } from './types.ts';

/** Site adapters, most specific first; the generic one must stay last. */
export const siteAdapters: readonly SiteAdapter[] = [gmail, outlook, roundcube, generic];

/** The adapter that owns the host, alone; elsewhere all of them, so test pages and the agent's own sites work. */
export function adaptersFor(hostname: string, adapters: readonly SiteAdapter[] = siteAdapters): readonly SiteAdapter[] {
  const owner = adapters.find((adapter) => adapter.hosts.includes(hostname));
  return owner ? [owner] : adapters;
}

/** The attributes any of the adapters watches, for one observer over the page. */
export function watchedAttributes(adapters: readonly SiteAdapter[]): { window: Set<string>; all: string[] } {
  const window = new Set(adapters.flatMap((adapter) => adapter.windowAttributes));
  return { window, all: [...new Set([...window, ...adapters.flatMap((adapter) => adapter.sendAttributes)])] };
}

function within(window: ComposeWindow, element: Element): boolean {
  const frame = element.ownerDocument.defaultView?.frameElement;
  return window.root.contains(element) || window.body === element || (frame ? window.root.contains(frame) : false);
}

export interface DetectedCompose {
  adapter: SiteAdapter['id'];
  window: ComposeWindow;
}

/**
 * Compose windows from the adapters in order. An editor inside a window an earlier adapter
 * found (Gmail's recipient field, Outlook's To well) is part of that window, not one of its own.
 */
export function detectComposeWindows(document: Document, adapters: readonly SiteAdapter[]): DetectedCompose[] {
  const found: DetectedCompose[] = [];
  for (const adapter of adapters) {
    const claimed = found.map((earlier) => earlier.window);
    for (const window of adapter.detect(document)) {
      if (claimed.some((earlier) => within(earlier, window.body))) continue;
      if (found.some((earlier) => earlier.window.body === window.body)) continue;
      found.push({ adapter: adapter.id, window });
    }
  }
  return found;
}
