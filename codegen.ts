// graphql-codegen: schema.graphql → src/generated/graphql.ts (resolver types). Run by `npm run generate`.
import type { CodegenConfig } from '@graphql-codegen/cli';

const service = '../service/index.js';
const models = '../api/graphql/mesh-models.js';

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
          RoutePath: '../mesh/routing/types.js#RoutePath',
          Finding: '../mesh/diagnostics/types.js#Finding',
          DiagnosticRule: '../mesh/diagnostics/list-rules.js#RuleListing',
          Diagnostics: `${models}#DiagnosticsObject`,
          RouteTestReport: '../service/explain/index.js#RouteTestReport',
          RouteTestResult: '../service/explain/index.js#RouteTestResult',
          Service: `${models}#ServiceObject`,
          ServicePort: `${models}#ServicePortObject`,
          ServiceEndpoint: `${models}#ServiceEndpointObject`,
          Pod: `${models}#PodObject`,
          Workload: `${models}#WorkloadObject`,
          VirtualService: `${models}#VirtualServiceObject`,
          VirtualServiceHost: `${models}#VirtualServiceHostObject`,
          VirtualServiceGateway: `${models}#VirtualServiceGatewayObject`,
          VirtualServiceDestination: `${models}#VirtualServiceDestinationObject`,
          DestinationRule: `${models}#DestinationRuleObject`,
          Subset: `${models}#SubsetObject`,
          Gateway: `${models}#GatewayObject`,
          GatewayServer: `${models}#GatewayServerObject`,
          GatewayBinding: `${models}#GatewayBindingObject`,
          ServiceEntry: `${models}#ServiceEntryObject`,
          Sidecar: `${models}#SidecarObject`,
        },
        scalars: {
          JSON: { input: 'unknown', output: 'unknown' },
          DateTime: { input: 'string', output: 'Date | string' },
          IntOrString: { input: 'number | string', output: 'number | string' },
        },
      },
    },
  },
};

export default config;
