// Manifest sets: list (keyset pagination by name), get, delete (revisions and resources cascade).
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Labels } from '../mesh/model.js';
import type { ManifestSetRecord, Page } from './records.js';

const withCounts = {
  _count: { select: { revisions: true } },
  revisions: { select: { number: true }, orderBy: { number: 'desc' as const }, take: 1 },
};

type SetRow = {
  id: string; name: string; description: string | null; labels: unknown; createdAt: Date; updatedAt: Date;
  _count: { revisions: number }; revisions: { number: number }[];
};

function toRecord(row: SetRow): ManifestSetRecord {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    labels: (row.labels ?? {}) as Labels,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    revisionCount: row._count.revisions,
    latestRevisionNumber: row.revisions[0]?.number ?? null,
  };
}

export class ManifestSetStore {
  constructor(private readonly prisma: PrismaClient) {}

  async list(first: number, afterName: string | null): Promise<Page<ManifestSetRecord>> {
    const rows = await this.prisma.manifestSet.findMany({
      where: afterName === null ? {} : { name: { gt: afterName } },
      orderBy: { name: 'asc' },
      take: first + 1,
      include: withCounts,
    });
    return { items: rows.slice(0, first).map(toRecord), hasNextPage: rows.length > first };
  }

  async count(): Promise<number> {
    return this.prisma.manifestSet.count();
  }

  async byName(name: string): Promise<ManifestSetRecord | null> {
    const row = await this.prisma.manifestSet.findUnique({ where: { name }, include: withCounts });
    return row ? toRecord(row) : null;
  }

  /** true when a set was deleted. */
  async delete(name: string): Promise<boolean> {
    const result = await this.prisma.manifestSet.deleteMany({ where: { name } });
    return result.count > 0;
  }
}
