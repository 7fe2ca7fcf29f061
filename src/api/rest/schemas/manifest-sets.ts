import { z } from 'zod';

const warning = z.looseObject({ code: z.string(), file: z.string(), message: z.string() });

export const setSchema = z.object({
  name: z.string(),
  description: z.string().nullable(),
  labels: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  updatedAt: z.string(),
  revisionCount: z.number().int(),
  latestRevision: z.number().int().nullable(),
});

export const revisionSchema = z.object({
  setName: z.string(),
  number: z.number().int(),
  createdAt: z.string(),
  files: z.array(z.object({ name: z.string(), sha256: z.string(), size: z.number().int() })),
  countsByKind: z.record(z.string(), z.number().int()),
  warnings: z.array(warning),
});

export const setPageSchema = z.object({ items: z.array(setSchema), nextCursor: z.string().nullable(), totalCount: z.number().int() });
export const setWithRevisionsSchema = setSchema.extend({ revisions: z.array(revisionSchema) });
export const revisionListSchema = z.object({ items: z.array(revisionSchema) });
export const uploadAnswerSchema = z.object({ revision: revisionSchema, warnings: z.array(warning) });

export const resourceSchema = z.object({
  apiVersion: z.string(),
  kind: z.string(),
  namespace: z.string().nullable(),
  name: z.string(),
  labels: z.record(z.string(), z.string()),
  creationTimestamp: z.string().nullable(),
  source: z.object({ file: z.string(), docIndex: z.number().int(), line: z.number().int(), column: z.number().int() }),
  object: z.record(z.string(), z.unknown()).optional().describe('with ?object=true'),
});

export const resourcePageSchema = z.object({
  revision: z.number().int(),
  items: z.array(resourceSchema),
  nextCursor: z.string().nullable(),
  totalCount: z.number().int(),
});
