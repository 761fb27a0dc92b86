/**
 * Model views (spec §6.2): shareable resources and naming services are read into the model; any other view
 * (BtrPlace's network view `net`, or one from a later BtrPlace) is kept verbatim in `model.extraViews`.
 *
 * Views are written back in a fixed order: resources, VM names, node names, then the kept ones. Their order
 * carries no meaning in BtrPlace.
 *
 * Node names: BtrPlace's node naming service holds btrpsl names, which start with `@` (`@N12`); the model
 * holds them without it (`N12`), as the scenario language and the talk's plans write them. So the reader
 * drops one leading `@` and the writer puts it back.
 */
import type { Model, ShareableResource } from '../../model/model.ts';
import { inBtrPlaceOrder } from './key-order.ts';
import type { JsonObject, ReadContext } from './read-context.ts';
import { child, describe, isId, isObject, JSON_CODES, parseIdKey } from './read-context.ts';

export function readViews(cx: ReadContext, model: Model, value: unknown, path: string): void {
  if (!Array.isArray(value)) {
    cx.error(path, JSON_CODES.type, `expected an array of views, found ${describe(value)}`);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const view = value[i];
    const at = child(path, i);
    if (!isObject(view)) {
      cx.error(at, JSON_CODES.type, `expected a view object, found ${describe(view)}`);
      continue;
    }
    if (view.id === 'shareableResource') readResource(cx, model, view, at);
    else if (view.id === 'ns') readNames(cx, model, view, at);
    else if (typeof view.id === 'string') {
      (model.extraViews ??= []).push(view);
      cx.warn(at, JSON_CODES.ignored, `view "${view.id}" is kept as is but not interpreted`, view.id === 'net'
        ? 'the network view does not change migration durations here: they come from the "migrate" attributes'
        : undefined);
    } else cx.error(at, JSON_CODES.missing, `a view needs a string "id", found ${describe(view.id)}`);
  }
}

function readResource(cx: ReadContext, model: Model, view: JsonObject, path: string): void {
  const { rcId, defCapacity, defConsumption } = view;
  let ok = true;
  if (typeof rcId !== 'string' || rcId === '') {
    cx.error(child(path, 'rcId'), rcId === undefined ? JSON_CODES.missing : JSON_CODES.type, `expected the resource id as a non-empty string, found ${describe(rcId)}`);
    return;
  }
  if (model.resources.has(rcId)) {
    cx.error(path, JSON_CODES.duplicate, `resource "${rcId}" is defined twice`, 'merge the two shareableResource views');
    return;
  }
  for (const [key, v] of [['defCapacity', defCapacity], ['defConsumption', defConsumption]] as const) {
    if (!isId(v)) {
      ok = false;
      cx.error(child(path, key), v === undefined ? JSON_CODES.missing : JSON_CODES.value, `expected a non-negative integer, found ${describe(v)}`);
    }
  }
  const rc: ShareableResource = {
    id: rcId,
    defaultCapacity: defCapacity as number,
    defaultConsumption: defConsumption as number,
    capacity: readAmounts(cx, view.nodes, child(path, 'nodes'), model.nodes, 'node'),
    consumption: readAmounts(cx, view.vms, child(path, 'vms'), model.vms, 'VM'),
  };
  if (ok) model.resources.set(rcId, rc);
}

function readAmounts(cx: ReadContext, value: unknown, path: string, declared: Map<number, unknown>, what: 'VM' | 'node'): Map<number, number> {
  const out = new Map<number, number>();
  if (!isObject(value)) {
    cx.error(path, value === undefined ? JSON_CODES.missing : JSON_CODES.type, `expected an object keyed by ${what} id, found ${describe(value)}`);
    return out;
  }
  for (const key in value) {
    const id = parseIdKey(key);
    const amount = value[key];
    if (id < 0) cx.error(path, JSON_CODES.type, `key "${key}" is not a ${what} id`);
    else if (!declared.has(id)) cx.error(child(path, key), JSON_CODES.undeclared, `undeclared ${what} ${id}`, `every ${what} must appear in model.mapping`);
    else if (!isId(amount)) cx.error(child(path, key), JSON_CODES.value, `expected a non-negative integer, found ${describe(amount)}`);
    else out.set(id, amount);
  }
  return out;
}

function readNames(cx: ReadContext, model: Model, view: JsonObject, path: string): void {
  const { type, map } = view;
  if (type !== 'vm' && type !== 'node') {
    cx.error(child(path, 'type'), JSON_CODES.value, `expected "vm" or "node", found ${describe(type)}`);
    return;
  }
  const names = type === 'vm' ? model.vmNames : model.nodeNames;
  const declared: Map<number, unknown> = type === 'vm' ? model.vms : model.nodes;
  const what = type === 'vm' ? 'VM' : 'node';
  if (names.size > 0) {
    cx.error(path, JSON_CODES.duplicate, `a second naming service for ${what}s`, 'merge the two "ns" views');
    return;
  }
  if (!isObject(map)) {
    cx.error(child(path, 'map'), map === undefined ? JSON_CODES.missing : JSON_CODES.type, `expected an object from names to ids, found ${describe(map)}`);
    return;
  }
  for (const name in map) {
    const id = map[name];
    if (!isId(id)) cx.error(`${path}.map.${name}`, JSON_CODES.type, `expected a ${what} id, found ${describe(id)}`);
    else if (!declared.has(id)) cx.error(`${path}.map.${name}`, JSON_CODES.undeclared, `undeclared ${what} ${id}`, `every ${what} must appear in model.mapping`);
    else if (names.has(id)) cx.error(`${path}.map.${name}`, JSON_CODES.duplicate, `${what} ${id} is already named "${names.get(id)}"`, 'an element has one name');
    else names.set(id, type === 'node' ? withoutAt(name) : name);
  }
}

function withoutAt(name: string): string {
  return name.length > 1 && name.startsWith('@') ? name.slice(1) : name;
}

export function writeViews(model: Model): JsonObject[] {
  const views: JsonObject[] = [];
  for (const rc of model.resources.values()) {
    const nodes: JsonObject = {};
    for (const [node, amount] of rc.capacity) nodes[node] = amount;
    const vms: JsonObject = {};
    for (const [vm, amount] of rc.consumption) vms[vm] = amount;
    views.push(
      inBtrPlaceOrder({ id: 'shareableResource', rcId: rc.id, defCapacity: rc.defaultCapacity, defConsumption: rc.defaultConsumption, nodes, vms }),
    );
  }
  for (const [type, names] of [['vm', model.vmNames], ['node', model.nodeNames]] as const) {
    if (names.size === 0) continue;
    // Names are user text: a null-prototype object keeps a name like "__proto__" an ordinary key.
    const map: JsonObject = Object.create(null);
    for (const [id, name] of names) map[type === 'node' && !name.startsWith('@') ? `@${name}` : name] = id;
    views.push(inBtrPlaceOrder({ id: 'ns', type, map }));
  }
  for (const view of model.extraViews ?? []) views.push(view);
  return views;
}
