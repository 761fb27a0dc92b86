/**
 * The results of a solve, as DOM: the checker's verdict, the infrastructure before and after, the player, the
 * plan in the seed talk's format and in BtrPlace's, and a JSON download; or, without a plan, why not, with the
 * constraints involved (their source lines, which the caller also marks in the editor).
 */
import type { Constraint } from '../../solver/constraints/index.ts';
import type { SourceRange } from '../../solver/diagnostics.ts';
import type { SolveResult } from '../../solver/engine/result.ts';
import { printBtrPlacePlan, printTalkPlan } from '../../solver/formats/plan-text/index.ts';
import { stringifyPlan } from '../../solver/formats/json/plan.ts';
import { planDuration, type Plan } from '../../solver/plan/plan.ts';
import { renderInfra } from './infra-view.ts';
import { Player, el } from './player.ts';
import type { Strings } from './strings.ts';

export interface ResultsContext {
  s: Strings;
  /** Prefix of the ids in this demo. */
  uid: string;
  /** Heading level of the results section (2 on the playground, 3 inside a tutorial section). */
  level: number;
  /** The script's text, to quote the constraints involved. */
  text: string;
  goTo: (line: number, column: number) => void;
}

export interface Rendered {
  element: HTMLElement;
  player?: Player;
  /** Source ranges of the constraints involved in a failure. */
  involved: SourceRange[];
  dispose(): void;
}

export function renderResults(result: SolveResult, ctx: ResultsContext): Rendered {
  const { s, uid } = ctx;
  const h = (offset: number) => `h${Math.min(6, ctx.level + offset)}`;
  const section = el('section', 'pd-results');
  section.dataset.resultStatus = result.status;
  section.setAttribute('aria-labelledby', `${uid}-results`);
  const heading = el(h(0), 'pd-heading', s('demo.results'));
  heading.id = `${uid}-results`;
  section.append(heading);
  const urls: string[] = [];
  const rendered: Rendered = { element: section, involved: [], dispose: () => urls.forEach((u) => URL.revokeObjectURL(u)) };

  if (result.status === 'plan' || result.status === 'satisfied') {
    const plan = result.plan;
    const verdict = el('p', 'pd-verdict', s('demo.verdict.ok', { actions: plan.actions.length }));
    verdict.dataset.verdict = 'ok';
    section.append(verdict, compare(plan, ctx, h(1)));
    if (plan.actions.length > 0) {
      rendered.player = new Player(plan, s, uid, h(1));
      section.append(rendered.player.element, planTexts(plan, ctx, urls));
    }
    rendered.dispose = () => {
      rendered.player?.pause();
      urls.forEach((u) => URL.revokeObjectURL(u));
    };
    return rendered;
  }

  const box = el('div', 'pd-failure');
  section.append(box);
  switch (result.status) {
    case 'no-solution':
      box.append(el('p', '', result.explanation.message));
      rendered.involved = involvedList(box, result.explanation.constraints, ctx);
      break;
    case 'unsupported':
      box.append(el('p', '', result.message));
      rendered.involved = involvedList(box, result.constraints, ctx);
      break;
    case 'invalid': {
      const list = el('ul', 'pd-problems');
      for (const d of result.diagnostics) list.append(el('li', '', `${d.code}: ${d.message}`));
      box.append(list);
      break;
    }
    case 'timeout':
      box.append(el('p', '', result.message));
      break;
    case 'bug': {
      box.append(el('p', '', result.message));
      if (result.violations.length) {
        box.append(el('p', '', s('demo.verdict.rejected')));
        const list = el('ul', 'pd-problems');
        for (const v of result.violations) list.append(el('li', '', v));
        box.append(list);
      }
      break;
    }
    case 'cancelled':
      break;
  }
  return rendered;
}

function compare(plan: Plan, ctx: ResultsContext, tag: string): HTMLElement {
  const wrap = el('div', 'pd-compare');
  // Before: the instant before anything starts (-1), so that actions starting at 0 are not drawn under way.
  for (const [key, time] of [['demo.before', -1], ['demo.after', planDuration(plan)]] as const) {
    const figure = el('figure', 'pd-figure');
    figure.dataset.moment = key === 'demo.before' ? 'before' : 'after';
    const caption = el('figcaption', '');
    caption.append(el(tag, 'pd-subheading', ctx.s(key)));
    const list = el('ul', 'pd-infra') as HTMLUListElement;
    renderInfra(list, plan, time, ctx.s);
    figure.append(caption, list);
    wrap.append(figure);
  }
  return wrap;
}

function planTexts(plan: Plan, ctx: ResultsContext, urls: string[]): HTMLElement {
  const wrap = el('div', 'pd-plan-texts');
  for (const [key, text, open] of [
    ['demo.planText.talk', printTalkPlan(plan), true],
    ['demo.planText.btrplace', printBtrPlacePlan(plan), false],
  ] as const) {
    const details = el('details', 'pd-plan-text') as HTMLDetailsElement;
    details.open = open;
    details.dataset.format = key.endsWith('talk') ? 'talk' : 'btrplace';
    const pre = el('pre', '');
    pre.append(el('code', '', text));
    details.append(el('summary', '', ctx.s(key)), pre);
    wrap.append(details);
  }
  const href = URL.createObjectURL(new Blob([stringifyPlan(plan, { pretty: true })], { type: 'application/json' }));
  urls.push(href);
  const link = el('a', 'pd-download', ctx.s('demo.downloadJson')) as HTMLAnchorElement;
  link.href = href;
  link.download = 'plan.json';
  wrap.append(link);
  return wrap;
}

/** Lists the constraints involved with their source text and a button to go to their line. */
function involvedList(box: HTMLElement, constraints: Constraint[], ctx: ResultsContext): SourceRange[] {
  const ranges: SourceRange[] = [];
  const seen = new Set<string>();
  const list = el('ul', 'pd-involved-list');
  const lines = ctx.text.split('\n');
  for (const c of constraints) {
    const r = c.source;
    if (!r || seen.has(`${r.line}:${r.column}`)) continue;
    seen.add(`${r.line}:${r.column}`);
    ranges.push(r);
    const li = el('li', '');
    const go = el('button', 'pd-link-button', ctx.s('demo.goToLine', { line: r.line })) as HTMLButtonElement;
    go.type = 'button';
    go.addEventListener('click', () => ctx.goTo(r.line, r.column));
    const line = lines[r.line - 1] ?? '';
    const quoted = r.endLine === r.line && r.endColumn !== undefined ? line.slice(r.column - 1, r.endColumn - 1) : line.slice(r.column - 1);
    li.append(go, ' ', el('code', '', quoted.trim() || c.kind));
    list.append(li);
  }
  if (ranges.length) box.append(el('p', '', ctx.s('demo.involved')), list);
  return ranges;
}
