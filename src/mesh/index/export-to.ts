// exportTo as written (R2.3.1, R2.3.4): the spec list for Istio objects, the annotation for Services.
import { asArray, getIn, type Resource } from '../model.js';

export const SERVICE_EXPORT_TO_ANNOTATION = 'networking.istio.io/exportTo';

/** `spec.exportTo` of an Istio object; default `['*']` (R2.3.1). */
export function specExportTo(resource: Resource): string[] {
  const list = asArray(getIn(resource.object, 'spec', 'exportTo')).filter((e): e is string => typeof e === 'string');
  return list.length > 0 ? list.map((e) => e.trim()) : ['*'];
}

/** R2.3.4: comma-separated `networking.istio.io/exportTo` annotation; default `['*']`. */
export function serviceExportTo(resource: Resource): string[] {
  const raw = resource.annotations[SERVICE_EXPORT_TO_ANNOTATION];
  if (raw === undefined) return ['*'];
  const list = raw.split(',').map((e) => e.trim()).filter((e) => e.length > 0);
  return list.length > 0 ? list : ['*'];
}
