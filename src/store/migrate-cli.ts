// `npm run migrate`: applies pending migrations to DATABASE_URL (or the embedded server when unset).
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
try {
  const database = await openDatabase(config, logger);
  logger.info({ applied: database.migrationsApplied }, database.migrationsApplied.length ? 'migrations applied' : 'database already up to date');
  await database.close();
} catch (error) {
  logger.error({ err: error }, 'migration failed');
  process.exitCode = 1;
}
