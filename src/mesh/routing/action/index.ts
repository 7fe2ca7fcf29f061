// Route actions for the route simulator (reference §4). Pure functions; see README.md.
export { actionKind, type ActionKind } from './action-kind.js';
export { weightsAsPercent, type DestinationShare } from './weights-as-percent.js';
export { effectivePath, type EffectivePath } from './effective-path.js';
export { effectiveAuthority, type EffectiveAuthority } from './effective-authority.js';
export { redirectOf, type RedirectResult } from './redirect-of.js';
export { directResponseOf } from './direct-response-of.js';
export { faultOf, type FaultResult } from './fault-of.js';
export { timeoutOf } from './timeout-of.js';
export { retriesOf, DEFAULT_RETRY_ON } from './retries-of.js';
export { mirrorsOf, type MirrorTarget } from './mirrors-of.js';
export { headerOperationsOf } from './header-operations-of.js';
export { percentageValue } from './percentage.js';
