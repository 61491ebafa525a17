// quote.send / quote.revise / quote.accept / order.transition on the server: the shared effect
// (shared/domain/commands.ts) planned over the tenant's current rows inside the push
// transaction, each resulting row validated, business numbers assigned to new orders.
import { v7 as uuidv7 } from 'uuid';
import type { EntityName } from '../../../shared/domain/common';
import { planCommand, type RowSource, type SourceRow } from '../../../shared/domain/commands';
import { BUSINESS_NUMBER_PREFIX } from '../../../shared/sync/policies';
import { getRow, toWire, writeRow } from '../rows';
import type { TenantTx } from '../tenant-tx';
import { nextBusinessNumber, Rejection, type Author, type Outcome } from '../apply';
import { refuseShippingWithOpenBlockers } from '../checklist-guard';
import { validateRow } from '../validate';

/** The tenant's rows as the shared planner reads them. */
export function serverRowSource(tx: TenantTx): RowSource {
  return {
    async get(entity, id) {
      const row = await getRow(tx, entity, id);
      return row && { ...row.data, id: row.id, deleted: row.deleted };
    },
    async where(entity, field, value) {
      // The LIKE narrows the scan on both SQLite and PostgreSQL; the exact test follows.
      const rows = await tx.trx.selectFrom('rows').select(['id', 'data'])
        .where('tenant_id', '=', tx.tenantId).where('entity', '=', entity).where('deleted', '=', 0)
        .where('data', 'like', `%${JSON.stringify(field)}:${JSON.stringify(value)}%`)
        .execute();
      return rows.map((r) => ({ ...(JSON.parse(r.data) as Record<string, unknown>), id: r.id }) as SourceRow).filter((r) => r[field] === value);
    },
  };
}

export async function runTradeCommand(
  tx: TenantTx, author: Author, entity: EntityName, id: string, cmd: { name: string; args: Record<string, unknown> },
): Promise<Outcome> {
  if (cmd.name === 'order.transition' && cmd.args.to === 'shipped') await refuseShippingWithOpenBlockers(tx, id);
  const plan = await planCommand(serverRowSource(tx), entity, id, cmd.name, cmd.args, tx.now, uuidv7);
  // A refusal's reason is an i18n key; `fields._` carries it for the rejected-changes list.
  if (!plan.ok) throw new Rejection(plan.code, plan.reason, plan.fields ?? { _: plan.reason });
  let answer: Outcome | null = null;
  for (const write of plan.writes) {
    const previous = write.create ? undefined : await getRow(tx, write.entity, write.id);
    const data: Record<string, unknown> = { ...(previous?.data ?? {}), ...write.fields };
    const fields = validateRow(write.entity, data);
    if (fields) throw new Rejection('validation_failed', `the resulting ${write.entity} row is not valid`, fields);
    const prefix = BUSINESS_NUMBER_PREFIX[write.entity];
    if (write.create && prefix && !data.number) data.number = await nextBusinessNumber(tx, prefix);
    const row = await writeRow(tx, previous, { entity: write.entity, id: write.id, data, deleted: false }, author);
    answer ??= { status: 'applied', rev: row.rev, row: toWire(row) };
  }
  return answer!;
}
