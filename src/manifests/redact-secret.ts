import { asObject } from '../mesh/model.js';

export const SECRET_VALUE_FIELDS = ['data', 'stringData'] as const;
// kubectl apply copies the whole object, values included, into this annotation.
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Drops every field of a Secret that can hold a value, in place; returns the names of what was dropped. */
export function redactSecret(object: Record<string, unknown>): string[] {
  const dropped: string[] = [];
  for (const field of SECRET_VALUE_FIELDS) {
    if (field in object) {
      delete object[field];
      dropped.push(field);
    }
  }
  const annotations = asObject(asObject(object.metadata)?.annotations);
  if (annotations && LAST_APPLIED_ANNOTATION in annotations) {
    delete annotations[LAST_APPLIED_ANNOTATION];
    dropped.push(`metadata.annotations["${LAST_APPLIED_ANNOTATION}"]`);
  }
  return dropped;
}
