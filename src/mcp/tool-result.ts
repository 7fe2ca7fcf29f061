// How every tool answers: structuredContent + text (summary, blank line, markdown), or a tool error.
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { isAppError } from '../errors.js';
import { DifferencesInputError } from '../mesh/differences/differences-input-error.js';

export interface ToolAnswer<T> {
  /** One sentence a chatbot can say as is. */
  summary: string;
  /** Markdown detail with file:line citations. */
  markdown: string;
  structured: T;
}

export function toolSuccess<T extends Record<string, unknown>>(answer: ToolAnswer<T>): CallToolResult {
  const text = answer.markdown ? `${answer.summary}\n\n${answer.markdown}` : answer.summary;
  return { content: [{ type: 'text', text }], structuredContent: answer.structured };
}

/** Tool errors carry the same clear message as the API; unexpected errors reveal nothing (no stack). */
export function toolError(error: unknown): CallToolResult {
  let message: string;
  if (isAppError(error)) message = error.message;
  else if (error instanceof DifferencesInputError) message = error.message;
  else message = 'An unexpected error occurred while answering; it is not caused by your input.';
  return { isError: true, content: [{ type: 'text', text: message }] };
}
