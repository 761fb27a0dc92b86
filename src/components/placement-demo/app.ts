/**
 * The live demo, once loaded (placement-demo.ts loads this module lazily): the editor, the presets, Solve and
 * Cancel with the worker, the results, direct manipulation and share links. The scenario text is the only
 * state: every feature reads it or edits it.
 */
import type { Diagnostic } from '../../solver/diagnostics.ts';
import { hasErrors } from '../../solver/diagnostics.ts';
import { parseScenario, type ScenarioResult } from '../../solver/script/index.ts';
import type { WorkerSolveOptions } from '../../solver/worker/protocol.ts';
import { addVm, requestNodeState, setNodeCapacity, type EditResult } from '../../lib/placement/edits.ts';
import { decodeShare, MAX_SHARED_BYTES, sharedPayload, shareFragment } from '../../lib/placement/share.ts';
import { createEditor, type ScenarioEditor } from './editor.ts';
import { renderResults, type Rendered } from './results.ts';
import { SolverClient, type Outcome } from './solver-client.ts';
import { stringsFrom, type Strings } from './strings.ts';

interface Preset {
  name: string;
  title: string;
  text: string;
}

/** Diagnostics follow typing after this pause (ms): parsing a scenario takes a few ms. */
const PARSE_DELAY = 150;

export async function start(root: HTMLElement): Promise<void> {
  const s = stringsFrom(root.dataset.strings);
  const q = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
  const uid = root.dataset.uid ?? 'pd';
  const level = Number(root.dataset.level ?? 2);
  const status = q('[data-status]')!;
  const progress = q('[data-progress]')!;
  const resultsHost = q('[data-results]')!;
  const diagnosticsBox = q('[data-diagnostics]')!;
  const solveButton = q<HTMLButtonElement>('[data-solve]')!;
  const cancelButton = q<HTMLButtonElement>('[data-cancel]')!;
  const textarea = q<HTMLTextAreaElement>('textarea[data-source]')!;
  const presets: Preset[] = JSON.parse(q('script[data-presets]')?.textContent ?? '[]');
  const presetSelect = q<HTMLSelectElement>('select[data-preset]');

  const client = new SolverClient();
  let parsed: ScenarioResult | undefined;
  let rendered: Rendered | undefined;
  let parseTimer: ReturnType<typeof setTimeout> | undefined;

  const say = (text: string, tone: 'info' | 'error' = 'info') => {
    status.textContent = text;
    status.dataset.tone = tone;
  };

  // A share link decides the starting text, but a bad one never runs and never replaces the example.
  const fromLink = async (): Promise<{ text?: string; error?: string }> => {
    const payload = root.hasAttribute('data-share') ? sharedPayload(location.hash) : undefined;
    if (payload === undefined) return {};
    const decoded = await decodeShare(payload);
    if (!decoded.ok) return { error: s(`demo.share.${decoded.error}`, { limit: MAX_SHARED_BYTES / 1024 }) };
    if (presetSelect) presetSelect.value = '';
    return { text: decoded.text };
  };
  const linked = await fromLink();
  const initial = linked.text ?? textarea.value;
  const shareError = linked.error;

  const host = document.createElement('div');
  host.className = 'pd-editor';
  textarea.replaceWith(host);
  const editor: ScenarioEditor = createEditor(host, initial, {
    labelledBy: `${uid}-label`,
    describedBy: `${uid}-diagnostics`,
    onChange: () => {
      clearTimeout(parseTimer);
      parseTimer = setTimeout(reparse, PARSE_DELAY);
    },
  });

  function reparse(): ScenarioResult {
    clearTimeout(parseTimer);
    parsed = parseScenario(editor.text());
    editor.showDiagnostics(parsed.diagnostics);
    listDiagnostics(parsed.diagnostics);
    refreshEditPanel();
    return parsed;
  }

  function listDiagnostics(diagnostics: Diagnostic[]): void {
    const list = diagnosticsBox.querySelector('ul')!;
    list.replaceChildren(
      ...diagnostics.map((d) => {
        const li = document.createElement('li');
        li.dataset.severity = d.severity;
        if (d.range) {
          li.dataset.line = String(d.range.line);
          const go = document.createElement('button');
          go.type = 'button';
          go.className = 'pd-link-button';
          go.textContent = s('demo.diagnostic.at', { line: d.range.line, column: d.range.column });
          go.addEventListener('click', () => editor.goTo(d.range!.line, d.range!.column));
          li.append(go, ' ');
        }
        const code = document.createElement('code');
        code.textContent = d.code;
        li.append(code, ` ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
        return li;
      }),
    );
    diagnosticsBox.hidden = diagnostics.length === 0;
  }

  function clearResults(): void {
    delete root.dataset.outcome;
    rendered?.dispose();
    rendered = undefined;
    resultsHost.replaceChildren();
    editor.markInvolved([]);
  }

  function options(): WorkerSolveOptions {
    const limit = Number(q<HTMLInputElement>('[data-time-limit]')?.value);
    const objective = q<HTMLSelectElement>('[data-objective]')?.value;
    return {
      timeLimit: Number.isFinite(limit) && limit > 0 ? limit : 10,
      ...(objective === 'mttr' || objective === 'migrations' ? { objective } : {}),
    };
  }

  async function solve(): Promise<void> {
    const current = reparse();
    clearResults();
    if (!current.instance || hasErrors(current.diagnostics)) {
      say(s('demo.status.scriptErrors', { count: current.diagnostics.filter((d) => d.severity === 'error').length }), 'error');
      return;
    }
    const text = editor.text();
    solveButton.disabled = true;
    cancelButton.disabled = false;
    root.dataset.busy = '';
    say(s('demo.status.solving', { decisions: 0, elapsed: 0 }));
    const outcome = await client.solve(current.instance, options(), (p) => {
      progress.textContent = s('demo.status.solving', { decisions: p.decisions, elapsed: Math.round(p.elapsedMs) });
    });
    progress.textContent = '';
    solveButton.disabled = false;
    cancelButton.disabled = true;
    delete root.dataset.busy;
    show(outcome, text);
  }

  function show(outcome: Outcome, text: string): void {
    if (outcome.kind === 'crashed') {
      root.dataset.outcome = 'crashed';
      say(s('demo.status.crashed', { message: outcome.message }), 'error');
      return;
    }
    const result = outcome.result;
    root.dataset.outcome = result.status;
    rendered = renderResults(result, { s, uid, level, text, goTo: (l, c) => editor.goTo(l, c) });
    resultsHost.append(rendered.element);
    editor.markInvolved(rendered.involved);
    switch (result.status) {
      case 'plan':
      case 'satisfied': {
        const { plan, stats } = result;
        const duration = plan.actions.reduce((m, a) => Math.max(m, a.end), 0);
        say(
          `${result.status === 'satisfied' ? s('demo.status.satisfied') : s('demo.status.plan', { actions: plan.actions.length, duration, sum: stats.sumOfEnds, ms: Math.max(1, Math.round(stats.solveMs)) })} ${s('demo.verdict.ok', { actions: plan.actions.length })}`,
        );
        break;
      }
      case 'no-solution': say(s('demo.status.noSolution'), 'error'); break;
      case 'unsupported': say(s('demo.status.unsupported'), 'error'); break;
      case 'invalid': say(s('demo.status.invalid'), 'error'); break;
      case 'timeout': say(s('demo.status.timeout'), 'error'); break;
      case 'cancelled': say(s('demo.status.cancelled')); break;
      case 'bug': say(s('demo.status.bug'), 'error'); break;
    }
  }

  solveButton.addEventListener('click', () => void solve());
  cancelButton.addEventListener('click', () => client.cancel());
  root.addEventListener('keydown', (event) => {
    // Ctrl/Cmd+Enter solves from anywhere in the demo, the editor included.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !solveButton.disabled) {
      event.preventDefault();
      void solve();
    }
  });

  presetSelect?.addEventListener('change', () => {
    const preset = presets.find((p) => p.name === presetSelect.value);
    if (!preset) return;
    editor.setText(preset.text);
    clearResults();
    reparse();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    say(s('demo.status.idle'));
  });

  q('[data-reset]')?.addEventListener('click', () => {
    editor.setText(textarea.defaultValue); // the example as the page had it, not what was typed before loading
    clearResults();
    reparse();
  });

  // Share: the link is written into the page's URL and shown; copying to the clipboard is a bonus.
  q('[data-share-button]')?.addEventListener('click', async () => {
    const fragment = await shareFragment(editor.text());
    const link = `${location.origin}${location.pathname}${location.search}${fragment}`;
    history.replaceState(null, '', fragment);
    const output = q<HTMLInputElement>('[data-share-output]')!;
    output.value = link;
    output.closest<HTMLElement>('[data-share-box]')!.hidden = false;
    try {
      await navigator.clipboard.writeText(link);
      say(s('demo.shareCopied'));
    } catch {
      output.select();
    }
  });

  // "Open in the playground" from a tutorial: the current text travels in the link's fragment.
  q<HTMLAnchorElement>('a[data-open-playground]')?.addEventListener('click', async (event) => {
    event.preventDefault();
    const target = event.currentTarget as HTMLAnchorElement;
    location.href = `${target.href.replace(/#.*$/, '')}${await shareFragment(editor.text())}`;
  });

  // Direct manipulation: every change is an edit of the text, undoable in the editor.
  const editPanel = q<HTMLFieldSetElement>('[data-edit]');
  const nodeSelect = q<HTMLSelectElement>('[data-edit-node]');
  const rcSelect = q<HTMLSelectElement>('[data-edit-resource]');
  const capacityInput = q<HTMLInputElement>('[data-edit-capacity]');

  function refreshEditPanel(): void {
    if (!editPanel || !nodeSelect || !rcSelect) return;
    const model = parsed?.instance?.model;
    editPanel.disabled = !model;
    if (!model) return;
    const keep = (select: HTMLSelectElement, values: string[]) => {
      const before = select.value;
      select.replaceChildren(...values.map((v) => new Option(v, v)));
      if (values.includes(before)) select.value = before;
    };
    keep(nodeSelect, [...model.nodes.keys()].map((id) => model.nodeNames.get(id) ?? `node${id}`));
    keep(rcSelect, [...model.resources.keys()]);
    syncCapacity();
  }

  function syncCapacity(): void {
    const model = parsed?.instance?.model;
    if (!model || !nodeSelect || !rcSelect || !capacityInput) return;
    const rc = model.resources.get(rcSelect.value);
    const node = [...model.nodeNames].find(([, n]) => n === nodeSelect.value)?.[0];
    if (rc && node !== undefined) capacityInput.value = String(rc.capacity.get(node) ?? rc.defaultCapacity);
  }
  nodeSelect?.addEventListener('change', syncCapacity);
  rcSelect?.addEventListener('change', syncCapacity);

  function applyEdit(result: EditResult, what: string): void {
    if (!result.ok) {
      say(s(result.error === 'scriptErrors' ? 'demo.edit.scriptErrors' : 'demo.edit.unknown'), 'error');
      return;
    }
    editor.apply(result.changes);
    clearResults();
    reparse();
    say(s('demo.edit.done', { what }));
  }

  q('[data-edit-offline]')?.addEventListener('click', () => {
    const node = nodeSelect!.value;
    applyEdit(requestNodeState(editor.text(), node, 'offline'), `offline(@${node});`);
  });
  q('[data-edit-online]')?.addEventListener('click', () => {
    const node = nodeSelect!.value;
    applyEdit(requestNodeState(editor.text(), node, 'online'), `online(@${node});`);
  });
  q('[data-edit-set-capacity]')?.addEventListener('click', () => {
    const node = nodeSelect!.value;
    applyEdit(setNodeCapacity(editor.text(), node, rcSelect!.value, Number(capacityInput!.value)), `@${node} ${rcSelect!.value} ${capacityInput!.value}`);
  });
  q('[data-edit-add-vm]')?.addEventListener('click', () => {
    const model = parsed?.instance?.model;
    const use: Record<string, number> = {};
    for (const rc of model?.resources.keys() ?? []) use[rc] = 1;
    const result = addVm(editor.text(), nodeSelect!.value, use);
    applyEdit(result, result.ok && 'name' in result ? `vm ${result.name}` : '');
  });

  // A link followed from the page itself (same document, new fragment) loads the same way.
  if (root.hasAttribute('data-share')) {
    window.addEventListener('hashchange', async () => {
      const next = await fromLink();
      if (next.error) return say(next.error, 'error');
      if (next.text === undefined || next.text === editor.text()) return;
      editor.setText(next.text);
      clearResults();
      reparse();
      say(s('demo.status.idle'));
    });
  }

  // The element's public view of its text, for scripts around the page (and the end-to-end tests): CodeMirror
  // only draws the visible lines, so the DOM does not hold the whole scenario.
  Object.defineProperty(root, 'scenarioText', { get: () => editor.text(), configurable: true });

  reparse();
  solveButton.disabled = false;
  root.dataset.ready = '';
  if (shareError) say(shareError, 'error');
  else say(s('demo.status.idle'));
}
