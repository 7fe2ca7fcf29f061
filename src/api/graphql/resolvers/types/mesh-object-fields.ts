// Fields every mesh object type shares: source (file:line of its YAML), yaml, diagnostics.
import type { Finding } from '../../../../mesh/diagnostics/index.js';
import type { MeshIndex } from '../../../../mesh/index/types.js';
import { refOf, type Resource, type SourceRef } from '../../../../mesh/model.js';
import { findingsOf } from '../../../../service/api-queries/index.js';
import { renderObjectYaml } from '../../../render-object-yaml.js';

export function sourceOf(index: MeshIndex, resource: Resource, field = ''): SourceRef {
  return index.cite(resource, field);
}

export function yamlOf(resource: Resource): string {
  return renderObjectYaml(resource.object);
}

export function diagnosticsOf(index: MeshIndex, resource: Resource): Finding[] {
  return findingsOf(index, refOf(resource));
}
