/**
 * The solver's Web Worker: `new Worker(new URL('./solver.worker.ts', import.meta.url), {type: 'module'})`.
 * `onmessage` is installed synchronously and the engine is loaded with a dynamic import, so messages that
 * arrive while the wasm compiles are queued, not dropped (toolchain notes).
 */
import type { FromWorker, ToWorker } from './protocol.ts';

interface WorkerScope {
  onmessage: ((event: { data: ToWorker }) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = globalThis as unknown as WorkerScope;
const queue: ToWorker[] = [];
let handle: ((message: ToWorker) => void) | undefined;

scope.onmessage = (event) => {
  if (handle) handle(event.data);
  else queue.push(event.data);
};

void import('./handler.ts').then(({ createHandler }) => {
  handle = createHandler((message) => scope.postMessage(message));
  for (const message of queue.splice(0)) handle(message);
});
