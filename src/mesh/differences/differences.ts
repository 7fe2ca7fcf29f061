// differences(kind, versus): the general comparison of two kinds, built from the knowledge data.
import { DIMENSIONS } from './dimensions.js';
import { DifferencesInputError } from './differences-input-error.js';
import { KIND_KNOWLEDGE } from './kinds/index.js';
import { PAIR_KNOWLEDGE, comparableKinds, findPair } from './pairs/index.js';
import { RESOURCE_KINDS, kindName, parseResourceKind, type ResourceKind } from './resource-kind.js';
import type { DimensionEntry, DimensionSide, Differences } from './types.js';

/** Every supported pair, as `[kind, versus]` in the orientation the registry stores it. */
export function supportedPairs(): [ResourceKind, ResourceKind][] {
  return PAIR_KNOWLEDGE.map((p) => [p.kinds[0], p.kinds[1]]);
}

function side(entry: DimensionEntry): DimensionSide {
  const out: DimensionSide = { value: entry.value, explanation: entry.explanation, rules: [...(entry.rules ?? [])], docUrl: entry.docUrl };
  if (entry.mistakes) out.mistakes = entry.mistakes.map((m) => ({ ...m, rules: [...(m.rules ?? [])] }));
  return out;
}

function unsupportedPair(kind: ResourceKind, versus: ResourceKind): DifferencesInputError {
  const options = comparableKinds(kind, RESOURCE_KINDS).map(kindName);
  const all = supportedPairs().map(([a, b]) => `${kindName(a)}/${kindName(b)}`).join(', ');
  const why = kind === versus ? `a kind cannot be compared with itself` : `${kindName(kind)} vs ${kindName(versus)} is not a supported pair`;
  return new DifferencesInputError(
    `${why}. ${kindName(kind)} can be compared with: ${options.join(', ')}. Supported pairs: ${all}.`,
    { supportedKinds: [...RESOURCE_KINDS], supportedPairs: supportedPairs() },
  );
}

/**
 * The general comparison of `kind` with `versus` (default Service). Kinds may be given as enum values or as
 * spelled by Kubernetes/Istio (`VirtualService`, `virtualservice`). Throws DifferencesInputError for unknown
 * kinds and unsupported pairs; that is the only failure.
 */
export function differences(kind: ResourceKind | string, versus: ResourceKind | string = 'SERVICE'): Differences {
  const k = parseResourceKind(kind);
  const v = parseResourceKind(versus);
  const pair = k === v ? undefined : findPair(k, v);
  if (!pair) throw unsupportedPair(k, v);
  const kindKnowledge = KIND_KNOWLEDGE[k];
  const versusKnowledge = KIND_KNOWLEDGE[v];
  const dimensions = DIMENSIONS.map(({ id, title }) => {
    const note = id === 'dependency' ? pair.dependency : pair.dimensionNotes?.[id];
    return {
      id,
      title,
      kind: side(kindKnowledge.dimensions[id]),
      versus: side(versusKnowledge.dimensions[id]),
      ...(note ? { note } : {}),
      ...(id === 'dependency' && pair.dependencyRules ? { noteRules: [...pair.dependencyRules] } : {}),
    };
  });
  return {
    kind: k,
    versus: v,
    kindName: kindKnowledge.name,
    versusName: versusKnowledge.name,
    dimensions,
    pairNotes: pair.notes.map((n) => ({ ...n, ...(n.rules ? { rules: [...n.rules] } : {}) })),
    supportedKinds: [...RESOURCE_KINDS],
    comparableWith: comparableKinds(k, RESOURCE_KINDS),
  };
}
