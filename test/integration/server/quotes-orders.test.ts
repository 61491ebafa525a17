// Quote and order commands over real HTTP (docs/platform-api.md "Commands"), on SQLite and
// PostgreSQL: send/revise/accept with client-given ids, refusals with reasons, the order's
// state graph, and simulator payments that start production.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { ADMIN_TOKEN, call, command, create, createTenant, Device, patch, product, quote, remove, startTestServer, testedDatabases, type Kind, type TestServer } from './harness';
import { startPostgres, type PostgresCluster } from './postgres';

const buyer = { company: 'Hamburg Outdoor GmbH', country: 'DE', contacts: [], addresses: [], eori: '', vatId: '', buyerMark: '', notes: '', status: 'active' };

function line(quoteId: string, productId: string, position: number, quantity: number, unitPrice: string) {
  return { quoteId, productId, position, sku: `SKU-${position}`, description: 'Steel bottle 500 ml', unit: 'pcs', moq: 100, quantity, unitPrice, priceOverridden: false };
}

describe.each<Kind>(testedDatabases())('quote and order commands on %s', (kind) => {
  let cluster: PostgresCluster | null = null;
  let server: TestServer;
  let tenantId: string;
  let ana: Device;

  beforeAll(async () => {
    if (kind === 'postgres') cluster = await startPostgres();
    server = await startTestServer(kind, cluster, { accessTokenSeconds: 600 });
    let emails;
    ({ tenantId, emails } = await createTenant(server.url, 'Trade'));
    ana = new Device(server.url, emails.a);
    await ana.login();
  });
  afterAll(async () => {
    await server?.close();
    await cluster?.stop();
  });

  async function draft(lines: [number, string][], overrides: Record<string, unknown> = {}) {
    const productId = uuidv7();
    const buyerId = uuidv7();
    const quoteId = uuidv7();
    const answer = await ana.send(
      create('products', productId, product({ sku: `BTL-${productId.slice(-6)}` })), create('buyers', buyerId, buyer), create('quotes', quoteId, quote(buyerId, overrides)),
      ...lines.map(([qty, price], i) => create('quoteLines', uuidv7(), line(quoteId, productId, i, qty, price))),
    );
    expect(answer.results.map((r) => r.status)).toEqual(answer.results.map(() => 'applied'));
    return { quoteId, productId, buyerId, number: answer.results[2].row!.number as string };
  }

  const one = async (...args: Parameters<typeof command>) => (await ana.send(command(...args))).results[0];

  it('sends, revises to version 2 with the client-given ids, and accepts into an order with a server number', async () => {
    const { quoteId, number } = await draft([[500, '3.20'], [1000, '2.95'], [3000, '2.80']]);
    expect(number).toMatch(/^Q-2026-\d{6}$/);
    const sent = await one('quotes', quoteId, 'quote.send', { quoteId });
    expect(sent).toMatchObject({ status: 'applied', row: { status: 'sent', sentAt: '2026-03-02T08:00:00.000Z' } });

    const newQuoteId = uuidv7();
    const lineIds = [uuidv7(), uuidv7(), uuidv7()];
    const revised = await one('quotes', quoteId, 'quote.revise', { quoteId, newQuoteId, lineIds });
    expect(revised).toMatchObject({ status: 'applied', row: { id: quoteId, status: 'superseded' } });
    const { changes } = await ana.pullAll();
    const v2 = changes.find((c) => c.id === newQuoteId)!.row;
    expect(v2).toMatchObject({ version: 2, previousVersionId: quoteId, status: 'draft', number });
    expect(changes.filter((c) => c.entity === 'quoteLines' && c.row.quoteId === newQuoteId).map((c) => c.id).sort()).toEqual([...lineIds].sort());

    expect(await one('quotes', quoteId, 'quote.accept', { quoteId })).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition', message: 'validation.quoteClosed' } });
    expect(await one('quotes', newQuoteId, 'quote.send', { quoteId: newQuoteId })).toMatchObject({ status: 'applied' });
    const orderId = uuidv7();
    const orderLineIds = [uuidv7(), uuidv7(), uuidv7()];
    const accepted = await one('quotes', newQuoteId, 'quote.accept', { quoteId: newQuoteId, orderId, lineIds: orderLineIds });
    expect(accepted).toMatchObject({ status: 'applied', row: { status: 'accepted' } });
    const pulled = (await ana.pullAll()).changes;
    const order = pulled.find((c) => c.id === orderId)!.row;
    // 500 × 3.20 + 1000 × 2.95 + 3000 × 2.80 = 12,950.00; 30 % deposit = 3,885.00
    expect(order).toMatchObject({ state: 'awaiting-deposit', quoteId: newQuoteId, destinationCountry: 'DE', depositAmount: '3885.00', currency: 'USD' });
    expect(order.number).toMatch(/^SO-2026-\d{6}$/);
    expect(pulled.filter((c) => c.entity === 'orderLines').map((c) => c.row)).toEqual(expect.arrayContaining([
      expect.objectContaining({ id: orderLineIds[2], orderId, quantity: 3000, unitPrice: '2.80', hsCode: '8507600090' }),
    ]));

    // Transitions only along the graph, and production only after the deposit.
    expect(await one('orders', orderId, 'order.transition', { orderId, to: 'shipped' })).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition', message: 'validation.transitionSkips' } });
    expect(await one('orders', orderId, 'order.transition', { orderId, to: 'in-production' })).toMatchObject({ status: 'rejected', error: { message: 'validation.transitionDepositMissing' } });

    // The platform posts the deposit: paid state and production start in one change, clients pulled.
    const payment = (body: Record<string, unknown>, id = orderId) => call(server.url, `/v1/platform/tenants/${tenantId}/orders/${id}/payments`, {
      token: ADMIN_TOKEN, body: { kind: 'deposit', amount: '3885.00', currency: 'USD', method: 'TT', receivedAt: '2026-03-02T09:00:00Z', ...body },
    });
    expect((await payment({}, uuidv7())).status).toBe(404);
    const other = await createTenant(server.url, 'Other');
    const elsewhere = await call(server.url, `/v1/platform/tenants/${other.tenantId}/orders/${orderId}/payments`, {
      token: ADMIN_TOKEN, body: { kind: 'deposit', amount: '3885.00', currency: 'USD', method: 'TT', receivedAt: '2026-03-02T09:00:00Z' },
    });
    expect(elsewhere.status).toBe(404); // another tenant's order does not exist for this tenant
    expect((await payment({ currency: 'EUR' })).status).toBe(400);
    expect((await payment({ amount: '1000.00' })).status).toBe(200);
    let row = (await ana.pullAll()).changes.find((c) => c.id === orderId)!.row;
    expect(row).toMatchObject({ state: 'awaiting-deposit', paidAmount: '1000', paymentState: 'deposit_received' });
    expect((await payment({ amount: '2885.00' })).status).toBe(200);
    row = (await ana.pullAll()).changes.find((c) => c.id === orderId)!.row;
    expect(row).toMatchObject({ state: 'in-production', paidAmount: '3885' });
    expect(await one('orders', orderId, 'order.transition', { orderId, to: 'ready-to-ship' })).toMatchObject({ status: 'applied', row: { state: 'ready-to-ship' } });
  });

  it('freezes a sent quotation: its fields and lines refuse plain edits, notes still merge', async () => {
    const { quoteId, productId, buyerId } = await draft([[500, '3.20']]);
    const sent = await one('quotes', quoteId, 'quote.send', { quoteId });
    const rev = sent.rev!;
    const [place, notes] = (await ana.send(
      patch('quotes', quoteId, rev, { namedPlace: { old: 'Ningbo', new: 'Shanghai' } }),
      patch('quotes', quoteId, rev, { notes: { old: '', new: 'buyer asked for blue' } }),
    )).results;
    expect(place).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition', fields: { namedPlace: 'validation.quoteNotDraft' } } });
    expect(notes).toMatchObject({ status: 'applied', row: { notes: 'buyer asked for blue', namedPlace: 'Ningbo' } });
    const [extraLine, gone, skipped] = (await ana.send(
      create('quoteLines', uuidv7(), line(quoteId, productId, 1, 100, '3.20')),
      remove('quotes', quoteId, notes.rev!),
      create('quotes', uuidv7(), quote(buyerId, { status: 'sent' })),
    )).results;
    expect(extraLine).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition' } });
    expect(gone).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition' } });
    expect(skipped).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition', fields: { status: 'validation.commandOnly' } } });
  });

  it('refuses an empty quotation, an expired one, and ids that do not fit', async () => {
    const empty = await draft([]);
    expect(await one('quotes', empty.quoteId, 'quote.send', { quoteId: empty.quoteId })).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition', message: 'validation.quoteNoLines' } });
    expect(await one('quotes', uuidv7(), 'quote.send', { quoteId: uuidv7() })).toMatchObject({ status: 'rejected', error: { code: 'validation_failed' } });
    const missing = uuidv7();
    expect(await one('quotes', missing, 'quote.send', { quoteId: missing })).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });

    const soon = await draft([[500, '3.20']], { validUntil: '2026-03-03' });
    expect(await one('quotes', soon.quoteId, 'quote.send', { quoteId: soon.quoteId })).toMatchObject({ status: 'applied' });
    expect(await one('quotes', soon.quoteId, 'quote.accept', { quoteId: soon.quoteId, lineIds: [uuidv7(), uuidv7()] })).toMatchObject({ status: 'rejected', error: { code: 'validation_failed', fields: { lineIds: 'validation.lineIds' } } });
    server.clock.advance(3 * 86_400);
    await ana.login(); // the access token expired with the days
    expect(await one('quotes', soon.quoteId, 'quote.accept', { quoteId: soon.quoteId })).toMatchObject({ status: 'rejected', error: { message: 'validation.quoteExpired' } });
  });
});
