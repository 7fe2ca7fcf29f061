import { asObject, asString, type JsonObject } from '../../model.js';
import type { RequestView } from '../match/request-view.js';
import { parseStringMatch } from '../match/string-match.js';

export interface RedirectResult {
  location: string;
  status: number;
  reason: string;
  /** true when the reference marks the outcome UNVERIFIED (R4.3.1 unsupported codes, prefixRewrite on non-prefix). */
  unverified: boolean;
}

const SUPPORTED_CODES = [301, 302, 303, 307, 308];

/** R4.3.1-R4.3.3: the redirect the proxy answers with, or null when the route has no `redirect`. */
export function redirectOf(route: JsonObject, matchedUri: JsonObject | undefined, request: RequestView, listenerPort: number, tlsServer: boolean): RedirectResult | null {
  const redirect = asObject(route.redirect);
  if (!redirect) return null;
  const code = typeof redirect.redirectCode === 'number' ? redirect.redirectCode : 0;
  const status = code === 0 ? 301 : code;
  const notes: string[] = [];
  let unverified = false;
  if (!SUPPORTED_CODES.includes(status)) {
    unverified = true;
    notes.push(`redirectCode ${status} is not one Istio translates (301, 302, 303, 307, 308): it emits a route without an action, and what the proxy then does is UNVERIFIED (R4.3.1)`);
  }
  const path = redirectPath(redirect, matchedUri, request);
  if (path.unverified) unverified = true;
  notes.push(path.note);

  const port = redirectPort(redirect, listenerPort);
  const defaultScheme = asString(redirect.scheme) || (tlsServer ? 'https' : 'http');
  const portIsDefault = (port === 80 && defaultScheme === 'http') || (port === 443 && defaultScheme === 'https');
  const emittedPort = port !== null && !portIsDefault ? port : null;
  if (port !== null) notes.push(emittedPort === null ? `port ${port} is the default for ${defaultScheme}, so it is left out (R4.3.3)` : `port ${port} is set (R4.3.3)`);
  const scheme = asString(redirect.scheme) || request.scheme;
  const authority = asString(redirect.authority);
  let host = authority || requestHost(request, scheme, emittedPort !== null);
  if (emittedPort !== null) host = `${authority ? host : stripPort(host)}:${emittedPort}`;
  if (authority) notes.push(`authority ${authority} replaces the host (R4.3.3)`);
  if (asString(redirect.scheme)) notes.push(`scheme ${scheme} replaces the request's (R4.3.3)`);
  const location = `${scheme}://${host}${path.path}`;
  return { location, status, reason: `the proxy answers ${status} with Location ${location}: ${notes.join('; ')}`, unverified };
}

function redirectPath(redirect: JsonObject, matchedUri: JsonObject | undefined, request: RequestView): { path: string; note: string; unverified: boolean } {
  const query = request.path.slice(request.pathWithoutQuery.length);
  const uri = asString(redirect.uri);
  if (uri) {
    const path = uri.includes('?') ? uri : `${uri}${query}`;
    return { path, note: `uri replaces the whole path${query && !uri.includes('?') ? ' and the query string is kept' : ''} (R4.3.2)`, unverified: false };
  }
  const prefixRewrite = asString(redirect.prefixRewrite);
  if (prefixRewrite !== undefined) {
    const spec = parseStringMatch(matchedUri);
    if (spec.type === 'exact' || spec.type === 'regex') {
      return { path: `${prefixRewrite}${query}`, note: `prefixRewrite needs prefix uri matches; with a ${spec.type} match the whole path is assumed replaced (UNVERIFIED, R4.3.2)`, unverified: true };
    }
    const prefix = spec.type === 'prefix' ? spec.value : '/';
    return { path: `${prefixRewrite}${request.path.slice(prefix.length)}`, note: `prefixRewrite replaces the matched prefix ${JSON.stringify(prefix)} (R4.3.2)`, unverified: false };
  }
  return { path: request.path, note: 'the path is unchanged (R4.3.2)', unverified: false };
}

function redirectPort(redirect: JsonObject, listenerPort: number): number | null {
  if (redirect.derivePort === 'FROM_REQUEST_PORT') return listenerPort;
  if (typeof redirect.port === 'number' && redirect.port > 0) return redirect.port;
  return null;
}

/** Envoy keeps the request's Host; it drops the port when a new port is set, or when the scheme changes away from the port's default. */
function requestHost(request: RequestView, newScheme: string, newPort: boolean): string {
  const host = request.authority;
  const port = /:(\d+)$/.exec(host)?.[1];
  if (port === undefined) return host;
  if (newPort) return stripPort(host);
  const schemeChanged = newScheme !== request.scheme;
  const defaultPort = (request.scheme === 'http' && port === '80') || (request.scheme === 'https' && port === '443');
  return schemeChanged && defaultPort ? stripPort(host) : host;
}

function stripPort(host: string): string {
  return host.replace(/:\d+$/, '');
}
