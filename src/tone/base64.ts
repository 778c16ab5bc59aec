/** The shipped models' weights travel as base64 text in TypeScript modules (model-weights.ts, phrasing-weights.ts). */

// Base64 by hand: atob and btoa are browser and Node globals, not the language's, and this layer
// uses neither.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const BASE64_VALUE = new Map([...BASE64].map((character, value) => [character, value]));

export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let index = 0; index < bytes.length; index += 3) {
    const triple = (bytes[index]! << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const characters = Math.min(4, bytes.length - index + 1);
    for (let position = 0; position < 4; position += 1) parts.push(position < characters ? BASE64[(triple >> (18 - 6 * position)) & 63]! : '=');
  }
  return parts.join('');
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let at = 0;
  for (const character of clean) {
    const value = BASE64_VALUE.get(character);
    if (value === undefined) throw new Error(`model weights: ${JSON.stringify(character)} is not base64`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
