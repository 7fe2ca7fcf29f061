import type { RoutePathResolvers } from '../../../../generated/graphql.js';
import { renderRoutePath } from '../../../../service/explain/index.js';

export const RoutePath: RoutePathResolvers = {
  steps: (path) => path.steps.map((step) => ({ ...step, rules: step.rules ?? [], unverified: step.unverified ?? false })),
  markdown: (path) => renderRoutePath(path, 'markdown'),
  text: (path) => renderRoutePath(path, 'text'),
  mermaid: (path) => renderRoutePath(path, 'mermaid'),
};
