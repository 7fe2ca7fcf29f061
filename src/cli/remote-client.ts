// The remote CLI's HTTP client for the REST API (/api/v1). Responses are the service use cases' data;
// the CLI renders them exactly as it renders local answers.
import { AppError, type ErrorCode } from '../errors.js';
import { formatProblem, type ManifestProblem } from '../service/explain/index.js';

export interface RemoteClient {
  readonly server: string;
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
}

export const TOKEN_ENV = 'MESH_EXPLAINER_TOKEN';

export function createRemoteClient(server: string, token: string | undefined): RemoteClient {
  let base: URL;
  try {
    base = new URL(server.endsWith('/') ? server : `${server}/`);
  } catch {
    throw new AppError('BAD_INPUT', `--server: "${server}" is not a URL; e.g. --server http://localhost:8080`);
  }
  return {
    server: base.origin,
    async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
      const url = new URL(path.replace(/^\//, ''), base);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (token) headers.authorization = `Bearer ${token}`;
      let response: Response;
      try {
        response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        throw new AppError('UNAVAILABLE', `cannot reach ${base.origin}: ${cause?.code ?? cause?.message ?? String(error)}`);
      }
      const text = await response.text();
      const data = parseJson(text);
      if (!response.ok) throw responseError(method, url, response.status, data, text);
      if (data === undefined) throw new AppError('UNAVAILABLE', `${method} ${url.pathname}: the server did not answer JSON`);
      return data as T;
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

function responseError(method: string, url: URL, status: number, data: unknown, text: string): AppError {
  const doc = (data ?? {}) as { detail?: unknown; message?: unknown; code?: unknown; problems?: unknown };
  const detail = typeof doc.detail === 'string' ? doc.detail : typeof doc.message === 'string' ? doc.message : text.slice(0, 300) || `HTTP ${status}`;
  const problems = Array.isArray(doc.problems) ? doc.problems.map(problemLine) : [];
  const message = [detail, ...problems].join('\n');
  const hint = status === 401 || status === 403 ? ` (send a token with the ${TOKEN_ENV} environment variable)` : '';
  return new AppError(codeFor(status, doc.code), `${method} ${url.pathname} answered ${status}: ${message}${hint}`);
}

function problemLine(p: unknown): string {
  if (p && typeof p === 'object' && 'message' in p && 'file' in p) return formatProblem(p as ManifestProblem);
  if (p && typeof p === 'object' && 'message' in p) return String((p as { message: unknown }).message);
  return JSON.stringify(p);
}

function codeFor(status: number, code: unknown): ErrorCode {
  if (code === 'MANIFESTS_INVALID') return 'MANIFESTS_INVALID';
  if (status === 400 || status === 422) return 'BAD_INPUT';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  return 'UNAVAILABLE';
}
