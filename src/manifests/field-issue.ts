import type { PathSegment } from './field-path.js';

/** A problem with one field of one object, before file positions are attached. */
export interface FieldIssue {
  code: string;
  path: PathSegment[];
  message: string;
}
