// Composition root for `mesh-explainer mcp` without -f: the same database and services as the server
// (src/main.ts), with logs on stderr because stdout carries the MCP protocol.
import { pino } from 'pino';
import { loadConfig } from '../../config.js';
import { AppError } from '../../errors.js';
import { createLogger } from '../../logger.js';
import { createServices, type Services } from '../index.js';
import { createStore, openDatabase } from '../../store/index.js';

export interface StoredServices { services: Services; close(): Promise<void> }

export async function openStoredServices(env: NodeJS.ProcessEnv): Promise<StoredServices> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    throw new AppError('BAD_INPUT', (error as Error).message);
  }
  const logger = createLogger(env.LOG_LEVEL ?? 'warn', pino.destination(2));
  const database = await openDatabase(config, logger);
  const services = createServices(createStore(database.prisma), {
    limits: { maxDocuments: config.MAX_DOCUMENTS, maxTotalBytes: config.BODY_LIMIT },
    indexCacheSize: config.INDEX_CACHE_SIZE,
  });
  return { services, close: () => database.close() };
}
