import { RE2JS } from 're2js';
import { asArray, asObject, asString } from '../mesh/model.js';
import type { PathSegment } from './field-path.js';
import type { FieldIssue } from './field-issue.js';

const SINGLE_MATCH_FIELDS = ['uri', 'scheme', 'method', 'authority'] as const;
const MAP_MATCH_FIELDS = ['headers', 'withoutHeaders', 'queryParams'] as const;

const MAX_CACHED = 10_000;
// pattern → null when valid, else the reason; patterns repeat a lot across a mesh.
const compiled = new Map<string, string | null>();

function regexError(pattern: string): string | null {
  let reason = compiled.get(pattern);
  if (reason !== undefined) return reason;
  try {
    RE2JS.compile(pattern);
    reason = null;
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error);
  }
  if (compiled.size >= MAX_CACHED) compiled.clear();
  compiled.set(pattern, reason);
  return reason;
}

/** Every regex a VirtualService carries must compile as RE2 (Envoy's engine). */
export function checkVirtualServiceRegexes(object: Record<string, unknown>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (pattern: unknown, path: PathSegment[]): void => {
    const text = asString(pattern);
    if (text === undefined) return;
    const reason = regexError(text);
    if (reason !== null) issues.push({ code: 'invalid-regex', path, message: `not a valid RE2 regular expression (${reason})` });
  };
  asArray(asObject(object.spec)?.http).forEach((route, i) => {
    const httpRoute = asObject(route);
    if (!httpRoute) return;
    const base: PathSegment[] = ['spec', 'http', i];
    asArray(httpRoute.match).forEach((match, j) => {
      const request = asObject(match);
      if (!request) return;
      for (const field of SINGLE_MATCH_FIELDS) check(asObject(request[field])?.regex, [...base, 'match', j, field, 'regex']);
      for (const field of MAP_MATCH_FIELDS) {
        for (const [name, value] of Object.entries(asObject(request[field]) ?? {})) {
          const regex = asObject(value)?.regex;
          if (regex !== '*') check(regex, [...base, 'match', j, field, name, 'regex']); // R3.3.2: "*" means presence
        }
      }
    });
    asArray(asObject(httpRoute.corsPolicy)?.allowOrigins).forEach((origin, k) => {
      check(asObject(origin)?.regex, [...base, 'corsPolicy', 'allowOrigins', k, 'regex']);
    });
    const uriRegexRewrite = asObject(asObject(httpRoute.rewrite)?.uriRegexRewrite);
    check(uriRegexRewrite?.match, [...base, 'rewrite', 'uriRegexRewrite', 'match']);
  });
  return issues;
}
