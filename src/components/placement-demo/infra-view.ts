/**
 * Draws the infrastructure at one instant, as BtrPlace's sandbox did: each node a box of its first two
 * resources (x: the first, e.g. cpu; y: the second, e.g. mem), each VM a box of its consumption inside it.
 * VMs are stacked corner to corner, so a node's VMs fit in its box exactly when they fit in both resources;
 * an overloaded node overflows visibly. Arriving VMs (migrations, boots under way) are drawn dashed: by the
 * scheduling rule of spec §3.3 they already take room at their destination. Each box has a text caption, which
 * is what screen readers get (the drawing is decorative).
 */
import type { Model, NodeId, VmId } from '../../solver/model/model.ts';
import { snapshotAt, vmsOn, type Snapshot } from '../../lib/placement/snapshot.ts';
import type { Plan } from '../../solver/plan/plan.ts';
import type { Strings } from './strings.ts';

const SVG = 'http://www.w3.org/2000/svg';
/** Largest box side, in px. */
const BOX = 132;
/** Nodes drawn at most; the rest are counted. Drawing thousands of boxes helps nobody. */
export const MAX_NODES = 48;

export function vmColour(vm: VmId): string {
  return `hsl(${(vm * 137.508) % 360} 62% 58%)`;
}

export function renderInfra(list: HTMLElement, plan: Plan, time: number, s: Strings): void {
  const snapshot = snapshotAt(plan, time);
  const model = plan.origin;
  const [rx, ry] = [...model.resources.values()];
  const capX = (n: NodeId) => (rx ? rx.capacity.get(n) ?? rx.defaultCapacity : Math.max(1, vmsOn(snapshot, n).length));
  const capY = (n: NodeId) => (ry ? ry.capacity.get(n) ?? ry.defaultCapacity : 1);
  const nodes = [...model.nodes.keys()].slice(0, MAX_NODES);
  const maxX = Math.max(1, ...nodes.map(capX));
  const maxY = Math.max(1, ...nodes.map(capY));
  const unit = Math.min(BOX / maxX, BOX / maxY, 18);

  const items = nodes.map((n) => nodeItem(n, snapshot, model, { capX: capX(n), capY: capY(n), unit, rx: rx?.id, ry: ry?.id }, s));
  if (model.nodes.size > nodes.length) {
    const more = document.createElement('li');
    more.className = 'pd-node pd-more';
    more.textContent = `+ ${model.nodes.size - nodes.length}`;
    items.push(more);
  }
  list.replaceChildren(...items);
}

interface Geometry {
  capX: number;
  capY: number;
  unit: number;
  rx: string | undefined;
  ry: string | undefined;
}

function nodeItem(node: NodeId, snapshot: Snapshot, model: Model, g: Geometry, s: Strings): HTMLLIElement {
  const look = snapshot.nodes.get(node) ?? 'offline';
  const name = model.nodeNames.get(node) ?? `node#${node}`;
  const hosted = vmsOn(snapshot, node);
  const li = document.createElement('li');
  li.className = 'pd-node';
  li.dataset.node = name;
  li.dataset.state = look;

  const w = Math.max(g.capX * g.unit, 24);
  const h = Math.max(g.capY * g.unit, 24);
  let usedX = 0;
  let usedY = 0;
  for (const { vm } of hosted) {
    usedX += g.rx ? snapshot.vms.get(vm)!.use.get(g.rx) ?? 0 : 1;
    usedY += g.ry ? snapshot.vms.get(vm)!.use.get(g.ry) ?? 0 : 0;
  }
  // Room for an overflow, so that an overloaded node shows it.
  const width = Math.max(w, usedX * g.unit) + 2;
  const height = Math.max(h, usedY * g.unit) + 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `-1 -1 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('aria-hidden', 'true');
  svg.append(rect(0, 0, w, h, 'pd-box'));
  if (g.capX <= 32 && g.capY <= 32) {
    for (let x = 1; x < g.capX; x++) svg.append(line(x * g.unit, 0, x * g.unit, h));
    for (let y = 1; y < g.capY; y++) svg.append(line(0, y * g.unit, w, y * g.unit));
  }
  let x = 0;
  let y = 0;
  for (const { vm, arriving } of hosted) {
    const use = snapshot.vms.get(vm)!.use;
    const vw = (g.rx ? use.get(g.rx) ?? 0 : 1) * g.unit;
    const vh = g.ry ? (use.get(g.ry) ?? 0) * g.unit : h;
    const box = rect(x, g.ry ? y : 0, Math.max(vw, 3), Math.max(vh, 3), arriving ? 'pd-vm pd-arriving' : 'pd-vm');
    box.setAttribute('fill', vmColour(vm));
    svg.append(box);
    const vmName = model.vmNames.get(vm) ?? `vm#${vm}`;
    if (vw >= 22 && vh >= 12) {
      const label = document.createElementNS(SVG, 'text');
      label.setAttribute('x', String(x + 3));
      label.setAttribute('y', String((g.ry ? y : 0) + Math.min(vh - 3, 12)));
      label.setAttribute('class', 'pd-vm-label');
      label.textContent = vmName;
      svg.append(label);
    }
    x += vw;
    if (g.ry) y += vh;
  }

  const caption = document.createElement('p');
  caption.className = 'pd-node-caption';
  const title = document.createElement('strong');
  title.textContent = name;
  const parts = [s(`demo.node.${look}`)];
  const names = hosted.map(({ vm, arriving }) => {
    const vmName = model.vmNames.get(vm) ?? `vm#${vm}`;
    return arriving ? `(${vmName})` : vmName;
  });
  parts.push(names.length ? names.join(', ') : s('demo.node.empty'));
  if (g.rx) parts.push(`${g.rx} ${round(usedX)}/${g.capX}`);
  if (g.ry) parts.push(`${g.ry} ${round(usedY)}/${g.capY}`);
  caption.append(title, ` ${parts.join(' · ')}`);
  li.append(svg, caption);
  return li;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

function rect(x: number, y: number, w: number, h: number, cls: string): SVGRectElement {
  const r = document.createElementNS(SVG, 'rect');
  r.setAttribute('x', String(x));
  r.setAttribute('y', String(y));
  r.setAttribute('width', String(w));
  r.setAttribute('height', String(h));
  r.setAttribute('class', cls);
  return r;
}

function line(x1: number, y1: number, x2: number, y2: number): SVGLineElement {
  const l = document.createElementNS(SVG, 'line');
  l.setAttribute('x1', String(x1));
  l.setAttribute('y1', String(y1));
  l.setAttribute('x2', String(x2));
  l.setAttribute('y2', String(y2));
  l.setAttribute('class', 'pd-grid');
  return l;
}
