/**
 * Share links of the placement playground: the scenario text, deflated ('deflate-raw') and written in base64url,
 * in the URL fragment (`#s=...`), so that a link reproduces the scenario exactly and the text never reaches a
 * server. Decoding is defensive: a link comes from anyone, so a malformed or oversized one is rejected with a
 * reason (a dictionary key suffix) and nothing is run.
 */

/** Largest scenario a link may carry, decompressed. A link is a convenience, not a file store. */
export const MAX_SHARED_BYTES = 64 * 1024;
/** The fragment key: `#s=<base64url>`. */
export const SHARE_KEY = 's';

export type ShareError = 'malformed' | 'tooLarge';
export type DecodedShare = { ok: true; text: string } | { ok: false; error: ShareError };

export async function encodeShare(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const deflated = await collect(new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw')), Infinity);
  return toBase64Url(deflated!);
}

/** The fragment of a share link for `text`, with its `#`. */
export async function shareFragment(text: string): Promise<string> {
  return `#${SHARE_KEY}=${await encodeShare(text)}`;
}

/** The shared payload of a fragment (`#s=...` or `s=...`), or undefined when the fragment carries none. */
export function sharedPayload(fragment: string): string | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  return params.get(SHARE_KEY) ?? undefined;
}

export async function decodeShare(payload: string): Promise<DecodedShare> {
  // Deflate never shrinks text below about a thousandth of its size; a longer payload cannot be a small scenario.
  if (payload.length > MAX_SHARED_BYTES * 2) return { ok: false, error: 'tooLarge' };
  const bytes = fromBase64Url(payload);
  if (!bytes || bytes.length === 0) return { ok: false, error: 'malformed' };
  let inflated: Uint8Array | undefined;
  try {
    inflated = await collect(new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')), MAX_SHARED_BYTES);
  } catch {
    return { ok: false, error: 'malformed' };
  }
  if (!inflated) return { ok: false, error: 'tooLarge' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, error: 'malformed' };
  }
}

/** Reads a byte stream to its end, or stops and returns undefined past `limit` bytes (a deflate bomb). */
async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      // Some engines reject the cancel of a transform's output; the answer is known either way.
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
