/**
 * Recursive-descent parser of the scenario language: btrpsl's grammar (spec §5.5) plus the model section
 * (`resource`, `node`, `vm`, `objective`). A syntax error inside a statement is reported, then the parser skips
 * to the next `;` or `}` and goes on, so one run reports every independent mistake.
 */
import type { Diagnostic, SourceRange } from '../diagnostics.ts';
import type { Clause, Expr, RangeItem, Script, Statement, TemplateOption } from './ast.ts';
import { diagnostic } from './codes.ts';
import type { Token } from './lexer.ts';
import { KEYWORDS, rangeOf, tokenize } from './lexer.ts';

export interface ParseResult {
  script: Script;
  diagnostics: Diagnostic[];
}

/** Thrown inside a statement after its diagnostic is recorded; caught at statement level to resynchronise. */
class SyntaxFailure extends Error {}

const DECLARATION_WORDS = new Set(['resource', 'node', 'vm', 'objective', 'duration']);
const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=']);
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function parse(text: string): ParseResult {
  const lexed = tokenize(text);
  const parser = new Parser(lexed.tokens, lexed.diagnostics);
  const script = parser.script();
  return { script, diagnostics: parser.diagnostics };
}

/** Range from the start of `a` to the end of `b`. */
export function span(a: SourceRange, b: SourceRange): SourceRange {
  return { line: a.line, column: a.column, endLine: b.endLine ?? b.line, endColumn: b.endColumn ?? b.column };
}

function describe(tok: Token): string {
  if (tok.kind === 'eof') return 'end of file';
  if (tok.kind === 'string') return `string ${tok.text}`;
  return `'${tok.text}'`;
}

const MAX_DEPTH = 200;

class Parser {
  private pos = 0;
  private depth = 0;
  readonly diagnostics: Diagnostic[];
  private readonly tokens: Token[];

  constructor(tokens: Token[], diagnostics: Diagnostic[]) {
    // Invalid tokens were reported by the tokenizer; the parser never sees them.
    this.tokens = tokens.filter((t) => t.kind !== 'invalid');
    this.diagnostics = diagnostics;
  }

  script(): Script {
    const statements = this.statements(false);
    return { statements };
  }

  // ---- token helpers -------------------------------------------------------------------------------------------

  private get tok(): Token {
    return this.tokens[this.pos]!;
  }
  private peek(k = 1): Token {
    return this.tokens[Math.min(this.pos + k, this.tokens.length - 1)]!;
  }
  private get previous(): Token {
    return this.tokens[Math.max(this.pos - 1, 0)]!;
  }
  private is(text: string, tok: Token = this.tok): boolean {
    return (tok.kind === 'punct' || tok.kind === 'ident') && tok.text === text;
  }
  private isPunct(text: string, tok: Token = this.tok): boolean {
    return tok.kind === 'punct' && tok.text === text;
  }
  private next(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.pos++;
    return t;
  }
  private fail(expected: string, hint = ''): never {
    // After a lexical error on this statement's line (an unterminated string, a stray character), or at the
    // end of a file swallowed by an unterminated comment, a syntax error would only echo it.
    const echoes = this.diagnostics.some((d) => d.range && ((d.code !== 'BTRP003' && d.range.line === this.previous.endLine) ||
      (d.code === 'BTRP003' && this.tok.kind === 'eof')));
    if (echoes) throw new SyntaxFailure();
    this.diagnostics.push(diagnostic('BTRP010', rangeOf(this.tok), { expected, found: describe(this.tok), hint }));
    throw new SyntaxFailure();
  }
  private expectPunct(text: string, hint = ''): Token {
    if (this.isPunct(text)) return this.next();
    return this.fail(`'${text}'`, hint);
  }
  /** `;` ending a statement. A missing one before a line break is reported without losing the next statement. */
  private endStatement(what: string): Token {
    if (this.isPunct(';')) return this.next();
    const prev = this.previous;
    if (this.tok.kind === 'eof' || this.isPunct('}') || this.tok.line > prev.endLine) {
      const at: SourceRange = { line: prev.endLine, column: prev.endColumn, endLine: prev.endLine, endColumn: prev.endColumn };
      this.diagnostics.push(diagnostic('BTRP011', at, { what }));
      return prev;
    }
    return this.fail("';'", 'every statement ends with ;');
  }
  /** Skips the rest of a broken statement: up to and including `;`, or up to a `}` that closes the block. */
  private synchronise(): void {
    let depth = 0;
    while (this.tok.kind !== 'eof') {
      if (this.isPunct('{')) depth++;
      if (this.isPunct('}')) {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          this.next();
          return;
        }
      }
      if (this.isPunct(';') && depth === 0) {
        this.next();
        return;
      }
      this.next();
    }
  }

  // ---- statements ----------------------------------------------------------------------------------------------

  private statements(inBlock: boolean): Statement[] {
    const out: Statement[] = [];
    while (this.tok.kind !== 'eof' && !(inBlock && this.isPunct('}'))) {
      if (this.isPunct('}')) {
        this.diagnostics.push(diagnostic('BTRP010', rangeOf(this.tok), { expected: 'a statement', found: "'}'", hint: 'this } closes no block' }));
        this.next();
        continue;
      }
      const before = this.pos;
      try {
        const s = this.statement();
        if (s) out.push(s);
      } catch (e) {
        if (!(e instanceof SyntaxFailure)) throw e;
        this.synchronise();
      }
      // Never loop on a token no statement can start with.
      if (this.pos === before && !this.isPunct('}')) this.next();
    }
    return out;
  }

  private block(): Statement[] {
    this.expectPunct('{');
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail('less nesting', `expressions and blocks nest at most ${MAX_DEPTH} levels deep`);
    }
    let body: Statement[];
    try {
      body = this.statements(true);
    } finally {
      this.depth = Math.max(0, this.depth - 1);
    }
    if (!this.isPunct('}')) this.fail("'}'", 'close the block opened above');
    this.next();
    return body;
  }

  private statement(): Statement | undefined {
    const t = this.tok;
    if (this.isPunct(';')) {
      this.next();
      return undefined;
    }
    if (t.kind === 'ident') {
      switch (t.text) {
        case 'namespace': return this.namespaceOrImport('namespace');
        case 'import': return this.namespaceOrImport('import');
        case 'export': return this.exportStatement();
        case 'for': return this.forStatement();
        case 'if': return this.ifStatement();
        case 'else': this.fail('a statement', "'else' must follow the } of an if block");
      }
      const after = this.peek();
      const namesFollow = after.kind === 'ident' || after.kind === 'node' || after.kind === 'string' ||
        ((t.text === 'vm' || t.text === 'node') && this.isPunct('{', after));
      if (DECLARATION_WORDS.has(t.text) && namesFollow) {
        return this.declaration();
      }
      if (this.isPunct('(', this.peek())) return this.constraintCall(false, t);
    }
    if (this.isPunct('>>')) {
      const start = this.next();
      if (this.tok.kind !== 'ident' || !this.isPunct('(', this.peek())) this.fail('a constraint call after >>', 'e.g. >>spread({VM1, VM2});');
      return this.constraintCall(true, start);
    }
    return this.definition();
  }

  private qualifiedName(what: string): { name: string; range: SourceRange } {
    const first = this.tok;
    if (first.kind !== 'ident') this.fail(what);
    this.next();
    let name = first.text;
    let last = first;
    // `clients.*`: the tokenizer splits the trailing `.*`.
    if (this.isPunct('.') && this.isPunct('*', this.peek())) {
      this.next();
      last = this.next();
      name += '.*';
    }
    return { name, range: span(rangeOf(first), rangeOf(last)) };
  }

  private namespaceOrImport(kind: 'namespace' | 'import'): Statement {
    const start = this.next();
    const { name } = this.qualifiedName(kind === 'namespace' ? 'a namespace name' : 'a namespace to import');
    const end = this.endStatement(`${kind} ${name}`);
    return { kind, name, range: span(rangeOf(start), rangeOf(end)) };
  }

  private exportStatement(): Statement {
    const start = this.next();
    const what: Expr[] = [this.expression()];
    while (this.isPunct(',')) {
      this.next();
      what.push(this.expression());
    }
    if (!this.is('to')) this.fail("'to'", 'export $x to *;');
    this.next();
    const to: string[] = [];
    do {
      if (to.length) this.next();
      if (this.isPunct('*')) {
        this.next();
        to.push('*');
      } else to.push(this.qualifiedName('a namespace').name);
    } while (this.isPunct(','));
    const end = this.endStatement('export');
    return { kind: 'export', what, to, range: span(rangeOf(start), rangeOf(end)) };
  }

  private forStatement(): Statement {
    const start = this.next();
    const v = this.tok;
    if (v.kind !== 'var') this.fail('a variable after for', 'for $v in $set { ... }');
    this.next();
    if (!this.is('in')) this.fail("'in'", 'for $v in $set { ... }');
    this.next();
    const iterable = this.expression();
    const body = this.block();
    return { kind: 'for', variable: v.text, variableRange: rangeOf(v), iterable, body, range: span(rangeOf(start), rangeOf(this.previous)) };
  }

  private ifStatement(): Statement {
    const start = this.next();
    const condition = this.expression();
    const then = this.block();
    let otherwise: Statement[] = [];
    if (this.is('else')) {
      this.next();
      otherwise = this.is('if') ? [this.nested(() => this.ifStatement())] : this.block();
    }
    return { kind: 'if', condition, then, otherwise, range: span(rangeOf(start), rangeOf(this.previous)) };
  }

  private constraintCall(discrete: boolean, start: Token): Statement {
    const nameTok = this.next();
    this.expectPunct('(');
    const args: Expr[] = [];
    if (!this.isPunct(')')) {
      args.push(this.expression());
      while (this.isPunct(',')) {
        this.next();
        args.push(this.expression());
      }
    }
    this.expectPunct(')', `close the argument list of ${nameTok.text}`);
    const range = span(rangeOf(start), rangeOf(this.previous));
    this.endStatement(`${nameTok.text}(...)`);
    return { kind: 'constraint', name: nameTok.text, nameRange: rangeOf(nameTok), discrete, args, range };
  }

  /** `$x = expr;`, `{$a, $b} = expr;`, `VM[1..3] : tiny<clone>;` */
  private definition(): Statement {
    const startTok = this.tok;
    const target = this.expression();
    if (this.tok.kind === 'punct' && ASSIGN_OPS.has(this.tok.text)) {
      const op = this.next().text;
      const value = this.expression();
      const end = this.endStatement('the assignment');
      return { kind: 'assign', target, op, value, range: span(rangeOf(startTok), rangeOf(end)) };
    }
    if (this.isPunct(':')) {
      this.next();
      const tpl = this.tok;
      if (tpl.kind !== 'ident') this.fail('a template name', 'e.g. VM[1..4] : tiny;');
      this.next();
      const options = this.isPunct('<') ? this.options() : [];
      const end = this.endStatement(`the template ${tpl.text}`);
      return { kind: 'template', target, template: tpl.text, templateRange: rangeOf(tpl), options, range: span(rangeOf(startTok), rangeOf(end)) };
    }
    if (target.kind === 'vmRef' || target.kind === 'error') {
      return this.fail("'(', '=' or ':'", 'a statement is a constraint call name(...), an assignment $x = ..., or a template VM1 : tpl');
    }
    return this.fail("'=' or ':'", 'an expression alone is not a statement');
  }

  /** `<clone, boot=7, template="tiny">` */
  private options(): TemplateOption[] {
    this.expectPunct('<');
    const out: TemplateOption[] = [];
    if (this.isPunct('>')) {
      this.next();
      return out;
    }
    do {
      if (out.length) this.next();
      const key = this.tok;
      if (key.kind !== 'ident' && key.kind !== 'string') this.fail('an option name', 'options are written key or key=value');
      this.next();
      const option: TemplateOption = { key: key.value, range: rangeOf(key) };
      if (this.isPunct('=')) {
        this.next();
        option.value = this.unary();
        option.range = span(option.range, option.value.range);
      }
      out.push(option);
    } while (this.isPunct(','));
    // `>>` closes two brackets only in nested templates, which btrpsl has not; accept `>` only.
    this.expectPunct('>', "close the options with '>'");
    return out;
  }

  // ---- model section -------------------------------------------------------------------------------------------

  private declaration(): Statement {
    const start = this.next();
    const word = start.text;
    if (word === 'objective') {
      const name = this.tok;
      if (name.kind !== 'ident') this.fail('an objective name', 'objective minimizeMTTR;');
      this.next();
      const end = this.endStatement('the objective');
      return { kind: 'objective', name: name.text, range: span(rangeOf(start), rangeOf(end)) };
    }
    if (word === 'duration') {
      const action = this.tok;
      if (action.kind !== 'ident') this.fail('an action kind', 'duration migrateVM = 2 * mem + 3;');
      this.next();
      this.expectPunct('=', 'duration migrateVM = 2 * mem + 3;');
      const rule = this.expression();
      const end = this.endStatement(`the duration of ${action.text}`);
      return { kind: 'duration', action: action.text, actionRange: rangeOf(action), rule, range: span(rangeOf(start), rangeOf(end)) };
    }
    if (word === 'resource') {
      const name = this.tok;
      if (name.kind !== 'ident' && name.kind !== 'string') this.fail('a resource name', 'resource cpu capacity 8;');
      this.next();
      const clauses = this.clauses();
      const end = this.endStatement(`resource ${name.value}`);
      return { kind: 'resource', name: name.value, nameRange: rangeOf(name), clauses, range: span(rangeOf(start), rangeOf(end)) };
    }
    const target = this.term();
    const clauses = this.clauses();
    const end = this.endStatement(`the ${word} declaration`);
    const range = span(rangeOf(start), rangeOf(end));
    return word === 'node' ? { kind: 'nodeDecl', target, clauses, range } : { kind: 'vmDecl', target, clauses, range };
  }

  private clauses(): Clause[] {
    const out: Clause[] = [];
    for (;;) {
      const t = this.tok;
      if (this.isPunct('<')) {
        const options = this.options();
        out.push({ kind: 'attributes', options, range: span(rangeOf(t), rangeOf(this.previous)) });
      } else if (t.kind === 'ident' && t.text === 'on') {
        this.next();
        const node = this.term();
        out.push({ kind: 'on', node, range: span(rangeOf(t), node.range) });
      } else if ((t.kind === 'ident' || t.kind === 'string') && this.startsValue(this.peek())) {
        this.next();
        const value = this.additive();
        out.push({ kind: 'value', key: t.value, quoted: t.kind === 'string', value, range: span(rangeOf(t), value.range) });
      } else if (t.kind === 'ident' && !KEYWORDS.has(t.text) && t.line === this.previous.endLine && !this.isPunct('(', this.peek())) {
        // A word on the next line is more likely the statement after a forgotten `;` than a clause.
        this.next();
        out.push({ kind: 'word', word: t.text, range: rangeOf(t) });
      } else return out;
    }
  }

  private startsValue(t: Token): boolean {
    return t.kind === 'number' || t.kind === 'var' || (t.kind === 'punct' && (t.text === '-' || t.text === '#'));
  }

  // ---- expressions (precedence of spec §5.5) -------------------------------------------------------------------

  expression(): Expr {
    // Nesting deeper than any sensible script would overflow the call stack: report it instead.
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail('less nesting', `expressions and blocks nest at most ${MAX_DEPTH} levels deep`);
    }
    try {
      return this.orExpression();
    } finally {
      this.depth = Math.max(0, this.depth - 1);
    }
  }

  /** Runs a nested parse under the depth limit. */
  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail('less nesting', `expressions and blocks nest at most ${MAX_DEPTH} levels deep`);
    }
    try {
      return parse();
    } finally {
      this.depth = Math.max(0, this.depth - 1);
    }
  }

  private orExpression(): Expr {
    let left = this.relation();
    while (this.isPunct('&&') || this.isPunct('||')) {
      const op = this.next().text;
      const right = this.relation();
      left = { kind: 'binary', op, left, right, range: span(left.range, right.range) };
    }
    return left;
  }

  private relation(): Expr {
    let left = this.additive();
    while (this.tok.kind === 'punct' && COMPARISONS.has(this.tok.text)) {
      const op = this.next().text;
      const right = this.additive();
      left = { kind: 'binary', op, left, right, range: span(left.range, right.range) };
    }
    return left;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isPunct('+') || this.isPunct('-')) {
      const op = this.next().text;
      const right = this.multiplicative();
      left = { kind: 'binary', op, left, right, range: span(left.range, right.range) };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.isPunct('*') || this.isPunct('/') || this.isPunct('%')) {
      const op = this.next().text;
      const right = this.unary();
      left = { kind: 'binary', op, left, right, range: span(left.range, right.range) };
    }
    return left;
  }

  private unary(): Expr {
    const t = this.tok;
    if (this.isPunct('-') || this.isPunct('!') || this.isPunct('#')) {
      this.next();
      const operand = this.isPunct('-') || this.isPunct('!') || this.isPunct('#') ? this.nested(() => this.unary()) : this.unary();
      return { kind: 'unary', op: t.text as '-' | '!' | '#', operand, range: span(rangeOf(t), operand.range) };
    }
    return this.power();
  }

  private power(): Expr {
    const left = this.term();
    if (!this.isPunct('^')) return left;
    this.next();
    const right = this.term();
    return { kind: 'binary', op: '^', left, right, range: span(left.range, right.range) };
  }

  term(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'number':
        this.next();
        if (Number.isNaN(Number(t.value))) {
          // `3x` was reported by the tokenizer; `09` (8 or 9 after a leading 0) is reported here.
          if (/^0\d+$/.test(t.text)) this.diagnostics.push(diagnostic('BTRP004', rangeOf(t), { text: t.text }));
          return { kind: 'error', range: rangeOf(t) };
        }
        return { kind: 'number', value: Number(t.value), text: t.text, range: rangeOf(t) };
      case 'string':
        this.next();
        return { kind: 'string', value: t.value, range: rangeOf(t) };
      case 'ident':
        if (KEYWORDS.has(t.text)) this.fail('an expression', `'${t.text}' is a keyword`);
        this.next();
        if (t.text === '_') return { kind: 'blank', range: rangeOf(t) };
        return this.maybePattern(t, 'vm') ?? { kind: 'vmRef', name: t.text, range: rangeOf(t) };
      case 'node':
        this.next();
        return this.maybePattern(t, 'node') ?? { kind: 'nodeRef', name: t.text.slice(1), range: rangeOf(t) };
      case 'var':
        this.next();
        return this.maybePattern(t, 'var') ?? { kind: 'varRef', name: t.text, range: rangeOf(t) };
      case 'punct':
        if (t.text === '(') {
          this.next();
          const inner = this.expression();
          this.expectPunct(')');
          return { ...inner, range: span(rangeOf(t), rangeOf(this.previous)) };
        }
        if (t.text === '{') return this.setLiteral();
        break;
    }
    return this.fail('an expression', 'e.g. VM1, @N1, $x, {VM1, VM2}, VM[1..4], 3 or "cpu"');
  }

  private setLiteral(): Expr {
    const open = this.next();
    const items: Expr[] = [];
    if (!this.isPunct('}')) {
      items.push(this.expression());
      while (this.isPunct(',')) {
        this.next();
        items.push(this.expression());
      }
    }
    this.expectPunct('}', 'close the set with }');
    return { kind: 'set', items, range: span(rangeOf(open), rangeOf(this.previous)) };
  }

  /** `VM[1..4]`, `@srv-[0x1..0xff, frontend].dc`: a prefix glued to `[`. */
  private maybePattern(prefix: Token, of: 'vm' | 'node' | 'var'): Expr | undefined {
    if (!this.isPunct('[') || this.tok.start !== prefix.end) return undefined;
    this.next();
    const items: RangeItem[] = [];
    do {
      if (items.length) this.next();
      items.push(this.rangeItem());
    } while (this.isPunct(','));
    this.expectPunct(']', 'close the range with ]');
    let suffix = '';
    if (this.tok.kind === 'suffix') suffix = this.next().text;
    const name = of === 'node' ? prefix.text.slice(1) : prefix.text;
    return { kind: 'pattern', of, prefix: name, items, suffix, range: span(rangeOf(prefix), rangeOf(this.previous)) };
  }

  /** Inside a range, a bound with leading zeros is decimal and sets the padding width (`VM[08..10]`). */
  private bound(t: Token): number {
    const n = /^0\d+$/.test(t.text) ? parseInt(t.text, 10) : Number(t.value);
    if (Number.isNaN(n)) this.fail('a number', 'e.g. [1..4] or [0x1..0xff]');
    return n;
  }

  private rangeItem(): RangeItem {
    const t = this.tok;
    if (t.kind === 'number') {
      const from = this.bound(t);
      this.next();
      if (this.isPunct('..')) {
        this.next();
        const to = this.tok;
        if (to.kind !== 'number') this.fail('a number after ..', 'e.g. [1..4]');
        const last = this.bound(to);
        this.next();
        return { kind: 'interval', from, to: last, fromText: t.text, range: span(rangeOf(t), rangeOf(to)) };
      }
      return { kind: 'single', text: /^0\d+$/.test(t.text) ? t.text : String(from), range: rangeOf(t) };
    }
    if (t.kind === 'ident') {
      this.next();
      return { kind: 'single', text: t.text, range: rangeOf(t) };
    }
    return this.fail('a number or a name in the range', 'e.g. VM[1..4], @N[1,3], @srv-[0x1..0xff, frontend]');
  }
}
