// Validation of the row that results from a mutation (not of the mutation alone), so
// cross-field rules such as "the first tier equals the MOQ" see the whole row.
import type { z } from 'zod';
import { fieldErrors, type EntityName, type FieldErrors } from '../../shared/domain/common';
import { productSchema } from '../../shared/domain/product';
import { buyerSchema } from '../../shared/domain/buyer';

const ROW_SCHEMAS: Partial<Record<EntityName, z.ZodType>> = { products: productSchema, buyers: buyerSchema };

/** Field errors as i18n keys, or null when the row is valid. Entities without a shared schema accept any JSON object. */
export function validateRow(entity: EntityName, data: Record<string, unknown>): FieldErrors | null {
  const schema = ROW_SCHEMAS[entity];
  if (!schema) return null;
  const parsed = schema.safeParse(data);
  return parsed.success ? null : fieldErrors(parsed.error);
}
