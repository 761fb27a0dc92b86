/** Small files for the `check` and `convert` command tests, written to a fresh temporary directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Spec §6.5's example made valid: node 0 holds VM 0 (cpu 2) and VM 1 (cpu 2, migrates in 4 s); VM 2 ready. */
export const instanceJson = {
  model: {
    mapping: { onlineNodes: { '0': { runningVMs: [0, 1], sleepingVMs: [] }, '1': { runningVMs: [], sleepingVMs: [] } }, offlineNodes: [], readyVMs: [2] },
    attributes: { vms: { '1': { migrate: 4 } }, nodes: {} },
    views: [{ id: 'shareableResource', rcId: 'cpu', defCapacity: 4, defConsumption: 1, nodes: {}, vms: { '0': 2, '1': 2 } }],
  },
  constraints: [{ id: 'spread', vms: [0, 1], continuous: false }, { id: 'running', vm: 2 }],
  objective: { id: 'minimizeMTTR' },
};

export const files: Record<string, string> = {
  'inst.json': JSON.stringify(instanceJson),
  // The valid plan of spec §6.5, in the talk's format.
  'good.plan': "0'00 to 0'04: relocate(vm#1,node#1)\n0'00 to 0'01: boot(vm#2,node#1)\n",
  // Booting VM 2 on node 0 before VM 1 has left overloads node 0 (2 + 2 + 1 > 4).
  'overload.txt': '0:4 {action=migrate(vm=vm#1, from=node#0, to=node#1)}\n0:1 {action=boot(vm=vm#2, on=node#0)}\n',
  // Nothing moves: spread (discrete) is violated at the end, and VM 2 never runs.
  'empty.txt': '',
  'typo.plan': "0'00 to 0'04: relocate(vm#1,node#7)\n",
  'broken.json': '{"model": {"mapping": {]}',
  // A constraint on an undeclared VM, the JSON spread over lines so that the error has a line to point at.
  'undeclared.json': `{\n"model": ${JSON.stringify(instanceJson.model)},\n"constraints": [{"id": "spread", "vms": [0, 9], "continuous": false}],\n"objective": {"id": "minimizeMTTR"}}`,
  // Spec §6.5 as written: node 0 carries 5 cpu out of 4, a modelling error.
  'overloaded.json': JSON.stringify({ ...instanceJson, model: { ...instanceJson.model, views: [{ ...instanceJson.model.views[0], vms: { '0': 2, '1': 3 } }] } }),
};

export function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitrine-cli-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
