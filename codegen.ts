// graphql-codegen: schema.graphql → src/generated/graphql.ts (resolver types). Run by `npm run generate`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const service = '../service/index.js';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        useIndexSignature: true,
        contextType: '../api/graphql/context.js#GraphQLContext',
        mapperTypeSuffix: 'Model',
        mappers: {
          ManifestSet: `${service}#ManifestSetSummary`,
          Revision: `${service}#RevisionSummary`,
          Resource: `${service}#StoredResource`,
        },
        scalars: {
          JSON: { input: 'unknown', output: 'unknown' },
          DateTime: { input: 'string', output: 'Date | string' },
        },
      },
    },
  },
};

export default config;
