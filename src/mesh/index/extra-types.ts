// Additions to the MeshIndex contract (types.ts is fixed by the lead). buildMeshIndex returns both.
import { DEFAULT_DOMAIN_SUFFIX } from '../model.js';
import type { MeshIndex, PodInfo } from './types.js';

export interface MeshIndexExtras {
  /** The domain suffix the index was built with (BuildOptions.domainSuffix, default cluster.local). */
  readonly domainSuffix: string;
  /** One pod (bare or implied) by namespace and name. */
  pod(namespace: string, name: string): PodInfo | undefined;
}

export type BuiltMeshIndex = MeshIndex & MeshIndexExtras;

/** The domain suffix of any MeshIndex: the built one carries it, a hand-made one gets the default. */
export function domainSuffixOf(index: MeshIndex): string {
  const suffix: unknown = (index as Partial<MeshIndexExtras>).domainSuffix;
  return typeof suffix === 'string' ? suffix : DEFAULT_DOMAIN_SUFFIX;
}
