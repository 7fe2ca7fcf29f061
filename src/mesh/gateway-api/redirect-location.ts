// HTTPRequestRedirectFilter: scheme, hostname, port, path and statusCode (default 302). Without a port, the
// port is the scheme's well-known port when a scheme is set, else the listener's port; well-known ports are
// left out of the Location.
import { asObject, asString } from '../model.js';
import { modifyPath } from './replace-path.js';
import type { Candidate, GatewayApiContext } from './types.js';

const WELL_KNOWN: Record<string, number> = { http: 80, https: 443 };

export type Redirect = { ok: true; location: string; status: number; notes: string[] } | { ok: false; reason: string };

export function redirectLocation(ctx: GatewayApiContext, filter: unknown, candidate: Candidate): Redirect {
  const f = asObject(filter) ?? {};
  const writtenScheme = asString(f.scheme);
  const scheme = (writtenScheme ?? ctx.view.scheme).toLowerCase();
  const hostname = asString(f.hostname) ?? ctx.hostname;
  const writtenPort = typeof f.port === 'number' ? f.port : null;
  const port = writtenPort ?? (writtenScheme ? WELL_KNOWN[scheme] ?? null : ctx.port);
  const notes: string[] = [];
  if (writtenPort === null) notes.push(writtenScheme ? `port ${port ?? '(none)'} is the well-known port of ${scheme}` : `port ${port} is the listener's port`);
  const path = modifyPath(f.path, candidate, ctx.view.pathWithoutQuery);
  if (path && !path.ok) return { ok: false, reason: path.reason };
  if (path) notes.push(path.how);
  const query = ctx.view.path.slice(ctx.view.pathWithoutQuery.length);
  const showPort = port !== null && port !== WELL_KNOWN[scheme];
  const location = `${scheme}://${hostname}${showPort ? `:${port}` : ''}${path ? path.path : ctx.view.pathWithoutQuery}${query}`;
  const status = typeof f.statusCode === 'number' ? f.statusCode : 302;
  return { ok: true, location, status, notes };
}
