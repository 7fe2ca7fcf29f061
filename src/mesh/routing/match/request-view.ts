import { normalizePath } from './normalize-path.js';

/** The request as Envoy's route matcher sees it. Built once per request by the pipeline. */
export interface RequestView {
  /** `:path` that routing matches: normalised (R3.2.6), fragment removed, may include `?query`. */
  path: string;
  /** `path` without the query string: what `uri.exact` and `uri.regex` compare (R3.2.1, R3.2.3). */
  pathWithoutQuery: string;
  /** The path exactly as the caller gave it (before normalisation), for explanations. */
  originalPath: string;
  /** Query parameters in order of appearance; names case-sensitive (R3.5.2); values not percent-decoded. */
  query: Map<string, string[]>;
  method: string;
  scheme: string;
  /** Host / `:authority` as sent, port included (R1.2.4, R3.7.1). */
  authority: string;
  /**
   * Lower-cased names (R3.3.4); repeated headers joined with `,`. Also holds the pseudo headers `:method`,
   * `:scheme`, `:authority`, `:path`, and `host` (Envoy maps the legacy `host` name to `:authority`).
   */
  headers: Map<string, string>;
}

export interface RequestViewInput {
  host: string;
  path?: string | null;
  method?: string | null;
  scheme?: string | null;
  headers?: { name: string; value: string }[] | null;
}

/**
 * Builds the RequestView. Defaults: path `/`, method `GET`, scheme `http`. A `#fragment` is dropped (clients
 * never send it); the pseudo headers come from the dedicated fields and win over same-named entries in `headers`.
 */
export function buildRequestView(req: RequestViewInput): RequestView {
  const originalPath = req.path && req.path.length > 0 ? req.path : '/';
  const withoutFragment = originalPath.split('#')[0] ?? '';
  const q = withoutFragment.indexOf('?');
  const rawPath = q < 0 ? withoutFragment : withoutFragment.slice(0, q);
  const queryString = q < 0 ? null : withoutFragment.slice(q + 1);
  const pathWithoutQuery = normalizePath(rawPath);
  const path = queryString === null ? pathWithoutQuery : `${pathWithoutQuery}?${queryString}`;
  const method = req.method && req.method.length > 0 ? req.method : 'GET';
  const scheme = req.scheme && req.scheme.length > 0 ? req.scheme : 'http';
  const authority = req.host;

  const headers = new Map<string, string>();
  for (const h of req.headers ?? []) {
    const name = h.name.trim().toLowerCase();
    const previous = headers.get(name);
    headers.set(name, previous === undefined ? h.value : `${previous},${h.value}`);
  }
  headers.set(':method', method);
  headers.set(':scheme', scheme);
  headers.set(':authority', authority);
  headers.set(':path', path);
  headers.set('host', authority);

  return { path, pathWithoutQuery, originalPath, query: parseQuery(queryString), method, scheme, authority, headers };
}

/** `?a=1&b&a=2` -> a: ['1','2'], b: ['']. A name without `=` has the empty value (R3.5.1). */
function parseQuery(queryString: string | null): Map<string, string[]> {
  const query = new Map<string, string[]>();
  if (queryString === null) return query;
  for (const part of queryString.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? '' : part.slice(eq + 1);
    query.set(name, [...(query.get(name) ?? []), value]);
  }
  return query;
}
