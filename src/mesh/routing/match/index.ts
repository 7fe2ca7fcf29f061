// Request matching for the route simulator (reference §2.2, §3). Pure functions; see README.md.
export { buildRequestView, type RequestView, type RequestViewInput } from './request-view.js';
export { normalizePath } from './normalize-path.js';
export { keepMatchForProxy, type ProxyContext, type KeepMatchResult } from './keep-match-for-proxy.js';
export { evaluateMatch } from './evaluate-match.js';
export type { MatchOutcome, ConditionResult } from './match-outcome.js';
export { isCatchAllMatch } from './is-catch-all-match.js';
export { describeMatch } from './describe-match.js';
export { compileRegex, regexFullMatch, type CompiledRegex, type RegexTest } from './regex-cache.js';
export { parseStringMatch, describeStringMatch, testStringMatch, type StringMatchSpec } from './string-match.js';
