// Citations: a field of a resource -> SourceRef with the best line known.
import type { FieldLocator, Resource, SourceRef } from '../model.js';

/** `spec.http[0].route[1]` -> `spec.http[0].route` -> `spec.http[0]` -> `spec.http` -> `spec` -> ''. */
export function parentFieldPath(fieldPath: string): string | null {
  if (fieldPath === '') return null;
  const lastDot = fieldPath.lastIndexOf('.');
  const lastBracket = fieldPath.lastIndexOf('[');
  const cut = Math.max(lastDot, lastBracket);
  return cut < 0 ? '' : fieldPath.slice(0, cut);
}

export function createCite(locate: FieldLocator | undefined): (resource: Resource, fieldPath: string) => SourceRef {
  return (resource, fieldPath) => {
    let line = resource.source.line;
    if (locate) {
      for (let path: string | null = fieldPath; path !== null; path = parentFieldPath(path)) {
        const found = locate(resource, path);
        if (found) {
          line = found.line;
          break;
        }
      }
    }
    return { kind: resource.kind, namespace: resource.namespace, name: resource.name, file: resource.source.file, line, field: fieldPath };
  };
}
