/**
 * <tdsc-benchmark>: the form of the benchmark page. Generates and solves in the worker (tdsc-client.ts), then adds
 * a row to the runs table: time, actions, plan duration, sum of action ends, the checker's verdict, the instance
 * hash, and whether instance and plan are the ones recorded at build for the same parameters.
 */
import { RECORDING_NOW, RECORDING_SEED, shortHash, tdscOutcome, tdscRunName, type TdscRecord } from '../../lib/reproducibility/index.ts';
import type { TdscClass, TdscParams } from '../../solver/generate/tdsc.ts';
import { stringsFrom, type Strings } from '../placement-demo/strings.ts';
import { TdscClient } from './tdsc-client.ts';

class TdscBenchmarkElement extends HTMLElement {
  #s: Strings = stringsFrom(undefined);
  #client = new TdscClient();
  #recorded: TdscRecord[] = [];

  connectedCallback(): void {
    this.#s = stringsFrom(this.dataset.strings);
    this.#recorded = JSON.parse(this.querySelector('[data-recorded]')?.textContent ?? '[]') as TdscRecord[];
    const form = this.querySelector('form')!;
    const run = this.querySelector<HTMLButtonElement>('[data-run]')!;
    const cancel = this.querySelector<HTMLButtonElement>('[data-cancel]')!;
    run.disabled = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(form, run, cancel);
    });
    cancel.addEventListener('click', () => this.#client.cancel());
  }

  async #run(form: HTMLFormElement, run: HTMLButtonElement, cancel: HTMLButtonElement): Promise<void> {
    const data = new FormData(form);
    const params: TdscParams = { kind: String(data.get('kind')) as TdscClass, nodes: Number(data.get('nodes')), ratio: Number(data.get('ratio')), seed: Number(data.get('seed')) };
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const detail = this.querySelector<HTMLElement>('[data-detail]')!;
    run.disabled = true;
    cancel.disabled = false;
    status.dataset.state = 'running';
    status.textContent = this.#s('bench.running');
    detail.textContent = '';
    const t0 = performance.now();
    const outcome = await this.#client.run(params, { seed: RECORDING_SEED, now: RECORDING_NOW }, {
      onGenerated: (g) => {
        detail.textContent = this.#s('bench.generated', { nodes: g.summary.nodes.toLocaleString(), vms: g.summary.vms.toLocaleString(), constraints: g.summary.constraints.toLocaleString(), ms: Math.round(g.generateMs), hash: shortHash(g.inputHash) });
      },
      onProgress: (decisions, elapsed) => {
        status.textContent = this.#s('bench.progress', { decisions, elapsed: Math.round(elapsed) });
      },
    });
    const wallMs = performance.now() - t0;
    run.disabled = false;
    cancel.disabled = true;
    if (outcome.kind === 'crashed') {
      status.dataset.state = 'failed';
      status.textContent = this.#s('bench.crashed', { message: outcome.message });
      return;
    }
    const { result, generated } = outcome;
    if (result.status !== 'plan' && result.status !== 'satisfied') {
      status.dataset.state = 'failed';
      status.textContent = this.#s('bench.failed', { status: result.status });
      return;
    }
    const o = await tdscOutcome(generated?.inputHash ?? '', result);
    const recorded = this.#recorded.find((r) => tdscRunName(r) === tdscRunName(params));
    const sameAsBuild = recorded ? recorded.inputHash === o.inputHash && recorded.planHash === o.planHash : undefined;
    status.dataset.state = 'done';
    status.textContent = `${this.#s('bench.done')}${sameAsBuild === undefined ? '' : ` ${this.#s(sameAsBuild ? 'bench.sameAsBuild' : 'bench.differsFromBuild')}`}`;
    const tbody = this.querySelector<HTMLTableSectionElement>('[data-runs] tbody')!;
    const tr = document.createElement('tr');
    tr.dataset.run = tdscRunName(params);
    // Generation, solve, check and the transfers between worker and page, for whoever wants the whole wait.
    tr.title = `${(wallMs / 1000).toFixed(2)} s`;
    tr.dataset.verdict = 'ok';
    if (sameAsBuild !== undefined) tr.dataset.sameAsBuild = String(sameAsBuild);
    const cells = [
      `${params.kind} · ${params.nodes.toLocaleString()} · r${params.ratio} · seed ${params.seed}`,
      this.#s('bench.where.browser'),
      (generated?.summary.vms ?? 0).toLocaleString(),
      `${(result.stats.solveMs / 1000).toFixed(2)} s`,
      String(o.figures!.actions),
      `${o.figures!.duration} s`,
      String(o.figures!.sumOfEnds),
      `${this.#s('bench.verdict.ok')} (${Math.round(result.stats.checkMs)} ms)`,
      shortHash(o.inputHash),
    ];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    tbody.prepend(tr);
    this.querySelector<HTMLElement>('[data-runs]')!.hidden = false;
  }
}

if (!customElements.get('tdsc-benchmark')) customElements.define('tdsc-benchmark', TdscBenchmarkElement);
