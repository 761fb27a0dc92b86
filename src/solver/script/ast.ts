/**
 * The syntax tree of a scenario script. Every node keeps its source range: diagnostics of later stages (types,
 * unknown names, model validation) point at the characters that caused them.
 */
import type { SourceRange } from '../diagnostics.ts';

export interface Located {
  range: SourceRange;
}

/** One item inside a range pattern's brackets: `1..4`, `7`, `0x1..0xff`, or a literal word (`frontend`). */
export type RangeItem =
  | (Located & { kind: 'interval'; from: number; to: number; fromText: string })
  | (Located & { kind: 'single'; text: string });

export type Expr =
  | (Located & { kind: 'number'; value: number; text: string })
  | (Located & { kind: 'string'; value: string })
  | (Located & { kind: 'vmRef'; name: string })
  | (Located & { kind: 'nodeRef'; name: string })
  | (Located & { kind: 'varRef'; name: string })
  | (Located & { kind: 'blank' })
  | (Located & { kind: 'set'; items: Expr[] })
  /** `VM[1..4]`, `@N[1,3]`, `$T[1..3]`, `@srv-[1..9].dc`: names built from a prefix, items and a suffix. */
  | (Located & { kind: 'pattern'; of: 'vm' | 'node' | 'var'; prefix: string; items: RangeItem[]; suffix: string })
  | (Located & { kind: 'unary'; op: '-' | '!' | '#'; operand: Expr })
  | (Located & { kind: 'binary'; op: string; left: Expr; right: Expr })
  /** Stands for an expression the parser could not read (already reported). */
  | (Located & { kind: 'error' });

export interface TemplateOption extends Located {
  key: string;
  /** Absent for a flag (`clone`), which means `true`. */
  value?: Expr;
}

/** A clause of a `node` or `vm` declaration: `cpu 8`, `on @N1`, `offline`, `boot 5`, `<clone, template="tiny">`. */
export type Clause =
  | (Located & { kind: 'word'; word: string })
  | (Located & { kind: 'on'; node: Expr })
  | (Located & { kind: 'value'; key: string; quoted: boolean; value: Expr })
  | (Located & { kind: 'attributes'; options: TemplateOption[] });

export type Statement =
  | (Located & { kind: 'namespace'; name: string })
  | (Located & { kind: 'import'; name: string })
  | (Located & { kind: 'export'; what: Expr[]; to: string[] })
  | (Located & { kind: 'assign'; target: Expr; op: string; value: Expr })
  | (Located & { kind: 'template'; target: Expr; template: string; templateRange: SourceRange; options: TemplateOption[] })
  | (Located & { kind: 'for'; variable: string; variableRange: SourceRange; iterable: Expr; body: Statement[] })
  | (Located & { kind: 'if'; condition: Expr; then: Statement[]; otherwise: Statement[] })
  | (Located & { kind: 'constraint'; name: string; nameRange: SourceRange; discrete: boolean; args: Expr[] })
  | (Located & { kind: 'resource'; name: string; nameRange: SourceRange; clauses: Clause[] })
  | (Located & { kind: 'nodeDecl'; target: Expr; clauses: Clause[] })
  | (Located & { kind: 'vmDecl'; target: Expr; clauses: Clause[] })
  | (Located & { kind: 'objective'; name: string })
  | (Located & { kind: 'duration'; action: string; actionRange: SourceRange; rule: Expr });

export interface Script {
  statements: Statement[];
}
