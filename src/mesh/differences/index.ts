// Public surface of the differences engine: general kind comparison, concrete host comparison, renderers.
export { differences, supportedPairs } from './differences.js';
export { DifferencesInputError, type DifferencesInputErrorDetails } from './differences-input-error.js';
export { RESOURCE_KINDS, RESOURCE_KIND_NAMES, kindName, parseResourceKind, type ResourceKind } from './resource-kind.js';
export { DIMENSIONS, type DimensionDefinition } from './dimensions.js';
export type * from './types.js';
export { compareHost, CONCRETE_KINDS } from './concrete/compare-host.js';
export type * from './concrete/host-comparison-types.js';
export { renderDifferencesMarkdown, renderHostComparisonMarkdown } from './render-markdown.js';
export { renderDifferencesText, renderHostComparisonText } from './render-text.js';
