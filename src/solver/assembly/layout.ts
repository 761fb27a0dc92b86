// Layout of the flat i32 input and output buffers shared with the host (src/solver/engine/layout.ts mirrors
// these numbers; a unit test checks that both agree through `layoutVersion()`).

export const LAYOUT_VERSION: i32 = 8;
export const MAGIC: i32 = 0x56495452; // "VITR"

// Header words.
export const H_MAGIC: i32 = 0;
export const H_NODES: i32 = 1;
export const H_VMS: i32 = 2;
export const H_RESOURCES: i32 = 3;
export const H_SEED: i32 = 4;
export const H_OBJECTIVE: i32 = 5;
export const H_FAIL_BUDGET: i32 = 6;
export const H_REPAIR: i32 = 7;
export const H_POOL_LEN: i32 = 8;
export const H_IMPROVE: i32 = 9; // 1: improve the first plan by local search (small instances)
export const HEADER_WORDS: i32 = 16;

// VM states.
export const S_INIT: i32 = 0;
export const S_READY: i32 = 1;
export const S_RUNNING: i32 = 2;
export const S_SLEEPING: i32 = 3;
export const S_KILLED: i32 = 4;

// Node target: free, must end offline, must end online.
export const T_FREE: i32 = -1;
export const T_OFF: i32 = 0;
export const T_ON: i32 = 1;

// VM flags.
export const F_NO_DELAY: i32 = 1;
// Relocated by re-instantiation (spec §3.3 consequence 4) when it moves: forge, boot on the destination, shutdown.
export const F_REINSTANTIATE: i32 = 2;

// Constraint records in the pool: [kind, payloadLength, payload...].
export const C_BAN: i32 = 1; // vm, nodes...
export const C_FENCE: i32 = 2; // vm, nodes...
export const C_SPREAD: i32 = 3; // continuous, vms...
export const C_GATHER: i32 = 4; // continuous, vms...
export const C_AMONG: i32 = 5; // continuous, nVms, vms..., nParts, (size, nodes...)*
export const C_PRECEDENCE: i32 = 6; // vm1, vm2
export const C_DEADLINE: i32 = 7; // vm, seconds
export const C_SPLIT: i32 = 8; // continuous, nGroups, (size, vms...)*
export const C_LONELY: i32 = 9; // continuous, vms...
export const C_RUNCAP: i32 = 10; // amount, nodes...
export const C_RCAP: i32 = 11; // continuous, resource, amount, nodes... (several nodes)
export const C_SEQ: i32 = 12; // vms... in order
export const C_SERIALIZE: i32 = 13; // vms...
export const C_MAXONLINE: i32 = 14; // continuous, amount, nodes...
export const C_SPLITAMONG: i32 = 15; // continuous, nGroups, (size, vms...)*, nParts, (size, nodes...)*
export const C_SYNC: i32 = 16; // vms...

// Outcome codes (output word 0).
export const R_PLAN: i32 = 0;
export const R_NO_SOLUTION: i32 = 1;
export const R_GAVE_UP: i32 = 2;
export const R_RUNNING: i32 = 3;

// Action kinds per VM in the output.
export const A_NONE: i32 = 0;
export const A_MIGRATE: i32 = 1;
export const A_BOOT: i32 = 2;
export const A_SHUTDOWN: i32 = 3;
export const A_SUSPEND: i32 = 4;
export const A_RESUME: i32 = 5;
export const A_KILL: i32 = 6;
export const A_FORGE: i32 = 7;
export const A_STAY: i32 = 8; // running VM that stays; its allocation may change

// Node action kinds.
export const N_NONE: i32 = 0;
export const N_BOOT: i32 = 1;
export const N_SHUTDOWN: i32 = 2;

// Output: OUT_HEADER words, then per VM 5 words (kind, dest, start, end, growTime), then per node 3 words.
export const O_STATUS: i32 = 0;
export const O_FAILS: i32 = 1;
export const O_CULPRIT: i32 = 2; // VM that had no possible host at the deepest failure, or -1
export const O_END: i32 = 3;
export const O_DECISIONS: i32 = 4;
export const O_SCHED_FAILS: i32 = 5;
export const OUT_HEADER: i32 = 8;
export const OUT_VM_WORDS: i32 = 5;
export const OUT_NODE_WORDS: i32 = 3;
