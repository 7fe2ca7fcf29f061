// Gateway API match precedence (HTTPRouteRule.matches): Exact path > longest PathPrefix > method > most
// header matches > most query param matches > oldest route > namespace/name > rule order. Across path
// types Istio ranks Exact > PathPrefix > RegularExpression (regex precedence is implementation-specific).
import type { Candidate, PathMatchType } from './types.js';

const PATH_RANK: Record<PathMatchType, number> = { Exact: 3, PathPrefix: 2, RegularExpression: 1 };

interface Criterion { compare: (a: Candidate, b: Candidate) => number; explain: (winner: Candidate, loser: Candidate) => string }

const routeName = (c: Candidate): string => `${c.route.namespace}/${c.route.name}`;

const CRITERIA: readonly Criterion[] = [
  { compare: (a, b) => PATH_RANK[b.pathType] - PATH_RANK[a.pathType], explain: (w, l) => `an ${w.pathType} path match beats a ${l.pathType} one` },
  { compare: (a, b) => b.pathValue.length - a.pathValue.length, explain: (w, l) => `the longer path ${w.pathValue} (${w.pathValue.length} characters) beats ${l.pathValue} (${l.pathValue.length})` },
  { compare: (a, b) => Number(b.method !== null) - Number(a.method !== null), explain: () => 'a method match beats none (after the path)' },
  { compare: (a, b) => b.headerCount - a.headerCount, explain: (w, l) => `${w.headerCount} header matches beat ${l.headerCount}` },
  { compare: (a, b) => b.queryParamCount - a.queryParamCount, explain: (w, l) => `${w.queryParamCount} query parameter matches beat ${l.queryParamCount}` },
  { compare: (a, b) => a.routeOrder - b.routeOrder, explain: (w, l) => `on a tie the older route, then the first by namespace/name, wins (${routeName(w)} before ${routeName(l)})` },
  { compare: (a, b) => a.ruleIndex - b.ruleIndex, explain: (w, l) => `on a tie within one route the first rule wins (rule ${w.ruleIndex} before rule ${l.ruleIndex})` },
  { compare: (a, b) => (a.matchIndex ?? 0) - (b.matchIndex ?? 0), explain: () => 'the same rule matches through an earlier match entry' },
];

export function comparePrecedence(a: Candidate, b: Candidate): number {
  for (const c of CRITERIA) {
    const d = c.compare(a, b);
    if (d !== 0) return d;
  }
  return 0;
}

export function sortByPrecedence(candidates: readonly Candidate[]): Candidate[] {
  return [...candidates].sort(comparePrecedence);
}

/** Why `winner` goes before `loser`: the first precedence criterion that separates them. */
export function explainPrecedence(winner: Candidate, loser: Candidate): string {
  for (const c of CRITERIA) {
    if (c.compare(winner, loser) !== 0) return c.explain(winner, loser);
  }
  return 'they tie on every criterion';
}
