import assert from 'node:assert/strict';
import { test } from 'node:test';
import { latexToPlain, latexToRich, richToHtml } from '../../../src/lib/bibtex/latex.ts';

test('accents in all their spellings', () => {
  for (const [src, want] of [
    ['M{\\"u}ller', 'Müller'], ['M\\"{u}ller', 'Müller'], ['M\\"uller', 'Müller'], ['Erd\\H{o}s', 'Erdős'], ['Erd{\\H o}s', 'Erdős'],
    ['{\\AA}ngstr{\\"o}m', 'Ångström'], ['Dvo\\v{r}\\\'ak', 'Dvořák'], ['{\\c{C}}elik', 'Çelik'], ['\\c Celik', 'Çelik'],
    ["Anton{\\'\\i}n", 'Antonín'], ["Anton\\'{\\i}n", 'Antonín'], ['\\^{\\i}le', 'île'], ['L{\\`e}bre', 'Lèbre'], ['\\~{n}', 'ñ'],
    ['\\k{a}', 'ą'], ['\\r{u}', 'ů'], ['\\={a}', 'ā'], ['\\.{z}', 'ż'], ['\\u{g}', 'ğ'], ['\\d{s}', 'ṣ'],
  ]) assert.equal(latexToPlain(src!), want, src);
});

test('special letters', () => {
  assert.equal(latexToPlain('{\\o} {\\O} \\ss{} {\\AA} {\\aa} \\l{} \\L{} {\\ae} {\\oe} \\i{} \\j{}'), 'ø Ø ß Å å ł Ł æ œ ı ȷ');
  assert.equal(latexToPlain('Sch\\o ning'), 'Schøning');
});

test('escapes, dashes, ties and quotes', () => {
  assert.equal(latexToPlain('50\\% \\& \\$5 \\_x \\#1 \\{a\\}'), '50% & $5 _x #1 {a}');
  assert.equal(latexToPlain('1--2 a---b'), '1–2 a—b');
  assert.equal(latexToPlain('p.~43'), 'p.\u00a043');
  assert.equal(latexToPlain("``quoted''"), '“quoted”');
  assert.equal(latexToPlain('two\n   lines'), 'two lines');
});

test('style commands become nodes', () => {
  assert.deepEqual(latexToRich('\\emph{a} \\textit{b} \\textbf{c} \\textsc{d}').rich, [
    { type: 'em', children: [{ type: 'text', value: 'a' }] }, { type: 'text', value: ' ' },
    { type: 'em', children: [{ type: 'text', value: 'b' }] }, { type: 'text', value: ' ' },
    { type: 'strong', children: [{ type: 'text', value: 'c' }] }, { type: 'text', value: ' ' },
    { type: 'sc', children: [{ type: 'text', value: 'd' }] },
  ]);
  assert.deepEqual(latexToRich('{\\em old style} x').rich, [{ type: 'em', children: [{ type: 'text', value: 'old style' }] }, { type: 'text', value: ' x' }]);
});

test('case-protecting braces are kept as protected nodes; accent braces are not', () => {
  assert.deepEqual(latexToRich('{BERT} and M{\\"u}ller').rich, [
    { type: 'protected', children: [{ type: 'text', value: 'BERT' }] }, { type: 'text', value: ' and Müller' },
  ]);
});

test('math is kept intact, with its TeX as written', () => {
  assert.deepEqual(latexToRich('The $\\alpha_{1}$-test and $$x^2$$').rich, [
    { type: 'text', value: 'The ' }, { type: 'math', tex: '\\alpha_{1}', display: false }, { type: 'text', value: '-test and ' },
    { type: 'math', tex: 'x^2', display: true },
  ]);
  assert.equal(latexToPlain('costs $5'), 'costs $5');
});

test('unknown commands are kept as written and reported', () => {
  const c = latexToRich('a \\foo b');
  assert.equal(latexToPlain('a \\foo b'), 'a \\foo b');
  assert.deepEqual(c.unknownCommands, ['\\foo']);
});

test('HTML output escapes everything from the source', () => {
  const html = richToHtml(latexToRich('<script>alert(1)</script> & {x} \\emph{"y"} $a<b$').rich);
  assert.equal(html, '&lt;script&gt;alert(1)&lt;/script&gt; &amp; x <em>&quot;y&quot;</em> <span class="math">$a&lt;b$</span>');
});
