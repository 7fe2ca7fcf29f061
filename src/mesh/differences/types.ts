// Types of the differences engine: the general kind-vs-kind comparison (knowledge as data).
import type { ResourceKind } from './resource-kind.js';

/** Fixed dimension ids, stable for the portal (JSON output). */
export type DimensionId =
  | 'purpose' | 'osi-layer' | 'enforced-by' | 'target-selection' | 'traffic-management'
  | 'no-match-behaviour' | 'scope-visibility' | 'dependency' | 'typical-mistakes';

export interface TypicalMistake {
  mistake: string;
  /** What the user sees. */
  symptom: string;
  rules?: string[];
}

/** What one kind says on one dimension. */
export interface DimensionEntry {
  /** Short value, a few words. */
  value: string;
  /** One or two sentences. */
  explanation: string;
  /** Reference rules behind the statement, e.g. ['R3.2.2']. */
  rules?: string[];
  /** Official documentation page (kubernetes.io, istio.io, gateway-api.sigs.k8s.io). */
  docUrl: string;
  /** Only on `typical-mistakes`: each mistake with the symptom a user sees. */
  mistakes?: TypicalMistake[];
}

export interface KindKnowledge {
  kind: ResourceKind;
  /** As Kubernetes/Istio spell it, e.g. `VirtualService`. */
  name: string;
  apiVersion: string;
  docUrl: string;
  dimensions: Record<DimensionId, DimensionEntry>;
}

export interface PairNote {
  title: string;
  text: string;
  rules?: string[];
  docUrl?: string;
}

/** Knowledge about one unordered pair of kinds. */
export interface PairKnowledge {
  kinds: readonly [ResourceKind, ResourceKind];
  /** How the two depend on each other (the `dependency` dimension's note). */
  dependency: string;
  dependencyRules?: string[];
  /** Extra pair-specific remarks on other dimensions. */
  dimensionNotes?: Partial<Record<DimensionId, string>>;
  notes: PairNote[];
}

export interface DimensionSide {
  value: string;
  explanation: string;
  rules: string[];
  docUrl: string;
  mistakes?: TypicalMistake[];
}

export interface DimensionComparison {
  id: DimensionId;
  title: string;
  kind: DimensionSide;
  versus: DimensionSide;
  note?: string;
  noteRules?: string[];
}

export interface Differences {
  kind: ResourceKind;
  versus: ResourceKind;
  /** Display names, e.g. `VirtualService` and `Service`. */
  kindName: string;
  versusName: string;
  dimensions: DimensionComparison[];
  pairNotes: PairNote[];
  supportedKinds: ResourceKind[];
  /** Kinds `kind` can be compared with. */
  comparableWith: ResourceKind[];
}
