/**
 * Generated instances, as the worker makes them for the benchmark page: the instance, its summary and its input
 * hash, the same as a recording's (src/lib/reproducibility/recording.ts, a pure browser-safe module), so a run in
 * the browser can be matched with the build's.
 */
import type { Instance } from '../model/instance.ts';
import { inputHash } from '../../lib/reproducibility/recording.ts';
import { generateTdsc, type TdscParams, type TdscSummary } from './tdsc.ts';

export { checkTdscParams, generateTdsc, type TdscClass, type TdscParams, type TdscSummary } from './tdsc.ts';
export { mulberry32, type Random } from './prng.ts';

export interface Generated {
  instance: Instance;
  summary: TdscSummary;
  /** SHA-256 (hex) of the instance's canonical JSON. */
  inputHash: string;
  /** Milliseconds spent generating (not hashing). */
  generateMs: number;
}

export async function generateWithHash(params: TdscParams): Promise<Generated> {
  const t0 = performance.now();
  const { instance, summary } = generateTdsc(params);
  const generateMs = performance.now() - t0;
  return { instance, summary, inputHash: await inputHash(instance), generateMs };
}
