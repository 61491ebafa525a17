// The optimistic side of the trade commands: the same effect as the server's, written with
// the outbox entry in one transaction, kept on top of pulled rows until acknowledged, and
// undone (provisional rows dropped) when the server refuses the command.
import { beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { freshDatabase, sampleProduct } from '../../data/test-support';
import { ValidationError, write, type CommandEntry } from '../../data/repository';
import { acceptServerRows, revertToBase } from '../../sync/rebase';
import type { LocalRow, SupplierDb } from '../../data/db';
import { acceptQuote, reviseQuote, saveQuoteDraft, sendQuote, type QuoteDraft } from './model';
import { allEntries, dequeue, countAll } from '../../data/outbox';

let database: SupplierDb;
beforeEach(() => { database = freshDatabase(); });

async function draftQuote(lineCount = 2) {
  const product = await write((w) => w.create('products', sampleProduct()));
  const buyer = await write((w) => w.create('buyers', { company: 'Hamburg Outdoor GmbH', country: 'DE', status: 'active' }));
  const draft: QuoteDraft = {
    buyerId: buyer.id, rfqId: null, currency: 'USD', incoterm: 'FOB', namedPlace: 'Ningbo', validUntil: '2999-01-31',
    paymentTerms: '30 % T/T deposit, balance before shipment', sampleTerms: '', leadTimeDays: 30, portOfLoading: 'Ningbo', mode: 'sea-fcl', notes: '',
    lines: Array.from({ length: lineCount }, (_, i) => ({
      productId: product.id, sku: 'PB-10000', description: 'Power bank', unit: 'pcs', moq: 100, quantity: 500 * (i + 1), unitPrice: '6.10', priceOverridden: false,
    })),
  };
  return saveQuoteDraft(null, draft);
}

const server = (row: LocalRow, rev: number, extra: Record<string, unknown> = {}) => ({ ...row, rev, ...extra, provisionalOp: undefined });

describe('trade commands on the client', () => {
  it('send: the quote is sent at once, the outbox entry carries the effect but the wire args only', async () => {
    const quoteId = await draftQuote();
    await sendQuote(quoteId);
    expect(await database.quotes.get(quoteId)).toMatchObject({ status: 'sent' });
    const entry = (await allEntries(database)).at(-1) as CommandEntry;
    expect(entry).toMatchObject({ kind: 'cmd', entity: 'quotes', entityId: quoteId, cmd: { name: 'quote.send', args: { quoteId } } });
    expect(entry.effects).toEqual([{ entity: 'quotes', id: quoteId, fields: expect.objectContaining({ status: 'sent' }) }]);
  });

  it('refuses locally what the server would refuse, writing nothing', async () => {
    const quoteId = await draftQuote(0);
    const before = await countAll(database);
    await expect(sendQuote(quoteId)).rejects.toEqual(new ValidationError({ _: 'validation.quoteNoLines' }));
    expect(await countAll(database)).toBe(before);
    await expect(acceptQuote(quoteId)).rejects.toBeInstanceOf(ValidationError);
  });

  it('a pull of the older server row before the ack keeps the pending effect on top', async () => {
    const quoteId = await draftQuote();
    const synced = server((await database.quotes.get(quoteId))!, 1, { number: 'Q-2026-000007' });
    await write(async () => { await acceptServerRows(database, [{ entity: 'quotes', row: synced }]); });
    await dequeue(database, (await allEntries(database)).filter((e) => e.entity === 'quotes')); // pretend the create was acknowledged
    await sendQuote(quoteId);
    await database.transaction('rw', database.tables, () => acceptServerRows(database, [{ entity: 'quotes', row: { ...synced, rev: 2, notes: 'edited by a colleague' } }]));
    expect(await database.quotes.get(quoteId)).toMatchObject({ status: 'sent', notes: 'edited by a colleague', number: 'Q-2026-000007', rev: 2 });
  });

  it('revise and accept create provisional rows with the ids sent to the server; a refusal drops them', async () => {
    const quoteId = await draftQuote();
    await sendQuote(quoteId);
    const v2 = await reviseQuote(quoteId);
    expect(await database.quotes.get(quoteId)).toMatchObject({ status: 'superseded' });
    expect(await database.quotes.get(v2)).toMatchObject({ version: 2, previousVersionId: quoteId, status: 'draft', rev: 0 });
    const revise = (await allEntries(database)).at(-1)!;
    expect((revise.cmd!.args.lineIds as string[]).sort()).toEqual((await database.quoteLines.where('quoteId').equals(v2).primaryKeys()).sort());

    await sendQuote(v2);
    const orderId = await acceptQuote(v2);
    expect(await database.orders.get(orderId)).toMatchObject({ state: 'awaiting-deposit', number: '', depositAmount: '2745.00', destinationCountry: 'DE', rev: 0 });
    expect(await database.orderLines.where('orderId').equals(orderId).count()).toBe(2);

    // The server refuses the accept: the entry leaves the outbox and the row is rebuilt.
    const accept = (await allEntries(database)).at(-1)!;
    await database.transaction('rw', database.tables, async () => {
      await dequeue(database, [accept]);
      await revertToBase(database, 'quotes', v2);
    });
    expect(await database.quotes.get(v2)).toMatchObject({ status: 'sent' });
    expect(await database.orders.get(orderId)).toBeUndefined();
    expect(await database.orderLines.where('orderId').equals(orderId).count()).toBe(0);
    expect(await database.quotes.get(v2)).toBeDefined(); // the revise is still pending: its rows stay
  });

  it('order.transition refuses production before the deposit with the reason', async () => {
    const quoteId = await draftQuote();
    await sendQuote(quoteId);
    const orderId = await acceptQuote(quoteId);
    await expect(write((w) => w.command('orders', orderId, 'order.transition', { orderId, to: 'in-production' })))
      .rejects.toEqual(new ValidationError({ _: 'validation.transitionDepositMissing' }));
    await write((w) => w.command('orders', orderId, 'order.transition', { orderId, to: 'cancelled' }));
    expect(await database.orders.get(orderId)).toMatchObject({ state: 'cancelled' });
    expect(uuidv7()).not.toBe(orderId);
  });
});
