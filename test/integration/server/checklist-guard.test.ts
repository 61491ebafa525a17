// The server refuses `order.transition` to "shipped" while the order's blocking checklist
// items are open — also when no machine ever synced a checklist — and names each open item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { buildChecklist } from '../../../shared/checklists/engine';
import { checklistItemId, checklistItemFields, orderFacts } from '../../../shared/checklists/order-facts';
import { ADMIN_TOKEN, call, command, create, createTenant, Device, patch, product, startTestServer, type TestServer } from './harness';

const buyer = { company: 'Pacific Gadgets Inc.', country: 'US', contacts: [], addresses: [], eori: '', vatId: '', buyerMark: 'PGI', notes: '', status: 'active' };

describe('checklist guard on order.transition to shipped (sqlite)', () => {
  let server: TestServer;
  let tenantId: string;
  let ana: Device;

  beforeAll(async () => {
    server = await startTestServer('sqlite', null, { accessTokenSeconds: 600 });
    let emails;
    ({ tenantId, emails } = await createTenant(server.url, 'Guard'));
    ana = new Device(server.url, emails.a);
    await ana.login();
  });
  afterAll(async () => { await server?.close(); });

  const one = async (...args: Parameters<typeof command>) => (await ana.send(command(...args))).results[0];

  it('refuses with the list of open blocking items, then allows once they are done', async () => {
    const productId = uuidv7();
    const buyerId = uuidv7();
    const quoteId = uuidv7();
    const bank = product();
    await ana.send(
      create('products', productId, bank), create('buyers', buyerId, buyer),
      create('quotes', quoteId, {
        number: '', buyerId, rfqId: null, version: 1, previousVersionId: null, status: 'draft', currency: 'USD', incoterm: 'CIF', namedPlace: 'Los Angeles, USLAX',
        validUntil: '2026-03-31', paymentTerms: '100 % T/T in advance', sampleTerms: '', leadTimeDays: 30, portOfLoading: 'Ningbo', mode: 'sea-lcl', notes: '', sentAt: null,
      }),
      create('quoteLines', uuidv7(), { quoteId, productId, position: 0, sku: bank.sku, description: bank.name, unit: 'pcs', moq: 100, quantity: 400, unitPrice: '6.10', priceOverridden: false }),
    );
    expect(await one('quotes', quoteId, 'quote.send', { quoteId })).toMatchObject({ status: 'applied' });
    const orderId = uuidv7();
    expect(await one('quotes', quoteId, 'quote.accept', { quoteId, orderId })).toMatchObject({ status: 'applied' });
    // No deposit is due under these terms: production starts once the platform has the payment.
    await call(server.url, `/v1/platform/tenants/${tenantId}/orders/${orderId}/payments`, { token: ADMIN_TOKEN, body: { kind: 'balance', amount: '2440.00', currency: 'USD', method: 'TT', receivedAt: '2026-03-02T09:00:00Z' } });
    await one('orders', orderId, 'order.transition', { orderId, to: 'in-production' });
    expect(await one('orders', orderId, 'order.transition', { orderId, to: 'ready-to-ship' })).toMatchObject({ status: 'applied', row: { state: 'ready-to-ship' } });

    // Nobody built the checklist yet: still refused, from the server's own facts.
    const refused = await one('orders', orderId, 'order.transition', { orderId, to: 'shipped' });
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition', fields: { _: 'validation.transitionChecklistOpen' } } });
    expect(Object.keys(refused.error!.fields!)).toEqual(expect.arrayContaining(['checklist.lithium-sea', 'checklist.lithium-sds', 'checklist.insurance-cif', 'checklist.us-isf', 'checklist.invoice-fields']));
    expect(refused.error!.message).toContain('us-isf (Importer Security Filing');

    // The client's checklist rows: all open, then every blocking one done but ISF.
    const { changes } = await ana.pullAll();
    const order = changes.find((c) => c.id === orderId)!.row as never;
    const lines = changes.filter((c) => c.entity === 'orderLines' && c.row.orderId === orderId).map((c) => c.row) as never[];
    const facts = orderFacts({ order, lines, products: [{ ...bank, id: productId }], today: '2026-03-02' });
    if (!facts.ok) throw new Error('facts');
    const items = buildChecklist(facts.facts);
    const row = (ruleId: string, done: boolean) => {
      const item = items.find((i) => i.ruleId === ruleId)!;
      return checklistItemFields.parse({
        orderId, ruleId, ruleVersion: item.ruleVersion, category: item.category, severity: item.severity,
        status: done ? 'done' : 'open', doneBy: done ? 'Ana' : null, doneAt: done ? '2026-03-02T08:30:00.000Z' : null,
      });
    };
    const blocking = items.filter((i) => i.severity === 'block').map((i) => i.ruleId);
    const answer = await ana.send(...blocking.map((ruleId) => create('checklistItems', checklistItemId(orderId, ruleId), row(ruleId, ruleId !== 'us-isf'))));
    expect(answer.results.every((r) => r.status === 'applied')).toBe(true);
    const onlyIsf = await one('orders', orderId, 'order.transition', { orderId, to: 'shipped' });
    expect(onlyIsf).toMatchObject({ status: 'rejected', error: { code: 'forbidden_transition' } });
    expect(Object.keys(onlyIsf.error!.fields!)).toEqual(['_', 'checklist.us-isf']);

    const isf = answer.results[blocking.indexOf('us-isf')].row!;
    await ana.send(patch('checklistItems', isf.id as string, isf.rev as number, { status: { old: 'open', new: 'done' }, doneBy: { old: null, new: 'Ana' }, doneAt: { old: null, new: '2026-03-02T08:40:00.000Z' } }));
    expect(await one('orders', orderId, 'order.transition', { orderId, to: 'shipped' })).toMatchObject({ status: 'applied', row: { state: 'shipped' } });
  });
});
