// destinationRuleFor without client labels, for many client namespaces at once (memoized per index and host).
// A client namespace that holds no rule for the host and is not named in any such rule's exportTo walks the same
// lookup path past its own namespace and sees the same rules (R5.5.1, R2.3.1): all of them share one answer.
import { hostMatches } from '../hosts.js';
import type { MeshIndex } from '../index/types.js';
import { chosenDestinationRule, type MergedDestinationRule } from './destination-rule-for.js';
import { lookups } from './index-lookups.js';

export interface DestinationRulesByNamespace {
  host: string;
  /** Namespaces whose clients may find a different rule than `others`: namespaces of rules for the host and namespaces their exportTo names. */
  deciding: ReadonlySet<string>;
  /** The rule every client in a namespace outside `deciding` finds. */
  others: MergedDestinationRule | null;
  /** The rule clients in `namespace` find, as destinationRuleFor(index, host, namespace).rule. */
  of(namespace: string): MergedDestinationRule | null;
}

/** Not a namespace name (names are DNS labels), so it stands for "any namespace outside `deciding`". */
const ANY_OTHER_NAMESPACE = '\u0000other';

function decidingNamespaces(index: MeshIndex, host: string): Set<string> {
  const out = new Set<string>();
  for (const rule of lookups(index).destinationRulesNear(host)) {
    if (!hostMatches(rule.host, host)) continue;
    out.add(rule.namespace);
    for (const e of rule.exportTo) if (e !== '*' && e !== '.' && e !== '~') out.add(e);
  }
  return out;
}

function create(index: MeshIndex, host: string): DestinationRulesByNamespace {
  const deciding = decidingNamespaces(index, host);
  const others = chosenDestinationRule(index, host, ANY_OTHER_NAMESPACE);
  const found = new Map<string, MergedDestinationRule | null>();
  return {
    host, deciding, others,
    of(namespace) {
      if (!deciding.has(namespace)) return others;
      if (!found.has(namespace)) found.set(namespace, chosenDestinationRule(index, host, namespace));
      return found.get(namespace) ?? null;
    },
  };
}

const cache = new WeakMap<MeshIndex, Map<string, DestinationRulesByNamespace>>();

export function destinationRulesByNamespace(index: MeshIndex, host: string): DestinationRulesByNamespace {
  const h = host.toLowerCase();
  let perHost = cache.get(index);
  if (!perHost) cache.set(index, (perHost = new Map()));
  let built = perHost.get(h);
  if (!built) perHost.set(h, (built = create(index, h)));
  return built;
}
