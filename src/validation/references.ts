import { z } from 'astro/zod';
import type { CollectionName, PlainHelpers } from '../schemas/common.ts';
import { fieldPath } from './problem.ts';
import type { Reference } from './snapshot.ts';

/** Marks which string schemas are references, so references are found from the schemas themselves. */
const referenceRegistry = z.registry<{ collection: CollectionName }>();

/** Helpers for the validator: plain strings, with references tagged so they can be found later. */
export const validatorHelpers: PlainHelpers = {
  ref: (collection) => z.string().min(1).register(referenceRegistry, { collection }),
  image: () => z.string().min(1),
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Walks parsed data alongside its schema and lists every reference it makes. */
export function findReferences(
  schema: z.ZodType,
  value: unknown,
  path: PropertyKey[] = [],
): Reference[] {
  const tag = referenceRegistry.get(schema);
  if (tag) {
    return typeof value === 'string'
      ? [{ collection: tag.collection, id: value, field: fieldPath(path) }]
      : [];
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    return findReferences(schema.unwrap() as z.ZodType, value, path);
  }
  if (schema instanceof z.ZodDiscriminatedUnion && isRecord(value)) {
    // The option its discriminator names (a quiz question's `type`) holds its references.
    const key = schema.def.discriminator;
    const option = (schema.options as z.ZodType[]).find(
      (o) => o instanceof z.ZodObject && o.shape[key]?.safeParse(value[key]).success,
    );
    return option ? findReferences(option, value, path) : [];
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.flatMap((item, i) =>
      findReferences(schema.element as z.ZodType, item, [...path, i]),
    );
  }
  if (schema instanceof z.ZodObject && isRecord(value)) {
    return Object.entries(schema.shape).flatMap(([key, child]) =>
      findReferences(child as z.ZodType, value[key], [...path, key]),
    );
  }
  return [];
}
