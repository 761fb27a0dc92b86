/**
 * SHA-256 through Web Crypto (`crypto.subtle`), available both in Node 22 and in browsers (secure contexts:
 * https and localhost), so the site and the build hash the same bytes the same way.
 */

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The short form shown on badges: the first 12 hex digits, enough to tell recordings apart at a glance. */
export function shortHash(hex: string): string {
  return hex.slice(0, 12);
}
