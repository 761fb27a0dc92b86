/**
 * Node-only file access for the formats: read `.json` or `.json.gz` (gzip recognised by its magic bytes),
 * write gzipped when the name ends in `.gz`. Problems come back as diagnostics, never as exceptions.
 * Kept apart so that browser bundles of the solver never pull `node:fs` or `node:zlib`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Diagnostic } from '../diagnostics.ts';
import type { Instance } from '../model/instance.ts';
import type { Plan } from '../plan/plan.ts';
import { isGzip } from './bytes.ts';
import type { InstanceReadResult, PlanReadResult } from './json/index.ts';
import { jsonLimitations, readInstance, readPlan, stringifyInstance, stringifyPlan } from './json/index.ts';

function ioError(file: string, code: string, message: string, hint?: string): Diagnostic {
  return { severity: 'error', code, message, file, ...(hint === undefined ? {} : { hint }) };
}

function describeFsError(e: unknown): string {
  const code = (e as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (e as Error).message;
}

/** The text of a file, gunzipped when it is gzip data. */
export async function readTextFile(file: string, options: { name?: string } = {}): Promise<{ text?: string; diagnostics: Diagnostic[] }> {
  const name = options.name ?? file;
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { diagnostics: [ioError(name, 'IO001', `cannot read the file: ${describeFsError(e)}`)] };
  }
  if (isGzip(bytes)) {
    try {
      bytes = gunzipSync(bytes);
    } catch (e) {
      return { diagnostics: [ioError(name, 'IO002', `cannot decompress: ${(e as Error).message}`, 'the file starts like gzip data but is truncated or corrupt')] };
    }
  }
  return { text: bytes.toString('utf8'), diagnostics: [] };
}

/** Writes text, gzipped when the name ends in `.gz`. Returns the problems (none when written). */
export async function writeTextFile(file: string, text: string): Promise<Diagnostic[]> {
  try {
    await writeFile(file, file.endsWith('.gz') ? gzipSync(text) : text);
    return [];
  } catch (e) {
    return [ioError(file, 'IO003', `cannot write the file: ${describeFsError(e)}`)];
  }
}

/** `options.name`: the file name to show in diagnostics (e.g. as the user typed it), default `file`. */
export async function readInstanceFile(file: string, options: { name?: string } = {}): Promise<InstanceReadResult> {
  const { text, diagnostics } = await readTextFile(file, options);
  return text === undefined ? { diagnostics } : readInstance(text, { file: options.name ?? file });
}

export async function readPlanFile(file: string, options: { name?: string } = {}): Promise<PlanReadResult> {
  const { text, diagnostics } = await readTextFile(file, options);
  return text === undefined ? { diagnostics } : readPlan(text, { file: options.name ?? file });
}

/** Writes an instance as BtrPlace JSON; the warnings say what JSON could not hold. */
export async function writeInstanceFile(file: string, instance: Instance): Promise<Diagnostic[]> {
  const warnings = jsonLimitations(instance.model).map((d) => ({ ...d, file }));
  return [...warnings, ...(await writeTextFile(file, stringifyInstance(instance)))];
}

export async function writePlanFile(file: string, plan: Plan): Promise<Diagnostic[]> {
  return writeTextFile(file, stringifyPlan(plan));
}
