import type { RoutePath } from '../../mesh/routing/types.js';
import { renderMarkdown, renderMermaid, renderText } from '../../mesh/trace/index.js';

export type RouteFormat = 'text' | 'markdown' | 'mermaid';

/** A route explanation in words (text, markdown with file:line citations) or as a Mermaid flowchart. */
export function renderRoutePath(path: RoutePath, format: RouteFormat): string {
  const rendered = format === 'markdown' ? renderMarkdown(path) : format === 'mermaid' ? renderMermaid(path) : renderText(path);
  return rendered.endsWith('\n') ? rendered : `${rendered}\n`;
}
