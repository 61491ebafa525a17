// Validation of the row that results from a mutation (not of the mutation alone), so
// cross-field rules such as "the first tier equals the MOQ" see the whole row.
import { fieldErrors, type EntityName, type FieldErrors } from '../../shared/domain/common';
import { ROW_SCHEMAS } from '../../shared/domain/row-schemas';

/**
 * Field errors as i18n keys, or null when the row is valid. Every entity with a shared row
 * schema is checked, whoever sends it (our app or another client); the two without one (RFQs
 * from the platform and conflict rows, which only the server writes) accept any JSON object.
 */
export function validateRow(entity: EntityName, data: Record<string, unknown>): FieldErrors | null {
  const schema = ROW_SCHEMAS[entity];
  if (!schema) return null;
  const parsed = schema.safeParse(data);
  return parsed.success ? null : fieldErrors(parsed.error);
}
