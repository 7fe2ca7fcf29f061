// Apollo Server over schema.graphql, guarded by graphql-armor. Errors carry extensions.code and never
// a stack trace, SQL or internal message.
import { readFileSync } from 'node:fs';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { isAppError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { GraphQLContext } from './context.js';
import { resolvers } from './resolvers/index.js';

export const typeDefs = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');

export interface GraphQLLimits { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number }

export const DEFAULT_GRAPHQL_LIMITS: GraphQLLimits = { maxDepth: 12, maxCost: 5000, maxAliases: 15, maxTokens: 2000 };

/** Codes graphql-js/Apollo/armor give to requests that are wrong: their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const where = { ...(formatted.locations && { locations: formatted.locations }), ...(formatted.path && { path: formatted.path }) };
    if (isAppError(original)) {
      if (original.code === 'INTERNAL') logger.error({ err: original.cause ?? original }, 'internal error in GraphQL');
      return { message: original.message, ...where, extensions: { code: original.mapping.graphqlCode } };
    }
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : undefined;
    if (code && REQUEST_ERROR_CODES.has(code) && original === error) return { message: formatted.message, ...where, extensions: { code } };
    logger.error({ err: original }, 'unexpected error in GraphQL');
    return { message: 'An unexpected error occurred; it has been logged.', ...where, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export function createGraphQLServer(logger: Logger, limits: GraphQLLimits = DEFAULT_GRAPHQL_LIMITS): ApolloServer<GraphQLContext> {
  const protection = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    // armor's plugins are typed for BaseContext; they never read the context.
    plugins: protection.plugins as ApolloServerPlugin<GraphQLContext>[],
    validationRules: [...protection.validationRules],
    allowBatchedHttpRequests: false,
    // main.ts owns shutdown; Apollo's own handler would re-raise the signal before the pool is closed.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(logger),
  });
}
