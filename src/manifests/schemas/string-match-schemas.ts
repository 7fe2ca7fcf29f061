import { z } from 'zod';
import { mapOf, text } from './common-schemas.js';

const MATCH_TYPES = ['exact', 'prefix', 'regex'] as const;

function countMatchTypes(value: Record<string, unknown>): number {
  return MATCH_TYPES.filter((type) => value[type] !== undefined && value[type] !== null).length;
}

const stringMatchShape = mapOf({ exact: text.nullish(), prefix: text.nullish(), regex: text.nullish() });

/** uri, scheme, method, authority: exactly one of exact/prefix/regex. */
export const stringMatch = stringMatchShape.superRefine((value, ctx) => {
  if (countMatchTypes(value) !== 1) ctx.addIssue({ code: 'custom', message: 'must set exactly one of exact, prefix, regex' });
});

/** headers, withoutHeaders, queryParams values: at most one; an empty match means presence (R3.3.2). */
export const presenceOrStringMatch = stringMatchShape.superRefine((value, ctx) => {
  if (countMatchTypes(value) > 1) ctx.addIssue({ code: 'custom', message: 'must set at most one of exact, prefix, regex' });
});

export const stringMatchMap = z.record(z.string(), presenceOrStringMatch.nullable(), { error: 'must be a map of string matches' });
