/** Objectives (spec §2.4, §6.3): `{"id": "minimizeMTTR"}` and its two siblings. */
import type { Objective } from '../../model/instance.ts';
import type { JsonObject, ReadContext } from './read-context.ts';
import { child, describe, isObject, JSON_CODES } from './read-context.ts';

const objectiveIds: readonly Objective['kind'][] = ['minimizeMTTR', 'minimizeMigrations', 'minimizeMTTRMigrationScheduling'];

export function readObjective(cx: ReadContext, value: unknown, path: string): Objective | undefined {
  if (!isObject(value)) {
    cx.error(path, JSON_CODES.type, `expected an objective object such as {"id": "minimizeMTTR"}, found ${describe(value)}`);
    return undefined;
  }
  const id = value.id;
  const kind = objectiveIds.find((k) => k === id);
  if (kind === undefined) {
    cx.error(child(path, 'id'), JSON_CODES.unknownId, `unknown objective ${describe(id)}`, `known objectives: ${objectiveIds.join(', ')}`);
    return undefined;
  }
  return { kind };
}

export function writeObjective(objective: Objective): JsonObject {
  return { id: objective.kind };
}
