import { describe, expect, it } from 'vitest';
import { depositFromTerms, displayNumber, planCommand, type RowSource, type SourceRow } from './commands';
import type { EntityName } from './common';

describe('deposit from the payment terms', () => {
  it.each([
    ['30 % T/T deposit, balance before shipment', '11385.00', 'USD', '3415.50'],
    ['30% deposit', '1000', 'USD', '300.00'],
    ['Deposit 50 %, balance against B/L copy', '999.99', 'USD', '500.00'],
    ['30 % T/T deposit', '12345', 'JPY', '3704'],
    ['L/C at sight', '1000', 'USD', '0'],
    ['Platform escrow', '1000', 'USD', '0'],
    ['100 % T/T in advance', '1000', 'USD', '0'],
  ])('%s of %s %s → %s', (terms, total, currency, deposit) => {
    expect(depositFromTerms(terms, total, currency)).toBe(deposit);
  });
});

describe('business numbers', () => {
  it('shows the server number, else a provisional one derived from the id', () => {
    expect(displayNumber({ id: '01a22143-5303-7257-a20d-96833b1ce706', number: 'SO-2026-000045' }, 'SO')).toBe('SO-2026-000045');
    expect(displayNumber({ id: '01a22143-5303-7257-a20d-96833b1ce706', number: '' }, 'SO')).toBe('SO-PROV-1CE706');
  });
});

function memory(rows: (SourceRow & { entity: EntityName })[]): RowSource {
  return {
    get: async (entity, id) => rows.find((r) => r.entity === entity && r.id === id),
    where: async (entity, field, value) => rows.filter((r) => r.entity === entity && r[field] === value && !r.deleted),
  };
}

describe('planning a command', () => {
  const quoteId = '01a22143-0000-7000-8000-000000000001';
  const quote = { entity: 'quotes' as const, id: quoteId, status: 'sent', validUntil: '2026-03-10', version: 1, buyerId: '01a22143-0000-7000-8000-000000000002' };
  let n = 0;
  const newId = () => `01a22143-0000-7000-8000-${String(++n).padStart(12, '0')}`;

  it('names the mutation row: a command sent on another row is refused', async () => {
    const plan = await planCommand(memory([quote]), 'orders', quoteId, 'quote.send', { quoteId }, '2026-03-02T08:00:00Z', newId);
    expect(plan).toMatchObject({ ok: false, code: 'validation_failed' });
  });

  it('refuses accepting an expired quotation and a missing one', async () => {
    expect(await planCommand(memory([quote]), 'quotes', quoteId, 'quote.accept', { quoteId }, '2026-03-11T00:00:00Z', newId))
      .toEqual({ ok: false, code: 'forbidden_transition', reason: 'validation.quoteExpired' });
    expect(await planCommand(memory([]), 'quotes', quoteId, 'quote.accept', { quoteId }, '2026-03-02T00:00:00Z', newId))
      .toMatchObject({ ok: false, code: 'not_found' });
  });

  it('checks the arguments with the shared schema', async () => {
    expect(await planCommand(memory([]), 'orders', 'x', 'order.transition', { orderId: 'x', to: 'teleported' }, '2026-03-02T00:00:00Z', newId))
      .toMatchObject({ ok: false, code: 'validation_failed', fields: { orderId: 'validation.uuid', to: 'validation.choice' } });
  });
});
