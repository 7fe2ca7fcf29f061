import type { z } from 'zod';
import { getIn } from '../mesh/model.js';
import type { PathSegment } from './field-path.js';
import type { FieldIssue } from './field-issue.js';
import { objectMetadata } from './schemas/common-schemas.js';

/** Runs the kind's schema (and metadata's) and its rules; every zod issue becomes a FieldIssue with its path. */
export function validateObject(
  object: Record<string, unknown>,
  schema: z.ZodType | null,
  rules: readonly ((object: Record<string, unknown>) => FieldIssue[])[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const metadata = objectMetadata.safeParse(object.metadata);
  if (!metadata.success) issues.push(...metadata.error.issues.map((issue) => toFieldIssue(object, issue, ['metadata'])));
  if (schema) {
    const result = schema.safeParse(object);
    if (!result.success) issues.push(...result.error.issues.map((issue) => toFieldIssue(object, issue, [])));
  }
  for (const rule of rules) issues.push(...rule(object));
  return dedupe(issues);
}

function toFieldIssue(object: Record<string, unknown>, issue: z.core.$ZodIssue, prefix: PathSegment[]): FieldIssue {
  const path: PathSegment[] = [...prefix, ...issue.path.map((seg) => (typeof seg === 'number' ? seg : String(seg)))];
  const missing = getIn(object, ...path) === undefined;
  if (issue.code === 'invalid_type' && missing) return { code: 'missing-field', path, message: 'is required' };
  return { code: 'invalid-field', path, message: issue.message };
}

function dedupe(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path.join('\u0000')}\u0001${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
