// Page-level helpers for reading what Netiquette shows: findings in the panel, underlines in
// the CSS highlight registry and the mirror overlays, the send guard's dialog.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

export const PANEL = 'netiquette-ui[data-part="panel"]';
export const CARD = 'netiquette-ui[data-part="card"] [role="dialog"]';
export const GUARD_DIALOG = 'netiquette-ui[data-part="guard"] [role="alertdialog"]';

/** Rule ids listed in the n-th panel, in panel order. */
export async function panelRules(page: Page, index = 0): Promise<string[]> {
  return page.locator(PANEL).nth(index).locator('li button').evaluateAll((buttons) => buttons.map((button) => (button as HTMLElement).dataset.rule ?? ''));
}

/** Waits until the n-th panel lists every given rule. */
export async function expectRulesInPanel(page: Page, ruleIds: readonly string[], index = 0, timeout = 5_000): Promise<void> {
  const missing = async () => {
    const listed = new Set(await panelRules(page, index));
    return ruleIds.filter((ruleId) => !listed.has(ruleId));
  };
  try {
    await expect.poll(missing, { timeout }).toEqual([]);
  } catch (error) {
    throw new Error(`rules missing from the panel: ${(await missing()).join(', ')}`, { cause: error });
  }
}

/** The texts underlined in a document, by highlight name (netiquette-error, -warning, -info). */
export async function highlightedTexts(target: Page | Frame): Promise<Record<string, string[]>> {
  return target.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      result[name] = [...highlight].map((range) => range.toString());
    }
    return result;
  });
}

export async function allHighlightedTexts(target: Page | Frame): Promise<string[]> {
  return Object.values(await highlightedTexts(target)).flat();
}

/** Texts underlined by the mirror overlays of inputs and textareas. */
export async function overlayMarks(page: Page | Frame): Promise<string[]> {
  return page.locator('netiquette-ui[data-part="overlay"] .mark').evaluateAll((marks) => marks.map((mark) => mark.textContent ?? ''));
}

/** Types like a person: every character through the keyboard, lines ended with Enter. */
export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}
