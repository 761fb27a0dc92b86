/**
 * The table of script diagnostics. Codes are stable: documentation, tests and the editor rely on them, so a code
 * is never reused for another meaning; new problems get new codes. Messages are templates filled with `{name}`.
 */
import type { Diagnostic, Severity, SourceRange } from '../diagnostics.ts';

interface CodeInfo {
  severity: Severity;
  /** Short title, listed in the language reference. */
  title: string;
  message: string;
  hint?: string;
}

export const CODES = {
  // Lexical
  BTRP001: { severity: 'error', title: 'unexpected character', message: "Unexpected character '{char}'", hint: '{hint}' },
  BTRP002: { severity: 'error', title: 'unterminated string', message: 'Unterminated string', hint: 'close it with {quote} on the same line' },
  BTRP003: { severity: 'error', title: 'unterminated comment', message: 'Unterminated block comment', hint: 'close it with */' },
  BTRP004: { severity: 'error', title: 'malformed number', message: "Malformed number '{text}'", hint: 'write decimal (12), hexadecimal (0x1f), octal (017) or a decimal fraction (7.5)' },
  // Syntax
  BTRP010: { severity: 'error', title: 'syntax error', message: 'Expected {expected}, found {found}', hint: '{hint}' },
  BTRP011: { severity: 'error', title: 'missing semicolon', message: "Missing ';' after {what}", hint: 'every statement ends with ;' },
  BTRP012: { severity: 'error', title: 'misplaced namespace', message: '{message}', hint: '{hint}' },
  // Names
  BTRP020: { severity: 'error', title: 'unknown VM', message: "Unknown VM '{name}'", hint: '{hint}' },
  BTRP021: { severity: 'error', title: 'unknown node', message: "Unknown node '{name}'", hint: '{hint}' },
  BTRP022: { severity: 'error', title: 'unknown variable', message: "Unknown variable '{name}'", hint: '{hint}' },
  BTRP023: { severity: 'error', title: 'unknown constraint', message: "Unknown constraint '{name}'", hint: '{hint}' },
  BTRP024: { severity: 'error', title: 'unknown resource', message: "Unknown resource '{name}'", hint: '{hint}' },
  BTRP025: { severity: 'error', title: 'duplicate declaration', message: "{what} '{name}' is already declared{where}", hint: 'declare each element once; a template statement (`{name} : tpl;`) only adds attributes' },
  BTRP026: { severity: 'warning', title: 'unsupported import or export', message: '{message}', hint: 'a scenario is one file: declare the elements it needs in it' },
  BTRP027: { severity: 'error', title: 'unknown objective', message: "Unknown objective '{name}'", hint: 'use minimizeMTTR, minimizeMigrations or minimizeMTTRMigrationScheduling' },
  // Types and values
  BTRP030: { severity: 'error', title: 'argument type mismatch', message: '{name} expects {expected}, got {got}', hint: 'signature: {signature}' },
  BTRP031: { severity: 'error', title: 'wrong number of arguments', message: '{name} expects {count}, got {got}', hint: 'signature: {signature}' },
  BTRP032: { severity: 'error', title: 'operator type mismatch', message: "Operator '{op}' cannot apply to {operands}", hint: '{hint}' },
  BTRP033: { severity: 'error', title: 'invalid split', message: '{message}', hint: '{hint}' },
  BTRP034: { severity: 'error', title: 'invalid range', message: '{message}', hint: 'a range is written [from..to] with from <= to, or a list [a, b, c]' },
  BTRP035: { severity: 'error', title: 'heterogeneous set', message: 'A set mixes {first} and {other}', hint: 'a set holds elements of one type and depth, e.g. only VMs, or only sets of nodes' },
  BTRP036: { severity: 'error', title: 'value out of range', message: '{message}', hint: '{hint}' },
  BTRP037: { severity: 'warning', title: 'discrete mode not supported', message: "'{name}' is continuous only: '>>' is ignored", hint: 'remove the >> prefix' },
  BTRP038: { severity: 'error', title: 'invalid assignment', message: '{message}', hint: '{hint}' },
  BTRP039: { severity: 'error', title: 'invalid timestamp', message: "Invalid timestamp '{text}'", hint: 'write "+hh:mm:ss" (relative to the plan start) or "hh:mm:ss"' },
  // Model section
  BTRP040: { severity: 'error', title: 'invalid declaration clause', message: '{message}', hint: '{hint}' },
  BTRP041: { severity: 'error', title: 'conflicting VM state', message: '{message}', hint: '{hint}' },
  BTRP042: { severity: 'warning', title: 'overridden statement', message: '{message}', hint: '{hint}' },
  BTRP043: { severity: 'error', title: 'wrong condition or loop set', message: '{message}', hint: '{hint}' },
  BTRP044: { severity: 'error', title: 'set too large', message: '{message}', hint: 'a scenario names at most {max} elements in one set' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** Builds the diagnostic of a code, filling `{placeholders}` from `args`; an empty hint is left out. */
export function diagnostic(code: Code, range: SourceRange | undefined, args: Record<string, string> = {}): Diagnostic {
  const info: CodeInfo = CODES[code];
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (_, k: string) => args[k] ?? '');
  const d: Diagnostic = { severity: info.severity, code, message: fill(info.message) };
  const hint = info.hint ? fill(info.hint) : '';
  if (hint) d.hint = hint;
  if (range) d.range = range;
  return d;
}
