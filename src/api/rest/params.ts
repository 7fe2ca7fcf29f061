// zod schemas shared by the REST operations; a failed parse is a BAD_INPUT problem naming each field.
import { z } from 'zod';
import { AppError } from '../../errors.js';

export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || what, message: issue.message }));
  const summary = details.map((d) => `${d.field}: ${d.message}`).join('; ');
  throw new AppError('BAD_INPUT', `Invalid ${what}: ${summary}`, { details });
}

export const revisionParam = z.union([z.literal('latest'), z.coerce.number().int().min(1)]);

export const pageQuery = {
  limit: z.coerce.number().int().min(1).optional(),
  cursor: z.string().min(1).optional(),
};

export const noParams = z.object({});
export const noQuery = z.object({});

export const setParams = z.object({ name: z.string().min(1).describe('Manifest set name') });

export const revisionQuery = {
  revision: revisionParam.optional().describe('Revision number or `latest` (default)'),
};

/** `?revision=` as the service takes it. */
export function revisionOf(query: { revision?: number | 'latest' }): number | 'latest' | null {
  return query.revision ?? null;
}

/** Comma-separated list (`codes=MX0101,MX0102`), also accepted as a repeated parameter. */
export const commaList = z.union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean));
