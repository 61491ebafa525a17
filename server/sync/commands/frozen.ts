// `quote.send` freezes a quotation: once it is not a draft, plain edits of it and of its lines
// are refused (`forbidden_transition`), except fields merged last-writer-wins (notes). A new
// quotation starts as a draft; only commands move it on.
import type { EntityName } from '../../../shared/domain/common';
import { policyFor } from '../../../shared/sync/policies';
import { getRow } from '../rows';
import type { TenantTx } from '../tenant-tx';
import { Rejection } from '../apply';

/**
 * Refuses a plain create/patch/delete of a quotation or line whose quotation is not a draft.
 * `before` is the stored row (undefined for a create), `after` the row the mutation would store.
 */
export async function refuseFrozenEdit(
  tx: TenantTx, entity: EntityName, before: Record<string, unknown> | undefined, after: Record<string, unknown>, fields: readonly string[],
): Promise<void> {
  if (entity === 'quotes' && !before) {
    if (after.status !== 'draft') throw new Rejection('forbidden_transition', 'a new quotation starts as a draft', { status: 'validation.commandOnly' });
    return;
  }
  if (entity !== 'quotes' && entity !== 'quoteLines') return;
  const quote = entity === 'quotes' ? before : (await getRow(tx, 'quotes', String(after.quoteId ?? before?.quoteId)))?.data;
  if (!quote || quote.status === 'draft') return;
  const frozen = fields.filter((field) => policyFor(entity, field) !== 'lww');
  if (frozen.length > 0) {
    throw new Rejection('forbidden_transition', 'validation.quoteNotDraft', Object.fromEntries(frozen.map((field) => [field, 'validation.quoteNotDraft'])));
  }
}
