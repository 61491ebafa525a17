// `sscc.reserve`: hands a client the next contiguous range of SSCC serial references for a
// company prefix + extension digit. The tenant's counter row moves in the push transaction, so
// two clients (or two instances) can never receive overlapping ranges, and a replayed mutation
// gets its stored first answer (the same range) instead of a new one.
import { fieldErrors } from '../../../shared/domain/common';
import { checkGs1Settings, maxSerial, SsccError } from '../../../shared/documents/sscc';
import { ssccReserveArgs, type SsccRangeRow } from '../../../shared/documents/sscc-reserve';
import type { TenantTx } from '../tenant-tx';
import { Rejection, type Outcome } from '../apply';

/** PostgreSQL keeps counters in a 32-bit integer column; the serial space beyond it is left unused. */
const COUNTER_LIMIT = 2 ** 31 - 1;

export async function reserveSsccRange(tx: TenantTx, id: string, rawArgs: Record<string, unknown>): Promise<Outcome> {
  const parsed = ssccReserveArgs.safeParse(rawArgs);
  if (!parsed.success) throw new Rejection('validation_failed', 'sscc.reserve arguments are not valid', fieldErrors(parsed.error));
  const { count, companyPrefix, extensionDigit } = parsed.data;
  const settings = { companyPrefix, extensionDigit };
  try {
    checkGs1Settings(settings);
  } catch (e) {
    if (e instanceof SsccError) throw new Rejection('validation_failed', e.message, { [e.code === 'sscc.extensionDigit' ? 'extensionDigit' : 'companyPrefix']: `labels:${e.code}` });
    throw e;
  }
  // One counter per numbering space: the same prefix under another extension digit is another space.
  const key = { tenant_id: tx.tenantId, kind: `sscc:${extensionDigit}${companyPrefix}`, year: 0 };
  const existing = await tx.trx.selectFrom('counters').select('value')
    .where('tenant_id', '=', key.tenant_id).where('kind', '=', key.kind).where('year', '=', key.year).executeTakeFirst();
  const first = existing?.value ?? 0;
  const last = first + count - 1;
  const limit = Math.min(maxSerial(settings), COUNTER_LIMIT - 1);
  if (last > limit) {
    throw new Rejection('validation_failed', `only ${Math.max(0, limit - first + 1)} serials left under prefix ${companyPrefix}, ${count} requested`, { count: 'labels:sscc.exhausted' });
  }
  if (existing) {
    await tx.trx.updateTable('counters').set({ value: last + 1 })
      .where('tenant_id', '=', key.tenant_id).where('kind', '=', key.kind).where('year', '=', key.year).execute();
  } else {
    await tx.trx.insertInto('counters').values({ ...key, value: last + 1 }).execute();
  }
  const row: SsccRangeRow = { id, kind: 'sscc-range', companyPrefix, extensionDigit, first, last };
  return { status: 'applied', row };
}
