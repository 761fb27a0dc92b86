/**
 * Tokenizer of the scenario language (btrpsl + model section). Every token carries its exact range so that the
 * parser's diagnostics and an editor's highlighting point at the same characters. The tokenizer never throws:
 * malformed input becomes `invalid` tokens plus diagnostics, and scanning goes on.
 */
import type { Diagnostic, SourceRange } from '../diagnostics.ts';
import { diagnostic } from './codes.ts';

export type TokenKind =
  | 'ident' // VM names, constraint names, keywords (keywords are identifiers the parser recognises)
  | 'node' // `@N1`, `@srv-`, `@node1.dc.com`
  | 'var' // `$x`, `$ns.var`
  | 'number' // `12`, `0x1f`, `017`, `7.5`
  | 'string' // `"cpu"` or `'cpu'`; `value` holds the unescaped text
  | 'suffix' // text glued after a range's `]`, as in `@pastel-[1..10].b217.home`
  | 'punct' // operators and punctuation; `text` says which
  | 'comment'
  | 'invalid'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** The exact source text. */
  text: string;
  /** Unescaped string content, or the number's value as text for numbers. */
  value: string;
  /** Offsets into the source: `[start, end)`. */
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** True when whitespace or a comment separates this token from the previous one. */
  spaceBefore: boolean;
}

/** Keywords of btrpsl. Contextual words of the model section (`vm`, `node`, ...) are not reserved. */
export const KEYWORDS: ReadonlySet<string> = new Set(['namespace', 'import', 'export', 'to', 'for', 'in', 'if', 'else']);

/** Two-character operators are tried before one-character ones, so that the longest one wins. */
const PUNCTS2: ReadonlySet<string> = new Set(['>>', '..', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=']);
const PUNCTS1: ReadonlySet<string> = new Set([
  '.', ';', ',', '(', ')', '{', '}', '[', ']', ':', '<', '>', '=', '+', '-', '*', '/', '%', '^', '#', '!',
]);

// Sticky patterns (`y`): matched at a given position, much faster than a loop over characters on big files.
const IDENT_RE = /[A-Za-z_](?:[A-Za-z0-9_]|\.(?=[A-Za-z_]))*/y;
const HOST_RE = /(?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9_-]))*/y;
const VAR_RE = /(?:[A-Za-z0-9_]|\.(?=[A-Za-z_]))*/y;

const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isIdentStart = (c: string) => isLetter(c) || c === '_';
const isHostPart = (c: string) => isLetter(c) || isDigit(c) || c === '-' || c === '_';

export interface TokenizeResult {
  tokens: Token[];
  diagnostics: Diagnostic[];
}

export function tokenize(text: string, options: { comments?: boolean } = {}): TokenizeResult {
  const tokens: Token[] = [];
  const diagnostics: Diagnostic[] = [];
  let pos = 0;
  let line = 1;
  let column = 1;
  let spaceBefore = true;

  /** Moves over `n` characters of one line (every token but a block comment stays on its line). */
  const advance = (n: number) => {
    pos += n;
    column += n;
  };
  /** Moves over `n` characters that may contain line breaks. */
  const advanceLines = (n: number) => {
    for (const end = pos + n; pos < end; pos++) {
      if (text.charCodeAt(pos) === 10) {
        line++;
        column = 1;
      } else column++;
    }
  };
  /** Moves to the end of a sticky pattern's match at the current position. */
  const advanceOver = (re: RegExp) => {
    re.lastIndex = pos;
    re.test(text);
    advance(re.lastIndex - pos);
  };
  const emit = (kind: TokenKind, startPos: number, startLine: number, startCol: number, value?: string) => {
    const slice = text.slice(startPos, pos);
    const tok: Token = {
      kind, text: slice, value: value ?? slice,
      start: startPos, end: pos, line: startLine, column: startCol, endLine: line, endColumn: column, spaceBefore,
    };
    if (kind !== 'comment' || options.comments) tokens.push(tok);
    spaceBefore = kind === 'comment';
    return tok;
  };
  const report = (code: Parameters<typeof diagnostic>[0], range: SourceRange, args: Record<string, string> = {}) =>
    diagnostics.push(diagnostic(code, range, args));

  while (pos < text.length) {
    const c = text[pos]!;
    const next = text[pos + 1] ?? '';
    const sp = pos, sl = line, sc = column;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      advanceLines(1);
      spaceBefore = true;
      continue;
    }
    if (c === '/' && next === '/') {
      const eol = text.indexOf('\n', pos);
      advance((eol < 0 ? text.length : eol) - pos);
      emit('comment', sp, sl, sc);
      continue;
    }
    if (c === '/' && next === '*') {
      const close = text.indexOf('*/', pos + 2);
      advanceLines((close < 0 ? text.length : close + 2) - pos);
      const tok = emit('comment', sp, sl, sc);
      if (close < 0) report('BTRP003', rangeOf(tok));
      continue;
    }
    // A glued suffix after `]` continues a range name: `@pastel-[1..10].b217.home`, `VM[1..3]b`.
    const prev = tokens[tokens.length - 1];
    if (prev && prev.kind === 'punct' && prev.text === ']' && prev.end === pos &&
        (isIdentStart(c) || isDigit(c) || (c === '.' && next !== '.' && isHostPart(next)))) {
      advanceOver(HOST_RE);
      emit('suffix', sp, sl, sc);
      continue;
    }
    if (isIdentStart(c)) {
      // Identifiers may be dotted (`clients.VM1`, qualified names); `..` is never part of a name.
      advanceOver(IDENT_RE);
      emit('ident', sp, sl, sc);
      continue;
    }
    if (c === '@') {
      advance(1);
      advanceOver(HOST_RE);
      const tok = emit(pos - sp > 1 ? 'node' : 'invalid', sp, sl, sc);
      if (tok.kind === 'invalid') report('BTRP001', rangeOf(tok), { char: '@', hint: 'a node name follows `@`, as in @N1' });
      continue;
    }
    if (c === '$') {
      advance(1);
      advanceOver(VAR_RE);
      const tok = emit(pos - sp > 1 ? 'var' : 'invalid', sp, sl, sc);
      if (tok.kind === 'invalid') report('BTRP001', rangeOf(tok), { char: '$', hint: 'a variable name follows `$`, as in $vms' });
      continue;
    }
    if (isDigit(c)) {
      lexNumber();
      continue;
    }
    if (c === '"' || c === "'") {
      lexString(c);
      continue;
    }
    const two = c + next;
    const punct = PUNCTS2.has(two) ? two : PUNCTS1.has(c) ? c : undefined;
    if (punct) {
      advance(punct.length);
      emit('punct', sp, sl, sc);
      continue;
    }
    advance(1);
    const tok = emit('invalid', sp, sl, sc);
    report('BTRP001', rangeOf(tok), { char: c, hint: '' });
  }
  const eofTok: Token = {
    kind: 'eof', text: '', value: '', start: pos, end: pos, line, column, endLine: line, endColumn: column, spaceBefore: true,
  };
  tokens.push(eofTok);
  return { tokens, diagnostics };

  function lexNumber(): void {
    const sp = pos, sl = line, sc = column;
    let value: number;
    if (text[pos] === '0' && (text[pos + 1] === 'x' || text[pos + 1] === 'X')) {
      advance(2);
      const from = pos;
      while (pos < text.length && /[0-9a-fA-F]/.test(text[pos]!)) advance(1);
      value = from === pos ? NaN : parseInt(text.slice(from, pos), 16);
    } else {
      while (pos < text.length && isDigit(text[pos]!)) advance(1);
      // A fraction needs a digit after the dot, so that `1..4` stays a range.
      if (text[pos] === '.' && isDigit(text[pos + 1] ?? '')) {
        advance(1);
        while (pos < text.length && isDigit(text[pos]!)) advance(1);
        value = parseFloat(text.slice(sp, pos));
      } else {
        const digits = text.slice(sp, pos);
        // btrpsl reads a leading 0 as octal. `09` is malformed as a number but fine as a range bound
        // (`VM[08..10]`), which only the parser can tell: the value is NaN and the parser decides.
        value = digits.length > 1 && digits[0] === '0' ? (/^[0-7]+$/.test(digits) ? parseInt(digits, 8) : NaN) : parseInt(digits, 10);
        if (Number.isNaN(value) && pos < text.length && !isLetter(text[pos]!) && text[pos] !== '_') {
          emit('number', sp, sl, sc, 'NaN');
          return;
        }
      }
    }
    // Letters glued to a number (`3cpu`) make one malformed token rather than two confusing ones.
    while (pos < text.length && (isLetter(text[pos]!) || text[pos] === '_')) {
      advance(1);
      value = NaN;
    }
    // A malformed number stays a number token (value NaN) so that the statement around it still parses.
    const tok = emit('number', sp, sl, sc, String(value));
    if (Number.isNaN(value)) report('BTRP004', rangeOf(tok), { text: tok.text });
  }

  function lexString(quote: string): void {
    const sp = pos, sl = line, sc = column;
    advance(1);
    let value = '';
    let closed = false;
    while (pos < text.length && text[pos] !== '\n') {
      const ch = text[pos]!;
      if (ch === quote) {
        advance(1);
        closed = true;
        break;
      }
      if (ch === '\\' && pos + 1 < text.length && text[pos + 1] !== '\n') {
        const e = text[pos + 1]!;
        value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
        advance(2);
        continue;
      }
      value += ch;
      advance(1);
    }
    // An unterminated string is invalid: the parser skips it instead of building on half a literal.
    const tok = emit(closed ? 'string' : 'invalid', sp, sl, sc, value);
    if (!closed) report('BTRP002', rangeOf(tok), { quote });
  }
}

export function rangeOf(tok: Token): SourceRange {
  return { line: tok.line, column: tok.column, endLine: tok.endLine, endColumn: tok.endColumn };
}

/** Highlighting classes an editor maps to styles. Stable names: the demo editor relies on them. */
export type TokenClass =
  | 'keyword' | 'declaration' | 'property' | 'namespace' | 'constraint' | 'vm' | 'node' | 'variable' | 'number'
  | 'string' | 'comment' | 'operator' | 'punctuation' | 'invalid';

const DECLARATION_WORDS: ReadonlySet<string> = new Set(['resource', 'node', 'vm', 'objective', 'duration']);
const PUNCTUATION: ReadonlySet<string> = new Set([';', ',', '(', ')', '{', '}', '[', ']']);

/**
 * The highlighting class of a token, from the token and its right neighbour (enough to tell a constraint call
 * `spread(` from a VM name `spread`, and a declaration `vm VM1` from a VM named `vm`).
 */
export function classifyToken(tok: Token, next?: Token): TokenClass {
  switch (tok.kind) {
    case 'ident':
      if (KEYWORDS.has(tok.text)) return 'keyword';
      if (next?.kind === 'punct' && next.text === '(') return 'constraint';
      if (DECLARATION_WORDS.has(tok.text) && next && (next.kind === 'ident' || next.kind === 'node' || next.kind === 'string' ||
          ((tok.text === 'vm' || tok.text === 'node') && next.kind === 'punct' && next.text === '{'))) return 'declaration';
      return 'vm';
    case 'node': return 'node';
    case 'var': return 'variable';
    case 'number': return 'number';
    case 'string': return 'string';
    case 'suffix': return 'vm';
    case 'comment': return 'comment';
    case 'punct': return PUNCTUATION.has(tok.text) ? 'punctuation' : 'operator';
    default: return 'invalid';
  }
}

/**
 * Tokens with their classes, comments included: what an editor needs to colour a script. Adds the context that
 * one token cannot see: namespace names (`namespace a.b;`, `import x;`), and clause words and resource names
 * inside a declaration (`cpu`, `on`, `offline`, `capacity`) as `property`.
 */
export function highlight(text: string): { token: Token; class: TokenClass }[] {
  const tokens = tokenize(text, { comments: true }).tokens.filter((t) => t.kind !== 'eof');
  const code = tokens.filter((t) => t.kind !== 'comment');
  const classes = new Map<Token, TokenClass>();
  let declaration: Token | undefined;
  code.forEach((t, k) => {
    const prev = code[k - 1];
    let cls = classifyToken(t, code[k + 1]);
    if (cls === 'declaration') declaration = t;
    else if (t.kind === 'ident' && prev?.kind === 'ident' && (prev.text === 'namespace' || prev.text === 'import')) cls = 'namespace';
    else if (declaration && cls === 'vm' && t.kind === 'ident' && !(prev === declaration && declaration.text === 'vm')) cls = 'property';
    if (t.kind === 'punct' && t.text === ';') declaration = undefined;
    classes.set(t, cls);
  });
  return tokens.map((t) => ({ token: t, class: classes.get(t) ?? 'comment' }));
}
