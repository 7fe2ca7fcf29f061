// R2.7.3 / R2.7.4: merging a delegate http route into the root route that delegates to it
// (istio/istio: pilot/pkg/model/virtualservice_controller.go, mergeHTTPRoute, hasConflict, stringMatchConflict).
import { asArray, asObject, asString, type JsonObject } from '../model.js';

const INHERITED = ['rewrite', 'directResponse', 'timeout', 'retries', 'fault', 'mirror', 'mirrorPercent', 'mirrorPercentage', 'corsPolicy', 'mirrors', 'headers'];

function stringField(match: JsonObject | undefined, kind: 'exact' | 'prefix' | 'regex'): string {
  return asString(match?.[kind]) ?? '';
}

/** Does a delegate string match fall outside its root's? Regex on either side always conflicts. */
export function stringMatchConflict(root: unknown, leaf: unknown): boolean {
  const r = asObject(root);
  const l = asObject(leaf);
  if (!r || !l) return false;
  if (stringField(r, 'regex') !== '' || stringField(l, 'regex') !== '') return true;
  const exact = stringField(r, 'exact');
  if (exact !== '') return stringField(l, 'prefix') !== '' || stringField(l, 'exact') !== exact;
  const prefix = stringField(r, 'prefix');
  if (prefix !== '') {
    if (stringField(l, 'prefix') !== '') return !stringField(l, 'prefix').startsWith(prefix);
    if (stringField(l, 'exact') !== '') return !stringField(l, 'exact').startsWith(prefix);
  }
  return true;
}

function mapConflict(root: unknown, leaf: unknown): boolean {
  const r = asObject(root) ?? {};
  return Object.entries(asObject(leaf) ?? {}).some(([key, value]) => stringMatchConflict(r[key], value));
}

/** Which field makes the delegate match incompatible with the root match, or null. */
export function matchConflict(root: JsonObject, leaf: JsonObject): string | null {
  for (const field of ['uri', 'scheme', 'method', 'authority']) if (stringMatchConflict(root[field], leaf[field])) return field;
  for (const field of ['headers', 'withoutHeaders', 'queryParams']) if (mapConflict(root[field], leaf[field])) return field;
  if (Boolean(root.ignoreUriCase) !== Boolean(leaf.ignoreUriCase)) return 'ignoreUriCase';
  const rootPort = Number(root.port ?? 0);
  const leafPort = Number(leaf.port ?? 0);
  if (rootPort > 0 && leafPort > 0 && rootPort !== leafPort) return 'port';
  const rootNamespace = asString(root.sourceNamespace) ?? '';
  if (rootNamespace !== '' && asString(leaf.sourceNamespace) !== rootNamespace) return 'sourceNamespace';
  const rootLabels = asObject(root.sourceLabels) ?? {};
  for (const [k, v] of Object.entries(asObject(leaf.sourceLabels) ?? {})) if (k in rootLabels && rootLabels[k] !== v) return 'sourceLabels';
  const rootGateways = asArray(root.gateways);
  const leafGateways = asArray(leaf.gateways);
  if (rootGateways.length > 0 && leafGateways.length > 0 && leafGateways.some((g) => !rootGateways.includes(g))) return 'gateways';
  return null;
}

function mergeMatch(root: JsonObject, leaf: JsonObject): JsonObject {
  const out: JsonObject = { ...leaf };
  for (const field of ['uri', 'scheme', 'method', 'authority', 'sourceNamespace', 'statPrefix']) if (out[field] === undefined) out[field] = root[field];
  for (const field of ['headers', 'withoutHeaders', 'queryParams', 'sourceLabels']) {
    if (root[field] !== undefined || leaf[field] !== undefined) out[field] = { ...(asObject(root[field]) ?? {}), ...(asObject(leaf[field]) ?? {}) };
  }
  if (!out.port) out.port = root.port;
  if (asArray(out.gateways).length === 0 && root.gateways !== undefined) out.gateways = root.gateways;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

export interface MergedMatch { match: JsonObject; leafIndex: number | null; rootIndex: number | null }

/** Every delegate match combined with every compatible root match; null when a delegate match fits no root match. */
export function mergeMatches(root: JsonObject[], leaf: JsonObject[]): { matches: MergedMatch[]; conflict: string | null } {
  if (root.length === 0) return { matches: leaf.map((match, i) => ({ match, leafIndex: i, rootIndex: null })), conflict: null };
  if (leaf.length === 0) return { matches: root.map((match, i) => ({ match, leafIndex: null, rootIndex: i })), conflict: null };
  const matches: MergedMatch[] = [];
  for (const [li, l] of leaf.entries()) {
    let found = false;
    let why = '';
    for (const [ri, r] of root.entries()) {
      const conflict = matchConflict(r, l);
      if (conflict) {
        why ||= `match[${li}].${conflict} is not compatible with the root's match[${ri}].${conflict}`;
        continue;
      }
      matches.push({ match: mergeMatch(r, l), leafIndex: li, rootIndex: ri });
      found = true;
    }
    if (!found) return { matches: [], conflict: why };
  }
  return { matches, conflict: null };
}

/** R2.7.4: the delegate route inherits what it does not set itself; names join as `root-delegate`. */
export function inheritFromRoot(root: JsonObject, leaf: JsonObject): JsonObject {
  const out: JsonObject = { ...leaf };
  for (const field of INHERITED) if (out[field] === undefined && root[field] !== undefined) out[field] = root[field];
  const rootName = asString(root.name);
  const leafName = asString(leaf.name);
  if (!leafName && rootName) out.name = rootName;
  else if (leafName && rootName) out.name = `${rootName}-${leafName}`;
  return out;
}
