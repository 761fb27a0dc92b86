/**
 * The flat buffer layout shared with the AssemblyScript engine. Mirrors src/solver/assembly/layout.ts word for
 * word (AssemblyScript and TypeScript cannot share a module); the engine reports its LAYOUT_VERSION and the host
 * refuses a module built for another layout.
 */
export const LAYOUT_VERSION = 8;
export const MAGIC = 0x56495452;

export const H = { magic: 0, nodes: 1, vms: 2, resources: 3, seed: 4, objective: 5, failBudget: 6, repair: 7, poolLen: 8, improve: 9 } as const;
export const HEADER_WORDS = 16;

export const VM_STATE = { init: 0, ready: 1, running: 2, sleeping: 3, killed: 4 } as const;
export const NODE_TARGET = { free: -1, off: 0, on: 1 } as const;
export const VM_FLAG = { noDelay: 1, reinstantiate: 2 } as const;

/** Constraint records of the pool: [kind, payloadLength, payload...]. */
export const REC = {
  ban: 1, fence: 2, spread: 3, gather: 4, among: 5, precedence: 6, deadline: 7, split: 8, lonely: 9, runningCapacity: 10,
  resourceCapacity: 11, seq: 12, serialize: 13, maxOnline: 14, splitAmong: 15, sync: 16,
} as const;
/** At most this many lonely constraints (the engine keeps their membership as bits of one word per VM). */
export const MAX_LONELY = 30;

export const OUTCOME = { plan: 0, noSolution: 1, gaveUp: 2, running: 3 } as const;
export const ACT = { none: 0, migrate: 1, boot: 2, shutdown: 3, suspend: 4, resume: 5, kill: 6, forge: 7, stay: 8 } as const;
export const NODE_ACT = { none: 0, boot: 1, shutdown: 2 } as const;

export const OUT = { status: 0, fails: 1, culprit: 2, end: 3, decisions: 4, schedFails: 5 } as const;
export const OUT_HEADER = 8;
export const OUT_VM_WORDS = 5;
export const OUT_NODE_WORDS = 3;

/** Word offsets of each input section, computed from the sizes exactly as the engine's `init` does. */
export function sections(N: number, V: number, R: number) {
  let o = HEADER_WORDS;
  const take = (words: number) => {
    const at = o;
    o += words;
    return at;
  };
  const s = {
    nodeInit: take(N), nodeTarget: take(N), nodeBootD: take(N), nodeShutD: take(N), cap: take(N * R), capSched: take(N * R),
    vmInit: take(V), vmHost: take(V), vmTarget: take(V), vmFixed: take(V), vmFlags: take(V),
    cons: take(V * R), alloc: take(V * R),
    dMig: take(V), dBoot: take(V), dShut: take(V), dSusp: take(V), dRes: take(V), dKill: take(V), dForge: take(V),
    pool: 0,
  };
  s.pool = o;
  return s;
}
