// Stage 'match': every (route, rule, match) of the competing routes, tried in Gateway API precedence order,
// not in declaration order; the first that matches wins.
import { recordStep } from '../trace/steps.js';
import { buildCandidates } from './candidates.js';
import { evaluateCandidate } from './match-conditions.js';
import { explainPrecedence, sortByPrecedence } from './precedence.js';
import type { AttachedRoute, Candidate, GatewayApiContext } from './types.js';

/** At most this many lower-precedence matching candidates are reported as "also matches". */
const SHOWN_RUNNERS_UP = 5;

export function describeCandidate(c: Candidate): string {
  const match = c.matchIndex === null ? ' (no matches: PathPrefix / by default)' : c.matchIndex > 0 ? ` match ${c.matchIndex}` : '';
  return `HTTPRoute ${c.route.namespace}/${c.route.name} rule ${c.ruleIndex}${match}`;
}

function reportRunnersUp(ctx: GatewayApiContext, winner: Candidate, rest: Candidate[]): void {
  let shown = 0;
  for (const c of rest) {
    if (shown >= SHOWN_RUNNERS_UP) break;
    if (c.route === winner.route && c.ruleIndex === winner.ruleIndex) continue;
    if (!evaluateCandidate(c, ctx.view).matched) continue;
    shown += 1;
    recordStep(ctx.steps, { stage: 'match', decision: 'skipped', source: ctx.index.cite(c.route, c.fieldPath), reason: `${describeCandidate(c)} also matches but loses: ${explainPrecedence(winner, c)} (Gateway API precedence, not rule order as in a VirtualService).` });
  }
}

export function selectRule(ctx: GatewayApiContext, routes: AttachedRoute[]): Candidate | null {
  const ordered = sortByPrecedence(buildCandidates(routes.map((r) => r.route)));
  for (let i = 0; i < ordered.length; i += 1) {
    const c = ordered[i];
    const result = evaluateCandidate(c, ctx.view);
    const source = ctx.index.cite(c.route, result.failedField ?? c.fieldPath);
    if (!result.matched) {
      recordStep(ctx.steps, { stage: 'match', decision: 'not-matched', source, reason: `${describeCandidate(c)} does not match: ${result.reasons[result.reasons.length - 1]}.` });
      continue;
    }
    recordStep(ctx.steps, { stage: 'match', decision: 'matched', source, reason: `${describeCandidate(c)} matches (${result.reasons.join(', ')}); it is the first match in Gateway API precedence order.` });
    reportRunnersUp(ctx, c, ordered.slice(i + 1));
    return c;
  }
  const what = ordered.length === 0 ? 'no rules compete' : `none of ${ordered.length} match(es) fits`;
  recordStep(ctx.steps, { stage: 'match', decision: 'failed', source: null, reason: `No HTTPRoute rule matches ${ctx.view.method} ${ctx.view.path}: ${what}, so the request gets 404.` });
  return null;
}
