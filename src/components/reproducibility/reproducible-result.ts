/**
 * <reproducible-result>: the "Re-run in your browser" button of ReproducibleResult.astro. Reads the scenario
 * text and its recording from the element's JSON payload, solves again in the worker (rerun.ts, loaded on the
 * first click) and shows ✓ or ✗ with each difference (field, expected, actual; for the plan, the first differing
 * action line).
 */
import type { Recording } from '../../lib/reproducibility/index.ts';
import { stringsFrom, type Strings } from '../placement-demo/strings.ts';
import { FIELD_KEYS } from './labels.ts';
import type { RerunVerdict } from './rerun.ts';

interface Payload {
  scenario: string;
  text: string;
  recording: Recording;
}

class ReproducibleResultElement extends HTMLElement {
  #s: Strings = stringsFrom(undefined);

  connectedCallback(): void {
    this.#s = stringsFrom(this.dataset.strings);
    const button = this.querySelector<HTMLButtonElement>('[data-rerun]');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => void this.run());
  }

  /** Re-runs the scenario; resolves with the verdict once it is shown. */
  async run(): Promise<RerunVerdict> {
    const button = this.querySelector<HTMLButtonElement>('[data-rerun]')!;
    const out = this.querySelector<HTMLElement>('[data-verdict]')!;
    const payload = JSON.parse(this.querySelector('[data-payload]')!.textContent ?? '{}') as Payload;
    button.disabled = true;
    out.dataset.result = 'running';
    out.textContent = this.#s('repro.running');
    let verdict: RerunVerdict;
    try {
      // The parser, the comparison and the worker client load on the first click: a page that only shows the
      // badge ships a few hundred bytes of script.
      const { rerun } = await import('./rerun.ts');
      verdict = await rerun(payload.scenario, payload.text, payload.recording);
    } catch (e) {
      verdict = { kind: 'error', message: e instanceof Error ? e.message : String(e) };
    }
    this.#show(out, verdict);
    button.disabled = false;
    return verdict;
  }

  #show(out: HTMLElement, verdict: RerunVerdict): void {
    out.replaceChildren();
    out.dataset.result = verdict.kind;
    const p = document.createElement('p');
    if (verdict.kind === 'same') {
      p.textContent = this.#s('repro.same', { ms: verdict.ms.toFixed(1) });
      out.append(p);
      return;
    }
    if (verdict.kind === 'error') {
      p.textContent = this.#s('repro.crashed', { message: verdict.message });
      out.append(p);
      return;
    }
    p.textContent = this.#s('repro.differs');
    const list = document.createElement('dl');
    for (const d of verdict.differences) {
      const dt = document.createElement('dt');
      dt.textContent = this.#s(FIELD_KEYS[d.field], { line: d.line ?? '' });
      list.append(dt, this.#line('repro.expected', d.expected), this.#line('repro.actual', d.actual));
    }
    out.append(p, list);
  }

  #line(key: string, value: string): HTMLElement {
    const dd = document.createElement('dd');
    const code = document.createElement('code');
    code.textContent = value;
    dd.append(`${this.#s(key)}: `, code);
    return dd;
  }
}

if (!customElements.get('reproducible-result')) customElements.define('reproducible-result', ReproducibleResultElement);
