// Revisions: written once, in one transaction with their files and resources (all-or-nothing).
import type { PrismaClient } from '../generated/prisma/client.js';
import type { JsonObject } from '../mesh/model.js';
import { insertResources } from './insert-resources.js';
import type { NewRevision, RevisionRecord } from './records.js';

const revisionInclude = {
  set: { select: { name: true } },
  files: { select: { name: true, sha256: true, size: true }, orderBy: { position: 'asc' as const } },
};

type RevisionRow = {
  id: string; setId: string; number: number; createdAt: Date; countsByKind: unknown; warnings: unknown;
  set: { name: string }; files: { name: string; sha256: string; size: number }[];
};

function toRecord(row: RevisionRow): RevisionRecord {
  return {
    id: row.id,
    setId: row.setId,
    setName: row.set.name,
    number: row.number,
    createdAt: row.createdAt,
    countsByKind: (row.countsByKind ?? {}) as Record<string, number>,
    warnings: (row.warnings ?? []) as JsonObject[],
    files: row.files,
  };
}

/** Large uploads take longer than Prisma's 5 s default for interactive transactions. */
const TRANSACTION_TIMEOUT_MS = 10 * 60 * 1000;

export class RevisionStore {
  constructor(private readonly prisma: PrismaClient) {}

  async create(input: NewRevision): Promise<RevisionRecord> {
    const id = await this.prisma.$transaction(
      async (tx) => {
        // ON CONFLICT DO UPDATE locks the set's row until commit, so concurrent uploads to one set
        // take numbers one after the other.
        const [set] = await tx.$queryRawUnsafe<{ id: string }[]>(
          `INSERT INTO "ManifestSet" (name, description, "updatedAt") VALUES ($1, $2, now())
           ON CONFLICT (name) DO UPDATE SET "updatedAt" = now(),
             description = COALESCE(EXCLUDED.description, "ManifestSet".description)
           RETURNING id::text`,
          input.setName,
          input.description ?? null,
        );
        const last = await tx.revision.aggregate({ where: { setId: set.id }, _max: { number: true } });
        const revision = await tx.revision.create({
          data: {
            setId: set.id,
            number: (last._max.number ?? 0) + 1,
            countsByKind: input.countsByKind,
            warnings: input.warnings as object[],
            files: { create: input.files.map((f, position) => ({ ...f, position })) },
          },
          select: { id: true },
        });
        await insertResources(tx, revision.id, input.resources);
        return revision.id;
      },
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
    );
    const created = await this.prisma.revision.findUniqueOrThrow({ where: { id }, include: revisionInclude });
    return toRecord(created);
  }

  async list(setId: string): Promise<RevisionRecord[]> {
    const rows = await this.prisma.revision.findMany({ where: { setId }, orderBy: { number: 'asc' }, include: revisionInclude });
    return rows.map(toRecord);
  }

  /** `number` null means the latest revision. */
  async byNumber(setId: string, number: number | null): Promise<RevisionRecord | null> {
    const row = await this.prisma.revision.findFirst({
      where: number === null ? { setId } : { setId, number },
      orderBy: { number: 'desc' },
      include: revisionInclude,
    });
    return row ? toRecord(row) : null;
  }

  /** The stored texts, in upload order, for recomputing field positions. */
  async fileTexts(revisionId: string): Promise<{ name: string; text: string }[]> {
    return this.prisma.revisionFile.findMany({
      where: { revisionId },
      orderBy: { position: 'asc' },
      select: { name: true, text: true },
    });
  }
}
