// Stage 'action': the matched rule's filters. RequestRedirect answers the client itself; URLRewrite and the
// header modifiers change what the backend receives. Other filter types are reported, not simulated.
import { asArray, asObject, asString, getIn } from '../model.js';
import { recordStep } from '../trace/steps.js';
import { emptyHeaderOperations, headerOperations, mergeHeaderOperations, type HeaderOperations } from './header-modifier.js';
import { redirectLocation } from './redirect-location.js';
import { modifyPath } from './replace-path.js';
import type { Candidate, GatewayApiContext } from './types.js';

export interface FilterEffects {
  redirect: { location: string; status: number } | null;
  rewrite: { path: string | null; authority: string | null } | null;
  requestHeaders: HeaderOperations;
  responseHeaders: HeaderOperations;
  /** Set when a filter is invalid: Gateway API answers 500 for the rule. */
  invalid: string | null;
}

function applyRewrite(ctx: GatewayApiContext, filter: unknown, c: Candidate, effects: FilterEffects, fieldPath: string): void {
  const f = asObject(filter) ?? {};
  const path = modifyPath(f.path, c, ctx.view.pathWithoutQuery);
  if (path && !path.ok) {
    effects.invalid = path.reason;
    return;
  }
  const query = ctx.view.path.slice(ctx.view.pathWithoutQuery.length);
  const authority = asString(f.hostname) ?? null;
  effects.rewrite = { path: path ? `${path.path}${query}` : null, authority };
  const parts = [path ? path.how : null, authority ? `the Host header becomes ${authority}` : null].filter((p): p is string => p !== null);
  recordStep(ctx.steps, { stage: 'action', decision: 'applied', source: ctx.index.cite(c.route, fieldPath), reason: `URLRewrite: ${parts.join('; ') || 'nothing to change'}.` });
}

function applyOne(ctx: GatewayApiContext, c: Candidate, raw: unknown, fieldPath: string, effects: FilterEffects): void {
  const filter = asObject(raw) ?? {};
  const type = asString(filter.type) ?? '(no type)';
  const source = ctx.index.cite(c.route, fieldPath);
  if (type === 'RequestRedirect') {
    const r = redirectLocation(ctx, filter.requestRedirect, c);
    if (!r.ok) effects.invalid = r.reason;
    else {
      effects.redirect = { location: r.location, status: r.status };
      recordStep(ctx.steps, { stage: 'action', decision: 'applied', source, reason: `RequestRedirect answers ${r.status} with Location ${r.location}${r.notes.length > 0 ? ` (${r.notes.join('; ')})` : ''}; no backend is called.` });
    }
  } else if (type === 'URLRewrite') applyRewrite(ctx, filter.urlRewrite, c, effects, fieldPath);
  else if (type === 'RequestHeaderModifier' || type === 'ResponseHeaderModifier') {
    const request = type === 'RequestHeaderModifier';
    const ops = headerOperations(request ? filter.requestHeaderModifier : filter.responseHeaderModifier);
    if (request) effects.requestHeaders = mergeHeaderOperations(effects.requestHeaders, ops);
    else effects.responseHeaders = mergeHeaderOperations(effects.responseHeaders, ops);
    recordStep(ctx.steps, { stage: 'action', decision: 'applied', source, reason: `${type}: set ${JSON.stringify(ops.set)}, add ${JSON.stringify(ops.add)}, remove [${ops.remove.join(', ')}] on the ${request ? 'request to the backend' : 'response to the client'}.` });
  } else {
    recordStep(ctx.steps, { stage: 'action', decision: 'info', source, reason: `Filter ${type} is not simulated by the explainer; it does not change which backend is chosen.` });
  }
  if (effects.invalid) recordStep(ctx.steps, { stage: 'action', decision: 'failed', source, reason: `Filter ${type} is invalid: ${effects.invalid}; Gateway API answers 500 for this rule.` });
}

export function applyFilters(ctx: GatewayApiContext, c: Candidate): FilterEffects {
  const effects: FilterEffects = { redirect: null, rewrite: null, requestHeaders: emptyHeaderOperations(), responseHeaders: emptyHeaderOperations(), invalid: null };
  const filters = asArray(getIn(c.route.object, 'spec', 'rules', c.ruleIndex, 'filters'));
  filters.forEach((raw, i) => {
    if (!effects.invalid) applyOne(ctx, c, raw, `spec.rules[${c.ruleIndex}].filters[${i}]`, effects);
  });
  return effects;
}
