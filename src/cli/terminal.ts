/**
 * Text for a terminal. Control characters other than line feed and tab (C0, DEL, C1, which
 * hold ESC and CSI), and the direction overrides and isolates that reorder what is shown, are
 * written as `\uXXXX` escapes: visible, harmless to a terminal, and in JSON output (where these
 * characters can only stand inside strings) the very same value.
 */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
