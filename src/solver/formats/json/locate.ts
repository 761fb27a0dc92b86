/**
 * Where a JSON path (`constraints[12].vms[3]`, as diagnostics write them) is in the text, so that a CLI can
 * print `file:line:column`. Only run when something is wrong, on the first few diagnostics: a scan walks the
 * text up to the value without building anything.
 */
import type { Diagnostic } from '../../diagnostics.ts';
import { lineColumn } from './json-text.ts';

/** Past this many, diagnostics keep their path only: each location is a scan of the text. */
const MAX_LOCATED = 20;

/** The offset of the value at `path` (the enclosing object when a key is missing), or undefined. */
export function locateJsonPath(text: string, path: string): number | undefined {
  let i = 0;
  let rest = path;
  const n = text.length;
  const ws = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      i++;
    }
  };
  const skipString = () => {
    i++;
    while (i < n && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = () => {
    ws();
    let depth = 0;
    do {
      const c = text[i];
      if (c === '"') {
        skipString();
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') depth--;
      else if (depth === 0 && (c === ',' || c === undefined)) return;
      i++;
    } while (depth > 0 && i < n);
    if (depth === 0) while (i < n && text[i] !== ',' && text[i] !== '}' && text[i] !== ']') i++;
  };
  for (;;) {
    ws();
    if (rest === '') return i;
    if (rest.startsWith('.')) rest = rest.slice(1);
    const c = text[i];
    if (c === '[') {
      const m = /^\[(\d+)\]/.exec(rest);
      if (!m) return undefined;
      i++;
      for (let k = Number(m[1]); k > 0; k--) {
        skipValue();
        ws();
        if (text[i] !== ',') return undefined;
        i++;
      }
      rest = rest.slice(m[0].length);
    } else if (c === '{') {
      i++;
      let found = false;
      for (;;) {
        ws();
        if (text[i] !== '"') return undefined;
        const keyStart = i;
        skipString();
        let key: string;
        try {
          key = JSON.parse(text.slice(keyStart, i)) as string;
        } catch {
          return undefined;
        }
        ws();
        i++; // ':'
        if (rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}[`)) {
          rest = rest.slice(key.length);
          found = true;
          break;
        }
        skipValue();
        ws();
        if (text[i] !== ',') return undefined;
        i++;
      }
      if (!found) return undefined;
    } else return undefined;
  }
}

/**
 * Gives the first diagnostics a line and column from their JSON path. `paths[k]` is the path of
 * `diagnostics[k]` (undefined when it has none).
 */
export function locateDiagnostics(text: string, diagnostics: Diagnostic[], paths: readonly (string | undefined)[]): void {
  let located = 0;
  for (let k = 0; k < diagnostics.length && located < MAX_LOCATED; k++) {
    const path = paths[k];
    const d = diagnostics[k] as Diagnostic;
    if (path === undefined || d.range) continue;
    located++;
    const offset = locateJsonPath(text, path);
    if (offset !== undefined) d.range = lineColumn(text, offset);
  }
}
