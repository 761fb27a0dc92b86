/**
 * What a model holds that BtrPlace JSON cannot: writing then loses it, so the writer's callers (the CLI's
 * `convert`) report these warnings instead of dropping anything silently.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import type { Model } from '../../model/model.ts';
import { vmName } from '../../model/model.ts';

export function jsonLimitations(model: Model): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [vm, state] of model.vms) {
    if (state === 'init' || state === 'killed') {
      out.push({
        severity: 'warning',
        code: 'JSON009',
        message: `VM ${vmName(model, vm)} is in state ${state}, which a BtrPlace JSON mapping cannot hold: it is left out`,
        hint: state === 'init' ? 'declare the VM ready if it must exist in the JSON instance' : 'remove the killed VM from the model',
      });
    }
  }
  for (const [vm, state] of model.vms) {
    if (state !== 'running' && state !== 'sleeping') continue;
    const host = model.host.get(vm);
    if (host === undefined || model.nodes.get(host) !== 'online') {
      out.push({
        severity: 'warning',
        code: 'JSON009',
        message: `VM ${vmName(model, vm)} is ${state} on ${host === undefined ? 'no node' : `node ${host}, which is not online`}: a BtrPlace JSON mapping cannot hold it, it is left out`,
        hint: 'host the VM on an online node, or make it ready',
      });
    }
  }
  for (const [what, names] of [['VM', model.vmNames], ['node', model.nodeNames]] as const) {
    const seen = new Map<string, number>();
    for (const [id, name] of names) {
      const other = seen.get(name);
      if (other !== undefined) {
        out.push({ severity: 'warning', code: 'JSON009', message: `${what}s ${other} and ${id} are both named "${name}": the JSON naming service keeps only ${id}`, hint: 'give every element its own name' });
      }
      seen.set(name, id);
    }
  }
  return out;
}
