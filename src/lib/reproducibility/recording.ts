/**
 * A recording: the outcome of solving one scenario, kept beside it (`demos/<name>/recording.json`) and checked
 * again at every build and in the visitor's browser.
 *
 * What is hashed as the input: the canonical JSON of the parsed instance (`plainData`: every element in
 * declaration order, resources, attributes, names, duration rules, constraints without their source positions,
 * objective). Comments and layout of the scenario do not change it; anything the engine sees does, including
 * duration rules that BtrPlace JSON cannot hold (so BtrPlace JSON is not used), and it does not depend on how the
 * script printer formats a scenario.
 */
import type { SolveResult, SolveStatus } from '../../solver/engine/result.ts';
import type { Instance } from '../../solver/model/instance.ts';
import { objectiveCost } from '../../solver/plan/objective.ts';
import { planDuration, sumOfEnds } from '../../solver/plan/plan.ts';
import { canonicalActions, canonicalJson, canonicalPlanText, plainData, type CanonicalAction } from './canonical.ts';
import { sha256Hex } from './hash.ts';

export const RECORDING_FORMAT = 1;

/**
 * The wall clock a recorded solve starts at. Absolute deadlines (`hh:mm:ss`) are read against it, so a recorded
 * plan never depends on the hour of the build.
 */
export const RECORDING_NOW = Date.UTC(2000, 0, 1);
/** The seed of every recorded solve. */
export const RECORDING_SEED = 0;

/**
 * Statuses whose outcome does not depend on the machine: only these can be recorded. `bug` is one (same engine,
 * same input, same rejected plan): recording it keeps a known engine bug visible, and its fix shows as a drift.
 */
export const RECORDABLE: readonly SolveStatus[] = ['plan', 'satisfied', 'no-solution', 'invalid', 'unsupported', 'bug'];

/** What a solve produced, in the form that is compared byte for byte. */
export interface Outcome {
  /** SHA-256 (hex) of the canonical JSON of the instance (`normalisedInput`). */
  inputHash: string;
  status: SolveStatus;
  /** Objective and its value for the plan; null without a plan. */
  objective: { kind: string; value: number } | null;
  /** Plan figures; null without a plan. */
  figures: { actions: number; duration: number; sumOfEnds: number } | null;
  /** Canonical actions (empty without a plan). */
  plan: CanonicalAction[];
  /** SHA-256 (hex) of the canonical plan text. */
  planHash: string;
  /** Why there is no plan (no-solution, invalid, unsupported); null with a plan. */
  detail: string | null;
}

export interface Recording extends Outcome {
  format: number;
  /** The scenario's folder name under demos/. */
  scenario: string;
  /** Solver that recorded it: package version and engine buffer layout version. */
  solver: { version: string; engineLayout: number };
  /** ISO date (YYYY-MM-DD) of `vitrine record`. */
  recorded: string;
}

/** The canonical JSON text that the input hash covers. */
export function normalisedInput(instance: Instance): string {
  return canonicalJson(plainData(instance));
}

export function inputHash(instance: Instance): Promise<string> {
  return sha256Hex(normalisedInput(instance));
}

function detailOf(result: SolveResult): string | null {
  switch (result.status) {
    case 'no-solution':
      return result.explanation.message;
    case 'unsupported':
      return result.message;
    case 'invalid':
      return result.diagnostics.map((d) => `${d.code}: ${d.message}`).join('\n');
    case 'timeout':
    case 'bug':
      return result.message;
    default:
      return null;
  }
}

/** The outcome of `result`, a solve of `instance` (whose input hash is `hash`). */
export async function outcomeOf(instance: Instance, result: SolveResult, hash: string): Promise<Outcome> {
  const plan = result.status === 'plan' || result.status === 'satisfied' ? result.plan : undefined;
  const actions = plan ? canonicalActions(plan) : [];
  return {
    inputHash: hash,
    status: result.status,
    objective: plan ? { kind: instance.objective.kind, value: objectiveCost(instance, plan) } : null,
    figures: plan ? { actions: plan.actions.length, duration: planDuration(plan), sumOfEnds: sumOfEnds(plan) } : null,
    plan: actions,
    planHash: await sha256Hex(canonicalPlanText(actions)),
    detail: detailOf(result),
  };
}

/** Keys of a recording file, in the order they are written. */
const FILE_KEYS = ['format', 'scenario', 'status', 'objective', 'figures', 'detail', 'inputHash', 'planHash', 'solver', 'recorded', 'plan'] as const;

/**
 * The file text: readable in a diff, stable byte for byte. Keys in a fixed order, two-space indentation, and the
 * plan one canonical action per line, so that `git diff` shows which action changed.
 */
export function formatRecording(r: Recording): string {
  const lines = FILE_KEYS.map((key) => {
    if (key === 'plan') {
      const actions = r.plan.map((a) => `    ${canonicalJson(a)}`);
      return actions.length ? `  "plan": [\n${actions.join(',\n')}\n  ]` : '  "plan": []';
    }
    return `  ${JSON.stringify(key)}: ${canonicalJson(r[key]) ?? 'null'}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}

export type ParsedRecording = { ok: true; recording: Recording } | { ok: false; message: string };

const STATUSES: readonly string[] = ['plan', 'satisfied', 'no-solution', 'invalid', 'unsupported', 'timeout', 'cancelled', 'bug'];

/** Reads a recording file; on a problem, says which field and what to do (without a stack trace). */
export function parseRecording(text: string): ParsedRecording {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON (${(e as Error).message}); write it again with \`npx vitrine record <scenario>\`` };
  }
  const bad = (field: string, expected: string) => ({ ok: false as const, message: `field "${field}" should be ${expected}; write it again with \`npx vitrine record <scenario>\`` });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('(top level)', 'an object');
  const o = value as Record<string, unknown>;
  if (o.format !== RECORDING_FORMAT) return bad('format', `${RECORDING_FORMAT}`);
  if (typeof o.scenario !== 'string') return bad('scenario', 'the scenario name');
  if (typeof o.status !== 'string' || !STATUSES.includes(o.status)) return bad('status', `one of ${STATUSES.join(', ')}`);
  for (const key of ['inputHash', 'planHash'] as const) if (typeof o[key] !== 'string' || !/^[0-9a-f]{64}$/.test(o[key] as string)) return bad(key, 'a SHA-256 in hex (64 digits)');
  if (o.objective !== null && !(isObject(o.objective) && typeof o.objective.kind === 'string' && typeof o.objective.value === 'number')) return bad('objective', '{"kind": ..., "value": <number>} or null');
  if (o.figures !== null && !(isObject(o.figures) && ['actions', 'duration', 'sumOfEnds'].every((k) => typeof (o.figures as Record<string, unknown>)[k] === 'number'))) return bad('figures', '{"actions", "duration", "sumOfEnds"} numbers or null');
  if (o.detail !== null && typeof o.detail !== 'string') return bad('detail', 'a string or null');
  if (!Array.isArray(o.plan) || !o.plan.every((a) => isObject(a) && typeof a.id === 'string' && typeof a.start === 'number' && typeof a.end === 'number')) return bad('plan', 'an array of actions {"id", "start", "end", ...}');
  if (!isObject(o.solver) || typeof o.solver.version !== 'string' || typeof o.solver.engineLayout !== 'number') return bad('solver', '{"version": <string>, "engineLayout": <number>}');
  if (typeof o.recorded !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.recorded)) return bad('recorded', 'a date YYYY-MM-DD');
  return { ok: true, recording: o as unknown as Recording };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
