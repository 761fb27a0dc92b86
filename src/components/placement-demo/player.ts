/**
 * The plan player: the infrastructure at the current instant, the timeline of actions (one row per action; a VM
 * or a node has at most one action, spec §3.4bis), and play / pause / previous / next / speed / a time slider.
 * Steps are the instants where an action starts or ends; playing advances plan time continuously at `speed`
 * plan seconds per second.
 */
import type { Plan } from '../../solver/plan/plan.ts';
import { planDuration, sortedActions } from '../../solver/plan/plan.ts';
import { talkLine } from '../../solver/formats/plan-text/human.ts';
import { stepTimes } from '../../lib/placement/snapshot.ts';
import { renderInfra, vmColour } from './infra-view.ts';
import type { Strings } from './strings.ts';

const SPEEDS = [0.5, 1, 2, 4];
/** Timeline rows drawn at most: a plan of thousands of actions is read in its text form, not row by row. */
export const MAX_ROWS = 200;

export class Player {
  readonly element: HTMLElement;
  #plan: Plan;
  #s: Strings;
  #time = 0;
  #speed = 1;
  #frame = 0;
  #last = 0;
  #steps: number[];
  #duration: number;
  #infra: HTMLUListElement;
  #rows: { li: HTMLLIElement; start: number; end: number }[] = [];
  #timeline: HTMLElement;
  #slider: HTMLInputElement;
  #clock: HTMLElement;
  #playButton: HTMLButtonElement;

  constructor(plan: Plan, s: Strings, uid: string, headingTag: string) {
    this.#plan = plan;
    this.#s = s;
    this.#steps = stepTimes(plan);
    this.#duration = planDuration(plan);
    const section = el('section', 'pd-player');
    section.setAttribute('aria-labelledby', `${uid}-player`);
    const heading = el(headingTag, 'pd-subheading', s('demo.player'));
    heading.id = `${uid}-player`;

    const controls = el('div', 'pd-controls');
    const previous = button(s('demo.player.previous'), 'previous', () => this.step(-1));
    previous.dataset.playerPrevious = '';
    this.#playButton = button(s('demo.player.play'), 'play', () => (this.#frame ? this.pause() : this.play()));
    this.#playButton.dataset.playerPlay = '';
    const next = button(s('demo.player.next'), 'next', () => this.step(1));
    next.dataset.playerNext = '';
    const speedLabel = el('label', 'pd-inline', `${s('demo.player.speed')} `);
    const speed = document.createElement('select');
    for (const v of SPEEDS) speed.append(new Option(`${v}×`, String(v), v === 1, v === 1));
    speed.addEventListener('change', () => (this.#speed = Number(speed.value)));
    speedLabel.append(speed);
    const sliderLabel = el('label', 'pd-inline pd-slider', `${s('demo.player.time')} `);
    this.#slider = document.createElement('input');
    this.#slider.type = 'range';
    this.#slider.min = '0';
    this.#slider.max = String(this.#duration);
    this.#slider.step = 'any';
    this.#slider.addEventListener('input', () => {
      this.pause();
      this.seek(Number(this.#slider.value));
    });
    sliderLabel.append(this.#slider);
    this.#clock = el('span', 'pd-clock');
    this.#clock.dataset.playerClock = '';
    controls.append(previous, this.#playButton, next, speedLabel, sliderLabel, this.#clock);

    this.#infra = el('ul', 'pd-infra') as HTMLUListElement;
    this.#infra.dataset.playerInfra = '';

    const timelineHeading = el(headingTag, 'pd-subheading', s('demo.timeline'));
    const timeline = el('div', 'pd-timeline');
    const list = el('ol', 'pd-rows');
    const actions = sortedActions(plan);
    for (const a of actions.slice(0, MAX_ROWS)) {
      const li = el('li', 'pd-row') as HTMLLIElement;
      const label = el('code', 'pd-row-label', talkLine(plan.origin, a));
      const track = el('span', 'pd-track');
      track.setAttribute('aria-hidden', 'true');
      const bar = el('span', 'pd-bar');
      const span = this.#duration || 1;
      bar.style.left = `${(a.start / span) * 100}%`;
      bar.style.width = `max(${((a.end - a.start) / span) * 100}%, 3px)`;
      if ('vm' in a) bar.style.background = vmColour(a.vm);
      track.append(bar);
      li.append(label, track);
      list.append(li);
      this.#rows.push({ li, start: a.start, end: a.end });
    }
    if (actions.length > MAX_ROWS) list.append(el('li', 'pd-row pd-more', `+ ${actions.length - MAX_ROWS}`));
    timeline.append(list);
    this.#timeline = timeline;

    section.append(heading, controls, this.#infra, timelineHeading, timeline);
    this.element = section;
    this.seek(0);
  }

  get time(): number {
    return this.#time;
  }

  seek(time: number): void {
    this.#time = Math.min(Math.max(0, time), this.#duration);
    renderInfra(this.#infra, this.#plan, this.#time, this.#s);
    this.#slider.value = String(this.#time);
    const shown = Math.round(this.#time * 10) / 10;
    this.#clock.textContent = this.#s('demo.player.at', { time: shown, duration: this.#duration });
    this.#timeline.style.setProperty('--at', String(this.#duration ? this.#time / this.#duration : 0));
    for (const row of this.#rows) {
      row.li.dataset.phase = row.end <= this.#time ? 'done' : row.start <= this.#time ? 'active' : 'pending';
      if (row.li.dataset.phase === 'active') row.li.setAttribute('aria-current', 'step');
      else row.li.removeAttribute('aria-current');
    }
  }

  /** To the next (+1) or previous (-1) instant where something starts or ends. */
  step(direction: 1 | -1): void {
    this.pause();
    const t = this.#time;
    const target = direction > 0 ? this.#steps.find((x) => x > t + 1e-9) : [...this.#steps].reverse().find((x) => x < t - 1e-9);
    if (target !== undefined) this.seek(target);
  }

  play(): void {
    if (this.#time >= this.#duration) this.seek(0);
    this.#setPlaying(true);
    this.#last = performance.now();
    const tick = (now: number) => {
      const dt = (now - this.#last) / 1000;
      this.#last = now;
      this.seek(this.#time + dt * this.#speed);
      if (this.#time >= this.#duration) return this.pause();
      this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  pause(): void {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#setPlaying(false);
  }

  #setPlaying(playing: boolean): void {
    this.#playButton.setAttribute('aria-label', this.#s(playing ? 'demo.player.pause' : 'demo.player.play'));
    this.#playButton.replaceChildren(icon(playing ? 'pause' : 'play'));
  }
}

export function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Icons as SVG paths (a 16×16 box): media glyphs are missing from many system fonts. */
const ICONS = {
  previous: 'M3 3h2v10H3zM14 3v10L6 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  next: 'M11 3h2v10h-2zM2 3v10l8-5z',
} as const;

function icon(name: keyof typeof ICONS): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', ICONS[name]);
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function button(label: string, glyph: keyof typeof ICONS, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'pd-icon-button';
  b.setAttribute('aria-label', label);
  b.title = label;
  b.append(icon(glyph));
  b.addEventListener('click', onClick);
  return b;
}
