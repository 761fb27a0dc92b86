import { ok } from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { readInstance, readPlan } from '../../../../src/solver/formats/json/index.ts';
import { parsePlanText } from '../../../../src/solver/formats/plan-text/index.ts';
import { emptyModel } from '../../../../src/solver/model/model.ts';

/** A valid instance whose parts the properties below replace with arbitrary JSON. */
const base = () => ({
  model: {
    mapping: { onlineNodes: { '0': { runningVMs: [0], sleepingVMs: [] } }, offlineNodes: [1], readyVMs: [1] },
    attributes: { vms: { '0': { migrate: 3 } }, nodes: {} },
    views: [{ id: 'shareableResource', rcId: 'cpu', defCapacity: 4, defConsumption: 1, nodes: {}, vms: {} }],
  },
  constraints: [{ id: 'spread', vms: [0, 1], continuous: true }],
  objective: { id: 'minimizeMTTR' },
});

/** Paths into `base()` where arbitrary values are planted. */
const spots: ((j: any, v: unknown) => void)[] = [
  (j, v) => (j.model = v),
  (j, v) => (j.model.mapping = v),
  (j, v) => (j.model.mapping.onlineNodes = v),
  (j, v) => (j.model.mapping.onlineNodes['0'] = v),
  (j, v) => (j.model.mapping.readyVMs = v),
  (j, v) => (j.model.attributes = v),
  (j, v) => (j.model.attributes.vms = v),
  (j, v) => (j.model.views = v),
  (j, v) => (j.model.views[0] = v),
  (j, v) => (j.model.views[0].vms = v),
  (j, v) => (j.constraints = v),
  (j, v) => (j.constraints[0] = v),
  (j, v) => (j.constraints[0].vms = v),
  (j, v) => (j.objective = v),
];

const constraintIds = ['spread', 'among', 'splitAmong', 'ban', 'maxOnline', 'overbook', 'Deadline', 'Precedence', 'seq', 'preserve', 'online'];

describe('JSON readers never throw, whatever the input', () => {
  it('an instance with arbitrary JSON planted anywhere gives diagnostics, or an instance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: spots.length - 1 }), fc.jsonValue(), (spot, value) => {
        const j = base();
        (spots[spot] as (j: any, v: unknown) => void)(j, value);
        const r = readInstance(JSON.stringify(j));
        ok(r.instance !== undefined || r.diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 500 },
    );
  });

  it('a constraint of a known id with arbitrary fields gives diagnostics, or a constraint', () => {
    fc.assert(
      fc.property(fc.constantFrom(...constraintIds), fc.dictionary(fc.constantFrom('vm', 'vms', 'vm1', 'vm2', 'node', 'nodes', 'parts', 'vParts', 'pParts', 'rc', 'amount', 'ratio', 'timestamp', 'continuous'), fc.jsonValue()), (id, fields) => {
        const j = base();
        j.constraints = [{ ...fields, id } as any];
        const r = readInstance(j);
        ok(r.instance !== undefined || r.diagnostics.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('a plan with arbitrary actions gives diagnostics, or a plan', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.record({ id: fc.constantFrom('migrateVM', 'bootVM', 'killVM', 'forgeVM', 'allocate'), vm: fc.jsonValue(), start: fc.jsonValue(), end: fc.jsonValue(), hooks: fc.jsonValue() }))), (actions) => {
        const r = readPlan({ origin: base().model, actions });
        ok(r.plan !== undefined || r.diagnostics.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary text given as JSON or as a text plan gives diagnostics, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        readInstance(text);
        readPlan(text);
        parsePlanText(text, emptyModel());
        parsePlanText(`0'00 to 0'01: ${text}`, emptyModel());
        parsePlanText(`0:1 {action=${text}`, emptyModel());
      }),
      { numRuns: 500 },
    );
  });
});
