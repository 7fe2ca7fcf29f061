import type { ResourceResolvers } from '../../../../generated/graphql.js';
import { renderObjectYaml } from '../../../render-object-yaml.js';

export const Resource: ResourceResolvers = {
  source: (resource) => ({ file: resource.file, docIndex: resource.docIndex, line: resource.line, column: resource.column }),
  yaml: (resource) => renderObjectYaml(resource.object),
};
