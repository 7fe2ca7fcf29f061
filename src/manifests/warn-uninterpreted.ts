import { describeRef } from '../mesh/model.js';
import type { BuiltResource } from './build-resource.js';
import type { ProblemCollector } from './problem-collector.js';

/** One warning per apiVersion+kind the engine does not read, citing the first object and the count. */
export function warnUninterpreted(built: readonly BuiltResource[], collector: ProblemCollector): void {
  const groups = new Map<string, { first: BuiltResource; count: number }>();
  for (const entry of built) {
    const { treatment } = entry.treatment;
    if (treatment !== 'not-interpreted' && treatment !== 'not-yet-interpreted') continue;
    const key = `${entry.resource.apiVersion}\u0000${entry.resource.kind}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { first: entry, count: 1 });
  }
  for (const { first, count } of groups.values()) {
    const { resource, treatment } = first;
    const what = `${resource.kind} (${resource.apiVersion}): ${count} object${count === 1 ? '' : 's'} stored`;
    const supported = treatment.treatment === 'not-interpreted' && treatment.supportedApiVersions.length > 0
      ? ` (the engine reads ${resource.kind} in ${treatment.supportedApiVersions.join(', ')})`
      : '';
    collector.warn({
      code: treatment.treatment,
      file: resource.source.file,
      docIndex: resource.source.docIndex,
      line: resource.source.line,
      object: describeRef(resource),
      message: treatment.treatment === 'not-yet-interpreted'
        ? `${what}, not yet interpreted by the engine`
        : `${what}, not interpreted by the engine${supported}`,
    });
  }
}
