/**
 * Every scenario of demos/: it parses without a diagnostic, converts to BtrPlace JSON and back and to a script
 * and back without loss, its valid plan passes the checker, and its broken plan is rejected with the violation
 * its demo.json announces (code, time, constraint, words of the message).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenario, printScenario } from '../../../src/solver/script/index.ts';
import { parsePlanText } from '../../../src/solver/formats/plan-text/index.ts';
import { readInstance, stringifyInstance } from '../../../src/solver/formats/json/index.ts';
import { checkPlan } from '../../../src/solver/checker/index.ts';
import type { Instance } from '../../../src/solver/model/instance.ts';
import type { Plan } from '../../../src/solver/plan/plan.ts';
import { formatDiagnostic } from '../../../src/solver/diagnostics.ts';
import { plain, plainUnordered } from './script/helpers.ts';

const DEMOS = fileURLToPath(new URL('../../../demos/', import.meta.url));
const NOW = new Date('2026-01-01T00:00:00Z');

interface DemoMeta {
  title: string;
  summary: string;
  constraints: string[];
  broken: { code: string; time: number; constraint?: string; mentions: string[]; why: string };
}

const demos = readdirSync(DEMOS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`${DEMOS}${d.name}/scenario.btrp`))
  .map((d) => d.name)
  .sort();

function load(name: string): { instance: Instance; meta: DemoMeta; plan: (file: string) => Plan } {
  const r = parseScenario(readFileSync(`${DEMOS}${name}/scenario.btrp`, 'utf8'), { file: `demos/${name}/scenario.btrp` });
  assert.deepEqual(r.diagnostics.map(formatDiagnostic), []);
  const instance = r.instance!;
  const meta = JSON.parse(readFileSync(`${DEMOS}${name}/demo.json`, 'utf8')) as DemoMeta;
  const plan = (file: string) => {
    const p = parsePlanText(readFileSync(`${DEMOS}${name}/${file}`, 'utf8'), instance.model, { file });
    assert.deepEqual(p.diagnostics.map(formatDiagnostic), []);
    return p.plan!;
  };
  return { instance, meta, plan };
}

test('demos/ holds the talk and the seven tutorial use cases', () => {
  for (const d of ['talk', 'getting-started', 'server-maintenance', 'decommissioning', 'co-location', 'capacity-limits', 'isolation', 'vertical-elasticity']) {
    assert.ok(demos.includes(d), `missing demos/${d}`);
  }
});

for (const name of demos) {
  test(`${name}: the scenario states the constraints its demo.json says it shows`, () => {
    const { instance, meta } = load(name);
    assert.ok(meta.title && meta.summary && meta.broken.why);
    assert.deepEqual(new Set(instance.constraints.map((c) => c.kind)), new Set(meta.constraints));
  });

  test(`${name}: the scenario converts to a script and to BtrPlace JSON and back without loss`, () => {
    const { instance } = load(name);
    const script = parseScenario(printScenario(instance));
    assert.deepEqual(plain(script.instance!), plain(instance));
    const json = readInstance(stringifyInstance(instance));
    assert.deepEqual(json.diagnostics, []);
    // JSON groups VMs by host: the same instance, its maps in another order.
    assert.deepEqual(plainUnordered(json.instance!), plainUnordered(instance));
  });

  test(`${name}: the valid plan passes the checker`, () => {
    const { instance, plan } = load(name);
    const r = checkPlan(instance, plan('plan.txt'), { now: NOW });
    assert.deepEqual(r.violations.map((v) => `${v.code}@${v.time}: ${v.message}`), []);
    assert.equal(r.ok, true);
  });

  test(`${name}: the broken plan is rejected for the announced reason`, () => {
    const { instance, meta, plan } = load(name);
    const r = checkPlan(instance, plan('broken.plan.txt'), { now: NOW });
    assert.equal(r.ok, false);
    const expected = meta.broken;
    const match = r.violations.find(
      (v) => v.code === expected.code && v.time === expected.time && (expected.constraint === undefined || v.constraint?.kind === expected.constraint) &&
        expected.mentions.every((w) => v.message.includes(w)),
    );
    assert.ok(match, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(r.violations.map((v) => [v.code, v.time, v.constraint?.kind, v.message]))}`);
  });
}

test("talk: the valid plan is the seed talk's plan, line for line", () => {
  const text = readFileSync(`${DEMOS}talk/plan.txt`, 'utf8');
  const lines = text.split('\n').filter((l) => l.trim() && !l.startsWith('//'));
  assert.deepEqual(lines, [
    "0'00 to 0'02: relocate(VM2,N2)",
    "0'00 to 0'04: relocate(VM6,N2)",
    "0'02 to 0'05: relocate(VM4,N1)",
    "0'04 to 0'08: shutdown(N4)",
    "0'05 to 0'06: allocate(VM1,'cpu',3)",
  ]);
  const scenario = readFileSync(`${DEMOS}talk/scenario.btrp`, 'utf8');
  for (const line of ['spread(VM[2..3]);', 'preserve(VM1, "cpu", 3);', 'offline(@N4);']) assert.ok(scenario.includes(`\n${line}`), line);
});
