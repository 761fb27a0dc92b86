/**
 * The constraint catalogue (spec §2.2), one module per constraint. This file only gathers their types; the
 * registry of per-constraint behaviour (modes, checkers, converters) is built on top of it.
 */
import type { AmongConstraint } from './among.ts';
import type { BanConstraint } from './ban.ts';
import type { DeadlineConstraint } from './deadline.ts';
import type { FenceConstraint } from './fence.ts';
import type { GatherConstraint } from './gather.ts';
import type { KilledConstraint } from './killed.ts';
import type { LonelyConstraint } from './lonely.ts';
import type { MaxOnlineConstraint } from './maxOnline.ts';
import type { NoDelayConstraint } from './noDelay.ts';
import type { OfflineConstraint } from './offline.ts';
import type { OnlineConstraint } from './online.ts';
import type { OverbookConstraint } from './overbook.ts';
import type { PrecedenceConstraint } from './precedence.ts';
import type { PreserveConstraint } from './preserve.ts';
import type { QuarantineConstraint } from './quarantine.ts';
import type { ReadyConstraint } from './ready.ts';
import type { ResourceCapacityConstraint } from './resourceCapacity.ts';
import type { RootConstraint } from './root.ts';
import type { RunningConstraint } from './running.ts';
import type { RunningCapacityConstraint } from './runningCapacity.ts';
import type { SeqConstraint } from './seq.ts';
import type { SerializeConstraint } from './serialize.ts';
import type { SleepingConstraint } from './sleeping.ts';
import type { SplitConstraint } from './split.ts';
import type { SplitAmongConstraint } from './splitAmong.ts';
import type { SpreadConstraint } from './spread.ts';
import type { SyncConstraint } from './sync.ts';

export type Constraint =
  | SpreadConstraint
  | GatherConstraint
  | AmongConstraint
  | SplitAmongConstraint
  | SplitConstraint
  | LonelyConstraint
  | BanConstraint
  | FenceConstraint
  | RootConstraint
  | QuarantineConstraint
  | OnlineConstraint
  | OfflineConstraint
  | MaxOnlineConstraint
  | RunningConstraint
  | ReadyConstraint
  | SleepingConstraint
  | KilledConstraint
  | PreserveConstraint
  | OverbookConstraint
  | ResourceCapacityConstraint
  | RunningCapacityConstraint
  | SeqConstraint
  | NoDelayConstraint
  | DeadlineConstraint
  | PrecedenceConstraint
  | SerializeConstraint
  | SyncConstraint;

export type ConstraintKind = Constraint['kind'];
export type ConstraintOf<K extends ConstraintKind> = Extract<Constraint, { kind: K }>;
