import { z } from 'zod';

/** The `set` and `revision` every query tool takes. */
export const setInput = {
  set: z.string().min(1).describe('Manifest set name from list_manifest_sets (the read-only local server calls its set "local")'),
  revision: z.number().int().min(1).optional().describe('Revision number; default the latest'),
};

export const resourceRefOutput = z.object({ kind: z.string(), namespace: z.string().nullable(), name: z.string() });

export const sourceRefOutput = z.object({
  kind: z.string(),
  namespace: z.string().nullable(),
  name: z.string(),
  file: z.string(),
  line: z.number().int(),
  field: z.string(),
});
