// Bulk insert: one INSERT ... SELECT FROM jsonb_to_recordset($1) per chunk, ~6x faster than createMany (STACK.md).
import type { Prisma } from '../generated/prisma/client.js';
import type { NewRevision } from './records.js';

const CHUNK_SIZE = 5000;

const INSERT_SQL = `
INSERT INTO "Resource" ("revisionId", "apiVersion", kind, namespace, name, labels, object, file, "docIndex", line, "column", "creationTimestamp")
SELECT $2::uuid, r."apiVersion", r.kind, r.namespace, r.name, r.labels, r.object, r.file, r."docIndex", r.line, r."column", r."creationTimestamp"
FROM jsonb_to_recordset($1::jsonb) AS r(
  "apiVersion" text, kind text, namespace text, name text, labels jsonb, object jsonb,
  file text, "docIndex" int, line int, "column" int, "creationTimestamp" text, ord int)
ORDER BY r.ord`;

export async function insertResources(tx: Prisma.TransactionClient, revisionId: string, resources: NewRevision['resources']): Promise<void> {
  for (let start = 0; start < resources.length; start += CHUNK_SIZE) {
    const chunk = resources.slice(start, start + CHUNK_SIZE).map((r, i) => ({
      ...r,
      namespace: r.namespace ?? '',
      ord: start + i,
    }));
    await tx.$executeRawUnsafe(INSERT_SQL, JSON.stringify(chunk), revisionId);
  }
}
