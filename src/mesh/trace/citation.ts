// How renderers write a citation: `file:line` plus the resource and field.
import type { SourceRef } from '../model.js';

export function fileLine(source: SourceRef): string {
  return `${source.file}:${source.line}`;
}

export function citation(source: SourceRef | null): string {
  if (!source) return '';
  const resource = source.namespace ? `${source.kind} ${source.namespace}/${source.name}` : `${source.kind} ${source.name}`;
  return `${fileLine(source)} (${resource}${source.field ? ` ${source.field}` : ''})`;
}
