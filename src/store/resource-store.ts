// Resources of one revision: filtered pages for the API, every row for building a MeshIndex.
import type { PrismaClient } from '../generated/prisma/client.js';
import type { JsonObject, Labels } from '../mesh/model.js';
import type { Page, ResourceFilter, ResourceRecord } from './records.js';

type ResourceRow = {
  id: bigint; revisionId: string; apiVersion: string; kind: string; namespace: string; name: string;
  labels: unknown; object: unknown; file: string; docIndex: number; line: number; column: number; creationTimestamp: string | null;
};

function toRecord(row: ResourceRow): ResourceRecord {
  return {
    ...row,
    id: row.id.toString(),
    namespace: row.namespace === '' ? null : row.namespace,
    labels: (row.labels ?? {}) as Labels,
    object: (row.object ?? {}) as JsonObject,
  };
}

export class ResourceStore {
  constructor(private readonly prisma: PrismaClient) {}

  async list(revisionId: string, filter: ResourceFilter, first: number, afterId: string | null): Promise<Page<ResourceRecord>> {
    const rows = await this.prisma.resource.findMany({
      where: {
        revisionId,
        ...(filter.kind !== undefined && { kind: filter.kind }),
        ...(filter.namespace !== undefined && { namespace: filter.namespace }),
        ...(filter.name !== undefined && { name: filter.name }),
        ...(afterId !== null && { id: { gt: BigInt(afterId) } }),
      },
      orderBy: { id: 'asc' },
      take: first + 1,
    });
    return { items: rows.slice(0, first).map(toRecord), hasNextPage: rows.length > first };
  }

  async count(revisionId: string, filter: ResourceFilter = {}): Promise<number> {
    return this.prisma.resource.count({ where: { revisionId, ...filter } });
  }

  async all(revisionId: string): Promise<ResourceRecord[]> {
    const rows = await this.prisma.resource.findMany({ where: { revisionId }, orderBy: { id: 'asc' } });
    return rows.map(toRecord);
  }
}
