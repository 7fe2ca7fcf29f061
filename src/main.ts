// Composition root: config → database (embedded when DATABASE_URL is unset) → services → app → listen,
// and graceful shutdown on SIGTERM/SIGINT.
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createApp } from './api/app.js';
import { loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';
import { createMcpHttpHandler, mcpDepsFromServices } from './mcp/index.js';
import { createServices } from './service/index.js';
import { createStore, openDatabase, type Database } from './store/index.js';

export interface Running {
  server: Server;
  port: number;
  database: Database;
  shutdown(signal: string): Promise<void>;
}

export async function start(config: Config, logger: Logger): Promise<Running> {
  const database = await openDatabase(config, logger);
  const services = createServices(createStore(database.prisma), {
    limits: { maxDocuments: config.MAX_DOCUMENTS, maxTotalBytes: config.BODY_LIMIT },
    indexCacheSize: config.INDEX_CACHE_SIZE,
  });
  const mcp = createMcpHttpHandler(mcpDepsFromServices(services), { onUnexpectedError: (err) => logger.error({ err }, 'unexpected error in an MCP tool') });
  const { app, graphql } = await createApp({ services, logger, bodyLimit: config.BODY_LIMIT, ready: database.ready, apiToken: config.API_TOKEN, mcp });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  logger.info({ port, migrationsApplied: database.migrationsApplied }, `mesh-explainer listening on http://localhost:${port}`);

  let stopping: Promise<void> | null = null;
  const shutdown = (signal: string): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ signal }, 'shutting down: no new connections, finishing in-flight requests');
      const force = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_TIMEOUT_MS);
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      clearTimeout(force);
      await graphql.stop();
      await database.close();
      logger.info('stopped');
    })();
    return stopping;
  };
  return { server, port, database, shutdown };
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const logger = createLogger(config.LOG_LEVEL);
  try {
    const running = await start(config, logger);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.once(signal, () => {
        running.shutdown(signal).then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed');
            process.exit(1);
          },
        );
      });
    }
  } catch (error) {
    logger.fatal({ err: error }, 'start-up failed');
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
