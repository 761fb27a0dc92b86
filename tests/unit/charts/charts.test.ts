import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../src/lib/charts/csv.ts';
import { barChartSvg, escapeXml, formatValue } from '../../../src/lib/charts/bar-chart.ts';
import { figureFromCsv } from '../../../src/lib/charts/data-figure.ts';

describe('CSV', () => {
  test('quoted fields keep commas, quotes and line breaks', () => {
    const r = parseCsv('a,b\n"x, y","say ""hi""\nthere"\r\n1,2\n');
    assert.ok(r.ok);
    assert.deepEqual(r.rows, [{ a: 'x, y', b: 'say "hi"\nthere' }, { a: '1', b: '2' }]);
  });
  test('a row with the wrong number of fields names its line', () => {
    const r = parseCsv('a,b\n1,2\n3,4,5\n');
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.line, 3);
    assert.match(!r.ok ? r.message : '', /3 fields, but the header has 2/);
  });
  test('an unclosed quote names where it opened', () => {
    const r = parseCsv('a\n"open\n');
    assert.deepEqual(r.ok ? undefined : [r.line, r.column], [2, 1]);
  });
});

describe('data figures', () => {
  const csv = readFileSync(new URL('../../../content/projects/data/smart-hpc-interconnect.csv', import.meta.url), 'utf8');

  test("the HPC interconnect paper's headline numbers, one panel per unit, with their source", () => {
    const r = figureFromCsv(csv, 'x.csv');
    assert.ok(r.ok);
    const byTitle = Object.fromEntries(r.figure.panels.map((p) => [p.title, p.bars.map((b) => [b.label, b.value])]));
    assert.deepEqual(byTitle['Throughput for large messages over 10GbE'], [['RDMA over 10GbE in Xen (kernel level)', 681]]);
    assert.deepEqual(byTitle['CPU use of the privileged guest'], [['RDMA over 10GbE in Xen (kernel level)', 34]]);
    assert.deepEqual(byTitle['Latency'], [['RDMA over 10GbE in Xen (kernel level)', 28], ['TCP/IP', 70]]);
    assert.equal(r.figure.sources.length, 1);
    assert.match(r.figure.sources[0]!, /10\.1007\/978-3-642-29740-3_45/);
  });

  test('a value that is not a number or a missing source stops with the line', () => {
    assert.match(figureFromCsv('metric,unit,series,value,source\nA,s,x,fast,paper\n', 'f.csv').ok ? '' : (figureFromCsv('metric,unit,series,value,source\nA,s,x,fast,paper\n', 'f.csv') as { message: string }).message, /^f\.csv:2: value "fast" is not a number/);
    const r = figureFromCsv('metric,unit,series,value,source\nA,s,x,1,\n', 'f.csv');
    assert.match(r.ok ? '' : r.message, /f\.csv:2: the source is empty/);
    const h = figureFromCsv('metric,value\nA,1\n', 'f.csv');
    assert.match(h.ok ? '' : h.message, /missing column\(s\) unit, series, source/);
  });
});

describe('bar chart SVG', () => {
  const svg = barChartSvg([{ title: 'Latency', unit: 'µs', bars: [{ label: 'ours', value: 28 }, { label: 'TCP/IP', value: 70 }] }], { id: 'f', title: 'T <1>', description: 'D' });

  test('is an accessible image with a title and a description', () => {
    assert.match(svg, /^<svg [^>]*role="img" aria-labelledby="f-title f-desc"/);
    assert.match(svg, /<title id="f-title">T &lt;1&gt;<\/title><desc id="f-desc">D<\/desc>/);
  });

  test('bars are proportional to their values within a panel, and labelled with value and unit', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    assert.equal(widths.length, 2);
    assert.ok(Math.abs(widths[0]! / widths[1]! - 28 / 70) < 0.01);
    assert.match(svg, />28 µs</);
    assert.match(svg, />70 µs</);
  });

  test('numbers and text are written safely', () => {
    assert.equal(formatValue(12345), '12,345');
    assert.equal(formatValue(1.456), '1.46');
    assert.equal(escapeXml('a<b & "c"'), 'a&lt;b &amp; &quot;c&quot;');
  });
});
