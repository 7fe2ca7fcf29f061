// Trace events as data, filters over them, and the only code that turns them into text.
export { makeStep, recordStep, describeSource, type StepInput } from './steps.js';
export { filterSteps, decisiveSteps, routesNotTaken, type StepFilter } from './filters.js';
export { citation, fileLine } from './citation.js';
export { renderText } from './render-text.js';
export { renderMarkdown } from './render-markdown.js';
export { renderMermaid } from './render-mermaid.js';
