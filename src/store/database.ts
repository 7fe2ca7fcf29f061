// Opens the database the service runs on: DATABASE_URL, or the embedded PostgreSQL when unset.
// Migrates it before anything else touches it.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { migrate, migrationStatus } from './migrate.js';

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  embedded: EmbeddedPostgres | null;
  migrationsApplied: string[];
  /** Reachable and every migration applied (for /readyz). */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export function connectPrisma(connectionString: string, poolSize = 10): { prisma: PrismaClient; pool: pg.Pool } {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client losing its server must not crash the process; the next query reports the failure.
  pool.on('error', () => undefined);
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool };
}

export async function openDatabase(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'EMBEDDED_PG_PORT'>,
  logger: Logger,
): Promise<Database> {
  let embedded: EmbeddedPostgres | null = null;
  let url = config.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, logger });
    logger.info({ dataDir: embedded.dataDir, port: embedded.port, reused: embedded.reused }, 'embedded PostgreSQL running; data kept in dataDir');
    url = embedded.url;
  }
  try {
    const migrationsApplied = await migrate(url);
    const { prisma, pool } = connectPrisma(url);
    return {
      prisma,
      pool,
      embedded,
      migrationsApplied,
      ready: async () => {
        try {
          return (await migrationStatus(pool)).pending.length === 0;
        } catch {
          return false;
        }
      },
      close: async () => {
        await prisma.$disconnect();
        await pool.end().catch(() => undefined);
        if (embedded) await embedded.stop();
      },
    };
  } catch (error) {
    if (embedded) await embedded.stop().catch(() => undefined);
    throw error;
  }
}
