// Compatibility aliases: `domainSuffix` and `pod` are now members of MeshIndex (types.ts).
import { DEFAULT_DOMAIN_SUFFIX } from '../model.js';
import type { MeshIndex } from './types.js';

export type MeshIndexExtras = Pick<MeshIndex, 'domainSuffix' | 'pod'>;

export type BuiltMeshIndex = MeshIndex;

/** The domain suffix of a MeshIndex; a hand-made partial one gets the default. */
export function domainSuffixOf(index: MeshIndex): string {
  const suffix: unknown = (index as Partial<MeshIndex>).domainSuffix;
  return typeof suffix === 'string' ? suffix : DEFAULT_DOMAIN_SUFFIX;
}
