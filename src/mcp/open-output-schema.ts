import { z } from 'zod';

/**
 * The same schema with every object open to extra keys. Output schemas declare the fixed contract fields;
 * answers may carry more (DESIGN.md: "add fields freely"), and the SDK publishes output schemas in zod's
 * output mode, where a plain z.object() forbids additional properties.
 */
export function openOutputSchema(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, value] of Object.entries(schema.shape as Record<string, z.ZodType>)) shape[key] = openOutputSchema(value);
    return z.looseObject(shape);
  }
  if (schema instanceof z.ZodArray) return z.array(openOutputSchema(schema.element as z.ZodType));
  if (schema instanceof z.ZodNullable) return openOutputSchema(schema.unwrap() as z.ZodType).nullable();
  if (schema instanceof z.ZodOptional) return openOutputSchema(schema.unwrap() as z.ZodType).optional();
  if (schema instanceof z.ZodRecord) return z.record(schema.keyType as z.ZodString, openOutputSchema(schema.valueType as z.ZodType));
  if (schema instanceof z.ZodUnion) return z.union((schema.options as z.ZodType[]).map(openOutputSchema) as [z.ZodType, z.ZodType, ...z.ZodType[]]);
  return schema;
}
