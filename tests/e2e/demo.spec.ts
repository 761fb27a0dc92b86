/**
 * The live placement demo on the built site (BASE_PATH=/vitrine/): every preset solves to a verified plan in the
 * worker, the player steps through it, share links round-trip and bad ones run nothing, script errors point at
 * their line, Cancel stops a long solve, a dead engine is recovered from, tutorials' live blocks run, axe finds
 * no serious problem, the main thread is never blocked, and the weight stays within budget.
 */
import { test, expect as baseExpect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { distDir, repoRoot } from './dist.ts';
import { encodeShare, MAX_SHARED_BYTES } from '../../src/lib/placement/share.ts';

// Loading the editor and compiling the engine share two cores with the rest of the suite: allow for it.
const expect = baseExpect.configure({ timeout: 10_000 });

const playground = 'demos/placement/';
/** The scenarios of demos/: each is a preset of the playground. */
const demoFolders = readdirSync(path.join(repoRoot, 'demos'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
/** The playground's JavaScript + wasm, gzipped, must stay under this (issue 6). */
const WEIGHT_BUDGET = 150 * 1024;
/** A scenario whose placement search runs for many seconds: 3n+1 VMs of 3 cpu for n nodes of 10 cpu never fit. */
const LONG_SCENARIO = ['resource cpu capacity 10;', 'node @N[1..2000] cpu 10;', 'vm VM[1..6001] ready cpu 3;', 'running(VM[1..6001]);', ''].join('\n');

async function openPlayground(page: Page, path = playground): Promise<void> {
  await page.goto(path);
  await expect(page.locator('placement-demo[data-ready]')).toBeVisible({ timeout: 15_000 });
}

const demo = (page: Page) => page.locator('placement-demo').first();

/** The editor's whole text, from the element's `scenarioText` (CodeMirror only draws the visible lines). */
async function editorText(page: Page): Promise<string> {
  return demo(page).evaluate((el) => (el as unknown as { scenarioText: string }).scenarioText);
}

/** Replaces the editor's text the way a user would: select all, then type (or paste) the new text. */
async function replaceText(page: Page, text: string): Promise<void> {
  await demo(page).locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

async function solve(page: Page): Promise<string> {
  await demo(page).getByRole('button', { name: 'Solve' }).click();
  await expect(demo(page)).toHaveAttribute('data-outcome', /.+/, { timeout: 30_000 });
  return (await demo(page).getAttribute('data-outcome'))!;
}

test.describe('placement playground', () => {
  test('the presets are every scenario of demos/, the seed talk first', async ({ page }) => {
    await openPlayground(page);
    const presets = await demo(page).locator('select[data-preset] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(presets[0]).toBe('talk');
    expect([...presets].sort()).toEqual([...demoFolders].sort());
  });

  for (const preset of demoFolders) {
    test(`preset ${preset} solves in the worker and shows a plan accepted by the checker`, async ({ page }) => {
      await openPlayground(page);
      await demo(page).locator('select[data-preset]').selectOption(preset);
      await expect(demo(page).locator('[data-results]')).toBeEmpty();
      const outcome = await solve(page);
      expect(outcome, `${preset}: ${await demo(page).getByRole('status').textContent()}`).toMatch(/^(plan|satisfied)$/);
      await expect(demo(page).locator('[data-verdict="ok"]')).toBeVisible();
      await expect(demo(page).getByRole('status')).toContainText('Independent checker: the plan is valid');
      await expect(demo(page).locator('figure[data-moment="before"] .pd-node')).not.toHaveCount(0);
      await expect(demo(page).locator('details[data-format="talk"] code')).toContainText(/\d'\d\d to \d'\d\d: /);
      await expect(demo(page).locator('details[data-format="btrplace"] code')).toContainText(/\d+:\d+ \{action=/);
      await expect(demo(page).locator('a.pd-download')).toHaveAttribute('download', 'plan.json');
    });
  }

  test("the seed talk: a plan that meets the talk's three constraints, its JSON download and the after state", async ({ page }) => {
    await openPlayground(page);
    expect(await solve(page)).toBe('plan');
    const after = demo(page).locator('figure[data-moment="after"]');
    // offline(@N4): N4 ends off and empty.
    await expect(after.locator('.pd-node[data-node="N4"]')).toHaveAttribute('data-state', 'offline');
    await expect(after.locator('.pd-node[data-node="N4"] .pd-node-caption')).toContainText('no VM');
    // spread(VM[2..3]): the replicas end on different nodes.
    const hostOf = async (vm: string) => after.locator('.pd-node', { has: page.locator('.pd-node-caption', { hasText: new RegExp(`\\b${vm}\\b(?!\\))`) }) }).getAttribute('data-node');
    expect(await hostOf('VM2')).not.toBe(await hostOf('VM3'));
    // preserve(VM1, "cpu", 3): an allocation of 3 cpu to VM1 is in the plan.
    await expect(demo(page).locator('details[data-format="talk"] code')).toContainText("allocate(VM1,'cpu',3)");
    await expect(demo(page).locator('details[data-format="talk"] code')).toContainText('shutdown(N4)');
    const rows = await demo(page).locator('.pd-row').count();
    await expect(demo(page).locator('figure[data-moment="before"] .pd-node[data-node="N2"]')).not.toContainText('(VM');
    const download = page.waitForEvent('download');
    await demo(page).locator('a.pd-download').click();
    const file = await (await download).path();
    const json = JSON.parse(await (await import('node:fs/promises')).readFile(file!, 'utf8'));
    expect(json.actions).toHaveLength(rows);
    expect(json.origin).toBeDefined();
    // Once loaded, a second solve measures the worker's solve alone (reported, not asserted: see bench:demo).
    expect(await solve(page)).toBe('plan');
    console.log(`seed talk, warm, in the browser: ${await demo(page).getByRole('status').textContent()}`);
  });

  test('the player steps through the plan instant by instant and plays it to the end', async ({ page }) => {
    await openPlayground(page);
    await solve(page);
    const player = demo(page).locator('.pd-player');
    const clock = player.locator('[data-player-clock]');
    // The instants where an action starts or ends, read from the timeline's own labels ("0'02 to 0'05: ...").
    const labels = await player.locator('.pd-row-label').allTextContents();
    const spans = labels.map((l) => /^(\d+)'(\d\d) to (\d+)'(\d\d)/.exec(l)!).map((m) => [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] as const);
    const steps = [...new Set([0, ...spans.flat()])].sort((x, y) => x - y);
    const end = steps.at(-1)!;
    await expect(clock).toHaveText(`At 0 s of ${end} s`);
    for (const t of steps.slice(1)) {
      await player.getByRole('button', { name: 'Next step' }).click();
      await expect(clock).toHaveText(`At ${t} s of ${end} s`);
      const phases = await player.locator('.pd-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.phase));
      expect(phases).toEqual(spans.map(([s0, e]) => (e <= t ? 'done' : s0 <= t ? 'active' : 'pending')));
    }
    await expect(player.locator('.pd-node[data-node="N4"]')).toHaveAttribute('data-state', 'offline');
    await player.getByRole('button', { name: 'Previous step' }).click();
    await expect(clock).toHaveText(`At ${steps.at(-2)} s of ${end} s`);
    await expect(player.locator('.pd-node[data-node="N4"]')).toHaveAttribute('data-state', 'halting');
    await player.getByLabel('Speed').selectOption('4');
    await player.getByRole('button', { name: 'Play' }).click();
    await expect(clock).toHaveText(`At ${end} s of ${end} s`, { timeout: 10_000 });
    await expect(player.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('a script error is shown at its line, and Solve refuses to run it', async ({ page }) => {
    await openPlayground(page);
    await demo(page).locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('spread({VM2, VM99});');
    const lines = (await editorText(page)).split('\n');
    const line = lines.findIndex((l) => l.includes('VM99')) + 1;
    expect(line).toBe(lines.length); // typed at the end of the scenario, whatever its length
    const item = demo(page).locator('[data-diagnostics] li').first();
    await expect(item).toBeVisible();
    await expect(item).toContainText(`Line ${line}, column 14`);
    await expect(item).toContainText('BTRP020');
    await expect(demo(page).locator('.cm-line .pd-diagnostic.pd-error')).toHaveText('VM99');
    await demo(page).getByRole('button', { name: 'Solve' }).click();
    await expect(demo(page).getByRole('status')).toHaveText('The script has 1 problem(s): fix them first.');
    await expect(demo(page).locator('[data-results]')).toBeEmpty();
  });

  test('no solution: the explanation, with the constraints involved highlighted in the editor', async ({ page }) => {
    await openPlayground(page);
    await replaceText(page, 'resource cpu capacity 8;\nnode @N[1..2] cpu 8;\nvm VM1 on @N1 cpu 4;\nvm VM2 on @N1 cpu 4;\nspread({VM1, VM2});\n');
    expect(await solve(page)).toBe('no-solution');
    await expect(demo(page).getByRole('status')).toHaveText('No solution: these constraints cannot all hold.');
    await expect(demo(page).locator('.pd-involved-list li')).toContainText(['line 5 spread({VM1, VM2})']);
    await expect(demo(page).locator('.cm-content .pd-involved')).toHaveText('spread({VM1, VM2})');
    await demo(page).getByRole('button', { name: 'line 5' }).click();
    await expect(demo(page).locator('.cm-content')).toBeFocused();
  });

  test('Cancel stops a long solve, and the next solve still works', async ({ page }) => {
    await openPlayground(page);
    await replaceText(page, LONG_SCENARIO);
    await demo(page).getByRole('button', { name: 'Solve' }).click();
    await expect(demo(page).locator('[data-progress]')).toContainText(/Solving… [1-9]\d* placement decisions/, { timeout: 20_000 });
    await demo(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(demo(page)).toHaveAttribute('data-outcome', 'cancelled', { timeout: 5000 });
    await expect(demo(page).getByRole('status')).toHaveText('Solve cancelled.');
    await expect(demo(page).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await demo(page).locator('select[data-preset]').selectOption('talk');
    expect(await solve(page)).toBe('plan');
  });

  test('the main thread never blocks for more than 50 ms during a solve @perf', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await openPlayground(page);
    const since = () => page.evaluate(() => performance.now());
    const longTasksAfter = (t: number) =>
      page.evaluate((from) => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks.filter((e) => e.start >= from), t);

    // The seed talk, from the click to the rendered results (parse on the main thread included).
    let t0 = await since();
    expect(await solve(page)).toBe('plan');
    const talkTasks = await longTasksAfter(t0);

    // A long search: from the moment it runs in the worker until it is cancelled.
    await replaceText(page, LONG_SCENARIO);
    await demo(page).getByRole('button', { name: 'Solve' }).click();
    await expect(demo(page).locator('[data-progress]')).toContainText(/[1-9]\d* placement decisions/, { timeout: 20_000 });
    t0 = await since();
    await page.waitForTimeout(2000);
    const searchTasks = await longTasksAfter(t0);
    await demo(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(demo(page)).toHaveAttribute('data-outcome', 'cancelled');
    console.log(`long tasks: seed talk ${JSON.stringify(talkTasks)}, during a 2 s search ${JSON.stringify(searchTasks)}`);
    // The Long Tasks API reports every task of 50 ms or more; the bound is on tasks *longer* than 50 ms.
    expect(talkTasks.filter((t) => t.duration > 50)).toEqual([]);
    expect(searchTasks.filter((t) => t.duration > 50)).toEqual([]);
  });

  test('direct manipulation edits the text, which stays the source of truth', async ({ page }) => {
    await openPlayground(page);
    const edit = demo(page).locator('fieldset[data-edit]');
    await expect(edit).toBeEnabled();
    await edit.getByLabel('Node').selectOption('N2');
    await edit.getByLabel('Resource').selectOption('cpu');
    await expect(edit.getByLabel('Capacity')).toHaveValue('8');
    await edit.getByLabel('Capacity').fill('16');
    await edit.getByRole('button', { name: 'Set the capacity' }).click();
    await expect(demo(page).getByRole('status')).toHaveText('Scenario updated: @N2 cpu 16');
    expect(await editorText(page)).toMatch(/^node @N2 cpu 16 mem 16;$/m);
    await edit.getByRole('button', { name: 'Add a VM on it' }).click();
    expect(await editorText(page)).toContain('vm VM8 on @N2 cpu 1 mem 1;');
    await edit.getByLabel('Node').selectOption('N3');
    await edit.getByRole('button', { name: 'Take it offline' }).click();
    await expect(demo(page).getByRole('status')).toHaveText('Scenario updated: offline(@N3);');
    expect(await editorText(page)).toMatch(/offline\(@N3\);\n$/);
    expect(await solve(page)).toBe('plan');
    const after = demo(page).locator('figure[data-moment="after"]');
    await expect(after.locator('.pd-node[data-node="N3"]')).toHaveAttribute('data-state', 'offline');
    await expect(after.locator('.pd-node[data-node="N2"] .pd-node-caption')).toContainText('cpu');
    await expect(after.locator('.pd-node[data-node="N2"] .pd-node-caption')).toContainText('VM8');
    // Undo in the editor takes the last edit back: it is an ordinary text change.
    await demo(page).locator('.cm-content').click();
    await page.keyboard.press('Control+z');
    expect(await editorText(page)).not.toContain('offline(@N3)');
    expect(await editorText(page)).toContain('vm VM8');
  });

  test('a share link reproduces the scenario exactly', async ({ page, context }) => {
    await openPlayground(page);
    await demo(page).locator('select[data-preset]').selectOption('co-location');
    await demo(page).locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n// déplacé — shared ✓');
    const text = await editorText(page);
    await demo(page).getByRole('button', { name: 'Copy a share link' }).click();
    await expect(demo(page).locator('[data-share-output]')).toHaveValue(/\/vitrine\/demos\/placement\/#s=[A-Za-z0-9_-]+$/);
    const link = await demo(page).locator('[data-share-output]').inputValue();
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('placement-demo[data-ready]')).toBeVisible();
    expect(await editorText(other)).toBe(text);
    await expect(other.locator('placement-demo').getByRole('status')).toHaveText('Edit the scenario, then press Solve.');
    expect(await solve(other)).toBe('plan');
  });

  test('a malformed or too large link shows an error and runs nothing', async ({ page }) => {
    const engineRequests: string[] = [];
    page.on('request', (r) => /solver\.worker|\.wasm/.test(r.url()) && engineRequests.push(r.url()));
    await openPlayground(page, `${playground}#s=not*base64`);
    await expect(demo(page).getByRole('status')).toHaveText(/This link's scenario is damaged, so nothing was loaded or run/);
    expect(await editorText(page)).toContain('namespace talk;');
    await expect(demo(page).locator('[data-results]')).toBeEmpty();

    const bomb = await encodeShare(`// ${'x'.repeat(MAX_SHARED_BYTES)}\n`);
    await page.goto('about:blank');
    await openPlayground(page, `${playground}#s=${bomb}`);
    await expect(demo(page).getByRole('status')).toHaveText(`This link's scenario is larger than ${MAX_SHARED_BYTES / 1024} KB, so nothing was loaded or run.`);
    expect(await editorText(page)).toContain('namespace talk;');
    expect(engineRequests, 'no solver was started').toEqual([]);
  });

  test('an engine that fails to load shows a message, and the next solve recovers with a new worker', async ({ page }) => {
    await openPlayground(page);
    await page.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
    expect(await solve(page)).toBe('crashed');
    await expect(demo(page).getByRole('status')).toContainText('The solver stopped unexpectedly');
    await page.unroute(/\.wasm$/);
    expect(await solve(page)).toBe('plan');
  });

  test('options: a time limit ends a long search with a timeout, and the objective is passed on', async ({ page }) => {
    await openPlayground(page);
    await demo(page).locator('details.pd-options summary').click();
    await demo(page).getByLabel('Objective').selectOption('migrations');
    expect(await solve(page)).toBe('plan');
    await demo(page).getByLabel('Time limit (seconds)').fill('1');
    await replaceText(page, LONG_SCENARIO);
    expect(await solve(page)).toBe('timeout');
    await expect(demo(page).getByRole('status')).toHaveText('No plan within the time limit. Raise the limit or simplify the scenario.');
    await expect(demo(page).locator('.pd-failure')).toContainText('time limit of 1 s');
  });

  test('once loaded, it solves offline', async ({ page, context }) => {
    await openPlayground(page);
    expect(await solve(page)).toBe('plan');
    await context.setOffline(true);
    await demo(page).locator('select[data-preset]').selectOption('server-maintenance');
    expect(await solve(page)).toBe('plan');
    await context.setOffline(false);
  });

  test('works with the keyboard alone', async ({ page }) => {
    await openPlayground(page);
    await demo(page).locator('select[data-preset]').focus();
    await page.keyboard.press('Tab');
    await expect(demo(page).getByRole('button', { name: 'Solve' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(demo(page)).toHaveAttribute('data-outcome', 'plan');
    // Tab leaves the editor instead of inserting a tab character.
    await demo(page).locator('.cm-content').focus();
    await page.keyboard.press('Tab');
    await expect(demo(page).locator('.cm-content')).not.toBeFocused();
  });

  test('the French playground speaks French', async ({ page }) => {
    await openPlayground(page, `fr/${playground}`);
    await demo(page).getByRole('button', { name: 'Résoudre' }).click();
    await expect(demo(page).getByRole('status')).toContainText(/Plan trouvé : \d+ actions sur \d+ s \(somme de leurs dates de fin \d+ s\)/);
  });

  test('weight: the playground loads at most 150 KB of JavaScript and wasm, gzipped', async ({ page }) => {
    const bodies = new Map<string, Buffer>();
    page.on('response', async (response) => {
      const url = response.url();
      if (/\.(m?js|wasm)(\?|$)/.test(url)) bodies.set(url, await response.body());
    });
    await openPlayground(page);
    expect(await solve(page)).toBe('plan');
    await page.waitForTimeout(200);
    const sizes = [...bodies].map(([url, body]) => ({ file: url.split('/').pop()!, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    console.log(`playground weight, gzipped: ${total} bytes\n${sizes.map((s) => `  ${s.file}: ${s.raw} raw, ${s.gzip} gzip`).join('\n')}`);
    expect(sizes.some((s) => s.file.endsWith('.wasm'))).toBe(true);
    expect(total).toBeLessThanOrEqual(WEIGHT_BUDGET);
    const wasmFiles = readdirSync(path.join(distDir, '_astro')).filter((f) => f.endsWith('.wasm'));
    expect(wasmFiles, 'the engine is emitted once').toHaveLength(1);
  });

  test('a page without a demo loads neither the editor nor the solver', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => /app\.|solver\.worker|\.wasm/.test(r.url()) && loaded.push(r.url()));
    await page.goto('projects/');
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
  });
});

test.describe('tutorials', () => {
  test('the tutorials are listed in order, in English and in French', async ({ page }) => {
    await page.goto('tutorials/');
    await expect(page.locator('.tutorial-list h2 a')).toHaveText([
      'Getting started',
      'A tour of the constraints',
      'Discrete versus continuous constraints',
      'Maintenance and decommissioning',
      'Reading and verifying a plan',
    ]);
    await page.goto('fr/tutorials/');
    await expect(page.locator('.tutorial-list h2 a').first()).toHaveText('Premiers pas');
    await expect(page.locator('.tutorial-list li').nth(1)).toContainText('En anglais');
  });

  test("a tutorial's live block runs in place, edited", async ({ page }) => {
    await page.goto('tutorials/getting-started/');
    await demo(page).scrollIntoViewIfNeeded();
    await expect(page.locator('placement-demo[data-ready]')).toBeVisible();
    expect(await solve(page)).toBe('plan');
    await expect(demo(page).locator('[data-verdict="ok"]')).toBeVisible();
    // The first suggestion of the tutorial: without offline(@N4), a single action.
    const text = (await editorText(page)).replace(/^offline\(@N4\);$/m, '');
    await replaceText(page, text);
    expect(await solve(page)).toBe('plan');
    await expect(demo(page).locator('details[data-format="talk"] code')).toHaveText("0'00 to 0'01: relocate(VM1,N4) @post{allocate(VM1,'cpu',3)}\n");
    await demo(page).getByRole('button', { name: 'Reset the example' }).click();
    expect(await editorText(page)).toMatch(/^offline\(@N4\);$/m);
    await expect(demo(page).locator('[data-results]')).toBeEmpty();
  });

  test('the French getting-started tutorial runs too', async ({ page }) => {
    await page.goto('fr/tutorials/getting-started/');
    await expect(page.locator('h1')).toContainText('Premiers pas');
    await demo(page).scrollIntoViewIfNeeded();
    await expect(page.locator('placement-demo[data-ready]')).toBeVisible();
    await demo(page).getByRole('button', { name: 'Résoudre' }).click();
    await expect(demo(page).locator('[data-verdict="ok"]')).toBeVisible();
  });

  test('discrete versus continuous: the continuous spread has no solution, the discrete one a plan', async ({ page }) => {
    await page.goto('tutorials/discrete-versus-continuous/');
    await demo(page).scrollIntoViewIfNeeded();
    await expect(demo(page)).toHaveAttribute('data-ready', '');
    expect(await solve(page)).toBe('no-solution');
    await expect(demo(page).locator('.cm-content .pd-involved')).toHaveText('spread({VM1, VM2})');
    const text = (await editorText(page)).replace('spread(', '>>spread(');
    await replaceText(page, text);
    expect(await solve(page)).toBe('plan');
  });

  test('discrete versus continuous: the second block waits for the replica to leave, as the tutorial says', async ({ page }) => {
    await page.goto('tutorials/discrete-versus-continuous/');
    const second = page.locator('placement-demo').nth(1);
    await second.scrollIntoViewIfNeeded();
    await expect(second).toHaveAttribute('data-ready', '');
    await second.getByRole('button', { name: 'Solve' }).click();
    await expect(second).toHaveAttribute('data-outcome', 'plan');
    await expect(second.locator('details[data-format="talk"] code')).toHaveText("0'00 to 0'02: relocate(VM2,N3)\n0'02 to 0'05: relocate(VM1,N2)\n");
  });

  test('maintenance: under a discrete maxOnline both new servers boot at once, as the tutorial says', async ({ page }) => {
    await page.goto('tutorials/maintenance-and-decommissioning/');
    const discrete = page.locator('placement-demo').nth(1);
    await discrete.scrollIntoViewIfNeeded();
    await expect(discrete).toHaveAttribute('data-ready', '');
    await discrete.getByRole('button', { name: 'Solve' }).click();
    await expect(discrete).toHaveAttribute('data-outcome', 'plan');
    const plan = discrete.locator('details[data-format="talk"] code');
    await expect(plan).toContainText("0'00 to 0'02: boot(new1)");
    await expect(plan).toContainText("0'00 to 0'02: boot(new2)");
  });

  test('maintenance: under a continuous maxOnline the second new server boots only once an old one is off', async ({ page }) => {
    await page.goto('tutorials/maintenance-and-decommissioning/');
    const continuous = page.locator('placement-demo').nth(2);
    await continuous.scrollIntoViewIfNeeded();
    await expect(continuous).toHaveAttribute('data-ready', '');
    await continuous.getByRole('button', { name: 'Solve' }).click();
    await expect(continuous).toHaveAttribute('data-outcome', 'plan');
    const lines = (await continuous.locator('details[data-format="talk"] code').textContent())!.trim().split('\n');
    const seconds = (t: string) => Number(t.split("'")[0]) * 60 + Number(t.split("'")[1]);
    const timed = lines.map((l) => /^(\d+'\d\d) to (\d+'\d\d): (.*)$/.exec(l)!).map((m) => ({ start: seconds(m[1]!), end: seconds(m[2]!), what: m[3]! }));
    const boots = timed.filter((a) => /^boot\(new\d\)$/.test(a.what)).sort((a, b) => a.start - b.start);
    const firstShutdown = Math.min(...timed.filter((a) => /^shutdown\(old\d\)$/.test(a.what)).map((a) => a.end));
    expect(boots).toHaveLength(2);
    expect(boots[1]!.start).toBeGreaterThanOrEqual(firstShutdown);
  });

  test('"Open in the playground" carries the edited text', async ({ page }) => {
    await page.goto('tutorials/discrete-versus-continuous/');
    await demo(page).scrollIntoViewIfNeeded();
    await expect(demo(page)).toHaveAttribute('data-ready', '');
    const text = `${await editorText(page)}\n// mine`;
    await replaceText(page, text);
    await demo(page).getByRole('link', { name: 'Open in the playground' }).click();
    await expect(page).toHaveURL(/\/vitrine\/demos\/placement\/#s=/);
    await expect(page.locator('placement-demo[data-ready]')).toBeVisible();
    expect(await editorText(page)).toBe(text);
  });

  test('axe: no serious or critical problem on a tutorial', async ({ page }) => {
    await page.goto('tutorials/getting-started/');
    await demo(page).scrollIntoViewIfNeeded();
    await expect(demo(page)).toHaveAttribute('data-ready', '');
    await solve(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test('the BtrPlace project page embeds the demo', async ({ page }) => {
    await page.goto('projects/btrplace/');
    await demo(page).scrollIntoViewIfNeeded();
    await expect(demo(page)).toHaveAttribute('data-ready', '');
    expect(await solve(page)).toBe('plan');
  });
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`accessibility of the demo, ${theme} theme`, () => {
    test.use({ colorScheme: theme });
    test('axe: no serious or critical problem on the playground with results, then with script errors', async ({ page }) => {
      await openPlayground(page);
      await solve(page);
      await demo(page).locator('details[data-format="btrplace"] summary').click();
      const check = async () => {
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      await check();
      await replaceText(page, 'resource cpu capacity 8;\nnode @N[1..2] cpu 8;\nvm VM1 on @N1 cpu 4;\nvm VM2 on @N1 cpu 4;\nspread({VM1, VM2});\nban(VM3, @N1);\n');
      await expect(demo(page).locator('[data-diagnostics] li')).not.toHaveCount(0);
      await check();
    });
  });
}
