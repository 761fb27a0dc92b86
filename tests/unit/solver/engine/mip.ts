/**
 * Exact MinMTTR reference for placement + scheduling instances of the demo's size (≤ 8 nodes, ≤ 20 VMs): a
 * time-indexed MIP solved with HiGHS. Test-only. Scope: every node online and staying online, one resource,
 * running VMs that stay or migrate once, ready VMs to boot, ban and fence domains, discrete spread, no
 * allocation change. y[v,n,t] = 1 when v arrives on n by an action starting at t; z[v] = 1 when v stays.
 * At every t and node: staying and not-yet-departed VMs + VMs arrived by t ≤ capacity (§3.3: a departure frees
 * its node at its end, an arrival takes it at its start).
 */
import loadHighs from 'highs';
import { consumptionOf, capacityOf, type NodeId, type VmId } from '../../../../src/solver/model/model.ts';
import type { Instance } from '../../../../src/solver/model/instance.ts';
import { vmActionDuration } from '../../../../src/solver/plan/durations.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs | undefined;

/** The least sum of action ends with every action starting before `horizon`, or undefined if none. */
export async function mipOptimum(instance: Instance, horizon: number): Promise<number | undefined> {
  highs ??= await loadHighs();
  const { model, constraints } = instance;
  const cpu = model.resources.get('cpu')!;
  const nodes = [...model.nodes.keys()];
  const running = new Set<VmId>(constraints.filter((c) => c.kind === 'running').map((c) => c.vm));
  const movers: { vm: VmId; host?: NodeId; d: number; allowed: NodeId[] }[] = [];
  for (const [vm, state] of model.vms) {
    if (state !== 'running' && !(state === 'ready' && running.has(vm))) continue;
    let allowed = nodes;
    for (const c of constraints) {
      if (c.kind === 'ban' && c.vm === vm) allowed = allowed.filter((n) => !c.nodes.includes(n));
      if (c.kind === 'fence' && c.vm === vm) allowed = allowed.filter((n) => c.nodes.includes(n));
    }
    const host = state === 'running' ? model.host.get(vm) : undefined;
    movers.push({ vm, ...(host !== undefined ? { host } : {}), d: vmActionDuration(model, state === 'running' ? 'migrateVM' : 'bootVM', vm), allowed });
  }
  const y = (v: VmId, n: NodeId, t: number) => `y_${v}_${n}_${t}`;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const arrivals = new Map<NodeId, string[]>(); // per node: terms "a y" by start, built per t below
  for (const m of movers) {
    const terms: string[] = [];
    for (const n of m.allowed) {
      if (n === m.host) continue;
      for (let t = 0; t + m.d <= horizon; t++) {
        const name = y(m.vm, n, t);
        binaries.push(name);
        terms.push(name);
        objective.push(`${t + m.d} ${name}`);
      }
    }
    const stays = m.host !== undefined && m.allowed.includes(m.host);
    if (stays) {
      binaries.push(`z_${m.vm}`);
      terms.push(`z_${m.vm}`);
    }
    if (terms.length === 0) return undefined;
    rows.push(`one_${m.vm}: ${terms.join(' + ')} = 1`);
  }
  void arrivals;
  const spreadSets = constraints.filter((c) => c.kind === 'spread').map((c) => (c as { vms: VmId[] }).vms);
  spreadSets.forEach((vms, k) => {
    for (const n of nodes) {
      const terms: string[] = [];
      for (const m of movers) {
        if (!vms.includes(m.vm)) continue;
        if (m.host === n && m.allowed.includes(n)) terms.push(`z_${m.vm}`);
        else if (m.allowed.includes(n)) for (let t = 0; t + m.d <= horizon; t++) terms.push(y(m.vm, n, t));
      }
      if (terms.length > 1) rows.push(`spread_${k}_${n}: ${terms.join(' + ')} <= 1`);
    }
  });
  for (const n of nodes) {
    const cap = capacityOf(cpu, n);
    let base = 0;
    for (const [vm, state] of model.vms) if (state === 'running' && model.host.get(vm) === n) base += consumptionOf(cpu, vm);
    for (let t = 0; t <= horizon; t++) {
      const terms: string[] = [];
      for (const m of movers) {
        const a = consumptionOf(cpu, m.vm);
        if (a === 0) continue;
        // Departed from n by t: arrival elsewhere started at t' ≤ t − d.
        if (m.host === n) for (const n2 of m.allowed) if (n2 !== n) for (let s = 0; s <= t - m.d; s++) terms.push(`- ${a} ${y(m.vm, n2, s)}`);
        // Arrived on n by t.
        if (m.host !== n && m.allowed.includes(n)) for (let s = 0; s <= t && s + m.d <= horizon; s++) terms.push(`+ ${a} ${y(m.vm, n, s)}`);
      }
      if (terms.length === 0) {
        if (base > cap) return undefined;
        continue;
      }
      rows.push(`cap_${n}_${t}: ${terms.join(' ').replace(/^\+ /, '')} <= ${cap - base}`);
    }
  }
  const lp = [
    'Minimize',
    ` obj: ${objective.length ? objective.join(' + ') : '0 z_none'}`,
    'Subject To',
    ...rows.map((r) => ` ${r}`),
    'Binary',
    ` ${binaries.join(' ')}${objective.length ? '' : ' z_none'}`,
    'End',
  ].join('\n');
  const result = highs.solve(lp, { output_flag: false, mip_rel_gap: 0 });
  if (result.Status !== 'Optimal') return undefined;
  return Math.round(result.ObjectiveValue);
}
