/**
 * LaTeX in BibTeX values to rich text: accents in all their spellings become Unicode (NFC), special letters and
 * escapes become characters, `\emph` and friends become style nodes, case-protecting braces become `protected`
 * nodes, `$...$` stays intact for KaTeX. No library does this conversion to a structure that pages can render as
 * text (the usual ones return strings or HTML), hence this module.
 */

/** Rich text: a small tree. Pages render it node by node as text, so nothing in a .bib file becomes markup. */
export type RichText = RichNode[];
export type RichNode =
  | { type: 'text'; value: string }
  /** `em`: \emph \textit \textsl; `strong`: \textbf; `sc`: \textsc; `protected`: `{...}` case protection. */
  | { type: 'em' | 'strong' | 'sc' | 'sup' | 'sub' | 'code' | 'protected'; children: RichText }
  /** `$...$` (display: `$$...$$`), the TeX between the dollars exactly as written. */
  | { type: 'math'; tex: string; display: boolean };

export interface Converted {
  rich: RichText;
  /** Commands we do not know; they are kept in the text as written (`\foo`). */
  unknownCommands: string[];
}

const NBSP = '\u00a0';

/** Combining marks of the accent commands. */
const ACCENTS: Record<string, string> = {
  '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307',
  u: '\u0306', v: '\u030c', H: '\u030b', c: '\u0327', k: '\u0328', r: '\u030a', b: '\u0331', d: '\u0323',
  t: '\u0361', G: '\u030f',
};

/** Control words that stand for one letter (TeX eats the spaces after them). */
const LETTERS: Record<string, string> = {
  o: 'ø', O: 'Ø', ss: 'ß', SS: 'SS', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł',
  i: 'ı', j: 'ȷ', dh: 'ð', DH: 'Ð', dj: 'đ', DJ: 'Đ', th: 'þ', TH: 'Þ', ng: 'ŋ', NG: 'Ŋ',
};

/** Control words that stand for a symbol or a word (spaces after them are kept: `\ldots and`). */
const SYMBOLS: Record<string, string> = {
  ldots: '…', dots: '…', textellipsis: '…', textendash: '–', textemdash: '—', textquoteleft: '‘',
  textquoteright: '’', textquotedblleft: '“', textquotedblright: '”', guillemotleft: '«', guillemotright: '»',
  textregistered: '®', texttrademark: '™', copyright: '©', textcopyright: '©', S: '§', P: '¶', pounds: '£',
  textsterling: '£', euro: '€', texteuro: '€', textdegree: '°', textbullet: '•', textperiodcentered: '·',
  textasciitilde: '~', textasciicircum: '^', textbackslash: '\\', textunderscore: '_', textbar: '|', textless: '<',
  textgreater: '>', dag: '†', ddag: '‡', textexclamdown: '¡', textquestiondown: '¿', LaTeX: 'LaTeX', TeX: 'TeX',
  BibTeX: 'BibTeX', LaTeXe: 'LaTeX2ε', XeTeX: 'XeTeX', LuaTeX: 'LuaTeX', quad: ' ', qquad: ' ', space: ' ',
  slash: '/', textpercent: '%', textdollar: '$', textampersand: '&', textnumero: '№', textminus: '−',
};

/** Escaped characters and other control symbols. */
const CONTROL_SYMBOLS: Record<string, string> = {
  '&': '&', '%': '%', $: '$', _: '_', '#': '#', '{': '{', '}': '}', ' ': ' ', '\n': ' ', ',': '\u2009', ';': ' ',
  ':': ' ', '!': '', '-': '', '/': '', '@': '', '\\': ' ',
};

/** Commands whose one argument gets a style. */
const STYLES: Record<string, 'em' | 'strong' | 'sc' | 'sup' | 'sub' | 'code'> = {
  emph: 'em', textit: 'em', textsl: 'em', textbf: 'strong', textsc: 'sc', textsuperscript: 'sup',
  textsubscript: 'sub', texttt: 'code',
};

/** Old-style switches, `{\em text}`: they style the rest of their group. `null`: no style. */
const SWITCHES: Record<string, 'em' | 'strong' | 'sc' | 'code' | null> = {
  em: 'em', it: 'em', sl: 'em', itshape: 'em', slshape: 'em', bf: 'strong', bfseries: 'strong', sc: 'sc',
  scshape: 'sc', tt: 'code', ttfamily: 'code', rm: null, sf: null, normalfont: null, upshape: null, rmfamily: null,
  sffamily: null, mdseries: null,
};

/** Commands whose argument is shown as it is. */
const TRANSPARENT = new Set(['textrm', 'textsf', 'textup', 'textnormal', 'textmd', 'mbox', 'hbox', 'text', 'url', 'nolinkurl', 'path', 'NoCaseChange', 'MakeUppercase', 'MakeLowercase', 'uppercase', 'lowercase']);

/** Characters after which the fast path cannot be taken. */
const SPECIAL = /[{}$\\~\-`'\n\r\t]| {2}/;
// Single spaces are plain text; tabs and newlines start a whitespace run (double spaces: see collapse()).
const NEXT_SPECIAL = /[{}$\\~\-`'\t\n\r]/g;

export function latexToRich(source: string): Converted {
  if (!SPECIAL.test(source)) {
    const value = source.replace(/^ +| +$/g, '');
    return { rich: value ? [{ type: 'text', value }] : [], unknownCommands: [] };
  }
  const c = new Converter(source);
  const rich = c.sequence(false);
  trimEdges(rich);
  return { rich, unknownCommands: c.unknown };
}

/** LaTeX source to a plain Unicode string (for names, venues, sorting, `<title>`, meta tags). */
export function latexToPlain(source: string): string {
  if (!SPECIAL.test(source)) return source.replace(/^ +| +$/g, '');
  return richToPlain(latexToRich(source).rich);
}

/** Rich text as a plain string: styles dropped, math kept with its dollars. */
export function richToPlain(rich: RichText): string {
  let out = '';
  for (const node of rich) {
    if (node.type === 'text') out += node.value;
    else if (node.type === 'math') out += node.display ? `$$${node.tex}$$` : `$${node.tex}$`;
    else out += richToPlain(node.children);
  }
  return out;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);
}

/**
 * Rich text as HTML where every character from the .bib file is escaped: safe for `set:html`. Math becomes
 * `<span class="math">` holding the TeX with its dollars, for KaTeX's auto-render or a later pass.
 */
export function richToHtml(rich: RichText): string {
  let out = '';
  for (const node of rich) {
    switch (node.type) {
      case 'text': out += escapeHtml(node.value); break;
      case 'math': out += `<span class="math${node.display ? ' math-display' : ''}">${escapeHtml(node.display ? `$$${node.tex}$$` : `$${node.tex}$`)}</span>`; break;
      case 'em': out += `<em>${richToHtml(node.children)}</em>`; break;
      case 'strong': out += `<strong>${richToHtml(node.children)}</strong>`; break;
      case 'sc': out += `<span class="smallcaps">${richToHtml(node.children)}</span>`; break;
      case 'sup': out += `<sup>${richToHtml(node.children)}</sup>`; break;
      case 'sub': out += `<sub>${richToHtml(node.children)}</sub>`; break;
      case 'code': out += `<code>${richToHtml(node.children)}</code>`; break;
      case 'protected': out += richToHtml(node.children); break;
    }
  }
  return out;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

class Converter {
  readonly src: string;
  i = 0;
  readonly unknown: string[] = [];

  constructor(src: string) {
    this.src = src;
  }

  /** Parses up to the `}` closing the current group (consumed) or, at top level, to the end. */
  sequence(inGroup: boolean): RichText {
    const nodes: RichText = [];
    let buf = '';
    const flush = () => {
      if (buf) pushText(nodes, buf);
      buf = '';
    };
    const { src } = this;
    while (this.i < src.length) {
      NEXT_SPECIAL.lastIndex = this.i;
      const m = NEXT_SPECIAL.exec(src);
      const at = m ? m.index : src.length;
      if (at > this.i) buf += src.slice(this.i, at);
      this.i = at;
      if (!m) break;
      const ch = src[at]!;
      if (ch === '}') {
        this.i++;
        if (inGroup) break;
        buf += '}';
      } else if (ch === '{') {
        this.i++;
        for (const node of this.group()) {
          if (node.type === 'text') buf += node.value;
          else {
            flush();
            nodes.push(node);
          }
        }
      } else if (ch === '$') {
        const math = this.math();
        if (math) {
          flush();
          nodes.push(math);
        } else buf += '$';
      } else if (ch === '\\') {
        const switched = this.peekSwitch();
        if (switched !== undefined) {
          flush();
          const children = this.sequence(inGroup);
          if (switched === null) for (const n of children) nodes.push(n);
          else nodes.push({ type: switched, children });
          return nodes;
        }
        const out = this.command();
        if (typeof out === 'string') buf += out;
        else {
          for (const node of out) {
            if (node.type === 'text') buf += node.value;
            else {
              flush();
              nodes.push(node);
            }
          }
        }
      } else if (ch === '~') {
        this.i++;
        buf += NBSP;
      } else if (ch === '-') {
        if (src.startsWith('---', at)) { buf += '—'; this.i += 3; }
        else if (src.startsWith('--', at)) { buf += '–'; this.i += 2; }
        else { buf += '-'; this.i++; }
      } else if (ch === '`') {
        if (src[at + 1] === '`') { buf += '“'; this.i += 2; }
        else { buf += '‘'; this.i++; }
      } else if (ch === "'") {
        if (src[at + 1] === "'") { buf += '”'; this.i += 2; }
        else { buf += "'"; this.i++; }
      } else {
        // Whitespace: a run of spaces and newlines is one space, as in TeX.
        while (this.i < src.length && isSpace(src[this.i])) this.i++;
        buf += ' ';
      }
    }
    flush();
    return nodes;
  }

  /** After `{`: an accent or special-letter group (`{\"u}`, `{\o}`) is plain text; any other is protected. */
  group(): RichText {
    const { src } = this;
    if (src[this.i] === '\\') {
      const name = this.peekName(this.i + 1);
      if (name in ACCENTS || name in LETTERS || name in SWITCHES) return this.sequence(true);
    }
    const children = this.sequence(true);
    return children.length > 0 ? [{ type: 'protected', children }] : [];
  }

  /** The math node at `$`, or undefined when no closing dollar follows (a literal `$`). */
  math(): RichNode | undefined {
    const { src } = this;
    const display = src[this.i + 1] === '$';
    const open = display ? 2 : 1;
    let k = this.i + open;
    for (; k < src.length; k++) {
      if (src[k] === '\\') k++;
      else if (src[k] === '$') break;
    }
    if (k >= src.length || (display && src[k + 1] !== '$')) {
      this.i += 1;
      return undefined;
    }
    const tex = src.slice(this.i + open, k);
    this.i = k + open;
    return { type: 'math', tex, display };
  }

  peekName(k: number): string {
    const { src } = this;
    if (!isLetter(src[k])) return src[k] ?? '';
    let e = k;
    while (isLetter(src[e])) e++;
    return src.slice(k, e);
  }

  /** A style switch at `\`: consumes it and returns its style (null for a plain one), or undefined. */
  peekSwitch(): 'em' | 'strong' | 'sc' | 'code' | null | undefined {
    const name = this.peekName(this.i + 1);
    if (!isLetter(name[0]) || !(name in SWITCHES)) return undefined;
    this.i += 1 + name.length;
    this.skipSpaces();
    return SWITCHES[name];
  }

  skipSpaces(): void {
    while (isSpace(this.src[this.i])) this.i++;
  }

  /** At `\`: returns text, or nodes for commands with a styled argument. */
  command(): string | RichText {
    const { src } = this;
    const name = this.peekName(this.i + 1);
    if (name === '') {
      this.i++;
      return '\\';
    }
    this.i += 1 + name.length;
    const word = isLetter(name[0]);
    const accent = ACCENTS[name];
    if (accent !== undefined) return this.accent(accent);
    if (word && name in LETTERS) {
      this.skipSpaces();
      this.emptyGroup();
      return LETTERS[name]!;
    }
    if (word && name in SYMBOLS) {
      this.emptyGroup();
      return SYMBOLS[name]!;
    }
    if (!word && name in CONTROL_SYMBOLS) return CONTROL_SYMBOLS[name]!;
    const style = STYLES[name];
    if (style !== undefined || TRANSPARENT.has(name) || name === 'href') {
      this.skipSpaces();
      if (src[this.i] !== '{') return '';
      this.i++;
      if (name === 'href') {
        this.sequence(true); // the target: the visible text is the second argument
        this.skipSpaces();
        if (src[this.i] !== '{') return '';
        this.i++;
      }
      const children = this.sequence(true);
      return style ? [{ type: style, children }] : children;
    }
    this.unknown.push(`\\${name}`);
    return `\\${name}`;
  }

  /** `{}` after a control word (`\ss{}`) only ends the word. */
  emptyGroup(): void {
    if (this.src[this.i] === '{' && this.src[this.i + 1] === '}') this.i += 2;
  }

  /** The argument of an accent, in any spelling: `\"u`, `\"{u}`, `\" u`, `\H o`, `\'{\i}`, `\c{C}`. */
  accent(mark: string): string {
    const { src } = this;
    this.skipSpaces();
    let base: string;
    if (src[this.i] === '{') {
      this.i++;
      const inner = this.src[this.i] === '\\' ? this.peekName(this.i + 1) : '';
      base = inner === 'i' || inner === 'j' ? this.dotless() : richToPlain(this.sequence(true));
    } else if (src[this.i] === '\\') {
      const inner = this.peekName(this.i + 1);
      if (inner === 'i' || inner === 'j') {
        this.i += 2;
        base = inner;
      } else {
        const out = this.command();
        base = typeof out === 'string' ? out : richToPlain(out);
      }
    } else {
      const cp = src.codePointAt(this.i);
      if (cp === undefined) return '';
      base = String.fromCodePoint(cp);
      this.i += base.length;
    }
    if (base === '') return '';
    const first = String.fromCodePoint(base.codePointAt(0)!);
    return (first + mark + base.slice(first.length)).normalize('NFC');
  }

  /** `{\i}` under an accent: the accent replaces the dot, so the base is a plain i (or j). */
  dotless(): string {
    const letter = this.src[this.i + 1]!;
    this.i += 2;
    this.skipSpaces();
    const rest = richToPlain(this.sequence(true));
    return letter + rest;
  }
}

function pushText(nodes: RichText, value: string): void {
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') {
    last.value = collapse(last.value + value);
  } else nodes.push({ type: 'text', value: collapse(value) });
}

function collapse(s: string): string {
  return s.includes('  ') ? s.replace(/ {2,}/g, ' ') : s;
}

/** Removes the spaces at both ends of the top-level text. */
function trimEdges(rich: RichText): void {
  const first = rich[0];
  if (first?.type === 'text') {
    first.value = first.value.replace(/^ +/, '');
    if (!first.value) rich.shift();
  }
  const last = rich[rich.length - 1];
  if (last?.type === 'text') {
    last.value = last.value.replace(/ +$/, '');
    if (!last.value) rich.pop();
  }
}
