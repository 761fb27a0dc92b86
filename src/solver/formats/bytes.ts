/**
 * Bytes to text for instance and plan files, gzipped or not (recognised by gzip's magic bytes, whatever the
 * file name). Browser-safe: uses the web platform's `DecompressionStream`, available in browsers, workers and
 * Node. Node-side code that wants speed uses `node-io.ts` instead.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { InstanceReadResult, PlanReadResult } from './json/index.ts';
import { readInstance, readPlan } from './json/index.ts';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export async function decodeBytes(bytes: Uint8Array, file?: string): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  try {
    if (!isGzip(bytes)) return { text: new TextDecoder().decode(bytes), diagnostics: [] };
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('gzip'));
    return { text: await new Response(stream).text(), diagnostics: [] };
  } catch (e) {
    const d: Diagnostic = { severity: 'error', code: 'IO002', message: `cannot decompress: ${(e as Error).message}`, hint: 'the file starts like gzip data but is truncated or corrupt' };
    if (file !== undefined) d.file = file;
    return { diagnostics: [d] };
  }
}

/** A BtrPlace JSON instance from the bytes of a `.json` or `.json.gz` file. */
export async function decodeInstanceBytes(bytes: Uint8Array, options: { file?: string } = {}): Promise<InstanceReadResult> {
  const { text, diagnostics } = await decodeBytes(bytes, options.file);
  return text === undefined ? { diagnostics } : readInstance(text, options);
}

/** A BtrPlace JSON plan from the bytes of a `.json` or `.json.gz` file. */
export async function decodePlanBytes(bytes: Uint8Array, options: { file?: string } = {}): Promise<PlanReadResult> {
  const { text, diagnostics } = await decodeBytes(bytes, options.file);
  return text === undefined ? { diagnostics } : readPlan(text, options);
}
