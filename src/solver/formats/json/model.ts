/**
 * BtrPlace JSON model (spec §6.2): the mapping declares every element, then attributes and views refer to them.
 *
 * Reading keeps the file's order: nodes as declared (online ones by id, as JavaScript lists integer keys, then
 * offline ones), VMs node by node (running, then sleeping), then ready ones; so writing gives the same lists.
 */
import type { AttributeValue, Attributes, Model, NodeId, VmId } from '../../model/model.ts';
import { emptyModel } from '../../model/model.ts';
import { inBtrPlaceOrder } from './key-order.ts';
import type { JsonObject, ReadContext } from './read-context.ts';
import { child, describe, isId, isObject, JSON_CODES, parseIdKey } from './read-context.ts';
import { readViews, writeViews } from './views.ts';

/** Reads a model. Returns undefined only when nothing sensible can be built (no mapping). */
export function readModel(cx: ReadContext, value: unknown, path: string): Model | undefined {
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected a model object, found ${describe(value)}`);
    return undefined;
  }
  const model = emptyModel();
  if (value.mapping === undefined) {
    cx.error(path, JSON_CODES.missing, 'missing key "mapping"', 'a model declares its elements in "mapping"');
    return undefined;
  }
  readMapping(cx, model, value.mapping, child(path, 'mapping'));
  if (value.attributes !== undefined) readAttributes(cx, model, value.attributes, child(path, 'attributes'));
  if (value.views !== undefined) readViews(cx, model, value.views, child(path, 'views'));
  return model;
}

function readMapping(cx: ReadContext, model: Model, value: unknown, path: string): void {
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected an object, found ${describe(value)}`);
    return;
  }
  const { onlineNodes, offlineNodes, readyVMs } = value;
  if (onlineNodes === undefined) cx.error(path, JSON_CODES.missing, 'missing key "onlineNodes"');
  else if (!isObject(onlineNodes)) cx.error(child(path, 'onlineNodes'), JSON_CODES.type, `expected an object keyed by node id, found ${describe(onlineNodes)}`);
  else {
    for (const key in onlineNodes) {
      const node = parseIdKey(key);
      const at = child(path, 'onlineNodes');
      if (node < 0) {
        cx.error(at, JSON_CODES.type, `key "${key}" is not a node id (a non-negative integer)`);
        continue;
      }
      model.nodes.set(node, 'online');
      const hosted = onlineNodes[key];
      if (!isObject(hosted)) {
        cx.error(child(at, key), JSON_CODES.type, `expected {"runningVMs": [...], "sleepingVMs": [...]}, found ${describe(hosted)}`);
        continue;
      }
      readHosted(cx, model, node, hosted, 'runningVMs', child(at, key));
      readHosted(cx, model, node, hosted, 'sleepingVMs', child(at, key));
    }
  }
  if (offlineNodes === undefined) cx.error(path, JSON_CODES.missing, 'missing key "offlineNodes"');
  else if (!Array.isArray(offlineNodes)) cx.error(child(path, 'offlineNodes'), JSON_CODES.type, `expected an array of node ids, found ${describe(offlineNodes)}`);
  else {
    for (let i = 0; i < offlineNodes.length; i++) {
      const node = offlineNodes[i];
      if (!isId(node)) cx.error(`${path}.offlineNodes[${i}]`, JSON_CODES.type, `expected a node id, found ${describe(node)}`);
      else if (model.nodes.has(node)) cx.error(`${path}.offlineNodes[${i}]`, JSON_CODES.duplicate, `node ${node} is declared twice`, 'a node is either online or offline');
      else model.nodes.set(node, 'offline');
    }
  }
  if (readyVMs === undefined) cx.error(path, JSON_CODES.missing, 'missing key "readyVMs"');
  else if (!Array.isArray(readyVMs)) cx.error(child(path, 'readyVMs'), JSON_CODES.type, `expected an array of VM ids, found ${describe(readyVMs)}`);
  else {
    for (let i = 0; i < readyVMs.length; i++) {
      const vm = readyVMs[i];
      if (!isId(vm)) cx.error(`${path}.readyVMs[${i}]`, JSON_CODES.type, `expected a VM id, found ${describe(vm)}`);
      else if (model.vms.has(vm)) cx.error(`${path}.readyVMs[${i}]`, JSON_CODES.duplicate, `VM ${vm} is declared twice`, 'a VM is in exactly one state');
      else model.vms.set(vm, 'ready');
    }
  }
}

function readHosted(cx: ReadContext, model: Model, node: NodeId, hosted: JsonObject, key: 'runningVMs' | 'sleepingVMs', path: string): void {
  const list = hosted[key];
  if (list === undefined) {
    cx.error(path, JSON_CODES.missing, `missing key "${key}"`);
    return;
  }
  if (!Array.isArray(list)) {
    cx.error(child(path, key), JSON_CODES.type, `expected an array of VM ids, found ${describe(list)}`);
    return;
  }
  const state = key === 'runningVMs' ? 'running' : 'sleeping';
  for (let i = 0; i < list.length; i++) {
    const vm = list[i];
    if (!isId(vm)) cx.error(`${path}.${key}[${i}]`, JSON_CODES.type, `expected a VM id, found ${describe(vm)}`);
    else if (model.vms.has(vm)) cx.error(`${path}.${key}[${i}]`, JSON_CODES.duplicate, `VM ${vm} is declared twice`, 'a VM is in exactly one state, on one node');
    else {
      model.vms.set(vm, state);
      model.host.set(vm, node);
    }
  }
}

function readAttributes(cx: ReadContext, model: Model, value: unknown, path: string): void {
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected {"vms": {...}, "nodes": {...}}, found ${describe(value)}`);
    return;
  }
  readElementAttributes(cx, value.vms, child(path, 'vms'), model.vms, model.vmAttributes, 'VM');
  readElementAttributes(cx, value.nodes, child(path, 'nodes'), model.nodes, model.nodeAttributes, 'node');
}

function readElementAttributes(
  cx: ReadContext,
  value: unknown,
  path: string,
  declared: Map<number, unknown>,
  into: Map<number, Attributes>,
  what: 'VM' | 'node',
): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected an object keyed by ${what} id, found ${describe(value)}`);
    return;
  }
  for (const key in value) {
    const id = parseIdKey(key);
    if (id < 0) {
      cx.error(path, JSON_CODES.type, `key "${key}" is not a ${what} id`);
      continue;
    }
    if (!declared.has(id)) {
      cx.error(child(path, key), JSON_CODES.undeclared, `undeclared ${what} ${id}`, `every ${what} must appear in model.mapping`);
      continue;
    }
    const pairs = value[key];
    if (!isObject(pairs)) {
      cx.error(child(path, key), JSON_CODES.type, `expected an object of attributes, found ${describe(pairs)}`);
      continue;
    }
    const attributes: Attributes = new Map();
    for (const name in pairs) {
      const v = pairs[name];
      const t = typeof v;
      if (t === 'number' || t === 'string' || t === 'boolean') attributes.set(name, v as AttributeValue);
      else cx.error(`${path}.${key}.${name}`, JSON_CODES.type, `an attribute is a boolean, a number or a string, found ${describe(v)}`);
    }
    into.set(id, attributes);
  }
}

/**
 * The model as BtrPlace JSON. VMs in state `init` or `killed` have no place in a BtrPlace mapping and are
 * left out (see `jsonLimitations`, which reports them).
 */
export function writeModel(model: Model): JsonObject {
  const running = new Map<NodeId, VmId[]>();
  const sleeping = new Map<NodeId, VmId[]>();
  const offlineNodes: NodeId[] = [];
  for (const [node, state] of model.nodes) {
    if (state === 'online') {
      running.set(node, []);
      sleeping.set(node, []);
    } else offlineNodes.push(node);
  }
  const readyVMs: VmId[] = [];
  for (const [vm, state] of model.vms) {
    if (state === 'ready') readyVMs.push(vm);
    else if (state === 'running' || state === 'sleeping') {
      const node = model.host.get(vm);
      const list = node === undefined ? undefined : (state === 'running' ? running : sleeping).get(node);
      list?.push(vm);
    }
  }
  const onlineNodes: JsonObject = {};
  for (const [node, vms] of running) {
    onlineNodes[node] = inBtrPlaceOrder({ runningVMs: vms, sleepingVMs: sleeping.get(node) ?? [] });
  }
  return inBtrPlaceOrder({
    mapping: inBtrPlaceOrder({ onlineNodes, offlineNodes, readyVMs }),
    attributes: inBtrPlaceOrder({
      vms: writeElementAttributes(model.vmAttributes),
      nodes: writeElementAttributes(model.nodeAttributes),
    }),
    views: writeViews(model),
  });
}

function writeElementAttributes(attributes: Map<number, Attributes>): JsonObject {
  const out: JsonObject = {};
  for (const [id, pairs] of attributes) {
    // Attribute names are user text: a null-prototype object keeps a name like "__proto__" an ordinary key.
    const o: JsonObject = Object.create(null);
    for (const [name, value] of pairs) o[name] = value;
    out[id] = o;
  }
  return out;
}
