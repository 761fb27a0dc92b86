/**
 * The tokenizer: exact ranges (the editor highlights and the diagnostics point at the same characters),
 * number forms, names, and the highlighting classes the demo editor relies on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlight, tokenize } from '../../../../src/solver/script/index.ts';

const texts = (src: string) => tokenize(src).tokens.filter((t) => t.kind !== 'eof').map((t) => `${t.kind}:${t.text}`);

test('tokens carry offsets and 1-based line/column ranges', () => {
  const src = 'spread(VM[2..3]);\n  offline(@N4); // done';
  const toks = tokenize(src).tokens;
  const n4 = toks.find((t) => t.text === '@N4')!;
  assert.deepEqual([n4.start, n4.end, n4.line, n4.column, n4.endLine, n4.endColumn], [28, 31, 2, 11, 2, 14]);
  assert.equal(src.slice(n4.start, n4.end), '@N4');
  for (const t of toks) assert.equal(src.slice(t.start, t.end), t.text);
});

test('names, ranges, suffixes, variables, strings and operators', () => {
  assert.deepEqual(texts('@pastel-[1..10].b217.home'), ['node:@pastel-', 'punct:[', 'number:1', 'punct:..', 'number:10', 'punct:]', 'suffix:.b217.home']);
  assert.deepEqual(texts('$ns.var >> clients.VM1'), ['var:$ns.var', 'punct:>>', 'ident:clients.VM1']);
  assert.deepEqual(texts("'cpu' \"a\\\"b\""), ['string:\'cpu\'', 'string:"a\\"b"']);
  assert.equal(tokenize('"a\\"b"').tokens[0]!.value, 'a"b');
  assert.deepEqual(texts('a<=b!=c&&d||!e#f^2'), ['ident:a', 'punct:<=', 'ident:b', 'punct:!=', 'ident:c', 'punct:&&', 'ident:d', 'punct:||', 'punct:!', 'ident:e', 'punct:#', 'ident:f', 'punct:^', 'number:2']);
  assert.deepEqual(texts('VM[1..3]-VM2'), ['ident:VM', 'punct:[', 'number:1', 'punct:..', 'number:3', 'punct:]', 'punct:-', 'ident:VM2']);
});

test('numbers: decimal, hexadecimal, octal, fractions; malformed ones are reported', () => {
  const values = (src: string) => tokenize(src).tokens.filter((t) => t.kind === 'number').map((t) => t.value);
  assert.deepEqual(values('12 0x1f 017 7.5 1..4'), ['12', '31', '15', '7.5', '1', '4']);
  const bad = tokenize('3cpu 0x');
  assert.deepEqual(bad.diagnostics.map((d) => [d.code, d.range?.column]), [['BTRP004', 1], ['BTRP004', 6]]);
});

test('comments are skipped, or kept on request; an unterminated one is reported', () => {
  assert.deepEqual(texts('a /* b */ c // d'), ['ident:a', 'ident:c']);
  assert.equal(tokenize('a // d', { comments: true }).tokens[1]!.kind, 'comment');
  assert.deepEqual(tokenize('/* open').diagnostics.map((d) => d.code), ['BTRP003']);
});

test('highlight classes tell keywords, declarations, constraints, VMs, nodes and the rest apart', () => {
  const classes = highlight('namespace t; node @N1 cpu 8; vm VM1 on @N1; >>spread({VM1}); $x = #$me; // c\n%')
    .map((h) => `${h.class}:${h.token.text}`);
  assert.deepEqual(classes, [
    'keyword:namespace', 'namespace:t', 'punctuation:;',
    'declaration:node', 'node:@N1', 'property:cpu', 'number:8', 'punctuation:;',
    'declaration:vm', 'vm:VM1', 'property:on', 'node:@N1', 'punctuation:;',
    'operator:>>', 'constraint:spread', 'punctuation:(', 'punctuation:{', 'vm:VM1', 'punctuation:}', 'punctuation:)', 'punctuation:;',
    'variable:$x', 'operator:=', 'operator:#', 'variable:$me', 'punctuation:;', 'comment:// c', 'operator:%',
  ]);
  assert.equal(highlight('a ? b').find((h) => h.token.text === '?')!.class, 'invalid');
});
