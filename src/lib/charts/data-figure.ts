/**
 * A data figure's CSV (columns `metric`, `unit`, `series`, `value`, `source`; one row per bar) turned into
 * chart panels and the list of sources, with a message naming the line when a row is wrong.
 */
import { parseCsv } from './csv.ts';
import type { Panel } from './bar-chart.ts';

export const FIGURE_COLUMNS = ['metric', 'unit', 'series', 'value', 'source'] as const;

export interface FigureData {
  panels: Panel[];
  /** Distinct sources, in order of appearance. */
  sources: string[];
  rows: { metric: string; unit: string; series: string; value: number; source: string }[];
}

export function figureFromCsv(text: string, file: string): { ok: true; figure: FigureData } | { ok: false; message: string } {
  const csv = parseCsv(text);
  if (!csv.ok) return { ok: false, message: `${file}:${csv.line}:${csv.column}: ${csv.message}` };
  const missing = FIGURE_COLUMNS.filter((c) => !csv.header.includes(c));
  if (missing.length) return { ok: false, message: `${file}:1:1: missing column(s) ${missing.join(', ')}; the header must be ${FIGURE_COLUMNS.join(',')}` };
  const rows: FigureData['rows'] = [];
  for (const [i, r] of csv.rows.entries()) {
    const value = Number(r.value);
    if (r.value === '' || !Number.isFinite(value)) return { ok: false, message: `${file}:${i + 2}: value "${r.value}" is not a number; write digits with a dot for decimals, e.g. 28 or 1.5` };
    if (!r.source) return { ok: false, message: `${file}:${i + 2}: the source is empty; say where the number comes from (paper, page, URL)` };
    rows.push({ metric: r.metric!, unit: r.unit!, series: r.series!, value, source: r.source });
  }
  const panels: Panel[] = [];
  for (const row of rows) {
    let panel = panels.find((p) => p.title === row.metric && p.unit === row.unit);
    if (!panel) panels.push((panel = { title: row.metric, unit: row.unit, bars: [] }));
    panel.bars.push({ label: row.series, value: row.value });
  }
  return { ok: true, figure: { panels, sources: [...new Set(rows.map((r) => r.source))], rows } };
}
