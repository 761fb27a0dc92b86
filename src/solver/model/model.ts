/**
 * The placement model (spec §1): nodes and VMs are integer ids, as in BtrPlace; everything else hangs off them.
 *
 * This is the contract every layer agrees on: the JSON reader/writer, the script language, the checker, the
 * engine's encoder and the demos. Maps keep insertion order, which is the declaration order and therefore the
 * order in which formats write elements back.
 */

export type NodeId = number;
export type VmId = number;

/** A node is powered on (can host VMs) or off (hosts nothing). */
export type NodeState = 'online' | 'offline';

/**
 * `init`: known but not yet created (can be forged); `ready`: exists, hosted nowhere, consumes nothing;
 * `running`: hosted on an online node and consuming resources; `sleeping`: suspended image kept on an online
 * node, consuming no shareable resource; `killed`: gone.
 */
export type VmState = 'init' | 'ready' | 'running' | 'sleeping' | 'killed';

export type AttributeValue = boolean | number | string;
export type Attributes = Map<string, AttributeValue>;

/** A shareable resource view (`ShareableResource.<id>`): node capacities and VM consumptions, with defaults. */
export interface ShareableResource {
  /** Resource identifier, e.g. `cpu` or `mem`. */
  readonly id: string;
  /** Capacity of a node that has no explicit value. */
  defaultCapacity: number;
  /** Consumption of a VM that has no explicit value. */
  defaultConsumption: number;
  /** Explicit node capacities. */
  readonly capacity: Map<NodeId, number>;
  /** Explicit VM consumptions. */
  readonly consumption: Map<VmId, number>;
}

export interface Model {
  /** Every node and its state, in declaration order. */
  readonly nodes: Map<NodeId, NodeState>;
  /** Every VM and its state, in declaration order. */
  readonly vms: Map<VmId, VmState>;
  /** Host of each running or sleeping VM. */
  readonly host: Map<VmId, NodeId>;
  /** Shareable resources by id. */
  readonly resources: Map<string, ShareableResource>;
  /** Attributes of VMs (`migrate`, `boot`, `template`, `clone`, ...). */
  readonly vmAttributes: Map<VmId, Attributes>;
  /** Attributes of nodes (`boot`, `shutdown`, ...). */
  readonly nodeAttributes: Map<NodeId, Attributes>;
  /** Names of VMs (BtrPlace's `btrpsl.ns.vm` naming service), when known. */
  readonly vmNames: Map<VmId, string>;
  /** Names of nodes (`btrpsl.ns.node`), when known. */
  readonly nodeNames: Map<NodeId, string>;
  /**
   * Views this project does not interpret (e.g. BtrPlace's network view `{"id":"net",...}`), kept verbatim as
   * JSON objects so that reading and writing an instance loses nothing.
   */
  extraViews?: Record<string, unknown>[];
}

export function emptyModel(): Model {
  return {
    nodes: new Map(),
    vms: new Map(),
    host: new Map(),
    resources: new Map(),
    vmAttributes: new Map(),
    nodeAttributes: new Map(),
    vmNames: new Map(),
    nodeNames: new Map(),
  };
}

export function capacityOf(rc: ShareableResource, node: NodeId): number {
  return rc.capacity.get(node) ?? rc.defaultCapacity;
}

export function consumptionOf(rc: ShareableResource, vm: VmId): number {
  return rc.consumption.get(vm) ?? rc.defaultConsumption;
}

/** Display name of a VM: its naming-service name, else BtrPlace's `vm#<id>`. */
export function vmName(model: Model, vm: VmId): string {
  return model.vmNames.get(vm) ?? `vm#${vm}`;
}

/** Display name of a node: its naming-service name, else BtrPlace's `node#<id>`. */
export function nodeName(model: Model, node: NodeId): string {
  return model.nodeNames.get(node) ?? `node#${node}`;
}
