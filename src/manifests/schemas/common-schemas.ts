import { z } from 'zod';

export const PORT_MESSAGE = 'must be an integer port number 1..65535';

export const portNumber = z
  .number({ error: PORT_MESSAGE })
  .int({ error: PORT_MESSAGE })
  .min(1, { error: PORT_MESSAGE })
  .max(65535, { error: PORT_MESSAGE });

export const text = z.string({ error: 'must be a string' });
export const nonEmptyText = text.min(1, { error: 'must not be empty' });

export const stringMap = z.record(z.string(), z.string({ error: 'must be a string (quote numbers and booleans)' }), {
  error: 'must be a map of strings',
});

export const stringList = z.array(text, { error: 'must be a list of strings' });

export const flag = z.boolean({ error: 'must be true or false' });

export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item, { error: 'must be a list' });
}

export function mapOf<T extends z.ZodRawShape>(shape: T) {
  return z.object(shape, { error: "must be a map" });
}

/** Fields every object carries; apiVersion/kind/metadata.name presence is checked before the schemas. */
export const objectMetadata = mapOf({
  name: nonEmptyText,
  namespace: nonEmptyText.nullish(),
  labels: stringMap.nullish(),
  annotations: stringMap.nullish(),
  creationTimestamp: text.nullish(),
});

export const labelSelector = mapOf({
  matchLabels: stringMap.nullish(),
  matchExpressions: listOf(mapOf({ key: text, operator: text, values: stringList.nullish() })).nullish(),
});
