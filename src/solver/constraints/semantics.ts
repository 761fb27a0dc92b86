/**
 * What every constraint module provides besides its type (spec §2, §3.4bis, §4.3): its modes, the elements it
 * names, the checks of its parameters, a checker for plan replay and its misplaced VMs for repair mode.
 * The registry (registry.ts) joins one `ConstraintSpec` per kind.
 */
import type { Constraint } from './index.ts';
import type { Instance } from '../model/instance.ts';
import type { Model, NodeId, VmId, VmState } from '../model/model.ts';
import type { Action } from '../plan/plan.ts';

/** D = only the final model, C = source, every instant and final model, both = chosen per instance. */
export type ConstraintModes = 'discrete' | 'continuous' | 'both';

/** Elements a constraint names; validation reports the unknown ones. */
export interface ConstraintRefs {
  vms: VmId[];
  nodes: NodeId[];
  /** Resource ids (`cpu`, ...). */
  rcs: string[];
}

/** Kinds of malformed parameters; validate.ts maps each to its stable code. */
export type ParamIssueKind =
  | 'emptySet'
  | 'notDisjoint'
  | 'duplicate'
  | 'badAmount'
  | 'badRatio'
  | 'badTimestamp'
  | 'sameVm';

export interface ParamIssue {
  issue: ParamIssueKind;
  message: string;
}

/**
 * What a constraint sees during a replay, at the current instant: the actions ending now have been processed,
 * and so have the actions starting now that came before the one being notified (BtrPlace's order: ends, then
 * starts). `usage` is the usage of the instant itself, every slice included. VM ids are identities: a VM
 * substituted by re-instantiation keeps the id of the VM it replaces (spec §3.3 consequence 4).
 */
export interface ReplayState {
  readonly origin: Model;
  readonly time: number;
  /** VMs that run on, arrive on, or have not finished leaving the node (§3.3: acquire at start, release at end). */
  occupants(node: NodeId): ReadonlySet<VmId>;
  /** Online, booting or shutting down (a node is powered from its boot start until its shutdown end). */
  powered(node: NodeId): boolean;
  /** Usage of resource `rc` on `node` at this instant under the rule of §3.3. */
  usage(node: NodeId, rc: string): number;
  /** Capacity of `node` for `rc` (0 if the resource is unknown). */
  capacity(node: NodeId, rc: string): number;
}

/**
 * Per-constraint replay hooks (spec §3.4bis). Each returns the problems found, as messages naming the elements
 * (empty = satisfied). Discrete-only constraints implement `endsWith`; a continuous constraint checks its mode
 * itself, so the replay can call every hook of every constraint.
 */
export interface ConstraintChecker {
  /** The source model; a continuous constraint violated here makes the problem infeasible. */
  startsWith?(origin: Model, state: ReplayState): string[];
  /** An action starts; `state.occupants` does not include its own arrival yet. */
  onStart?(action: Action, state: ReplayState): string[];
  /** An action ends (before its POST events). */
  onEnd?(action: Action, state: ReplayState): void;
  /** The result model, VMs renamed to their identities. */
  endsWith?(result: Model): string[];
}

/** Context shared by the checkers of one replay. */
export interface CheckContext {
  instance: Instance;
  /** Every action of the plan, VM ids as identities (for constraints on the whole schedule: seq, sync...). */
  actions: readonly Action[];
  /** Seconds from the plan start to wall-clock deadlines (`hh:mm:ss`); the moment the plan starts. */
  now: Date;
}

export interface ConstraintSpec<C extends Constraint> {
  readonly kind: C['kind'];
  readonly modes: ConstraintModes;
  /** Continuity of BtrPlace's short Java constructor (btrpsl instead makes every `both` constraint continuous). */
  readonly javaDefaultContinuous: boolean;
  /**
   * The replay gives `onStart`/`onEnd` only the actions naming one of the constraint's VMs or nodes (`refs`),
   * so that large instances stay fast; a constraint that must see every action (lonely) says so here.
   */
  readonly watchesAllActions?: boolean;
  /** Effective mode of this constraint (a fixed answer for single-mode constraints). */
  isContinuous(c: C): boolean;
  refs(c: C): ConstraintRefs;
  params(c: C): ParamIssue[];
  checker(c: C, ctx: CheckContext): ConstraintChecker;
  /** VMs that violate it in the source model: in repair mode only those (and VMs changing state) may move. */
  misplacedVms(c: C, instance: Instance): VmId[];
  /** For running/ready/sleeping/killed: the state the VM must end in. */
  targetState?(c: C): { vm: VmId; state: VmState };
}
