// istio-config-validator cases (../shared/conformance/icv): unfolded requests, and the matched route's
// configuration compared with the assertions under ICV's wantMatch rule (README §1).
import { isDeepStrictEqual } from 'node:util';
import { asObject, getIn, type JsonObject } from '../../../src/mesh/model.js';
import type { MeshIndex } from '../../../src/mesh/index/types.js';
import type { SimulatedRoutePath, SimulationRequest } from '../../../src/mesh/routing/index.js';

export interface IcvInput { authority: string; method: string; uri: string; headers: Record<string, string> }
export interface IcvTestCase { description: string; wantMatch: boolean; unfoldedInputs: IcvInput[]; assertions: Record<string, unknown> }
export interface IcvSuite { testFile: string; configFiles: string[]; testCases: IcvTestCase[] }

export function icvRequest(input: IcvInput): SimulationRequest {
  return { host: input.authority, method: input.method, path: input.uri, headers: Object.entries(input.headers ?? {}).map(([name, value]) => ({ name, value })) };
}

function ruleAt(index: MeshIndex, source: { kind: string; namespace: string | null; name: string; field: string } | null): JsonObject | undefined {
  if (!source) return undefined;
  const resource = index.get(source.kind, source.namespace, source.name);
  const path = source.field.split(/[.[\]]/).filter(Boolean).map((seg) => (/^\d+$/.test(seg) ? Number(seg) : seg));
  return asObject(getIn(resource?.object, ...path));
}

/** The configuration ICV compares: the matched rule's route/rewrite/redirect/fault/headers, and the root's delegate. */
export function projectRoute(index: MeshIndex, result: SimulatedRoutePath): Record<string, unknown> {
  const matched = result.matchedRoute;
  if (!matched) return {};
  const root = ruleAt(index, matched.delegatedFrom);
  return { ...matched.rule, delegate: root?.delegate ?? matched.rule.delegate };
}

/** wantMatch true: every asserted field equals the route's; false: every asserted field differs. */
export function icvVerdict(testCase: IcvTestCase, projected: Record<string, unknown>): string | null {
  for (const [field, want] of Object.entries(testCase.assertions)) {
    const equal = isDeepStrictEqual(normalize(projected[field]), normalize(want));
    if (equal !== testCase.wantMatch) return `${field}: expected ${testCase.wantMatch ? '' : 'anything but '}${JSON.stringify(want)}, the matched route has ${JSON.stringify(projected[field] ?? null)}`;
  }
  return null;
}

function normalize(value: unknown): unknown {
  return value === undefined ? null : JSON.parse(JSON.stringify(value)) as unknown;
}
