import { AppError } from '../../../errors.js';
import { headersMapToList } from '../route-request-schema.js';
import { joinPath } from '../format-zod-issues.js';
import { parseDataFile } from '../parse-data-file.js';
import { routeTestCasesSchema, type RouteTestCase } from './route-test-case-schema.js';

/**
 * Reads a routing test file (YAML or JSON): a list of cases, or `{cases: [...]}`. Request headers may
 * be a `{name: value}` map. Problems come back as one BAD_INPUT listing `file:line:column: path: message`.
 */
export function parseRouteTestCasesFile(text: string, fileName: string): RouteTestCase[] {
  const file = parseDataFile(text, fileName);
  const wrapped = isCasesObject(file.value);
  const list = wrapped ? (file.value as { cases: unknown }).cases : file.value;
  const prefix: PropertyKey[] = wrapped ? ['cases'] : [];
  if (!Array.isArray(list)) {
    throw new AppError('BAD_INPUT', `${file.locate(prefix)}: expected a list of cases or {cases: [...]} (see docs/routing-tests.md)`);
  }
  const parsed = routeTestCasesSchema.safeParse(list.map(normalizeCase));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const path = [...prefix, ...issue.path];
    return `${file.locate(path)}: ${joinPath('', path) || '(top level)'}: ${issue.message}`;
  });
  throw new AppError('BAD_INPUT', `${fileName}: invalid routing test cases:\n${lines.join('\n')}`);
}

/** Validates cases that arrive as data (REST, MCP): same rules, paths instead of lines. */
export function parseRouteTestCases(raw: unknown): RouteTestCase[] {
  const list = isCasesObject(raw) ? (raw as { cases: unknown }).cases : raw;
  const parsed = routeTestCasesSchema.safeParse(Array.isArray(list) ? list.map(normalizeCase) : list);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${joinPath('cases', issue.path)}: ${issue.message}`);
  throw new AppError('BAD_INPUT', `invalid routing test cases:\n${lines.join('\n')}`);
}

function isCasesObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && 'cases' in value;
}

function normalizeCase(raw: unknown): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const c = raw as Record<string, unknown>;
  return 'request' in c ? { ...c, request: headersMapToList(c.request) } : c;
}
