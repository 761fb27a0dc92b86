/**
 * Plan text, in BtrPlace's format (spec §3.5) and in the seed talk's (spec §3.5bis), both read and written.
 * The reader of either needs the origin model: text plans do not carry it.
 */
import type { Model } from '../../model/model.ts';
import type { Plan } from '../../plan/plan.ts';
import { parseBtrPlacePlan, printBtrPlacePlan } from './btrplace.ts';
import type { PlanTextOptions, PlanTextResult } from './common.ts';
import { parseTalkPlan, printTalkPlan } from './human.ts';

export type { PlanTextOptions, PlanTextResult } from './common.ts';
export { PLAN_TEXT_CODES } from './common.ts';
export { btrPlaceLine, parseBtrPlacePlan, prettyAction, prettyEvent, printBtrPlacePlan } from './btrplace.ts';
export { formatTalkTime, parseTalkPlan, printTalkPlan, talkAction, talkLine, UNLIMITED_BW } from './human.ts';

/** `btrplace`: `0:1 {action=...}`; `talk`: `0'00 to 0'01: ...`. */
export type PlanTextFormat = 'btrplace' | 'talk';

/** The format of a text plan, from its first line that is not blank or a comment; undefined if neither. */
export function detectPlanTextFormat(text: string): PlanTextFormat | undefined {
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (line === '') continue;
    if (/^\d+:\d+\s*\{/.test(line)) return 'btrplace';
    if (/^\d+'\d\d\s+to\s/.test(line)) return 'talk';
    return undefined;
  }
  return 'talk'; // nothing but blanks: an empty plan, in either format
}

/** Reads a text plan in whichever format it is written. */
export function parsePlanText(text: string, origin: Model, options: PlanTextOptions = {}): PlanTextResult {
  const format = detectPlanTextFormat(text);
  if (format === 'btrplace') return parseBtrPlacePlan(text, origin, options);
  if (format === 'talk') return parseTalkPlan(text, origin, options);
  const line = text.split(/\r?\n/).findIndex((l) => l.replace(/\/\/.*$/, '').trim() !== '') + 1;
  return {
    diagnostics: [
      {
        severity: 'error',
        code: 'PTXT001',
        message: 'not a plan: lines look neither like BtrPlace\'s "0:1 {action=...}" nor like "0\'00 to 0\'01: relocate(VM1,N2)"',
        range: { line, column: 1 },
        ...(options.file === undefined ? {} : { file: options.file }),
      },
    ],
  };
}

export function printPlanText(plan: Plan, format: PlanTextFormat): string {
  return format === 'btrplace' ? printBtrPlacePlan(plan) : printTalkPlan(plan);
}
