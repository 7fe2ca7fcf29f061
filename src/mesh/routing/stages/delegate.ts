// Stage 6: the http routes of each VirtualService, delegates expanded in place (R2.7.1-R2.7.4).
import { asArray, asObject, asString, getIn, type JsonObject } from '../../model.js';
import { isExportedTo } from '../../hosts.js';
import type { VirtualServiceInfo } from '../../index/types.js';
import { recordStep } from '../../trace/steps.js';
import type { SimulationContext } from '../context.js';
import { inheritFromRoot, mergeMatches } from '../delegate-merge.js';
import type { BoundVirtualService } from '../virtual-hosts.js';

export interface MatchEntry {
  match: JsonObject;
  /** Where the match is written, e.g. `spec.http[0].match[1]` of `owner` (the root's when inherited). */
  fieldPath: string;
  resourceOwner: VirtualServiceInfo;
}

export interface CandidateRoute {
  bound: BoundVirtualService;
  /** The VirtualService whose YAML holds the route: the root, or the delegate it came from. */
  owner: VirtualServiceInfo;
  /** 0-based position in the root VirtualService's http list after delegation. */
  index: number;
  /** `spec.http[j]` inside `owner`. */
  fieldPath: string;
  route: JsonObject;
  matches: MatchEntry[];
  name: string | null;
  /** The root route (`spec.http[i]`) that delegated, or null. */
  delegatedFrom: string | null;
}

function plainRoute(bound: BoundVirtualService, route: JsonObject, i: number, index: number): CandidateRoute {
  const vs = bound.virtualService;
  const matches = asArray(route.match).map((m, j) => ({ match: asObject(m) ?? {}, fieldPath: `spec.http[${i}].match[${j}]`, resourceOwner: vs }));
  return { bound, owner: vs, index, fieldPath: `spec.http[${i}]`, route, matches, name: asString(route.name) ?? null, delegatedFrom: null };
}

function delegateTarget(ctx: SimulationContext, root: VirtualServiceInfo, route: JsonObject, i: number): VirtualServiceInfo | null {
  const name = asString(getIn(route, 'delegate', 'name')) ?? '';
  const namespace = asString(getIn(route, 'delegate', 'namespace')) ?? root.namespace;
  const target = ctx.index.virtualService(namespace, name);
  const source = ctx.index.cite(root.resource, `spec.http[${i}].delegate`);
  const problem = !target ? `VirtualService ${namespace}/${name} does not exist`
    : !isExportedTo(target.exportTo, target.namespace, root.namespace) ? `VirtualService ${namespace}/${name} is not exported to ${root.namespace}` : null;
  if (problem) {
    recordStep(ctx.steps, { stage: 'delegate', decision: 'skipped', source, rules: ['R2.7.2'], reason: `Route ${i} of VirtualService ${root.namespace}/${root.name} delegates to ${namespace}/${name}, but ${problem}, so istiod drops this route.` });
    return null;
  }
  recordStep(ctx.steps, { stage: 'delegate', decision: 'applied', source, rules: ['R2.7.2'], reason: `Route ${i} of VirtualService ${root.namespace}/${root.name} is replaced by the routes of delegate VirtualService ${namespace}/${name}.` });
  return target!;
}

function delegatedRoutes(ctx: SimulationContext, bound: BoundVirtualService, root: JsonObject, i: number, start: number): CandidateRoute[] {
  const target = delegateTarget(ctx, bound.virtualService, root, i);
  if (!target) return [];
  const rootMatches = asArray(root.match).map((m) => asObject(m) ?? {});
  const out: CandidateRoute[] = [];
  for (const [j, raw] of asArray(getIn(target.resource.object, 'spec', 'http')).entries()) {
    const leaf = asObject(raw) ?? {};
    const merged = mergeMatches(rootMatches, asArray(leaf.match).map((m) => asObject(m) ?? {}));
    if (merged.conflict !== null) {
      recordStep(ctx.steps, { stage: 'delegate', decision: 'skipped', source: ctx.index.cite(target.resource, `spec.http[${j}].match`), rules: ['R2.7.3'], reason: `Delegate route ${j} of ${target.namespace}/${target.name} is dropped: its ${merged.conflict}.` });
      continue;
    }
    const matches = merged.matches.map((m) => m.leafIndex !== null
      ? { match: m.match, fieldPath: `spec.http[${j}].match[${m.leafIndex}]`, resourceOwner: target }
      : { match: m.match, fieldPath: `spec.http[${i}].match[${m.rootIndex}]`, resourceOwner: bound.virtualService });
    const route = inheritFromRoot(root, leaf);
    out.push({ bound, owner: target, index: start + out.length, fieldPath: `spec.http[${j}]`, route, matches, name: asString(route.name) ?? null, delegatedFrom: `spec.http[${i}]` });
  }
  return out;
}

/** The routes of every bound VirtualService, in order, delegates merged in place. */
export function expandDelegates(ctx: SimulationContext, bound: BoundVirtualService[]): CandidateRoute[][] {
  return bound.map((b) => {
    const routes: CandidateRoute[] = [];
    for (const [i, raw] of asArray(getIn(b.virtualService.resource.object, 'spec', 'http')).entries()) {
      const route = asObject(raw) ?? {};
      if (route.delegate !== undefined) routes.push(...delegatedRoutes(ctx, b, route, i, routes.length));
      else routes.push(plainRoute(b, route, i, routes.length));
    }
    return routes;
  });
}
