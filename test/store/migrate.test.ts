import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import pg from 'pg';
import { MIGRATIONS_DIR, migrate, migrationStatus, readMigrations } from '../../src/store/migrate.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

describe('migration runner', () => {
  let db: TestDatabase;
  let client: pg.Client;
  before(async () => {
    db = await createTestDatabase({ migrate: false });
    client = new pg.Client(db.url);
    await client.connect();
  });
  after(async () => {
    await client.end();
    await db.drop();
  });

  test('concurrent runs apply each migration once, recorded as prisma migrate deploy records it', async () => {
    const files = await readMigrations();
    const results = await Promise.all([migrate(db.url), migrate(db.url)]);
    assert.deepEqual(results.flat().sort(), files.map((f) => f.name).sort());
    const rows = (await client.query('SELECT * FROM "_prisma_migrations" ORDER BY migration_name')).rows;
    assert.equal(rows.length, files.length);
    for (const [i, file] of files.entries()) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, file.name, 'migration.sql'));
      assert.equal(rows[i].migration_name, file.name);
      assert.equal(rows[i].checksum, createHash('sha256').update(sql).digest('hex'));
      assert.equal(rows[i].applied_steps_count, 1);
      assert.ok(rows[i].finished_at instanceof Date);
      assert.equal(rows[i].rolled_back_at, null);
      assert.match(rows[i].id, /^[0-9a-f-]{36}$/);
    }
    assert.deepEqual(await migrationStatus(client), { applied: files.map((f) => f.name), pending: [] });
  });

  test('a second run applies nothing', async () => {
    assert.deepEqual(await migrate(db.url), []);
  });

  test('a migration edited after it was applied is refused', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const [first] = await readMigrations(dir);
    await writeFile(path.join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await assert.rejects(migrate(db.url, dir), /was modified after it was applied/);
  });

  test('a failing migration leaves no trace and is reported by name', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'migrations-'));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, '29990101000000_broken');
    await (await import('node:fs/promises')).mkdir(broken);
    await writeFile(path.join(broken, 'migration.sql'), 'CREATE TABLE "Probe" (id int);\nSELECT * FROM "no_such_table";\n');
    await assert.rejects(migrate(db.url, dir), /29990101000000_broken failed/);
    const probe = await client.query(`SELECT to_regclass('"Probe"') AS t`);
    assert.equal(probe.rows[0].t, null);
    const recorded = await client.query(`SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29990101000000_broken'`);
    assert.equal(recorded.rowCount, 0);
    assert.deepEqual((await migrationStatus(client, dir)).pending, ['29990101000000_broken']);
  });
});
