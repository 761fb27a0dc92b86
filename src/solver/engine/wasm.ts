/**
 * Loading the engine module. The `.wasm` is compiled once per process (or worker) and instantiated afresh for
 * every solve: the module uses AssemblyScript's `stub` runtime, whose allocator only bumps, so dropping the
 * instance is how its memory is freed (see src/solver/README.md, "Runtime").
 *
 * The URL form `new URL('…/engine.wasm', import.meta.url)` is the one Vite rewrites into an asset of the site;
 * in Node the same URL is a `file:` URL read from disk.
 */
import { LAYOUT_VERSION } from './layout.ts';

export interface EngineExports {
  memory: WebAssembly.Memory;
  layoutVersion(): number;
  inputBuffer(words: number): number;
  init(buffer: number): number;
  step(budget: number): number;
  finish(): number;
  hasPlan(): number;
  outputPointer(): number;
  outputLength(): number;
  decisionsSoFar(): number;
  failsSoFar(): number;
}

/** An assertion inside the engine failed: a bug of the engine, reported as such. */
export class EngineTrap extends Error {}

let compiled: Promise<WebAssembly.Module> | undefined;

export const ENGINE_URL = new URL('../assembly/build/engine.wasm', import.meta.url);

/** Supplies the module explicitly (bytes, a compiled module or a URL), e.g. from a bundler or a test. */
export function setEngineSource(source: WebAssembly.Module | BufferSource | URL): void {
  compiled = source instanceof WebAssembly.Module ? Promise.resolve(source) : source instanceof URL ? compileFrom(source) : WebAssembly.compile(source);
}

export function engineModule(): Promise<WebAssembly.Module> {
  compiled ??= compileFrom(ENGINE_URL);
  return compiled;
}

async function compileFrom(url: URL): Promise<WebAssembly.Module> {
  if (url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    let bytes: Uint8Array;
    try {
      bytes = await readFile(url);
    } catch {
      throw new Error(`the solver engine is not built (${url.pathname} is missing): run \`npm run build:wasm\``);
    }
    return WebAssembly.compile(bytes as BufferSource);
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot load the solver engine from ${url.href}: HTTP ${response.status}`);
  return WebAssembly.compile(await response.arrayBuffer());
}

export function instantiate(module: WebAssembly.Module): EngineExports {
  const instance = new WebAssembly.Instance(module, {
    env: {
      abort(_message: number, _file: number, line: number, column: number) {
        throw new EngineTrap(`engine assertion failed at ${line}:${column}`);
      },
    },
  });
  const exports = instance.exports as unknown as EngineExports;
  if (exports.layoutVersion() !== LAYOUT_VERSION) {
    throw new Error(`the solver engine was built for layout ${exports.layoutVersion()}, the host expects ${LAYOUT_VERSION}: rebuild it`);
  }
  return exports;
}
