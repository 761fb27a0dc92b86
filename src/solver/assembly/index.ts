// Exports of the engine module. The host (src/solver/engine/wasm.ts) instantiates a fresh module per solve with
// the `stub` runtime: memory is only ever bumped, and dropping the instance frees everything at once.
import { LAYOUT_VERSION } from './layout';

export { init, step, finish, hasPlan, outputPointer, outputLength, placementOf, decisionsSoFar, failsSoFar } from './engine';

/** The layout this module was built with; the host refuses a module built for another one. */
export function layoutVersion(): i32 {
  return LAYOUT_VERSION;
}

/** Reserves the input buffer of `words` i32 words and returns its address, for the host to fill. */
export function inputBuffer(words: i32): usize {
  return heap.alloc(<usize>words << 2);
}
