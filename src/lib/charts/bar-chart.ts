/**
 * Bar charts as inline SVG text, generated at build (no chart library, no script): one panel per measure, since
 * measures of different units (MiB/s, %, µs) cannot share an axis. The SVG carries a title and a description for
 * screen readers (role="img"); pages print the same data as a table beside it.
 */

export interface Bar {
  label: string;
  value: number;
}

export interface Panel {
  /** What is measured, e.g. "Latency". */
  title: string;
  /** Unit printed after each value, e.g. "µs". */
  unit: string;
  bars: Bar[];
}

export interface ChartOptions {
  /** Accessible name of the chart. */
  title: string;
  /** Accessible description (what the bars show). */
  description: string;
  /** id prefix for the title/description elements (unique in the page). */
  id: string;
  width?: number;
}

const BAR_HEIGHT = 22;
const GAP = 8;
const PANEL_TITLE = 26;
const LABEL_WIDTH_RATIO = 0.34;
const VALUE_ROOM = 90;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `681`, `1.4`, `12,345` (no trailing zeros, thousands grouped in English style). */
export function formatValue(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : Number(value.toPrecision(3)).toLocaleString('en-US');
}

/** The SVG text of horizontal bar panels stacked vertically; each panel scales to its own maximum. */
export function barChartSvg(panels: readonly Panel[], options: ChartOptions): string {
  const width = options.width ?? 640;
  const labelWidth = Math.round(width * LABEL_WIDTH_RATIO);
  const plotWidth = width - labelWidth - VALUE_ROOM;
  const parts: string[] = [];
  let y = 0;
  for (const panel of panels) {
    parts.push(`<text class="chart-panel-title" x="0" y="${y + 18}">${escapeXml(panel.title)} (${escapeXml(panel.unit)})</text>`);
    y += PANEL_TITLE;
    const max = Math.max(...panel.bars.map((b) => b.value), 0) || 1;
    panel.bars.forEach((bar, i) => {
      const w = Math.max(1, Math.round((bar.value / max) * plotWidth));
      const cy = y + BAR_HEIGHT / 2;
      parts.push(
        `<text class="chart-label" x="${labelWidth - 8}" y="${cy}" text-anchor="end" dominant-baseline="middle">${escapeXml(bar.label)}</text>`,
        `<rect class="chart-bar chart-bar-${i % 4}" x="${labelWidth}" y="${y}" width="${w}" height="${BAR_HEIGHT}" rx="2"><title>${escapeXml(`${bar.label}: ${formatValue(bar.value)} ${panel.unit}`)}</title></rect>`,
        `<text class="chart-value" x="${labelWidth + w + 6}" y="${cy}" dominant-baseline="middle">${escapeXml(`${formatValue(bar.value)} ${panel.unit}`)}</text>`,
      );
      y += BAR_HEIGHT + GAP;
    });
    y += GAP;
  }
  const height = Math.max(y, 1);
  const t = `${options.id}-title`;
  const d = `${options.id}-desc`;
  return (
    `<svg class="bar-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${t} ${d}">` +
    `<title id="${t}">${escapeXml(options.title)}</title><desc id="${d}">${escapeXml(options.description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
