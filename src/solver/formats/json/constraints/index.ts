/**
 * The registry of JSON constraint converters: one entry per constraint of the catalogue, keyed by BtrPlace's
 * JSON id for reading and by constraint kind for writing. Adding a constraint is one file plus one line here.
 */
import type { Constraint, ConstraintKind } from '../../../constraints/index.ts';
import type { Model } from '../../../model/model.ts';
import { inBtrPlaceOrder } from '../key-order.ts';
import type { JsonObject, ReadContext } from '../read-context.ts';
import { child, describe, FieldReader, isObject, JSON_CODES } from '../read-context.ts';
import type { ConstraintJsonConverter } from './converter.ts';
import { among } from './among.ts';
import { ban } from './ban.ts';
import { deadline } from './deadline.ts';
import { fence } from './fence.ts';
import { gather } from './gather.ts';
import { killed } from './killed.ts';
import { lonely } from './lonely.ts';
import { maxOnline } from './maxOnline.ts';
import { noDelay } from './noDelay.ts';
import { offline } from './offline.ts';
import { online } from './online.ts';
import { overbook } from './overbook.ts';
import { precedence } from './precedence.ts';
import { preserve } from './preserve.ts';
import { quarantine } from './quarantine.ts';
import { ready } from './ready.ts';
import { resourceCapacity } from './resourceCapacity.ts';
import { root } from './root.ts';
import { running } from './running.ts';
import { runningCapacity } from './runningCapacity.ts';
import { seq } from './seq.ts';
import { serialize } from './serialize.ts';
import { sleeping } from './sleeping.ts';
import { split } from './split.ts';
import { splitAmong } from './splitAmong.ts';
import { spread } from './spread.ts';
import { sync } from './sync.ts';

type AnyConverter = { [K in ConstraintKind]: ConstraintJsonConverter<K> }[ConstraintKind];

const byKind: { [K in ConstraintKind]: ConstraintJsonConverter<K> } = {
  spread, gather, lonely, among, split, splitAmong, ban, fence, root, quarantine, online, offline, maxOnline,
  running, ready, sleeping, killed, preserve, overbook, resourceCapacity, runningCapacity, seq, noDelay,
  deadline, precedence, serialize, sync,
};

const byJsonId = new Map<string, AnyConverter>(Object.values(byKind).map((c) => [c.jsonId, c]));

/** BtrPlace's JSON ids of every supported constraint. */
export const constraintJsonIds: readonly string[] = [...byJsonId.keys()];

/** The converter of a JSON id, accepting a wrong letter case (`deadline` for `Deadline`) with a warning. */
function converterFor(cx: ReadContext, id: string, path: string): AnyConverter | undefined {
  const exact = byJsonId.get(id);
  if (exact) return exact;
  const lower = id.toLowerCase();
  const near = Object.values(byKind).find((c) => c.jsonId.toLowerCase() === lower);
  if (near) cx.warn(child(path, 'id'), JSON_CODES.ignored, `constraint id "${id}" read as "${near.jsonId}"`, `BtrPlace spells it "${near.jsonId}"; it would reject "${id}"`);
  return near;
}

/** Reads `constraints`: each object is converted by its id's converter; bad ones are reported and left out. */
export function readConstraints(cx: ReadContext, model: Model, value: unknown, path: string): Constraint[] {
  const out: Constraint[] = [];
  if (!Array.isArray(value)) {
    cx.error(path, JSON_CODES.type, `expected an array of constraints, found ${describe(value)}`);
    return out;
  }
  const r = new FieldReader(cx, model);
  for (let i = 0; i < value.length; i++) {
    const c = readConstraint(r, value[i], `${path}[${i}]`);
    if (c) out.push(c);
  }
  return out;
}

function readConstraint(r: FieldReader, value: unknown, path: string): Constraint | undefined {
  const cx = r.cx;
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected a constraint object, found ${describe(value)}`);
    return undefined;
  }
  const id = value.id;
  if (typeof id !== 'string') {
    cx.error(child(path, 'id'), id === undefined ? JSON_CODES.missing : JSON_CODES.type, `a constraint needs a string "id", found ${describe(id)}`);
    return undefined;
  }
  const converter = converterFor(cx, id, path);
  if (!converter) {
    cx.error(child(path, 'id'), JSON_CODES.unknownId, `unknown constraint "${id}"`, `known constraints: ${constraintJsonIds.join(', ')}`);
    return undefined;
  }
  r.reset(value, path);
  const c = converter.read(r);
  if (converter.mode !== 'both') r.fixedMode(converter.mode === 'continuous', converter.jsonId);
  for (const key in value) {
    if (key !== 'id' && key !== 'continuous' && !converter.keys.includes(key)) {
      cx.warn(child(path, key), JSON_CODES.ignored, `unknown key of ${converter.jsonId}, ignored`, `${converter.jsonId} has: ${converter.keys.join(', ')}`);
    }
  }
  return r.failed ? undefined : c;
}

/** A constraint as BtrPlace writes it, keys in BtrPlace's order. */
export function writeConstraint(c: Constraint): JsonObject {
  const converter = byKind[c.kind] as ConstraintJsonConverter<ConstraintKind>;
  const fields = converter.write(c as never);
  const o: JsonObject = { id: converter.jsonId, ...fields };
  if (converter.mode !== 'both' && converter.writesContinuous) o.continuous = converter.mode === 'continuous';
  return inBtrPlaceOrder(o);
}
