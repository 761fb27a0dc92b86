/**
 * Diagnostics: every problem found in a user's input (script, JSON instance, plan) or in a plan's replay.
 * The library returns them; only the CLI prints them.
 */
export type Severity = 'error' | 'warning';

export interface SourceRange {
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 1-based line where the range ends (inclusive), when known. */
  endLine?: number;
  /** 1-based column just after the range, when known. */
  endColumn?: number;
}

export interface Diagnostic {
  severity: Severity;
  /** Stable code, e.g. `BTRP012` or `MODEL003`, that documentation and tests can rely on. */
  code: string;
  /** What is wrong, in one sentence, naming the element. */
  message: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
  /** Where, for text inputs. */
  range?: SourceRange;
  /** File name, when known. */
  file?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** `file:line:column: error CODE: message (hint)`, the form compilers print and editors link. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = [d.file, d.range?.line, d.range?.column].filter((x) => x !== undefined).join(':');
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where ? `${where}: ` : ''}${d.severity} ${d.code}: ${d.message}${hint}`;
}
