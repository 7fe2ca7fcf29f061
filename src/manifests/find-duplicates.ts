import { describeRef, resourceKey, type Resource } from '../mesh/model.js';
import type { ManifestProblem } from './types.js';

/** The same kind/namespace/name twice in one upload: one problem per repeat, naming both places. */
export function findDuplicates(resources: readonly Resource[]): ManifestProblem[] {
  const first = new Map<string, Resource>();
  const problems: ManifestProblem[] = [];
  for (const resource of resources) {
    const key = resourceKey(resource);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, resource);
      continue;
    }
    const described = describeRef(resource);
    const place = (r: Resource): string => `${r.source.file}:${r.source.line}`;
    problems.push({
      code: 'duplicate-object',
      file: resource.source.file,
      docIndex: resource.source.docIndex,
      line: resource.source.line,
      column: resource.source.column,
      object: described,
      fieldPath: null,
      message: `defined twice in this upload: at ${place(earlier)} and at ${place(resource)}`,
    });
  }
  return problems;
}
