// Validation of the row that results from a mutation (not of the mutation alone), so
// cross-field rules such as "the first tier equals the MOQ" see the whole row.
import { fieldErrors, type EntityName, type FieldErrors } from '../../shared/domain/common';
import { ROW_SCHEMAS } from '../../shared/domain/row-schemas';

/**
 * The entities whose plain creates and patches the server checks against the shared schema.
 * Quotes, their lines, parcels and shipments are checked by the app's write path and by the
 * commands that change them; checking their plain writes here is still to do (it needs the
 * conformance fixtures to send whole rows).
 */
const CHECKED: readonly EntityName[] = ['products', 'buyers'];

/** Field errors as i18n keys, or null when the row is valid. Entities without a shared schema accept any JSON object. */
export function validateRow(entity: EntityName, data: Record<string, unknown>): FieldErrors | null {
  const schema = CHECKED.includes(entity) ? ROW_SCHEMAS[entity] : undefined;
  if (!schema) return null;
  const parsed = schema.safeParse(data);
  return parsed.success ? null : fieldErrors(parsed.error);
}
