/** Test helper: parse with a schema and return the issues as `path: message` lines, as Astro prints them. */
import assert from 'node:assert/strict';
import type { z } from 'astro/zod';

export function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  assert.equal(result.success, false, 'expected the data to be rejected');
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

export function parsed<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) assert.fail(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return result.data;
}

/** Asserts that exactly one issue is reported on `path` and that its message matches every pattern. */
export function assertIssue(lines: string[], path: string, ...patterns: RegExp[]): void {
  const onPath = lines.filter((line) => line.startsWith(`${path}: `));
  assert.equal(onPath.length, 1, `expected one issue on ${path}, got:\n${lines.join('\n')}`);
  for (const pattern of patterns) assert.match(onPath[0]!, pattern);
}
