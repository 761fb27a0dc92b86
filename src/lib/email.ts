/**
 * E-mail addresses in a form that address harvesters do not read, and that a person still can.
 *
 * The HTML gets two things, neither containing the address, an `@` or `mailto:`:
 * - `text`, readable by people and screen readers: `jane.doe [at] inria [dot] fr`;
 * - `data`, the address reversed and base64-encoded, for an optional script that turns the text into a
 *   working `mailto:` link on click (`revealEmail(data)` gives the address back). Without JavaScript the
 *   readable text is enough.
 * Pure functions, shared by pages (build time) and the small client script.
 */

export interface ObfuscatedEmail {
  /** Human-readable form without `@` or dots: `jane.doe [at] inria [dot] fr`. */
  text: string;
  /** Reversed and base64-encoded address, for `revealEmail`. */
  data: string;
}

export function obfuscateEmail(address: string): ObfuscatedEmail {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) throw new RangeError(`not an e-mail address: ${trimmed}`);
  const user = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).split('.').join(' [dot] ');
  return { text: `${user} [at] ${domain}`, data: toBase64([...trimmed].reverse().join('')) };
}

/** The address hidden in `ObfuscatedEmail.data`. */
export function revealEmail(data: string): string {
  return [...fromBase64(data)].reverse().join('');
}

// btoa/atob exist in browsers and in Node >= 16; going through UTF-8 bytes keeps non-ASCII addresses intact.
function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(data: string): string {
  const binary = atob(data);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}
