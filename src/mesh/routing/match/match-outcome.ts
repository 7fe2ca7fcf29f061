/**
 * Result of evaluating one HTTPMatchRequest against a request. On failure, `field` is the path of the first
 * failing condition relative to the match object (e.g. `headers.end-user.exact`), so the caller can cite
 * `spec.http[i].match[j].<field>`. `rules` are the reference rules behind the decision; `unverified` is true
 * when the reference marks the deciding behaviour UNVERIFIED.
 */
export type MatchOutcome =
  | { matched: true; reason: string; rules: string[]; unverified: boolean }
  | { matched: false; field: string; reason: string; rules: string[]; unverified: boolean };

/** Outcome of one condition inside a match. */
export type ConditionResult =
  | { ok: true; reason: string; rules: string[]; unverified?: boolean }
  | { ok: false; field: string; reason: string; rules: string[]; unverified?: boolean };
