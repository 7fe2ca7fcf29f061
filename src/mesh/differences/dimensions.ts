// The fixed dimensions, in display order. Ids are stable (JSON contract); titles are for renderers.
import type { DimensionId } from './types.js';

export interface DimensionDefinition { id: DimensionId; title: string }

export const DIMENSIONS: readonly DimensionDefinition[] = Object.freeze([
  { id: 'purpose', title: 'Purpose' },
  { id: 'osi-layer', title: 'OSI layer' },
  { id: 'enforced-by', title: 'Who acts on it' },
  { id: 'target-selection', title: 'How targets are chosen' },
  { id: 'traffic-management', title: 'Traffic management' },
  { id: 'no-match-behaviour', title: 'When nothing matches' },
  { id: 'scope-visibility', title: 'Scope and visibility' },
  { id: 'dependency', title: 'How the two depend on each other' },
  { id: 'typical-mistakes', title: 'Typical mistakes (and the symptom you see)' },
] satisfies DimensionDefinition[]);
