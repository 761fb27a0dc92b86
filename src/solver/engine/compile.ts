/**
 * `npm run build:wasm`: compiles the AssemblyScript engine to `src/solver/assembly/build/engine.wasm`, unless the
 * last compilation came from the same sources, compiler version and flags (recorded beside the output). The
 * compiler takes about 3 s; every build, test and benchmark command starts with this step, and most of the time
 * the engine has not changed. Node only; the library never imports it.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const sourceDir = new URL('../assembly/', import.meta.url);
const output = new URL('../assembly/build/engine.wasm', import.meta.url);
const stamp = new URL('../assembly/build/engine.sources.sha256', import.meta.url);
const FLAGS = ['--runtime', 'stub', '-O3', '--noAssert'];

async function sourcesDigest(): Promise<string> {
  const require = createRequire(import.meta.url);
  const { version } = require('assemblyscript/package.json') as { version: string };
  const hash = createHash('sha256').update(`assemblyscript ${version}\n${FLAGS.join(' ')}\n`);
  const files = (await readdir(sourceDir)).filter((f) => f.endsWith('.ts')).sort();
  for (const f of files) hash.update(`${f}\n`).update(await readFile(new URL(f, sourceDir)));
  return hash.digest('hex');
}

async function readOrEmpty(url: URL): Promise<string> {
  try {
    return await readFile(url, 'utf8');
  } catch {
    return '';
  }
}

const digest = await sourcesDigest();
const force = process.argv.includes('--force');
const upToDate = !force && (await readOrEmpty(stamp)).trim() === digest && (await readOrEmpty(output)) !== '';
if (upToDate) {
  console.log('engine.wasm is up to date');
} else {
  const asc = await import('assemblyscript/asc');
  const entry = fileURLToPath(new URL('index.ts', sourceDir));
  const { error, stderr } = await asc.main([entry, '-o', fileURLToPath(output), ...FLAGS]);
  if (error) {
    console.error(stderr.toString());
    console.error(`engine compilation failed: ${error.message}`);
    process.exit(1);
  }
  await writeFile(stamp, `${digest}\n`);
  console.log('engine.wasm compiled');
}
