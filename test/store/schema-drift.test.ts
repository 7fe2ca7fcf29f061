// Every model and field of prisma/schema.prisma, through the generated client, on a database built only
// by the SQL migrations: a column or constraint missing on either side fails here.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { connectPrisma, type PrismaClient } from '../../src/store/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

describe('schema.prisma agrees with the migrations', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let close: () => Promise<void>;
  before(async () => {
    db = await createTestDatabase();
    const connection = connectPrisma(db.url, 2);
    prisma = connection.prisma;
    close = async () => {
      await prisma.$disconnect();
      await connection.pool.end();
    };
  });
  after(async () => {
    await close();
    await db.drop();
  });

  test('every model round-trips every field', async () => {
    const set = await prisma.manifestSet.create({ data: { name: 'drift', description: 'd', labels: { team: 'a' } } });
    assert.match(set.id, /^[0-9a-f-]{36}$/);
    assert.ok(set.createdAt instanceof Date && set.updatedAt instanceof Date);
    const revision = await prisma.revision.create({
      data: {
        setId: set.id, number: 1, countsByKind: { Service: 1 }, warnings: [{ code: 'W', message: 'm' }],
        files: { create: [{ position: 0, name: 'a.yaml', sha256: 'ab'.repeat(32), size: 3, text: 'a: 1' }] },
      },
    });
    const resource = await prisma.resource.create({
      data: {
        revisionId: revision.id, apiVersion: 'v1', kind: 'Service', namespace: 'default', name: 'web',
        labels: { app: 'web' }, object: { kind: 'Service', spec: { ports: [{ port: 80 }] } },
        file: 'a.yaml', docIndex: 0, line: 1, column: 1, creationTimestamp: '2024-01-01T00:00:00Z',
      },
    });
    assert.equal(typeof resource.id, 'bigint');
    const clusterScoped = await prisma.resource.create({
      data: { revisionId: revision.id, apiVersion: 'v1', kind: 'Namespace', name: 'default', object: {}, file: 'a.yaml', docIndex: 1, line: 5, column: 1 },
    });
    assert.equal(clusterScoped.namespace, '');
    assert.deepEqual(clusterScoped.labels, {});

    const loaded = await prisma.manifestSet.findUniqueOrThrow({
      where: { name: 'drift' },
      include: { revisions: { include: { files: true, resources: { orderBy: { id: 'asc' } } } } },
    });
    const [rev] = loaded.revisions;
    assert.deepEqual(loaded.labels, { team: 'a' });
    assert.deepEqual(rev.countsByKind, { Service: 1 });
    assert.deepEqual(rev.warnings, [{ code: 'W', message: 'm' }]);
    assert.deepEqual(rev.files.map((f) => [f.position, f.name, f.size, f.text]), [[0, 'a.yaml', 3, 'a: 1']]);
    assert.deepEqual(rev.resources[0].object, { kind: 'Service', spec: { ports: [{ port: 80 }] } });
    assert.equal(rev.resources[0].creationTimestamp, '2024-01-01T00:00:00Z');
    assert.equal(rev.resources[1].creationTimestamp, null);
  });

  test('unique keys: set name, revision number per set, kind/namespace/name per revision', async () => {
    const set = await prisma.manifestSet.findUniqueOrThrow({ where: { name: 'drift' }, include: { revisions: true } });
    await assert.rejects(prisma.manifestSet.create({ data: { name: 'drift' } }), { code: 'P2002' });
    await assert.rejects(prisma.revision.create({ data: { setId: set.id, number: 1 } }), { code: 'P2002' });
    const base = { revisionId: set.revisions[0].id, apiVersion: 'v1', kind: 'Namespace', name: 'default', object: {}, file: 'b.yaml', docIndex: 0, line: 1, column: 1 };
    await assert.rejects(prisma.resource.create({ data: base }), { code: 'P2002' });
    const other = await prisma.resource.create({ data: { ...base, namespace: 'other' } });
    assert.equal(other.namespace, 'other');
  });

  test('labels are queryable through the GIN index', async () => {
    const rows = await prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM "Resource" WHERE labels @> '{"app":"web"}'::jsonb`);
    assert.deepEqual(rows, [{ name: 'web' }]);
    const index = await prisma.$queryRawUnsafe<{ indexdef: string }[]>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'Resource_labels_idx'`);
    assert.match(index[0].indexdef, /USING gin \(labels\)/);
  });

  test('deleting a set removes its revisions, files and resources', async () => {
    await prisma.manifestSet.delete({ where: { name: 'drift' } });
    assert.equal(await prisma.revision.count(), 0);
    assert.equal(await prisma.revisionFile.count(), 0);
    assert.equal(await prisma.resource.count(), 0);
  });
});
