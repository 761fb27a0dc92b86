// The placement engine: repair-mode candidate selection, depth-first placement with stay-first / worst-fit value
// order and chronological backtracking over a trail, then list scheduling of the actions under the resource rule
// of spec §3.3. MiniSat habits: elements are i32 indices, data sits in flat arrays sized once in `init`, undo is
// popping the trail, and nothing is allocated once the search has started. See src/solver/README.md.
import {
  A_BOOT, A_FORGE, A_KILL, A_MIGRATE, A_NONE, A_RESUME, A_SHUTDOWN, A_STAY, A_SUSPEND,
  C_AMONG, C_BAN, C_DEADLINE, C_FENCE, C_GATHER, C_LONELY, C_MAXONLINE, C_PRECEDENCE, C_RCAP, C_RUNCAP, C_SEQ, C_SERIALIZE,
  C_SPLIT, C_SPLITAMONG, C_SPREAD, C_SYNC,
  F_NO_DELAY, F_REINSTANTIATE, HEADER_WORDS, H_FAIL_BUDGET, H_IMPROVE, H_MAGIC, H_NODES, H_OBJECTIVE, H_POOL_LEN, H_REPAIR, H_RESOURCES, H_SEED, H_VMS,
  MAGIC, N_BOOT, N_NONE, N_SHUTDOWN,
  O_CULPRIT, O_DECISIONS, O_END, O_FAILS, O_SCHED_FAILS, O_STATUS, OUT_HEADER, OUT_NODE_WORDS, OUT_VM_WORDS,
  R_GAVE_UP, R_NO_SOLUTION, R_PLAN, R_RUNNING,
  S_INIT, S_KILLED, S_READY, S_RUNNING, S_SLEEPING, T_FREE, T_OFF, T_ON,
} from './layout';

// ---- Input (read in place from the host's buffer) ------------------------------------------------------------
let inp: usize = 0;
let N: i32 = 0;
let V: i32 = 0;
let R: i32 = 0;
let seed: i32 = 0;
let failBudget: i32 = 0;
let repair: bool = true;
let improveOn: bool = false;
let objective: i32 = 0;
let oNodeInit: i32 = 0; let oNodeTarget: i32 = 0; let oNodeBootD: i32 = 0; let oNodeShutD: i32 = 0; let oCap: i32 = 0; let oCapSched: i32 = 0;
let oVmInit: i32 = 0; let oVmHost: i32 = 0; let oVmTarget: i32 = 0; let oVmFixed: i32 = 0; let oVmFlags: i32 = 0;
let oCons: i32 = 0; let oAlloc: i32 = 0;
let oDMig: i32 = 0; let oDBoot: i32 = 0; let oDShut: i32 = 0; let oDSusp: i32 = 0; let oDRes: i32 = 0; let oDKill: i32 = 0; let oDForge: i32 = 0;
let oPool: i32 = 0; let poolLen: i32 = 0;

@inline function I(word: i32): i32 { return load<i32>(inp + (<usize>word << 2)); }
@inline function nodeInit(n: i32): i32 { return I(oNodeInit + n); }
@inline function nodeTarget(n: i32): i32 { return I(oNodeTarget + n); }
/** Capacity the final placement must respect (overbook ratio, every resourceCapacity on the node). */
@inline function cap(n: i32, r: i32): i64 { return <i64>I(oCap + n * R + r); }
/** Capacity at every instant of the schedule (overbook ratio, continuous resourceCapacity only). */
@inline function capSched(n: i32, r: i32): i64 { return <i64>I(oCapSched + n * R + r); }
@inline function vmInit(v: i32): i32 { return I(oVmInit + v); }
@inline function vmHost(v: i32): i32 { return I(oVmHost + v); }
@inline function vmTarget(v: i32): i32 { return I(oVmTarget + v); }
@inline function cons(v: i32, r: i32): i64 { return <i64>I(oCons + v * R + r); }
@inline function alloc(v: i32, r: i32): i64 { return <i64>I(oAlloc + v * R + r); }
/** What a VM that stays holds at t=0: a decrease applies at 0 (instantaneous allocate), a growth later. */
@inline function startUse(v: i32, r: i32): i64 { const c = cons(v, r); const a = alloc(v, r); return a < c ? a : c; }
/** Growth of a staying VM, acquired when its node has room. */
@inline function growth(v: i32, r: i32): i64 { const c = cons(v, r); const a = alloc(v, r); return a > c ? a - c : 0; }
@inline function P(word: i32): i32 { return I(oPool + word); }

// ---- Search state ---------------------------------------------------------------------------------------------
let dest: StaticArray<i32> = new StaticArray<i32>(0); // final host of each future-running VM, -1 otherwise
let finalLoad: StaticArray<i64> = new StaticArray<i64>(0); // [n*R+r] final usage of assigned VMs
let nowLoad: StaticArray<i64> = new StaticArray<i64>(0); // [n*R+r] usage at t=0 plus arrivals assigned so far
let invCap: StaticArray<f64> = new StaticArray<f64>(0); // [n*R+r] 1/capacity (0 for a zero capacity)
let order: StaticArray<i32> = new StaticArray<i32>(0); // decision variables (candidate VMs) in decision order
let nVars: i32 = 0;
let depth: i32 = 0; // next variable to decide; order[0..depth) are assigned (the trail)
let triedStart: StaticArray<i32> = new StaticArray<i32>(0); // per depth, start of its tried nodes in `tried`
let tried: StaticArray<i32> = new StaticArray<i32>(0);
let triedTop: i32 = 0;
const TRIED_MAX: i32 = 1 << 22;
let fails: i32 = 0;
let schedFails: i32 = 0;
let decisions: i32 = 0;
let culprit: i32 = -1;
let culpritDepth: i32 = -1;
let status: i32 = R_RUNNING;
let phase: i32 = 0; // 0 = placement (repair), 1 = placement (every VM managed), 2 = done
// Per-VM constraint records (CSR over pool offsets).
let vcStart: StaticArray<i32> = new StaticArray<i32>(0);
let vcList: StaticArray<i32> = new StaticArray<i32>(0);
// Scratch stamps, named after their owner (the value selection) and reset by bumping the epoch.
let epoch: i32 = 0;
let forbidStamp: StaticArray<i32> = new StaticArray<i32>(0);
let triedStamp: StaticArray<i32> = new StaticArray<i32>(0);
let fenceStamp: StaticArray<i32> = new StaticArray<i32>(0);
let fenceCount: StaticArray<i32> = new StaticArray<i32>(0);
let amongStamp: StaticArray<i32> = new StaticArray<i32>(0);
let amongCount: StaticArray<i32> = new StaticArray<i32>(0);
let isVar: StaticArray<i32> = new StaticArray<i32>(0);
// Repair widening: VMs promoted to variables after a failure, and failed VMs decided first on the restart.
let extraVar: StaticArray<i32> = new StaticArray<i32>(0);
let boosted: StaticArray<i32> = new StaticArray<i32>(0);
let restarts: i32 = 0;
const MAX_RESTARTS: i32 = 64;
let skipTried: bool = false;
let keys: StaticArray<i64> = new StaticArray<i64>(0);
// Scheduling state.
let act: StaticArray<i32> = new StaticArray<i32>(0);
let start: StaticArray<i32> = new StaticArray<i32>(0);
let end: StaticArray<i32> = new StaticArray<i32>(0);
let growAt: StaticArray<i32> = new StaticArray<i32>(0);
let free: StaticArray<i64> = new StaticArray<i64>(0);
let pending: StaticArray<i32> = new StaticArray<i32>(0);
let releases: StaticArray<i64> = new StaticArray<i64>(0);
let heapSize: i32 = 0;
let nodeAct: StaticArray<i32> = new StaticArray<i32>(0);
let nodeStart: StaticArray<i32> = new StaticArray<i32>(0);
let nodeEnd: StaticArray<i32> = new StaticArray<i32>(0);
let avail: StaticArray<i32> = new StaticArray<i32>(0);
let finalOn: StaticArray<i32> = new StaticArray<i32>(0);
let out: StaticArray<i32> = new StaticArray<i32>(0);
// Node-set constraints (runningCapacity, resourceCapacity over several nodes, maxOnline): per node, the records
// that include it (CSR), and per record a running counter of the final placement.
let ncStart: StaticArray<i32> = new StaticArray<i32>(0);
let ncList: StaticArray<i32> = new StaticArray<i32>(0);
let recIndex: StaticArray<i32> = new StaticArray<i32>(0); // pool word of a record -> its counter index
let recCount: StaticArray<i64> = new StaticArray<i64>(0);
let recFree: StaticArray<i64> = new StaticArray<i64>(0); // continuous resourceCapacity: free capacity now (schedule)
let nNodeRecs: i32 = 0;
let nodeVmCount: StaticArray<i32> = new StaticArray<i32>(0); // final VMs per node
// Lonely: the records, each VM's membership as bits, and per record and node the final set / other VMs.
let lonelyRecs: StaticArray<i32> = new StaticArray<i32>(32);
let nLonely: i32 = 0;
let lonelyMask: StaticArray<i32> = new StaticArray<i32>(0);
let lonelySet: StaticArray<i32> = new StaticArray<i32>(0);
let lonelyOther: StaticArray<i32> = new StaticArray<i32>(0);
// VMs hosted (running or sleeping) on each node at the start, CSR.
let hostStart: StaticArray<i32> = new StaticArray<i32>(0);
let hostList: StaticArray<i32> = new StaticArray<i32>(0);
// Departures that wait (seq): they go through the pending list of the scheduler.
let waits: StaticArray<i32> = new StaticArray<i32>(0);

/**
 * Reads the header and sizes every array once. Pre: `buffer` holds a layout the host wrote (validated there).
 * Post: status is RUNNING with the repair-mode decision variables ordered, or NO_SOLUTION/PLAN if decided early.
 * Returns false if the buffer is not an engine input.
 */
export function init(buffer: usize): bool {
  inp = buffer;
  if (I(H_MAGIC) != MAGIC) return false;
  N = I(H_NODES); V = I(H_VMS); R = I(H_RESOURCES); seed = I(H_SEED);
  failBudget = I(H_FAIL_BUDGET); repair = I(H_REPAIR) != 0; poolLen = I(H_POOL_LEN);
  let o = HEADER_WORDS;
  oNodeInit = o; o += N; oNodeTarget = o; o += N; oNodeBootD = o; o += N; oNodeShutD = o; o += N; oCap = o; o += N * R; oCapSched = o; o += N * R;
  oVmInit = o; o += V; oVmHost = o; o += V; oVmTarget = o; o += V; oVmFixed = o; o += V; oVmFlags = o; o += V;
  oCons = o; o += V * R; oAlloc = o; o += V * R;
  oDMig = o; o += V; oDBoot = o; o += V; oDShut = o; o += V; oDSusp = o; o += V; oDRes = o; o += V; oDKill = o; o += V;
  oDForge = o; o += V; oPool = o;
  objective = I(H_OBJECTIVE); improveOn = I(H_IMPROVE) != 0;

  homeList = new StaticArray<i32>(V); homeFrom = new StaticArray<i32>(V);
  rank = new StaticArray<i32>(V); bestRank = new StaticArray<i32>(V); movable = new StaticArray<i32>(V); pairCand = new StaticArray<i32>(2 * N); lnsCand = new StaticArray<i32>(LNS_K * N);
  improveEvals = 0;
  dest = new StaticArray<i32>(V); bestDest = new StaticArray<i32>(V); variant = 0; globalBest = i64.MAX_VALUE; haveBest = false; improveCand = new StaticArray<i32>(IMPROVE_K); improveScore = new StaticArray<f64>(IMPROVE_K); finalLoad = new StaticArray<i64>(N * R); nowLoad = new StaticArray<i64>(N * R);
  invCap = new StaticArray<f64>(N * R);
  for (let i = 0; i < N * R; i++) { const c = I(oCap + i); unchecked(invCap[i] = c > 0 ? 1.0 / <f64>c : 0); }
  order = new StaticArray<i32>(V); triedStart = new StaticArray<i32>(V + 1); // Every depth of the current path keeps the nodes it tried: at most N each. Sized for small instances'
  // complete searches; a larger search that fills it gives up (never a wrong answer).
  const triedCap = <i64>V * <i64>N + 1 < TRIED_MAX ? <i32>(<i64>V * <i64>N + 1) : TRIED_MAX;
  tried = new StaticArray<i32>(triedCap);
  forbidStamp = new StaticArray<i32>(N); triedStamp = new StaticArray<i32>(N); fenceStamp = new StaticArray<i32>(N);
  fenceCount = new StaticArray<i32>(N); amongStamp = new StaticArray<i32>(N); amongCount = new StaticArray<i32>(N);
  isVar = new StaticArray<i32>(V); extraVar = new StaticArray<i32>(V); boosted = new StaticArray<i32>(V); restarts = 0;
  keys = new StaticArray<i64>(V);
  act = new StaticArray<i32>(V); start = new StaticArray<i32>(V); end = new StaticArray<i32>(V); growAt = new StaticArray<i32>(V);
  free = new StaticArray<i64>(N * R); pending = new StaticArray<i32>(V); releases = new StaticArray<i64>(V + N + 1);
  nodeAct = new StaticArray<i32>(N); nodeStart = new StaticArray<i32>(N); nodeEnd = new StaticArray<i32>(N);
  avail = new StaticArray<i32>(N); finalOn = new StaticArray<i32>(N); blockStamp = new StaticArray<i32>(N);
  out = new StaticArray<i32>(OUT_HEADER + V * OUT_VM_WORDS + N * OUT_NODE_WORDS);
  buildVmConstraintIndex();
  buildNodeIndexes();
  status = R_RUNNING;
  phase = 0;
  prepareSearch(repair);
  return true;
}

/** Pool offsets of the records that constrain each VM, in CSR form: vcList[vcStart[v] .. vcStart[v+1]). */
function buildVmConstraintIndex(): void {
  vcStart = new StaticArray<i32>(V + 1);
  let total = 0;
  for (let pass = 0; pass < 2; pass++) {
    let w = 0;
    while (w < poolLen) {
      const kind = P(w); const size = P(w + 1); const p = w + 2;
      if (kind == C_BAN || kind == C_FENCE || kind == C_DEADLINE) noteMember(pass, P(p), w);
      else if (kind == C_SPREAD || kind == C_GATHER) { for (let i = 1; i < size; i++) noteMember(pass, P(p + i), w); }
      else if (kind == C_AMONG) { const nv = P(p + 1); for (let i = 0; i < nv; i++) noteMember(pass, P(p + 2 + i), w); }
      else if (kind == C_PRECEDENCE) { noteMember(pass, P(p), w); noteMember(pass, P(p + 1), w); }
      else if (kind == C_LONELY) { for (let i = 1; i < size; i++) noteMember(pass, P(p + i), w); }
      else if (kind == C_SEQ || kind == C_SERIALIZE || kind == C_SYNC) { for (let i = 0; i < size; i++) noteMember(pass, P(p + i), w); }
      else if (kind == C_SPLIT || kind == C_SPLITAMONG) {
        const nGroups = P(p + 1); let q = p + 2;
        for (let g = 0; g < nGroups; g++) { const sz = P(q); for (let i = 1; i <= sz; i++) noteMember(pass, P(q + i), w); q += sz + 1; }
      }
      w += 2 + size;
    }
    if (pass == 0) {
      total = 0;
      for (let v = 0; v < V; v++) { const c = unchecked(vcStart[v]); unchecked(vcStart[v] = total); total += c; }
      unchecked(vcStart[V] = total);
      vcList = new StaticArray<i32>(total);
    } else {
      // Second pass advanced every start by its count: shift back.
      for (let v = V; v > 0; v--) unchecked(vcStart[v] = vcStart[v - 1]);
      unchecked(vcStart[0] = 0);
    }
  }
}

/** Node-set records per node, counter indexes, lonely membership, and the VMs of each node at the start. */
function buildNodeIndexes(): void {
  ncStart = new StaticArray<i32>(N + 1);
  recIndex = new StaticArray<i32>(poolLen + 1);
  lonelyMask = new StaticArray<i32>(V);
  nNodeRecs = 0; nLonely = 0;
  let total = 0;
  for (let pass = 0; pass < 2; pass++) {
    let w = 0;
    while (w < poolLen) {
      const kind = P(w); const size = P(w + 1); const p = w + 2;
      const first = kind == C_RUNCAP ? 1 : kind == C_RCAP ? 3 : kind == C_MAXONLINE ? 2 : size;
      if (pass == 0 && first < size) { unchecked(recIndex[w] = nNodeRecs); nNodeRecs++; }
      for (let i = first; i < size; i++) {
        const n = P(p + i);
        if (pass == 0) unchecked(ncStart[n] = ncStart[n] + 1);
        else { unchecked(ncList[ncStart[n]] = w); unchecked(ncStart[n] = ncStart[n] + 1); }
      }
      if (pass == 0 && kind == C_LONELY && nLonely < 31) {
        for (let i = 1; i < size; i++) unchecked(lonelyMask[P(p + i)] = lonelyMask[P(p + i)] | (1 << nLonely));
        unchecked(lonelyRecs[nLonely] = w); nLonely++;
      }
      w += 2 + size;
    }
    if (pass == 0) {
      for (let n = 0; n < N; n++) { const c = unchecked(ncStart[n]); unchecked(ncStart[n] = total); total += c; }
      unchecked(ncStart[N] = total);
      ncList = new StaticArray<i32>(total);
    } else {
      for (let n = N; n > 0; n--) unchecked(ncStart[n] = ncStart[n - 1]);
      unchecked(ncStart[0] = 0);
    }
  }
  recCount = new StaticArray<i64>(nNodeRecs); recFree = new StaticArray<i64>(nNodeRecs);
  nodeVmCount = new StaticArray<i32>(N);
  lonelySet = new StaticArray<i32>(nLonely * N); lonelyOther = new StaticArray<i32>(nLonely * N);
  waits = new StaticArray<i32>(V);
  hostStart = new StaticArray<i32>(N + 1);
  for (let v = 0; v < V; v++) { const h = vmHost(v); if (h >= 0) unchecked(hostStart[h + 1] = hostStart[h + 1] + 1); }
  for (let n = 0; n < N; n++) unchecked(hostStart[n + 1] = hostStart[n + 1] + hostStart[n]);
  hostList = new StaticArray<i32>(unchecked(hostStart[N]));
  const fill = new StaticArray<i32>(N);
  for (let v = 0; v < V; v++) {
    const h = vmHost(v);
    if (h >= 0) { unchecked(hostList[hostStart[h] + fill[h]] = v); unchecked(fill[h] = fill[h] + 1); }
  }
}

/** A node that is online at the end whatever the placement (or powered at the start, for continuous maxOnline). */
@inline function baseCounted(w: i32, n: i32): bool {
  if (nodeTarget(n) == T_ON) return true;
  return nodeInit(n) == 1 && (P(w + 2) != 0 || nodeTarget(n) != T_OFF);
}

/** Node-set and lonely conditions for v on n, given the VMs assigned so far (v itself unassigned). */
function nodeRecordsAllow(v: i32, n: i32): bool {
  for (let k = unchecked(ncStart[n]); k < unchecked(ncStart[n + 1]); k++) {
    const w = unchecked(ncList[k]); const kind = P(w); const c = unchecked(recCount[recIndex[w]]);
    if (kind == C_RUNCAP) { if (c + 1 > <i64>P(w + 2)) return false; }
    else if (kind == C_RCAP) { if (c + alloc(v, P(w + 3)) > <i64>P(w + 4)) return false; }
    else if (kind == C_MAXONLINE) {
      if (unchecked(nodeVmCount[n]) == 0 && !baseCounted(w, n) && c + 1 > <i64>P(w + 3)) return false;
    }
  }
  const mask = unchecked(lonelyMask[v]);
  for (let k = 0; k < nLonely; k++) {
    if ((mask & (1 << k)) != 0) { if (unchecked(lonelyOther[k * N + n]) > 0) return false; }
    else if (unchecked(lonelySet[k * N + n]) > 0) return false;
  }
  return true;
}

/** Keeps the node-set counters and lonely counts in step with an assignment (delta = +1) or its undo (-1). */
function countOn(v: i32, n: i32, delta: i32): void {
  const before = unchecked(nodeVmCount[n]);
  unchecked(nodeVmCount[n] = before + delta);
  for (let k = unchecked(ncStart[n]); k < unchecked(ncStart[n + 1]); k++) {
    const w = unchecked(ncList[k]); const kind = P(w); const i = unchecked(recIndex[w]);
    if (kind == C_RUNCAP) unchecked(recCount[i] += <i64>delta);
    else if (kind == C_RCAP) unchecked(recCount[i] += <i64>delta * alloc(v, P(w + 3)));
    else if (kind == C_MAXONLINE && !baseCounted(w, n)) {
      if (delta > 0 && before == 0) unchecked(recCount[i] += 1);
      if (delta < 0 && before == 1) unchecked(recCount[i] -= 1);
    }
  }
  const mask = unchecked(lonelyMask[v]);
  for (let k = 0; k < nLonely; k++) {
    if ((mask & (1 << k)) != 0) unchecked(lonelySet[k * N + n] += delta);
    else unchecked(lonelyOther[k * N + n] += delta);
  }
}

function resetCounters(): void {
  for (let n = 0; n < N; n++) unchecked(nodeVmCount[n] = 0);
  for (let i = 0; i < nLonely * N; i++) { unchecked(lonelySet[i] = 0); unchecked(lonelyOther[i] = 0); }
  let w = 0;
  while (w < poolLen) {
    const kind = P(w); const size = P(w + 1);
    if (kind == C_RUNCAP || kind == C_RCAP) unchecked(recCount[recIndex[w]] = 0);
    else if (kind == C_MAXONLINE) {
      let base: i64 = 0;
      for (let i = 2; i < size; i++) if (baseCounted(w, P(w + 2 + i))) base++;
      unchecked(recCount[recIndex[w]] = base);
    }
    w += 2 + size;
  }
}

@inline function noteMember(pass: i32, v: i32, w: i32): void {
  if (pass == 0) unchecked(vcStart[v] = vcStart[v] + 1);
  else { unchecked(vcList[vcStart[v]] = w); unchecked(vcStart[v] = vcStart[v] + 1); }
}

@inline function futureRunning(v: i32): bool { return vmTarget(v) == S_RUNNING; }
@inline function runningNow(v: i32): bool { return vmInit(v) == S_RUNNING; }

/**
 * Chooses the decision variables and their order. In repair mode only misplaced VMs are variables (spec §4.3):
 * VMs to boot or resume, VMs on nodes that must go offline or are overloaded after preserve, and VMs violating a
 * ban, fence, spread, gather or among. Every other future-running VM stays where it is.
 * Post: dest/load/nowLoad hold the staying VMs; order[0..nVars) sorted by decision priority.
 */
function prepareSearch(repairOnly: bool): void {
  for (let i = 0; i < N * R; i++) { unchecked(finalLoad[i] = 0); unchecked(nowLoad[i] = 0); }
  for (let v = 0; v < V; v++) { unchecked(dest[v] = -1); unchecked(isVar[v] = 0); }
  resetCounters();
  // Usage at t=0: every VM running now occupies its host, with its growth (growths take room at 0 when they can).
  for (let v = 0; v < V; v++) if (runningNow(v)) {
    const h = vmHost(v);
    for (let r = 0; r < R; r++) unchecked(nowLoad[h * R + r] += futureRunning(v) ? startUse(v, r) + growth(v, r) : cons(v, r));
  }
  for (let v = 0; v < V; v++) {
    if (!futureRunning(v)) continue;
    if (!runningNow(v) || !repairOnly || unchecked(extraVar[v]) != 0) { unchecked(isVar[v] = 1); continue; }
    const h = vmHost(v);
    if (nodeTarget(h) == T_OFF) { unchecked(isVar[v] = 1); continue; }
    const fixedTo = I(oVmFixed + v);
    if (fixedTo >= 0 && fixedTo != h) { unchecked(isVar[v] = 1); continue; }
  }
  if (repairOnly) markMisplacedByConstraints();
  // Staying VMs are assigned now; then overloaded nodes make all their VMs variables (and unassign them).
  for (let v = 0; v < V; v++) if (futureRunning(v) && unchecked(isVar[v]) == 0) assignRaw(v, vmHost(v));
  if (repairOnly) {
    for (let n = 0; n < N; n++) {
      let over = false;
      for (let r = 0; r < R; r++) if (unchecked(finalLoad[n * R + r]) > cap(n, r)) over = true;
      if (!over) continue;
      for (let i = unchecked(hostStart[n]); i < unchecked(hostStart[n + 1]); i++) {
        const v = unchecked(hostList[i]);
        if (unchecked(dest[v]) == n && unchecked(isVar[v]) == 0) { unassignRaw(v); unchecked(isVar[v] = 1); }
      }
    }
  }
  nVars = 0;
  for (let v = 0; v < V; v++) if (unchecked(isVar[v]) != 0) {
    unchecked(keys[nVars] = (priority(v) << 24) | <i64>v);
    nVars++;
  }
  sortKeys(nVars);
  for (let i = 0; i < nVars; i++) unchecked(order[i] = <i32>(unchecked(keys[i]) & 0xffffff));
  depth = 0; triedTop = 0; unchecked(triedStart[0] = 0); culprit = -1; culpritDepth = -1;
}

/**
 * Smaller first. VMs that may stay come first (non-growing big ones, then growing ones: evicting a growing VM
 * saves its allocate action), then VMs that must move or start, restricted domains first, big ones first.
 */
function priority(v: i32): i64 {
  const late: i64 = unchecked(boosted[v]) != 0 ? 0 : 1;
  return (late << 21) | basePriority(v);
}

function basePriority(v: i32): i64 {
  let w: i64 = 0;
  for (let r = 0; r < R; r++) { const c = N > 0 ? cap(0, r) : 1; w += alloc(v, r) * 1000 / (c > 0 ? c : 1); }
  if (w > 0xffff) w = 0xffff;
  const weightDesc: i64 = 0xffff - w;
  if (mayStay(v)) {
    let grows: i64 = 0;
    for (let r = 0; r < R; r++) if (alloc(v, r) > cons(v, r)) grows = 1;
    return (grows << 17) | weightDesc;
  }
  // Variant 0: constrained VMs first; 1: only fixed or fenced ones first; 2: small ones first.
  let restricted: i64 = 1;
  if (I(oVmFixed + v) >= 0) restricted = 0;
  for (let k = unchecked(vcStart[v]); k < unchecked(vcStart[v + 1]); k++) {
    const kind = P(unchecked(vcList[k]));
    if (variant != 1 || kind == C_FENCE) restricted = 0;
  }
  if (variant == 2) return (<i64>1 << 19) | (restricted << 17) | (0xffff - weightDesc);
  return (<i64>1 << 19) | (restricted << 17) | weightDesc;
}

/** Can v keep its current host as far as its own domain says (node stays on, no ban/fence/root against it)? */
function mayStay(v: i32): bool {
  if (!runningNow(v)) return false;
  const h = vmHost(v);
  if (nodeTarget(h) == T_OFF) return false;
  const fixedTo = I(oVmFixed + v);
  if (fixedTo >= 0 && fixedTo != h) return false;
  for (let k = unchecked(vcStart[v]); k < unchecked(vcStart[v + 1]); k++) {
    const w = unchecked(vcList[k]); const kind = P(w);
    if (kind != C_BAN && kind != C_FENCE) continue;
    let inside = false;
    for (let i = 1; i < P(w + 1); i++) if (P(w + 2 + i) == h) inside = true;
    if ((kind == C_BAN) == inside) return false;
  }
  return true;
}

/** Repair mode: future-running VMs that violate ban, fence, spread, gather or among become decision variables. */
function markMisplacedByConstraints(): void {
  let w = 0;
  while (w < poolLen) {
    const kind = P(w); const size = P(w + 1); const p = w + 2;
    if (kind == C_BAN || kind == C_FENCE) {
      const v = P(p);
      if (runningNow(v) && futureRunning(v)) {
        let inside = false;
        for (let i = 1; i < size; i++) if (P(p + i) == vmHost(v)) inside = true;
        if ((kind == C_BAN) == inside) unchecked(isVar[v] = 1);
      }
    } else if (kind == C_SPREAD) {
      for (let i = 1; i < size; i++) for (let j = i + 1; j < size; j++) {
        const a = P(p + i); const b = P(p + j);
        if (runningNow(a) && runningNow(b) && futureRunning(a) && futureRunning(b) && vmHost(a) == vmHost(b)) { unchecked(isVar[a] = 1); unchecked(isVar[b] = 1); }
      }
    } else if (kind == C_SPLIT) {
      // VMs of different groups running on one node.
      const nGroups = P(p + 1);
      let qa = p + 2;
      for (let ga = 0; ga < nGroups; ga++) {
        const sa = P(qa);
        let qb = qa + sa + 1;
        for (let gb = ga + 1; gb < nGroups; gb++) {
          const sb = P(qb);
          for (let i = 1; i <= sa; i++) for (let j = 1; j <= sb; j++) {
            const a = P(qa + i); const b = P(qb + j);
            if (runningNow(a) && runningNow(b) && futureRunning(a) && futureRunning(b) && vmHost(a) == vmHost(b)) { unchecked(isVar[a] = 1); unchecked(isVar[b] = 1); }
          }
          qb += sb + 1;
        }
        qa += sa + 1;
      }
    } else if (kind == C_SPLITAMONG) {
      if (!splitAmongHolds(w)) {
        const nGroups = P(p + 1); let q = p + 2;
        for (let g = 0; g < nGroups; g++) { const sz = P(q); for (let i = 1; i <= sz; i++) { const v = P(q + i); if (futureRunning(v)) unchecked(isVar[v] = 1); } q += sz + 1; }
      }
    } else if (kind == C_LONELY) {
      const bit = lonelyBit(w);
      for (let n = 0; n < N; n++) {
        let set = 0; let other = 0;
        for (let i = unchecked(hostStart[n]); i < unchecked(hostStart[n + 1]); i++) {
          const u = unchecked(hostList[i]);
          if (!runningNow(u) || !futureRunning(u)) continue;
          if ((unchecked(lonelyMask[u]) & bit) != 0) set++; else other++;
        }
        if (set > 0 && other > 0) for (let i = unchecked(hostStart[n]); i < unchecked(hostStart[n + 1]); i++) {
          const u = unchecked(hostList[i]);
          if (runningNow(u) && futureRunning(u)) unchecked(isVar[u] = 1);
        }
      }
    } else if (kind == C_RUNCAP || kind == C_RCAP) {
      const first = kind == C_RUNCAP ? 1 : 3;
      let used: i64 = 0;
      for (let i = first; i < size; i++) {
        const n = P(p + i);
        for (let j = unchecked(hostStart[n]); j < unchecked(hostStart[n + 1]); j++) {
          const u = unchecked(hostList[j]);
          if (runningNow(u) && futureRunning(u)) used += kind == C_RUNCAP ? 1 : alloc(u, P(p + 1));
        }
      }
      if (used > <i64>P(p + (kind == C_RUNCAP ? 0 : 2))) {
        for (let i = first; i < size; i++) {
          const n = P(p + i);
          for (let j = unchecked(hostStart[n]); j < unchecked(hostStart[n + 1]); j++) {
            const u = unchecked(hostList[j]);
            if (runningNow(u) && futureRunning(u)) unchecked(isVar[u] = 1);
          }
        }
      }
    } else if (kind == C_GATHER || kind == C_AMONG) {
      // Any member to start, or running members not together: the whole set is managed.
      const first = kind == C_GATHER ? p + 1 : p + 2;
      const count = kind == C_GATHER ? size - 1 : P(p + 1);
      let ref = -1; let bad = false;
      for (let i = 0; i < count; i++) {
        const v = P(first + i);
        if (!futureRunning(v)) continue;
        if (!runningNow(v)) { bad = true; continue; }
        const key = kind == C_GATHER ? vmHost(v) : partOf(w, vmHost(v));
        if (key < 0) bad = true;
        if (ref == -1) ref = key; else if (ref != key) bad = true;
      }
      if (bad) for (let i = 0; i < count; i++) { const v = P(first + i); if (futureRunning(v)) unchecked(isVar[v] = 1); }
    }
    w += 2 + size;
  }
}

function lonelyBit(w: i32): i32 {
  for (let k = 0; k < nLonely; k++) if (unchecked(lonelyRecs[k]) == w) return 1 << k;
  return 0;
}

/** Pool word of the node partition of splitAmong record w (its nParts word). */
function splitAmongParts(w: i32): i32 {
  const p = w + 2; const nGroups = P(p + 1); let q = p + 2;
  for (let g = 0; g < nGroups; g++) q += P(q) + 1;
  return q;
}

/** Part index of node n in the partition starting at pool word q (nParts word), or -1. */
function partIn(q: i32, n: i32): i32 {
  const nParts = P(q); let x = q + 1;
  for (let k = 0; k < nParts; k++) {
    const sz = P(x);
    for (let i = 1; i <= sz; i++) if (P(x + i) == n) return k;
    x += sz + 1;
  }
  return -1;
}

/** Part of VM group g of splitAmong w given its members' hosts (final when known, else current), -1 if none, -2 if split. */
function groupPart(w: i32, g: i32, skip: i32, current: bool): i32 {
  const p = w + 2; let q = p + 2;
  for (let i = 0; i < g; i++) q += P(q) + 1;
  const parts = splitAmongParts(w);
  const sz = P(q); let part = -1;
  for (let i = 1; i <= sz; i++) {
    const m = P(q + i);
    if (m == skip || !futureRunning(m)) continue;
    const at = current ? (runningNow(m) ? vmHost(m) : -1) : unchecked(dest[m]);
    if (at < 0) continue;
    const k = partIn(parts, at);
    if (k < 0) return -2;
    if (part == -1) part = k; else if (part != k) return -2;
  }
  return part;
}

/** Does splitAmong w hold on the current placement? */
function splitAmongHolds(w: i32): bool {
  const nGroups = P(w + 3);
  for (let g = 0; g < nGroups; g++) {
    const a = groupPart(w, g, -1, true);
    if (a == -2) return false;
    if (a < 0) continue;
    for (let h = g + 1; h < nGroups; h++) if (groupPart(w, h, -1, true) == a) return false;
  }
  return true;
}

/** Index of the part of among record `w` holding node n, or -1. */
function partOf(w: i32, n: i32): i32 {
  const p = w + 2;
  let q = p + 2 + P(p + 1);
  const nParts = P(q); q++;
  for (let k = 0; k < nParts; k++) {
    const size = P(q);
    for (let i = 1; i <= size; i++) if (P(q + i) == n) return k;
    q += size + 1;
  }
  return -1;
}

/** Pool word where part k of among record w starts (its size word). */
function partAt(w: i32, k: i32): i32 {
  const p = w + 2;
  let q = p + 2 + P(p + 1) + 1;
  for (let i = 0; i < k; i++) q += P(q) + 1;
  return q;
}

function assignRaw(v: i32, n: i32): void {
  unchecked(dest[v] = n);
  countOn(v, n, 1);
  const stays = runningNow(v) && vmHost(v) == n;
  for (let r = 0; r < R; r++) {
    unchecked(finalLoad[n * R + r] += alloc(v, r));
    if (!stays) unchecked(nowLoad[n * R + r] += alloc(v, r));
  }
}

function unassignRaw(v: i32): void {
  const n = unchecked(dest[v]);
  const stays = runningNow(v) && vmHost(v) == n;
  for (let r = 0; r < R; r++) {
    unchecked(finalLoad[n * R + r] -= alloc(v, r));
    if (!stays) unchecked(nowLoad[n * R + r] -= alloc(v, r));
  }
  countOn(v, n, -1);
  unchecked(dest[v] = -1);
}

/**
 * The best host for v that is allowed, fits, respects its placement constraints and was not tried at this depth,
 * or -1. Value order: stay, then a node with room right now, then online before booting, then worst fit.
 */
/** Nodes scanned before settling for the best one found so far (if it has room now). */
const WINDOW: i32 = 512;
let domainOnly: i32 = -1;
let domainFences: i32 = 0;
let domainAmong: i32 = 0;

/**
 * Stamps v's domain for the current epoch: nodes forbidden by ban, spread and the tried values; fence and among
 * counters; the one node gather or root imposes (domainOnly). False when gather imposes two nodes at once.
 */
function markDomain(v: i32): bool {
  epoch++;
  const e = epoch;
  if (!skipTried) for (let i = unchecked(triedStart[depth]); i < triedTop; i++) unchecked(triedStamp[tried[i]] = e);
  let only = I(oVmFixed + v);
  let nFences = 0; let nAmong = 0;
  domainOnly = -1; domainFences = 0; domainAmong = 0;
  for (let k = unchecked(vcStart[v]); k < unchecked(vcStart[v + 1]); k++) {
    const w = unchecked(vcList[k]); const kind = P(w); const size = P(w + 1); const p = w + 2;
    if (kind == C_BAN) {
      for (let i = 1; i < size; i++) unchecked(forbidStamp[P(p + i)] = e);
    } else if (kind == C_FENCE) {
      nFences++;
      for (let i = 1; i < size; i++) {
        const n = P(p + i);
        if (unchecked(fenceStamp[n]) != e) { unchecked(fenceStamp[n] = e); unchecked(fenceCount[n] = 0); }
        unchecked(fenceCount[n] = fenceCount[n] + 1);
      }
    } else if (kind == C_SPREAD) {
      for (let i = 1; i < size; i++) { const m = P(p + i); if (m != v && unchecked(dest[m]) >= 0) unchecked(forbidStamp[dest[m]] = e); }
    } else if (kind == C_GATHER) {
      const continuous = P(p) != 0;
      // Continuous: a running member of a set of two or more never moves (spec §2.2).
      if (continuous && runningNow(v) && size > 2) {
        if (only == -1) only = vmHost(v); else if (only != vmHost(v)) return false;
      }
      for (let i = 1; i < size; i++) {
        const m = P(p + i);
        if (m == v || !futureRunning(m)) continue;
        let at = unchecked(dest[m]);
        if (continuous && runningNow(m)) at = vmHost(m);
        if (at < 0) continue;
        if (only == -1) only = at; else if (only != at) return false;
      }
    } else if (kind == C_SPLIT) {
      // Nodes that receive VMs of the other groups are forbidden.
      const nGroups = P(p + 1); let q = p + 2;
      let mine = -1;
      for (let g = 0; g < nGroups && mine < 0; g++) { const sz = P(q); for (let i = 1; i <= sz; i++) if (P(q + i) == v) mine = g; q += sz + 1; }
      q = p + 2;
      for (let g = 0; g < nGroups; g++) {
        const sz = P(q);
        if (g != mine) for (let i = 1; i <= sz; i++) { const m = P(q + i); if (unchecked(dest[m]) >= 0) unchecked(forbidStamp[dest[m]] = e); }
        q += sz + 1;
      }
    } else if (kind == C_SPLITAMONG) {
      const continuous = P(p) != 0; const nGroups = P(p + 1);
      let mine = -1; let q = p + 2;
      for (let g = 0; g < nGroups && mine < 0; g++) { const sz = P(q); for (let i = 1; i <= sz; i++) if (P(q + i) == v) mine = g; q += sz + 1; }
      let part = groupPart(w, mine, v, false);
      if (continuous) { const cur = groupPart(w, mine, -1, true); if (cur >= 0) part = cur; }
      if (part == -2) return false;
      const parts = splitAmongParts(w); const nParts = P(parts);
      nAmong++;
      let x = parts + 1;
      for (let k2 = 0; k2 < nParts; k2++) {
        const sz = P(x);
        let usable = part < 0 || k2 == part;
        for (let g = 0; g < nGroups && usable; g++) if (g != mine && groupPart(w, g, -1, false) == k2) usable = false;
        if (usable) for (let i = 1; i <= sz; i++) {
          const n = P(x + i);
          if (unchecked(amongStamp[n]) != e) { unchecked(amongStamp[n] = e); unchecked(amongCount[n] = 0); }
          unchecked(amongCount[n] = amongCount[n] + 1);
        }
        x += sz + 1;
      }
    } else if (kind == C_AMONG) {
      const continuous = P(p) != 0; const nv = P(p + 1);
      let part = -1;
      for (let i = 0; i < nv && part < 0; i++) {
        const m = P(p + 2 + i);
        if (m == v || !futureRunning(m)) continue;
        if (continuous && runningNow(m)) part = partOf(w, vmHost(m));
        else if (unchecked(dest[m]) >= 0) part = partOf(w, unchecked(dest[m]));
      }
      if (continuous && part < 0 && runningNow(v)) part = partOf(w, vmHost(v));
      nAmong++;
      const nParts = P(p + 2 + nv);
      for (let k2 = 0; k2 < nParts; k2++) {
        if (part >= 0 && k2 != part) continue;
        const q = partAt(w, k2); const sz = P(q);
        for (let i = 1; i <= sz; i++) {
          const n = P(q + i);
          if (unchecked(amongStamp[n]) != e) { unchecked(amongStamp[n] = e); unchecked(amongCount[n] = 0); }
          unchecked(amongCount[n] = amongCount[n] + 1);
        }
      }
    }
  }
  domainOnly = only; domainFences = nFences; domainAmong = nAmong;
  return true;
}

function selectHost(v: i32): i32 {
  if (!markDomain(v)) return -1;
  const e = epoch; const only = domainOnly; const nFences = domainFences; const nAmong = domainAmong;
  const host = runningNow(v) ? vmHost(v) : -1;
  let best = -1; let bestScore: f64 = 1e300;
  // Stay first: the host keeps the VM whenever it is allowed and fits.
  if (host >= 0 && (only < 0 || only == host) && allowedFor(v, host, e, nFences, nAmong) && fitsFinal(v, host)) return host;
  // Large clusters: scan a rotating window first and stop there when it holds a node with room right now;
  // otherwise go on over every node, so no possible host is ever skipped.
  const first = only >= 0 ? only : (N > 0 ? <i32>((<u32>seed + <u32>decisions * 7919) % <u32>N) : 0);
  const count = only >= 0 ? 1 : N;
  for (let i = 0; i < count; i++) {
    if (i == WINDOW && bestScore < 2) break;
    let n = first + i; if (n >= N) n -= N;
    if (n == host || !allowedFor(v, n, e, nFences, nAmong)) continue;
    // Score: +4 for a node to boot, +2 for no room before some VM leaves, plus the worst-fit ratio in [0, 1].
    let score: f64 = nodeInit(n) == 0 ? 4 : 0;
    if (score >= bestScore) continue;
    let worst: f64 = 0; let fits = true; let fitsNow = true;
    for (let r = 0; r < R; r++) {
      const c = cap(n, r);
      const use = unchecked(finalLoad[n * R + r]) + alloc(v, r);
      if (use > c) { fits = false; break; }
      if (unchecked(nowLoad[n * R + r]) + alloc(v, r) > c) fitsNow = false;
      const ratio: f64 = <f64>use * unchecked(invCap[n * R + r]);
      if (ratio > worst) worst = ratio;
    }
    if (!fits) continue;
    score += worst;
    if (!fitsNow) score += 2;
    if (score < bestScore) { bestScore = score; best = n; }
  }
  return best;
}

@inline function allowed(n: i32, e: i32, nFences: i32, nAmong: i32): bool {
  if (nodeTarget(n) == T_OFF) return false;
  if (unchecked(triedStamp[n]) == e || unchecked(forbidStamp[n]) == e) return false;
  if (nFences > 0 && (unchecked(fenceStamp[n]) != e || unchecked(fenceCount[n]) != nFences)) return false;
  if (nAmong > 0 && (unchecked(amongStamp[n]) != e || unchecked(amongCount[n]) != nAmong)) return false;
  return true;
}

/** allowed() plus the node-set and lonely conditions. */
@inline function allowedFor(v: i32, n: i32, e: i32, nFences: i32, nAmong: i32): bool {
  if (!allowed(n, e, nFences, nAmong)) return false;
  return (nNodeRecs == 0 && nLonely == 0) || nodeRecordsAllow(v, n);
}

function fitsFinal(v: i32, n: i32): bool {
  for (let r = 0; r < R; r++) {
    if (unchecked(finalLoad[n * R + r]) + alloc(v, r) > cap(n, r)) return false;
  }
  return true;
}

/**
 * Runs up to `budget` decisions of the depth-first placement. Post: status is PLAN when a placement was found and
 * scheduled, NO_SOLUTION when every placement was refuted, GAVE_UP when the failure budget ran out, else RUNNING.
 */
export function step(budget: i32): i32 {
  let left = budget;
  while (status == R_RUNNING && left > 0) {
    left--;
    if (phase == 3) { left -= improveStep(); continue; }
    if (depth == nVars) {
      if (schedule()) {
        if (improveOn && nVars > 0) { startImprove(); continue; }
        status = R_PLAN; break;
      }
      schedFails++;
      if (!backtrack()) break;
      continue;
    }
    const v = unchecked(order[depth]);
    const n = selectHost(v);
    decisions++;
    if (n < 0) {
      if (depth > culpritDepth) { culpritDepth = depth; culprit = v; }
      if (phase == 0 && restarts < MAX_RESTARTS && widen(v)) { restarts++; fails++; prepareSearch(true); continue; }
      if (!backtrack()) break;
      continue;
    }
    if (triedTop >= tried.length) { if (haveBest) restoreBest(); else status = R_GAVE_UP; break; }
    unchecked(tried[triedTop] = n); triedTop++;
    assignRaw(v, n);
    depth++;
    unchecked(triedStart[depth] = triedTop);
  }
  if (status == R_PLAN || status == R_NO_SOLUTION || status == R_GAVE_UP) writeOutput();
  return status;
}

// ---- Improvement: local search on the cost, one VM's host at a time -------------------------------------------
const IMPROVE_K: i32 = 8; // candidate hosts tried per VM and round
const IMPROVE_ROUNDS: i32 = 3;
let improveCand: StaticArray<i32> = new StaticArray<i32>(0);
let improveScore: StaticArray<f64> = new StaticArray<f64>(0);
let bestCost: i64 = 0;
let impIndex: i32 = 0;
let impRound: i32 = 0;
let impImproved: bool = false;

/**
 * Cost of the scheduled plan: the sum of action ends (MinMTTR), or the time spent migrating first and the sum of
 * ends second (MinMigrations). Pre: schedule() succeeded.
 */
function planCost(): i64 {
  let ends: i64 = 0; let migrating: i64 = 0;
  for (let v = 0; v < V; v++) {
    const k = unchecked(act[v]);
    if (k == A_STAY) {
      if (unchecked(growAt[v]) > 0) for (let r = 0; r < R; r++) if (growth(v, r) > 0) ends += <i64>unchecked(growAt[v]);
    } else if (k != A_NONE) {
      ends += <i64>unchecked(end[v]);
      if (k == A_MIGRATE && !reinstantiated(v)) migrating += <i64>duration(v, k);
    }
  }
  for (let n = 0; n < N; n++) if (unchecked(nodeAct[n]) != N_NONE) ends += <i64>unchecked(nodeEnd[n]);
  return objective == 1 ? migrating * 1000000000 + ends : ends;
}

function startImprove(): void {
  phase = 3; bestCost = planCost(); impIndex = 0; impRound = 0; impImproved = false; impStage = 0; impCycle = 0; stageImproved = false;
}

// ---- Improvement, small instances: the order of the list scheduler --------------------------------------------
// Shortest-first is a heuristic: on a contended node, starting a longer arrival first can let a chain of moves
// finish earlier. Each arrival gets a rank (−2..2) that moves it in the scheduler's order; a rank round tries
// every other rank of each arrival and keeps a change when the cost drops. Bounded by counts, not by time.
const RANK_MAX_VMS: i32 = 64; // instances with more VMs keep shortest-first
const RANK_CYCLES: i32 = 3; // placement rounds, then rank rounds, at most this many times
let rank: StaticArray<i32> = new StaticArray<i32>(0);
let bestRank: StaticArray<i32> = new StaticArray<i32>(0);
let impStage: i32 = 0; // 0 = hosts, 2 = pairs of hosts, 3 = k hosts (LNS), 1 = ranks
let impCycle: i32 = 0;
let stageImproved: bool = false; // the pair or rank stage improved something (another host stage may pay)

/** One arrival of the rank round: its other ranks, the first that lowers the cost is kept. Returns the work. */
function rankStep(): i32 {
  const v = impIndex;
  impIndex++;
  const k = unchecked(act[v]);
  if (k != A_MIGRATE && k != A_BOOT && k != A_RESUME) return 1;
  const old = unchecked(rank[v]);
  let work = 1;
  for (let r = -2; r <= 2; r++) {
    if (r == old) continue;
    unchecked(rank[v] = r);
    work++;
    if (schedule()) {
      const c = planCost();
      if (c < bestCost) { bestCost = c; impImproved = true; stageImproved = true; return work; }
    }
  }
  unchecked(rank[v] = old);
  if (!schedule()) status = R_GAVE_UP; // was scheduled before with these ranks: cannot fail
  return work;
}

// ---- Improvement, demo-sized instances: two VMs re-placed at once ---------------------------------------------
// One VM at a time cannot trade places (spread) or swap a staying VM for a moving one. On instances of the old
// online demo's size, every pair of future-running VMs (staying ones included) is freed and re-placed over every
// pair of allowed hosts, each placement evaluated by the list scheduler; at most V²/2 · N² schedules a round.
const PAIR_MAX_VMS: i32 = 24;
const PAIR_MAX_NODES: i32 = 16;
let movable: StaticArray<i32> = new StaticArray<i32>(0);
let nMovable: i32 = 0;
let pairCand: StaticArray<i32> = new StaticArray<i32>(0);

function startPairs(): void {
  nMovable = 0;
  for (let v = 0; v < V; v++) if (unchecked(dest[v]) >= 0) unchecked(movable[nMovable++] = v);
}

/**
 * The allowed hosts of v that fit, given every other assignment, into into[from..); returns the new end.
 * Shared by the pair and the k-VM stages, each with its own candidate buffer.
 */
function collectHosts(v: i32, into: StaticArray<i32>, from: i32): i32 {
  skipTried = true;
  const ok = markDomain(v);
  skipTried = false;
  if (!ok) return from;
  const e = epoch;
  let c = from;
  for (let n = 0; n < N; n++) {
    if (domainOnly >= 0 && n != domainOnly) continue;
    if (allowedFor(v, n, e, domainFences, domainAmong) && fitsFinal(v, n)) unchecked(into[c++] = n);
  }
  return c;
}

/** Pair impIndex (row-major over movable × movable, upper triangle): the first better re-placement is kept. */
function pairStep(): i32 {
  if (improveEvals >= SMALL_EVAL_BUDGET) { impIndex = nMovable * nMovable; return 1; }
  const i = impIndex / nMovable; const j = impIndex % nMovable;
  impIndex++;
  if (j <= i) return 1;
  const u = unchecked(movable[i]); const w = unchecked(movable[j]);
  const ou = unchecked(dest[u]); const ow = unchecked(dest[w]);
  unassignRaw(u); unassignRaw(w);
  const unit = 1 + V / 256;
  let work = 1;
  const nu = collectHosts(u, pairCand, 0);
  for (let a = 0; a < nu; a++) {
    const hu = unchecked(pairCand[a]);
    assignRaw(u, hu);
    // pairCand holds at most N hosts of u then N of w: sized 2N below.
    const nw = collectHosts(w, pairCand, nu);
    for (let b = nu; b < nw; b++) {
      const hw = unchecked(pairCand[b]);
      if (hu == ou && hw == ow) continue;
      assignRaw(w, hw);
      work += unit; improveEvals++;
      if (schedule()) {
        const c = planCost();
        if (c < bestCost) { bestCost = c; impImproved = true; stageImproved = true; return work; }
      }
      unassignRaw(w);
    }
    unassignRaw(u);
  }
  assignRaw(u, ou); assignRaw(w, ow);
  return work;
}

// ---- Improvement, demo-sized instances: k VMs re-placed at once by complete enumeration -----------------------
// Neighbourhoods of LNS_K VMs drawn by a generator seeded with the solve's seed; each is freed and re-placed over
// every combination of allowed hosts (depth first, fit and constraints checked per level), each complete
// placement evaluated by the list scheduler. Bounded by counts: LNS_ITERS neighbourhoods a cycle, LNS_EVALS
// schedules each, so the result never depends on the clock.
const LNS_K: i32 = 4;
const LNS_ITERS: i32 = 60;
// Schedules the pair and k-VM stages may evaluate in a whole solve (every variant): about 50 ms of work at most.
const SMALL_EVAL_BUDGET: i32 = 25000;
let improveEvals: i32 = 0;
const LNS_EVALS: i32 = 400;
let lnsCand: StaticArray<i32> = new StaticArray<i32>(0);
let lnsVm: StaticArray<i32> = new StaticArray<i32>(LNS_K);
let lnsOld: StaticArray<i32> = new StaticArray<i32>(LNS_K);
let lnsPos: StaticArray<i32> = new StaticArray<i32>(LNS_K);
let lnsEnd: StaticArray<i32> = new StaticArray<i32>(LNS_K);
let lnsRng: u32 = 1;

/** xorshift32: the neighbourhoods' only source of variety, seeded by the solve's seed. */
function nextRandom(): u32 {
  let x = lnsRng;
  x ^= x << 13; x ^= x >> 17; x ^= x << 5;
  lnsRng = x;
  return x;
}

/** One neighbourhood: the first complete re-placement of its VMs that lowers the cost is kept. Returns the work. */
function lnsStep(): i32 {
  if (improveEvals >= SMALL_EVAL_BUDGET) { impIndex = LNS_ITERS; return 1; }
  impIndex++;
  const k = nMovable < LNS_K ? nMovable : LNS_K;
  for (let i = 0; i < k; i++) {
    let v = 0;
    do { v = unchecked(movable[<i32>(nextRandom() % <u32>nMovable)]); } while (unchecked(dest[v]) < 0);
    unchecked(lnsVm[i] = v); unchecked(lnsOld[i] = dest[v]);
    unassignRaw(v); // drawn once: an unassigned VM is not drawn again
  }
  const unit = 1 + V / 256;
  let evals = 0;
  let level = 0;
  unchecked(lnsPos[0] = 0); unchecked(lnsEnd[0] = collectHosts(unchecked(lnsVm[0]), lnsCand, 0));
  while (level >= 0 && evals < LNS_EVALS) {
    if (unchecked(lnsPos[level]) >= unchecked(lnsEnd[level])) {
      level--;
      if (level >= 0) { unassignRaw(unchecked(lnsVm[level])); unchecked(lnsPos[level] = lnsPos[level] + 1); }
      continue;
    }
    const v = unchecked(lnsVm[level]);
    assignRaw(v, unchecked(lnsCand[lnsPos[level]]));
    if (level + 1 < k) {
      level++;
      unchecked(lnsPos[level] = level * N); unchecked(lnsEnd[level] = collectHosts(unchecked(lnsVm[level]), lnsCand, level * N));
      continue;
    }
    let same = true;
    for (let i = 0; i < k; i++) if (unchecked(dest[lnsVm[i]]) != unchecked(lnsOld[i])) same = false;
    if (!same) {
      evals++; improveEvals++;
      if (schedule()) {
        const c = planCost();
        if (c < bestCost) { bestCost = c; impImproved = true; stageImproved = true; return evals * unit + 1; }
      }
    }
    unassignRaw(v);
    unchecked(lnsPos[level] = lnsPos[level] + 1);
  }
  // No better placement: unassign what the walk left assigned, then put the old hosts back.
  for (let i = 0; i < k; i++) if (unchecked(dest[lnsVm[i]]) >= 0) unassignRaw(unchecked(lnsVm[i]));
  for (let i = 0; i < k; i++) assignRaw(unchecked(lnsVm[i]), unchecked(lnsOld[i]));
  return evals * unit + 1;
}

/** End of a round of the current stage: another round, the next stage, or the end of the improvement. */
function endRound(): bool {
  impRound++;
  if (impImproved && impRound < IMPROVE_ROUNDS) { impIndex = 0; impImproved = false; return true; }
  if (V > RANK_MAX_VMS || impCycle >= RANK_CYCLES) return false;
  if (impStage == 0 && V <= PAIR_MAX_VMS && N <= PAIR_MAX_NODES) { impStage = 2; startPairs(); }
  else if (impStage == 2 && nMovable > 2) { impStage = 3; lnsRng = <u32>(seed * 2654435761 + impCycle * 40503 + variant * 97 + 1) | 1; }
  else if (impStage == 0 || impStage == 2 || impStage == 3) {
    impStage = 1;
    if (!schedule()) return false; // the current placement was scheduled before (act[] is read from it)
  }
  else {
    if (!stageImproved) return false;
    impStage = 0; impCycle++; stageImproved = false;
  }
  impIndex = 0; impRound = 0; impImproved = false;
  return true;
}

/** Back to the best placement (the current one: only improvements are kept) and its schedule. */
function finishImprove(): void {
  if (bestCost < globalBest) {
    globalBest = bestCost; haveBest = true;
    for (let v = 0; v < V; v++) { unchecked(bestDest[v] = dest[v]); unchecked(bestRank[v] = rank[v]); }
  }
  for (let v = 0; v < V; v++) unchecked(rank[v] = 0);
  if (variant + 1 < VARIANTS) {
    // Start over with another decision order: small instances afford several first plans.
    variant++;
    variantFailStart = fails;
    for (let v = 0; v < V; v++) { unchecked(boosted[v] = 0); unchecked(extraVar[v] = 0); }
    restarts = 0; phase = 0; status = R_RUNNING;
    prepareSearch(repair);
    return;
  }
  restoreBest();
}


// ---- Multi-start on small instances: several decision orders, the cheapest plan wins --------------------------
const VARIANTS: i32 = 3;
const VARIANT_FAILS: i32 = 2000; // a later variant that keeps failing is abandoned
let variantFailStart: i32 = 0;
let variant: i32 = 0;
let bestDest: StaticArray<i32> = new StaticArray<i32>(0);
let globalBest: i64 = i64.MAX_VALUE;
let haveBest: bool = false;

/** Puts back the best placement found and schedules it. Pre: haveBest. */
function restoreBest(): void {
  for (let i = 0; i < N * R; i++) { unchecked(finalLoad[i] = 0); unchecked(nowLoad[i] = 0); }
  for (let v = 0; v < V; v++) unchecked(dest[v] = -1);
  resetCounters();
  for (let v = 0; v < V; v++) if (unchecked(bestDest[v]) >= 0) assignRaw(v, unchecked(bestDest[v]));
  for (let v = 0; v < V; v++) unchecked(rank[v] = bestRank[v]);
  phase = 2;
  status = schedule() ? R_PLAN : R_GAVE_UP; // it was scheduled before: cannot fail
}

/**
 * One VM of the round: try its best other hosts (by the placement score) and keep the first that lowers the cost.
 * Returns the work done, in budget units.
 */
function improveStep(): i32 {
  if (impIndex == (impStage == 0 ? nVars : impStage == 1 ? V : impStage == 2 ? nMovable * nMovable : LNS_ITERS)) {
    if (!endRound()) { finishImprove(); return 1; }
  }
  if (impStage == 1) return rankStep();
  if (impStage == 3) return lnsStep();
  if (impStage == 2) return pairStep();
  const v = unchecked(order[impIndex]);
  impIndex++;
  const old = unchecked(dest[v]);
  if (old < 0) return 1;
  unassignRaw(v);
  let count = 0;
  skipTried = true;
  const ok = markDomain(v);
  skipTried = false;
  if (ok) {
    const e = epoch;
    const host = runningNow(v) ? vmHost(v) : -1;
    for (let n = 0; n < N; n++) {
      if (n == old || (domainOnly >= 0 && n != domainOnly)) continue;
      if (!allowedFor(v, n, e, domainFences, domainAmong) || !fitsFinal(v, n)) continue;
      let score: f64 = n == host ? -1 : (nodeInit(n) == 0 ? 4 : 0);
      for (let r = 0; r < R; r++) {
        const ratio: f64 = <f64>(unchecked(finalLoad[n * R + r]) + alloc(v, r)) * unchecked(invCap[n * R + r]);
        if (n != host && unchecked(nowLoad[n * R + r]) + alloc(v, r) > cap(n, r)) score += 2;
        if (ratio > 1) score += 0; else score += ratio / <f64>R;
      }
      // Keep the IMPROVE_K best (insertion into a short sorted list).
      let i = count < IMPROVE_K ? count : IMPROVE_K - 1;
      if (count == IMPROVE_K && score >= unchecked(improveScore[i])) continue;
      while (i > 0 && unchecked(improveScore[i - 1]) > score) {
        unchecked(improveScore[i] = improveScore[i - 1]); unchecked(improveCand[i] = improveCand[i - 1]); i--;
      }
      unchecked(improveScore[i] = score); unchecked(improveCand[i] = n);
      if (count < IMPROVE_K) count++;
    }
  }
  const unit = 1 + V / 256;
  for (let i = 0; i < count; i++) {
    const n = unchecked(improveCand[i]);
    assignRaw(v, n);
    // Compound move (small instances): the VMs that moved may now be able to go back home.
    const back = nVars <= 64 ? sendHome(v) : 0;
    if (schedule()) {
      const c = planCost();
      if (c < bestCost) { bestCost = c; impImproved = true; return (i + 1) * unit; }
    }
    undoHome(back);
    unassignRaw(v);
  }
  assignRaw(v, old);
  return count * unit + 1;
}

let homeList: StaticArray<i32> = new StaticArray<i32>(0);
let homeFrom: StaticArray<i32> = new StaticArray<i32>(0);

/** Moves back to their host the moved variables (other than `except`) that may stay there now; returns how many. */
function sendHome(except: i32): i32 {
  let count = 0;
  for (let i = 0; i < nVars; i++) {
    const u = unchecked(order[i]);
    if (u == except || !runningNow(u)) continue;
    const from = unchecked(dest[u]); const h = vmHost(u);
    if (from < 0 || from == h) continue;
    unassignRaw(u);
    skipTried = true;
    const ok = markDomain(u);
    skipTried = false;
    if (ok && (domainOnly < 0 || domainOnly == h) && allowedFor(u, h, epoch, domainFences, domainAmong) && fitsFinal(u, h)) {
      assignRaw(u, h);
      unchecked(homeList[count] = u); unchecked(homeFrom[count] = from); count++;
    } else assignRaw(u, from);
  }
  return count;
}

function undoHome(count: i32): void {
  for (let i = count - 1; i >= 0; i--) {
    const u = unchecked(homeList[i]);
    unassignRaw(u);
    assignRaw(u, unchecked(homeFrom[i]));
  }
}

/** Stops the improvement now and keeps the best plan found (the host calls it when its time is up). */
export function finish(): i32 {
  if (phase == 3 && bestCost < globalBest) {
    globalBest = bestCost; haveBest = true;
    for (let v = 0; v < V; v++) { unchecked(bestDest[v] = dest[v]); unchecked(bestRank[v] = rank[v]); }
  }
  if (haveBest) { restoreBest(); writeOutput(); }
  return status;
}

/** True once a plan exists (during improvement). */
export function hasPlan(): bool { return phase == 3 || haveBest || status == R_PLAN; }

/**
 * Repair mode found no host for v: restart deciding v first; if v was already first, make the VMs that occupy
 * v's possible hosts variables too (they may make room by moving). False when that adds nothing (then plain
 * backtracking goes on).
 */
function widen(v: i32): bool {
  // First, only decide v earlier: an ordering problem needs no extra moves.
  if (unchecked(boosted[v]) == 0) { unchecked(boosted[v] = 1); return true; }
  let added = false;
  skipTried = true;
  const ok = markDomain(v);
  skipTried = false;
  if (!ok) return added;
  const e = epoch;
  for (let u = 0; u < V; u++) {
    if (!runningNow(u) || !futureRunning(u) || unchecked(isVar[u]) != 0 || unchecked(extraVar[u]) != 0) continue;
    const n = vmHost(u);
    if (domainOnly >= 0 && n != domainOnly) continue;
    if (!allowed(n, e, domainFences, domainAmong)) continue;
    unchecked(extraVar[u] = 1);
    added = true;
  }
  return added;
}

/** Undoes the last decision (its node stays marked as tried at its depth). False once the search is over. */
function backtrack(): bool {
  fails++;
  if (haveBest && fails > variantFailStart + VARIANT_FAILS) { restoreBest(); return false; }
  if (fails > failBudget) { status = R_GAVE_UP; return false; }
  if (depth == 0) {
    if (haveBest) { restoreBest(); return false; }
    // Every placement of the variables was refuted. In repair mode, widen to every VM before concluding.
    if (phase == 0 && repair) { phase = 1; prepareSearch(false); return true; }
    status = R_NO_SOLUTION;
    return false;
  }
  triedTop = unchecked(triedStart[depth]);
  depth--;
  unassignRaw(unchecked(order[depth]));
  return true;
}

// ---- Scheduling -----------------------------------------------------------------------------------------------

@inline function reinstantiated(v: i32): bool { return (I(oVmFlags + v) & F_REINSTANTIATE) != 0; }

/** Duration of v's action of kind k (for a relocation by re-instantiation: its boot, then its shutdown). */
function duration(v: i32, k: i32): i32 {
  // A re-instantiated VM holds its destination from its boot's start and its source until its shutdown's end.
  if (k == A_MIGRATE) return reinstantiated(v) ? I(oDBoot + v) + I(oDShut + v) : I(oDMig + v);
  if (k == A_BOOT) return I(oDBoot + v);
  if (k == A_SHUTDOWN) return I(oDShut + v);
  if (k == A_SUSPEND) return I(oDSusp + v);
  if (k == A_RESUME) return I(oDRes + v);
  if (k == A_KILL) return I(oDKill + v);
  if (k == A_FORGE) return I(oDForge + v);
  return 0;
}

function actionOf(v: i32): i32 {
  const s0 = vmInit(v); const s1 = vmTarget(v);
  if (s1 == S_RUNNING) {
    if (s0 == S_RUNNING) return unchecked(dest[v]) == vmHost(v) ? A_STAY : A_MIGRATE;
    if (s0 == S_READY) return A_BOOT;
    if (s0 == S_SLEEPING) return A_RESUME;
    return A_NONE;
  }
  if (s1 == S_KILLED && s0 != S_KILLED) return A_KILL;
  if (s0 == S_RUNNING && s1 == S_READY) return A_SHUTDOWN;
  if (s0 == S_RUNNING && s1 == S_SLEEPING) return A_SUSPEND;
  if (s0 == S_INIT && s1 == S_READY) return A_FORGE;
  return A_NONE;
}

function heapPush(x: i64): void {
  let i = heapSize++;
  unchecked(releases[i] = x);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (unchecked(releases[parent]) <= x) break;
    unchecked(releases[i] = releases[parent]); i = parent;
  }
  unchecked(releases[i] = x);
}

function heapPop(): i64 {
  const top = unchecked(releases[0]);
  const last = unchecked(releases[--heapSize]);
  let i = 0;
  while (true) {
    let c = 2 * i + 1;
    if (c >= heapSize) break;
    if (c + 1 < heapSize && unchecked(releases[c + 1]) < unchecked(releases[c])) c++;
    if (unchecked(releases[c]) >= last) break;
    unchecked(releases[i] = releases[c]); i = c;
  }
  if (heapSize > 0) unchecked(releases[i] = last);
  return top;
}

/** The sync record of v, or -1. */
function syncOf(v: i32): i32 {
  for (let k = unchecked(vcStart[v]); k < unchecked(vcStart[v + 1]); k++) if (P(unchecked(vcList[k])) == C_SYNC) return unchecked(vcList[k]);
  return -1;
}

/**
 * Starts every migration of sync record w so that they all end together, if each of them may start now and
 * they fit together. Their destinations are reserved from now (at most earlier than needed: safe).
 */
function startSync(w: i32, t: i32): bool {
  const size = P(w + 1); const p = w + 2;
  let longest = 0; let ok = true; let taken = 0;
  for (let i = 0; i < size && ok; i++) {
    const m = P(p + i);
    if (unchecked(act[m]) != A_MIGRATE || unchecked(start[m]) >= 0) continue;
    const n = unchecked(dest[m]); const at = readyTime(m);
    if (at < 0 || at > t || unchecked(avail[n]) > t || !roomFor(m, n, A_MIGRATE)) { ok = false; break; }
    for (let r = 0; r < R; r++) unchecked(free[n * R + r] -= alloc(m, r));
    setFree(m, n, A_MIGRATE, -1, false);
    taken = i + 1;
    const d = duration(m, A_MIGRATE);
    if (d > longest) longest = d;
  }
  for (let i = 0; i < taken; i++) {
    const m = P(p + i);
    if (unchecked(act[m]) != A_MIGRATE || unchecked(start[m]) >= 0) continue;
    if (!ok) {
      const n = unchecked(dest[m]);
      for (let r = 0; r < R; r++) unchecked(free[n * R + r] += alloc(m, r));
      setFree(m, n, A_MIGRATE, 1, false);
      continue;
    }
    unchecked(end[m] = t + longest); unchecked(start[m] = t + longest - duration(m, A_MIGRATE));
    heapPush((<i64>unchecked(end[m]) << 32) | <i64>m);
  }
  return ok;
}

function inSeq(v: i32): bool {
  for (let k = unchecked(vcStart[v]); k < unchecked(vcStart[v + 1]); k++) if (P(unchecked(vcList[k])) == C_SEQ) return true;
  return false;
}

@inline function isDeparture(k: i32): bool { return k == A_SHUTDOWN || k == A_SUSPEND || k == A_KILL || k == A_FORGE; }
@inline function need(v: i32, r: i32, k: i32): i64 { return k == A_STAY ? growth(v, r) : alloc(v, r); }

/** Does v's arrival (or growth) fit on n now, and in every continuous resourceCapacity over n's sets? */
function roomFor(v: i32, n: i32, k: i32): bool {
  if (isDeparture(k)) return true;
  for (let r = 0; r < R; r++) if (unchecked(free[n * R + r]) < need(v, r, k)) return false;
  for (let q = unchecked(ncStart[n]); q < unchecked(ncStart[n + 1]); q++) {
    const w = unchecked(ncList[q]);
    if (P(w) == C_RCAP && P(w + 2) != 0 && unchecked(recFree[recIndex[w]]) < need(v, P(w + 3), k)) return false;
  }
  return true;
}

/** Adds `sign × amount` of v to the free capacity of the continuous resourceCapacity sets of node n. */
function setFree(v: i32, n: i32, k: i32, sign: i64, current: bool): void {
  for (let q = unchecked(ncStart[n]); q < unchecked(ncStart[n + 1]); q++) {
    const w = unchecked(ncList[q]);
    if (P(w) != C_RCAP || P(w + 2) == 0) continue;
    const r = P(w + 3);
    unchecked(recFree[recIndex[w]] += sign * (current ? cons(v, r) : need(v, r, k)));
  }
}

/** End of the action of m if it has one that v must wait for: -1 not started yet, 0 nothing to wait for. */
@inline function waitFor(m: i32): i32 {
  return unchecked(start[m]) < 0 ? -1 : unchecked(end[m]);
}

/**
 * Earliest time v's arrival may start because of precedences (continuous spread, precedence), or -1 if it waits
 * for an action that has not started yet.
 */
function readyTime(v: i32): i32 {
  const k0 = unchecked(act[v]);
  // A re-instantiated VM boots once its clone is forged, from 0.
  let t = k0 == A_MIGRATE && reinstantiated(v) ? I(oDForge + v) : 0;
  const arrives = k0 == A_MIGRATE || k0 == A_BOOT || k0 == A_RESUME;
  const n = arrives ? unchecked(dest[v]) : -1;
  // Continuous lonely: no transient sharing between set VMs and others on the arrival node.
  if (arrives && nLonely > 0) {
    const mask = unchecked(lonelyMask[v]);
    for (let j = 0; j < nLonely; j++) {
      if (P(unchecked(lonelyRecs[j]) + 2) == 0) continue;
      const bit = 1 << j;
      for (let i = unchecked(hostStart[n]); i < unchecked(hostStart[n + 1]); i++) {
        const u = unchecked(hostList[i]);
        if (u == v || !runningNow(u) || ((unchecked(lonelyMask[u]) & bit) != 0) == ((mask & bit) != 0)) continue;
        if (unchecked(act[u]) == A_STAY || unchecked(act[u]) == A_NONE) continue;
        const e = waitFor(u);
        if (e < 0) return -1;
        if (e > t) t = e;
      }
    }
  }
  for (let k = unchecked(vcStart[v]); k < unchecked(vcStart[v + 1]); k++) {
    const w = unchecked(vcList[k]); const kind = P(w); const size = P(w + 1); const p = w + 2;
    if (kind == C_SEQ) {
      // The previous listed VM that changes state must have finished.
      let prev = -1;
      for (let i = 0; i < size; i++) {
        const m = P(p + i);
        if (m == v) break;
        const km = unchecked(act[m]);
        if (km != A_NONE && km != A_STAY && km != A_MIGRATE) prev = m;
      }
      if (prev >= 0) { const e = waitFor(prev); if (e < 0) return -1; if (e > t) t = e; }
      continue;
    }
    if (kind == C_SERIALIZE) {
      if (k0 != A_MIGRATE) continue;
      for (let i = 0; i < size; i++) {
        const m = P(p + i);
        if (m == v || unchecked(act[m]) != A_MIGRATE || unchecked(start[m]) < 0) continue;
        if (unchecked(end[m]) > t) t = unchecked(end[m]);
      }
      continue;
    }
    if (!arrives) continue;
    if (kind == C_SPLIT && P(p) != 0) {
      // Continuous split: VMs of the other groups leave the arrival node first.
      const nGroups = P(p + 1); let q = p + 2; let mine = -1;
      for (let g = 0; g < nGroups && mine < 0; g++) { const sz = P(q); for (let i = 1; i <= sz; i++) if (P(q + i) == v) mine = g; q += sz + 1; }
      q = p + 2;
      for (let g = 0; g < nGroups; g++) {
        const sz = P(q);
        if (g != mine) for (let i = 1; i <= sz; i++) {
          const m = P(q + i);
          if (!runningNow(m) || vmHost(m) != n || unchecked(act[m]) == A_STAY || unchecked(act[m]) == A_NONE) continue;
          const e = waitFor(m);
          if (e < 0) return -1;
          if (e > t) t = e;
        }
        q += sz + 1;
      }
    } else if (kind == C_SPREAD && P(p) != 0) {
      for (let i = 1; i < size; i++) {
        const m = P(p + i);
        if (m == v || !runningNow(m) || vmHost(m) != n) continue;
        if (unchecked(end[m]) < 0) return -1;
        if (unchecked(end[m]) > t) t = unchecked(end[m]);
      }
    } else if (kind == C_PRECEDENCE && P(p + 1) == v) {
      const m = P(p);
      if (unchecked(act[m]) == A_MIGRATE) {
        if (unchecked(end[m]) < 0) return -1;
        if (unchecked(end[m]) > t) t = unchecked(end[m]);
      }
    }
  }
  return t;
}

/**
 * List scheduling (spec §3.3): departures release their host at their end, arrivals acquire their destination at
 * their start, a release at t is reusable at t. Node boots start at 0; node shutdowns wait for every VM to leave.
 * Arrivals start as soon as their node is up, their precedences are over and the node has room, shortest first.
 * Pre: a complete placement. Post: false on a deadlock or a violated deadline/noDelay (the placement is refuted).
 */
function schedule(): bool {
  strictFifo = false;
  if (scheduleOnce()) return true;
  strictFifo = true; // a deadlock: try again with every waiting arrival reserving its node
  return scheduleOnce();
}

let strictFifo: bool = false;
let passId: i32 = 0;
let blockStamp: StaticArray<i32> = new StaticArray<i32>(0);

/** Powered nodes per continuous maxOnline set (kept in recFree); false when the instance has none. */
function prepareContinuousMaxOnline(): bool {
  let any = false;
  let w = 0;
  while (w < poolLen) {
    const kind = P(w); const size = P(w + 1);
    if (kind == C_MAXONLINE && P(w + 2) != 0) {
      any = true;
      let powered: i64 = 0;
      for (let i = 2; i < size; i++) if (nodeInit(P(w + 2 + i)) == 1) powered++;
      unchecked(recFree[recIndex[w]] = powered);
    }
    w += 2 + size;
  }
  return any;
}

function inContinuousMaxOnline(n: i32): bool {
  for (let q = unchecked(ncStart[n]); q < unchecked(ncStart[n + 1]); q++) {
    const w = unchecked(ncList[q]);
    if (P(w) == C_MAXONLINE && P(w + 2) != 0) return true;
  }
  return false;
}

/** A node's shutdown ended: it no longer draws power. */
function powerDown(n: i32): void {
  for (let q = unchecked(ncStart[n]); q < unchecked(ncStart[n + 1]); q++) {
    const w = unchecked(ncList[q]);
    if (P(w) == C_MAXONLINE && P(w + 2) != 0) unchecked(recFree[recIndex[w]] -= 1);
  }
}

/** Starts at t the pending boots whose sets have a free power slot; returns how many started. */
function startPowerCappedBoots(t: i32): i32 {
  let started = 0;
  for (let n = 0; n < N; n++) {
    if (unchecked(nodeAct[n]) != N_BOOT || unchecked(nodeEnd[n]) >= 0) continue;
    let ok = true;
    for (let q = unchecked(ncStart[n]); q < unchecked(ncStart[n + 1]) && ok; q++) {
      const w = unchecked(ncList[q]);
      if (P(w) == C_MAXONLINE && P(w + 2) != 0 && unchecked(recFree[recIndex[w]]) + 1 > <i64>P(w + 3)) ok = false;
    }
    if (!ok) continue;
    for (let q = unchecked(ncStart[n]); q < unchecked(ncStart[n + 1]); q++) {
      const w = unchecked(ncList[q]);
      if (P(w) == C_MAXONLINE && P(w + 2) != 0) unchecked(recFree[recIndex[w]] += 1);
    }
    const d = I(oNodeBootD + n);
    unchecked(nodeStart[n] = t); unchecked(nodeEnd[n] = t + d); unchecked(avail[n] = t + d);
    started++;
  }
  return started;
}

/**
 * Shutdowns whose VMs have all started leaving get their times now (they end after the last departure), and an
 * event at their end that frees a power slot. Nodes already timed keep nodeEnd ≥ 0.
 */
function scheduleReadyShutdowns(): void {
  for (let n = 0; n < N; n++) {
    if (unchecked(nodeAct[n]) != N_SHUTDOWN || unchecked(nodeEnd[n]) >= 0) continue;
    let last = 0; let ready = true;
    for (let i = unchecked(hostStart[n]); i < unchecked(hostStart[n + 1]) && ready; i++) {
      const u = unchecked(hostList[i]); const k = unchecked(act[u]);
      if (k == A_MIGRATE || k == A_SHUTDOWN || k == A_KILL || k == A_RESUME) {
        if (unchecked(start[u]) < 0) ready = false;
        else if (unchecked(end[u]) > last) last = unchecked(end[u]);
      }
    }
    if (!ready) continue;
    unchecked(nodeStart[n] = last); unchecked(nodeEnd[n] = last + I(oNodeShutD + n));
    heapPush((<i64>unchecked(nodeEnd[n]) << 32) | <i64>(V + n));
  }
}

function scheduleOnce(): bool {
  for (let n = 0; n < N; n++) {
    let on = nodeInit(n);
    if (nodeTarget(n) != T_FREE) on = nodeTarget(n);
    unchecked(finalOn[n] = on);
    unchecked(nodeAct[n] = N_NONE); unchecked(nodeStart[n] = 0); unchecked(nodeEnd[n] = 0); unchecked(avail[n] = 0);
  }
  for (let v = 0; v < V; v++) { const d = unchecked(dest[v]); if (d >= 0) unchecked(finalOn[d] = 1); }
  for (let n = 0; n < N; n++) {
    if (nodeInit(n) == 0 && unchecked(finalOn[n]) == 1) {
      unchecked(nodeAct[n] = N_BOOT); unchecked(nodeEnd[n] = I(oNodeBootD + n)); unchecked(avail[n] = I(oNodeBootD + n));
    } else if (nodeInit(n) == 1 && unchecked(finalOn[n]) == 0) unchecked(nodeAct[n] = N_SHUTDOWN);
    for (let r = 0; r < R; r++) unchecked(free[n * R + r] = capSched(n, r));
  }
  heapSize = 0;
  let nPending = 0;
  // Continuous maxOnline: boots in its sets wait until enough powered nodes of the set have shut down.
  const powerCapped = prepareContinuousMaxOnline();
  let bootsPending = 0;
  if (powerCapped) for (let n = 0; n < N; n++) if (unchecked(nodeAct[n]) == N_BOOT && inContinuousMaxOnline(n)) {
    unchecked(avail[n] = i32.MAX_VALUE); unchecked(nodeEnd[n] = -1); bootsPending++;
  }
  // Continuous resourceCapacity over several nodes: free capacity of each set at t=0.
  { let w = 0;
    while (w < poolLen) {
      const kind = P(w); const size = P(w + 1);
      if (kind == C_RCAP) unchecked(recFree[recIndex[w]] = <i64>P(w + 4));
      w += 2 + size;
    }
  }

  for (let v = 0; v < V; v++) {
    const k = actionOf(v);
    if (runningNow(v)) {
      const h = vmHost(v);
      for (let r = 0; r < R; r++) unchecked(free[h * R + r] -= k == A_STAY ? startUse(v, r) : cons(v, r));
      for (let q = unchecked(ncStart[h]); q < unchecked(ncStart[h + 1]); q++) {
        const w = unchecked(ncList[q]);
        if (P(w) == C_RCAP && P(w + 2) != 0) unchecked(recFree[recIndex[w]] -= k == A_STAY ? startUse(v, P(w + 3)) : cons(v, P(w + 3)));
      }
    }
    unchecked(act[v] = k); unchecked(start[v] = -1); unchecked(end[v] = -1); unchecked(growAt[v] = -1);
    if (isDeparture(k) && inSeq(v)) {
      unchecked(pending[nPending++] = v); // waits for the previous VM of its sequence
    } else if (isDeparture(k)) {
      unchecked(start[v] = 0); unchecked(end[v] = duration(v, k));
      if (runningNow(v)) heapPush((<i64>unchecked(end[v]) << 32) | <i64>v);
    } else if (k == A_MIGRATE || k == A_BOOT || k == A_RESUME) {
      unchecked(pending[nPending++] = v);
    } else if (k == A_STAY) {
      let grows = false;
      for (let r = 0; r < R; r++) if (growth(v, r) > 0) grows = true;
      if (grows) unchecked(pending[nPending++] = v);
    }
  }
  // Migrations first (they free their source), then shortest first, then by VM index: deterministic. The
  // improvement's rank (−2..2, 0 by default) moves an arrival ahead of or behind those classes.
  for (let i = 0; i < nPending; i++) {
    const v = unchecked(pending[i]);
    const cls: i64 = <i64>((unchecked(act[v]) == A_MIGRATE ? 0 : 1) + 2 + unchecked(rank[v]));
    unchecked(keys[i] = (cls << 56) | (<i64>duration(v, unchecked(act[v])) << 32) | <i64>v);
  }
  sortKeys(nPending);
  for (let i = 0; i < nPending; i++) unchecked(pending[i] = <i32>(unchecked(keys[i]) & 0xffffffff));

  let t = 0;
  if (powerCapped) for (let n = 0; n < N; n++) if (unchecked(nodeAct[n]) == N_SHUTDOWN) unchecked(nodeEnd[n] = -1);
  while (true) {
    if (powerCapped) {
      scheduleReadyShutdowns();
      while (heapSize > 0 && (unchecked(releases[0]) >> 32) <= <i64>t && <i32>(unchecked(releases[0]) & 0xffffffff) >= V) {
        powerDown(<i32>(heapPop() & 0xffffffff) - V);
      }
      bootsPending -= startPowerCappedBoots(t);
    }
    while (heapSize > 0 && (unchecked(releases[0]) >> 32) <= <i64>t) {
      const id = <i32>(heapPop() & 0xffffffff);
      if (id >= V) { powerDown(id - V); continue; }
      const v = id;
      const h = vmHost(v);
      for (let r = 0; r < R; r++) unchecked(free[h * R + r] += cons(v, r));
      setFree(v, h, A_NONE, 1, true);
    }
    let kept = 0;
    let startedAny = false;
    let next: i32 = i32.MAX_VALUE;
    passId++;
    for (let i = 0; i < nPending; i++) {
      const v = unchecked(pending[i]); const k = unchecked(act[v]);
      if (k != A_STAY && unchecked(start[v]) >= 0) continue; // started with its sync group
      const sw = k == A_MIGRATE ? syncOf(v) : -1;
      if (sw >= 0) {
        if (startSync(sw, t)) { startedAny = true; continue; }
        // The group waits for its slowest member: without a next instant here, a member waiting for its node's
        // boot would look like a deadlock.
        const at = readyTime(v);
        let wait = at < 0 ? i32.MAX_VALUE : at;
        const dn = unchecked(dest[v]);
        if (dn >= 0 && unchecked(avail[dn]) > wait) wait = unchecked(avail[dn]);
        if (wait > t && wait < next) next = wait;
        unchecked(pending[kept++] = v);
        continue;
      }
      const n = k == A_STAY || isDeparture(k) ? vmHost(v) : unchecked(dest[v]);
      const at = readyTime(v);
      let wait = at < 0 ? i32.MAX_VALUE : at;
      if (n >= 0 && !isDeparture(k) && unchecked(avail[n]) > wait) wait = unchecked(avail[n]);
      // A migration waiting for room reserves its node against later arrivals of this instant (all of them in
      // strict mode): small arrivals overtaking it could starve the chain of moves that frees the room.
      const blocked = n >= 0 && !isDeparture(k) && unchecked(blockStamp[n]) == passId;
      const fits = !blocked && (n < 0 || roomFor(v, n, k));
      if (wait <= t && !fits && n >= 0 && !isDeparture(k) && (k == A_MIGRATE || strictFifo)) unchecked(blockStamp[n] = passId);
      if (wait <= t && fits) {
        if (!isDeparture(k)) {
          for (let r = 0; r < R; r++) unchecked(free[n * R + r] -= need(v, r, k));
          setFree(v, n, k, -1, false);
        }
        startedAny = true;
        if (k == A_STAY) unchecked(growAt[v] = t);
        else {
          unchecked(start[v] = t); unchecked(end[v] = t + duration(v, k));
          if (k == A_MIGRATE || (isDeparture(k) && runningNow(v))) heapPush((<i64>unchecked(end[v]) << 32) | <i64>v);
        }
        continue;
      }
      if (wait > t && wait < next) next = wait;
      unchecked(pending[kept++] = v);
    }
    nPending = kept;
    if (nPending == 0 && bootsPending == 0) break;
    // An arrival started at this instant may have given a waiting one its precedence: look again at t.
    if (startedAny) continue;
    if (heapSize > 0) { const h = <i32>(unchecked(releases[0]) >> 32); if (h < next) next = h; }
    if (next == i32.MAX_VALUE) return false; // deadlock: every pending arrival waits for another
    t = next;
  }
  // Node shutdowns wait for every VM to leave (their action ends).
  if (powerCapped) scheduleReadyShutdowns();
  for (let v = 0; v < V; v++) {
    const h = vmHost(v);
    if (h < 0 || unchecked(nodeAct[h]) != N_SHUTDOWN || (powerCapped && unchecked(nodeEnd[h]) >= 0)) continue;
    const k = unchecked(act[v]);
    if (k == A_MIGRATE || k == A_SHUTDOWN || k == A_KILL || k == A_RESUME) {
      if (unchecked(end[v]) > unchecked(nodeStart[h])) unchecked(nodeStart[h] = end[v]);
    }
  }
  for (let n = 0; n < N; n++) {
    if (unchecked(nodeAct[n]) == N_SHUTDOWN && (!powerCapped || unchecked(nodeEnd[n]) < 0)) unchecked(nodeEnd[n] = nodeStart[n] + I(oNodeShutD + n));
  }
  // Schedule-only constraints: noDelay and deadlines refute this placement when missed.
  for (let v = 0; v < V; v++) {
    const k = unchecked(act[v]);
    if ((I(oVmFlags + v) & F_NO_DELAY) != 0 && k != A_NONE && k != A_STAY && unchecked(start[v]) != 0) return false;
    for (let q = unchecked(vcStart[v]); q < unchecked(vcStart[v + 1]); q++) {
      const w = unchecked(vcList[q]);
      if (P(w) == C_DEADLINE && k == A_MIGRATE && unchecked(end[v]) > P(w + 3)) return false;
    }
  }
  return true;
}

function writeOutput(): void {
  unchecked(out[O_STATUS] = status);
  unchecked(out[O_FAILS] = fails);
  unchecked(out[O_CULPRIT] = culprit);
  unchecked(out[O_DECISIONS] = decisions);
  unchecked(out[O_SCHED_FAILS] = schedFails);
  let planEnd = 0;
  if (status == R_PLAN) {
    for (let v = 0; v < V; v++) {
      const o = OUT_HEADER + v * OUT_VM_WORDS;
      unchecked(out[o] = act[v]); unchecked(out[o + 1] = dest[v]); unchecked(out[o + 2] = start[v]);
      unchecked(out[o + 3] = end[v]); unchecked(out[o + 4] = growAt[v]);
      if (unchecked(end[v]) > planEnd) planEnd = unchecked(end[v]);
      if (unchecked(growAt[v]) > planEnd) planEnd = unchecked(growAt[v]);
    }
    for (let n = 0; n < N; n++) {
      const o = OUT_HEADER + V * OUT_VM_WORDS + n * OUT_NODE_WORDS;
      unchecked(out[o] = nodeAct[n]); unchecked(out[o + 1] = nodeStart[n]); unchecked(out[o + 2] = nodeEnd[n]);
      if (unchecked(nodeEnd[n]) > planEnd) planEnd = unchecked(nodeEnd[n]);
    }
  }
  unchecked(out[O_END] = planEnd);
}

export function outputPointer(): usize { return changetype<usize>(out); }
export function outputLength(): i32 { return out.length; }
export function placementOf(v: i32): i32 { return unchecked(dest[v]); }
export function decisionsSoFar(): i32 { return decisions; }
export function failsSoFar(): i32 { return fails; }

/** In-place heap sort of keys[0..n): no allocation, so it may run at every leaf of the search. */
function sortKeys(n: i32): void {
  for (let i = (n >> 1) - 1; i >= 0; i--) siftDown(i, n);
  for (let last = n - 1; last > 0; last--) {
    const x = unchecked(keys[0]); unchecked(keys[0] = keys[last]); unchecked(keys[last] = x);
    siftDown(0, last);
  }
}

function siftDown(root: i32, n: i32): void {
  let i = root;
  const x = unchecked(keys[i]);
  while (true) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && unchecked(keys[c + 1]) > unchecked(keys[c])) c++;
    if (unchecked(keys[c]) <= x) break;
    unchecked(keys[i] = keys[c]); i = c;
  }
  unchecked(keys[i] = x);
}
