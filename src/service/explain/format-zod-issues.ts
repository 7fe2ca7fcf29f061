import type { z } from 'zod';

/** `where.path.to[0].field: message` per issue, in the order zod reports them. */
export function formatZodIssues(error: z.ZodError, where: string): string[] {
  return error.issues.map((issue) => `${joinPath(where, issue.path)}: ${issue.message}`);
}

export function joinPath(where: string, path: readonly PropertyKey[]): string {
  let out = where;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
