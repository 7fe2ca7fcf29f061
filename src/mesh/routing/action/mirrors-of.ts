import { asArray, asObject, asString, type JsonObject } from '../../model.js';
import { percentageValue } from './percentage.js';

export interface MirrorTarget {
  /** Resolved host (via the caller's `resolveHost`, e.g. short name -> FQDN in the VirtualService's namespace). */
  host: string;
  port: number | null;
  subset: string | null;
  /** Percent of the matching requests copied (0-100, may be fractional). */
  percent: number;
}

/** R4.10.1: where copies of the request go. Mirrors with an explicit 0 percent are not emitted by Istio and are left out. */
export function mirrorsOf(route: JsonObject, resolveHost: (host: string) => string): MirrorTarget[] {
  const out: MirrorTarget[] = [];
  const mirror = asObject(route.mirror);
  if (mirror) {
    const percent = singleMirrorPercent(route);
    const target = targetOf(mirror, percent, resolveHost);
    if (target && percent > 0) out.push(target);
  }
  for (const entry of asArray(route.mirrors)) {
    const policy = asObject(entry);
    const destination = asObject(policy?.destination);
    if (!policy || !destination) continue;
    const percent = policy.percentage === undefined ? 100 : (percentageValue(policy.percentage) ?? 100);
    const target = targetOf(destination, percent, resolveHost);
    if (target && percent > 0) out.push(target);
  }
  return out;
}

/** `mirrorPercentage` (Percent) first, then the deprecated integer `mirrorPercent`, else 100. */
function singleMirrorPercent(route: JsonObject): number {
  if (route.mirrorPercentage !== undefined) return percentageValue(route.mirrorPercentage) ?? 100;
  const legacy = route.mirrorPercent;
  if (typeof legacy === 'number') return Math.min(Math.max(Math.trunc(legacy), 0), 100);
  const wrapped = asObject(legacy)?.value;
  if (typeof wrapped === 'number') return Math.min(Math.max(Math.trunc(wrapped), 0), 100);
  return 100;
}

function targetOf(destination: JsonObject, percent: number, resolveHost: (host: string) => string): MirrorTarget | null {
  const host = asString(destination.host);
  if (!host) return null;
  const number = asObject(destination.port)?.number;
  return {
    host: resolveHost(host),
    port: typeof number === 'number' ? number : null,
    subset: asString(destination.subset) ?? null,
    percent,
  };
}
