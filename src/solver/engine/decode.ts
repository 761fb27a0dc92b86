/**
 * Decodes the engine's output words into a Plan (spec §3.1, §3.3 consequences 4 and 5): one action per changing VM
 * (three for a relocation by re-instantiation) and node, allocation changes as `allocate` events (POST of a
 * migration, PRE of a boot or resume) or as instantaneous `allocate` actions for a VM that stays (a decrease at 0,
 * an increase when its node has room).
 */
import type { Model } from '../model/model.ts';
import type { Action, Plan, PlanEvent } from '../plan/plan.ts';
import type { Encoded } from './encode.ts';
import { ACT, NODE_ACT, OUT_HEADER, OUT_NODE_WORDS, OUT_VM_WORDS, sections, VM_FLAG } from './layout.ts';
import { reinstantiationActions, withClones } from './reinstantiation.ts';

export function decodePlan(model: Model, encoded: Encoded, out: Int32Array): Plan {
  const { nodes, vms, resources, buffer } = encoded;
  const N = nodes.length, V = vms.length, R = resources.length;
  const s = sections(N, V, R);
  const actions: Action[] = [];
  const changes = (i: number) => {
    const events: PlanEvent[] = [];
    for (let r = 0; r < R; r++) {
      const amount = buffer[s.alloc + i * R + r]!;
      if (amount !== buffer[s.cons + i * R + r]) events.push({ kind: 'allocate', vm: vms[i]!, rc: resources[r]!, amount });
    }
    return events;
  };
  // Re-instantiated VMs that move get a clone in the plan's origin (ids after the largest, in VM order).
  const isReinstantiated = (i: number) => out[OUT_HEADER + i * OUT_VM_WORDS]! === ACT.migrate && (buffer[s.vmFlags + i]! & VM_FLAG.reinstantiate) !== 0;
  const { origin, cloneOf } = withClones(model, vms.filter((_, i) => isReinstantiated(i)));
  for (let i = 0; i < V; i++) {
    const o = OUT_HEADER + i * OUT_VM_WORDS;
    const kind = out[o]!, to = out[o + 1]!, start = out[o + 2]!, end = out[o + 3]!, growAt = out[o + 4]!;
    const vm = vms[i]!;
    const hostIndex = buffer[s.vmHost + i]!;
    const from = hostIndex >= 0 ? nodes[hostIndex]! : -1;
    const timed = { start, end, pre: [] as PlanEvent[], post: [] as PlanEvent[] };
    switch (kind) {
      case ACT.migrate: {
        const clone = cloneOf.get(vm);
        if (clone === undefined) actions.push({ kind: 'migrateVM', vm, from, to: nodes[to]!, ...timed, post: changes(i) });
        else actions.push(...reinstantiationActions(vm, clone, from, nodes[to]!, start, end, { forge: buffer[s.dForge + i]!, boot: buffer[s.dBoot + i]! }, changes(i)));
        break;
      }
      case ACT.boot:
        actions.push({ kind: 'bootVM', vm, on: nodes[to]!, ...timed, pre: changes(i) });
        break;
      case ACT.resume:
        actions.push({ kind: 'resumeVM', vm, from, to: nodes[to]!, ...timed, pre: changes(i) });
        break;
      case ACT.shutdown:
        actions.push({ kind: 'shutdownVM', vm, on: from, ...timed });
        break;
      case ACT.suspend:
        actions.push({ kind: 'suspendVM', vm, from, to: from, ...timed });
        break;
      case ACT.kill:
        actions.push({ kind: 'killVM', vm, on: hostIndex >= 0 ? from : null, ...timed });
        break;
      case ACT.forge:
        actions.push({ kind: 'forgeVM', vm, ...timed });
        break;
      case ACT.stay:
        for (let r = 0; r < R; r++) {
          const cons = buffer[s.cons + i * R + r]!, amount = buffer[s.alloc + i * R + r]!;
          if (amount === cons) continue;
          const at = amount < cons ? 0 : growAt;
          actions.push({ kind: 'allocate', vm, on: from, rc: resources[r]!, amount, start: at, end: at, pre: [], post: [] });
        }
        break;
      default:
        break;
    }
  }
  const base = OUT_HEADER + V * OUT_VM_WORDS;
  for (let n = 0; n < N; n++) {
    const o = base + n * OUT_NODE_WORDS;
    const kind = out[o]!;
    if (kind === NODE_ACT.boot) actions.push({ kind: 'bootNode', node: nodes[n]!, start: out[o + 1]!, end: out[o + 2]!, pre: [], post: [] });
    else if (kind === NODE_ACT.shutdown) actions.push({ kind: 'shutdownNode', node: nodes[n]!, start: out[o + 1]!, end: out[o + 2]!, pre: [], post: [] });
  }
  // Deterministic order: BtrPlace's (start, end), then the order above (VM index, then node index).
  actions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { origin, actions };
}
