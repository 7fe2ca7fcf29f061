// The HTTP application: /healthz, /readyz, /graphql, /api/v1, /mcp. Built from services; knows no database.
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type RequestHandler } from 'express';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '../logger.js';
import type { Services } from '../service/index.js';
import { requireBearerToken } from './bearer-token.js';
import type { GraphQLContext } from './graphql/context.js';
import { createGraphQLServer } from './graphql/server.js';
import { requestLogger } from './request-logger.js';
import { bodyParserError, createRestApi, restErrorHandler } from './rest/index.js';
import { problemFor, sendProblem } from './rest/problem.js';

export interface AppOptions {
  services: Services;
  logger: Logger;
  bodyLimit: number;
  /** Database reachable and migrated. */
  ready: () => Promise<boolean>;
  /** When set, /api/v1, /graphql and /mcp require `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  /** The MCP streamable-HTTP handler mounted at /mcp (built by the composition root from src/mcp). */
  mcp?: RequestHandler;
}

export interface App {
  app: Express;
  graphql: ApolloServer<GraphQLContext>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { services, logger, bodyLimit } = options;
  const graphql = createGraphQLServer(logger);
  await graphql.start();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.use(requestLogger(logger));
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const ready = await options.ready();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready' });
  });
  if (options.apiToken) app.use(['/api/v1', '/graphql', '/mcp'], requireBearerToken(options.apiToken));
  app.use(
    '/graphql',
    express.json({ limit: bodyLimit }),
    (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      const mapped = bodyParserError(error, bodyLimit);
      if (!mapped) return next(error);
      res.status(mapped.mapping.httpStatus).json({ errors: [{ message: mapped.message, extensions: { code: mapped.mapping.graphqlCode } }] });
    },
    expressMiddleware(graphql, { context: async () => ({ services, logger }) }),
  );
  app.use('/api/v1', createRestApi(services, { bodyLimit, logger }));
  if (options.mcp) app.all('/mcp', express.json({ limit: bodyLimit }), options.mcp);
  app.use((req, res) => sendProblem(res, problemFor('NOT_FOUND', `No route ${req.method} ${req.path}.`)));
  app.use(restErrorHandler(logger, bodyLimit));
  return { app, graphql };
}
