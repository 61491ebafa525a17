// A new sales user opens an order of lithium power banks, CIF Los Angeles by sea: the checklist
// shows the dangerous-goods, insurance, ISF and document items; "shipped" is refused while they
// are open (with the list of them), and allowed — by the app and by the server — once they are
// done. The packing list printed from its route to a PDF (pdftotext) carries the parcels' sums.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Decimal from 'decimal.js';
import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { PLATFORM, PASSWORD, api, cmd, companyWithColleague, created } from './support/platform';

/** A colleague keyed in the power bank, the buyer and the accepted quotation; the platform has the deposit. */
async function orderOfPowerBanks(stamp: string) {
  const { tenantId, user, colleague } = await companyWithColleague(stamp, 'Shenzhen Power', 'Li Wei');
  const [productId, buyerId, quoteId, orderId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  const sku = `PB-${stamp}`;
  await colleague(
    created('products', productId, {
      sku, name: 'Power bank 10000 mAh', localizedNames: {}, unit: 'pcs', moq: 100, currency: 'USD',
      priceTiers: [{ minQty: 100, unitPrice: '6.50' }, { minQty: 500, unitPrice: '6.10' }], hsCode: '8507600090', originCountry: 'CN', leadTimeDays: 25,
      unitsPerCarton: 40, lengthCm: '52', widthCm: '36', heightCm: '28', grossWeightKg: '13.5', netWeightKg: '12.2',
      containsLithium: true, lithiumType: 'ion', woodPackaging: false, food: false, kitchenware: false, notes: '', tags: [], status: 'active',
    }),
    created('buyers', buyerId, {
      company: `Pacific Gadgets ${stamp}`, country: 'US', contacts: [], eori: '', vatId: '', buyerMark: 'PGI', notes: '', status: 'active',
      addresses: [{ kind: 'billing', line1: '100 Harbor Blvd', line2: '', city: 'Los Angeles', region: 'CA', postalCode: '90731', country: 'US' }],
    }),
    created('quotes', quoteId, {
      number: '', buyerId, rfqId: null, version: 1, previousVersionId: null, status: 'draft', currency: 'USD', incoterm: 'CIF', namedPlace: 'Los Angeles, USLAX',
      validUntil: '2099-12-31', paymentTerms: '30 % T/T deposit, balance before shipment', sampleTerms: '', leadTimeDays: 25, portOfLoading: 'Shenzhen', mode: 'sea-lcl', notes: '', sentAt: null,
    }),
    created('quoteLines', uuidv7(), { quoteId, productId, position: 0, sku, description: 'Power bank 10000 mAh', unit: 'pcs', moq: 100, quantity: 1030, unitPrice: '6.10', priceOverridden: false }),
    cmd('quotes', quoteId, 'quote.send', { quoteId }),
    cmd('quotes', quoteId, 'quote.accept', { quoteId, orderId }),
  );
  // 1,030 × 6.10 = 6,283.00; the 30 % deposit starts production.
  await api(`/v1/platform/tenants/${tenantId}/orders/${orderId}/payments`, { kind: 'deposit', amount: '1884.90', currency: 'USD', method: 'TT', receivedAt: new Date().toISOString() });
  return { user, orderId };
}

const item = (page: Page, ruleId: string) => page.getByTestId(`checklist-item-${ruleId}`);

async function parcelsOf(page: Page, orderId: string) {
  return page.evaluate((id) => new Promise<{ seq: number; netWeightKg: string; grossWeightKg: string; lengthCm: string; widthCm: string; heightCm: string; contents: { quantity: number }[]; deleted: boolean; orderId: string }[]>((resolve, reject) => {
    const open = indexedDB.open('supplier-console');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('parcels').objectStore('parcels').getAll();
      read.onsuccess = () => { resolve(read.result.filter((p) => p.orderId === id && !p.deleted)); open.result.close(); };
    };
  }), orderId);
}

test('lithium power banks CIF Los Angeles by sea: checklist items, shipped refused while open, allowed when done, packing list totals', async ({ browser }) => {
  const stamp = uuidv7().slice(-8);
  const { user, orderId } = await orderOfPowerBanks(stamp);
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/#/sign-in');
  await page.getByTestId('sign-in-email').fill(user.email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-server').fill(PLATFORM);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('product-table')).toContainText(`PB-${stamp}`);

  await page.goto(`/#/orders/${orderId}`);
  await expect(page.getByTestId('order-state')).toHaveText('In production');
  await page.getByTestId('order-to-ready-to-ship').click();
  await expect(page.getByTestId('order-state')).toHaveText('Ready to ship');

  // --- 1. The checklist: dangerous goods, insurance, ISF and the documents, in their groups. ---
  const checklist = page.getByTestId('order-checklist');
  await expect(item(page, 'lithium-sea')).toContainText('IMDG packing instruction P903');
  await expect(item(page, 'lithium-sds')).toContainText('UN38.3');
  await expect(item(page, 'insurance-cif')).toContainText('110 %');
  await expect(item(page, 'us-isf')).toContainText('ISF 10+2');
  for (const ruleId of ['invoice-fields', 'packing-list-fields', 'invoice-packing-list', 'bill-of-lading-lcl']) await expect(item(page, ruleId)).toBeVisible();
  await expect(page.getByTestId('checklist-group-documents').locator('[data-testid^="checklist-item-"][data-status]')).toHaveCount(5);
  await expect(item(page, 'us-isf')).toContainText('Sources: US-1');
  await expect(page.getByTestId('checklist-progress-customs')).toHaveText(/^0 of \d+ done$/);
  await expect(page.getByTestId('refund-readiness')).toContainText('Still missing');

  // --- 2. "Shipped" is refused while blocking items are open, and the open ones are listed. ---
  const blockers = page.getByTestId('checklist-blockers');
  for (const ruleId of ['lithium-sea', 'lithium-sds', 'insurance-cif', 'us-isf', 'invoice-fields', 'packing-list-fields']) await expect(blockers.getByTestId(`blocker-${ruleId}`)).toBeVisible();
  await page.getByTestId('order-to-shipped').click();
  await expect(page.getByTestId('order-refusal')).toContainText('Close every blocking checklist item before shipping.');
  for (const title of ['Importer Security Filing (ISF 10+2)', 'Lithium batteries by sea', 'Insurance certificate for at least 110 %']) await expect(page.getByTestId('refusal-blockers')).toContainText(title);
  await expect(page.getByTestId('order-state')).toHaveText('Ready to ship');

  // Cartons from the product's packaging, then the documents agree.
  await page.getByTestId('generate-cartons').click();
  await expect(page.getByTestId('carton-count')).toHaveText('26 cartons');
  await expect(page.getByTestId('documents-consistent')).toBeVisible();

  // --- 3. Complete every blocking item (one with a note), acknowledge the warnings: shipping goes through. ---
  await item(page, 'us-isf').getByTestId('checklist-item-note').locator('xpath=descendant-or-self::input').first().fill('ISF sent to the importer’s broker');
  await item(page, 'us-isf').getByTestId('checklist-item-save-note').click();
  await item(page, 'us-isf').getByTestId('checklist-item-attach').setInputFiles({ name: 'isf-confirmation.txt', mimeType: 'text/plain', buffer: Buffer.from('ISF accepted, entry 123-4567890-1') });
  await expect(item(page, 'us-isf').getByTestId('checklist-item-attachment')).toContainText('isf-confirmation.txt (33 bytes');
  await expect(item(page, 'us-isf').getByTestId('checklist-item-attachment')).toContainText('Open file');
  const open = async () => (await blockers.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-testid')!.slice('blocker-'.length))));
  for (const ruleId of await open()) {
    await item(page, ruleId).getByTestId('checklist-item-resolve').click();
    await expect(item(page, ruleId)).toHaveAttribute('data-status', 'done');
  }
  await expect(blockers).toHaveCount(0);
  await expect(item(page, 'us-isf').getByTestId('checklist-item-done-by')).toContainText('Li Wei');
  for (const ruleId of ['container-sea-term', 'carton-n-of-n']) {
    await item(page, ruleId).getByTestId('checklist-item-resolve').click();
    await expect(item(page, ruleId)).toHaveAttribute('data-status', 'acknowledged');
  }
  await expect(page.getByTestId('checklist-unacknowledged')).toHaveCount(0);
  await page.getByTestId('order-to-shipped').click();
  await expect(page.getByTestId('order-state')).toHaveText('Shipped');
  // The server agrees: everything syncs and nothing is rejected.
  await expect(page.getByTestId('sync-pending')).toHaveText('All changes synced', { timeout: 30_000 });
  await expect(page.getByTestId('order-state')).toHaveText('Shipped');
  await expect(checklist).toBeVisible();

  // --- 4. The packing list as a PDF: its totals are the parcels' sums. ---
  const parcels = await parcelsOf(page, orderId);
  expect(parcels).toHaveLength(26);
  const sum = (f: (p: (typeof parcels)[number]) => Decimal.Value) => parcels.reduce((s, p) => s.plus(f(p)), new Decimal(0));
  const en = (v: Decimal, places: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: places }).format(Number(v.toFixed(places)));
  const expected = {
    packages: String(parcels.length),
    quantity: en(new Decimal(parcels.reduce((s, p) => s + p.contents.reduce((t, c) => t + c.quantity, 0), 0)), 0),
    net: en(sum((p) => p.netWeightKg), 3),
    gross: en(sum((p) => p.grossWeightKg), 3),
    cbm: en(sum((p) => new Decimal(p.lengthCm).times(p.widthCm).times(p.heightCm).div(1_000_000)), 3),
  };
  expect(expected).toEqual({ packages: '26', quantity: '1,030', net: '314.15', gross: '347.95', cbm: '1.363' });

  await page.goto(`/#/print/packing-list/${orderId}?lang=en`);
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await expect(page.getByTestId('doc-marks')).toContainText('C/NO. 1-26');
  const dir = mkdtempSync(join(tmpdir(), 'packing-list-'));
  const pdfPath = join(dir, 'packing-list.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  const totals = text.split('\n').find((line) => line.trim().startsWith('Totals'));
  expect(totals, text).toBeDefined();
  expect(totals!.trim().split(/\s+/)).toEqual(['Totals', expected.packages, expected.quantity, expected.net, expected.gross, expected.cbm]);
  expect(text).toContain('PGI');
  expect(text).toContain('MADE IN CHINA');

  // The commercial invoice of the same order: DOC-2 fields, the order's total, the same marks.
  await page.goto(`/#/print/invoice/${orderId}?lang=en`);
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  const invoice = page.getByTestId('invoice-document');
  await expect(page.getByTestId('invoice-total')).toHaveText('USD 6,283.00');
  for (const text of ['Commercial invoice', 'CIF Los Angeles, USLAX Incoterms® 2020', '8507600090', 'CN', '1,030 pcs', '30 % T/T deposit, balance before shipment', 'Shenzhen', '314.15', '347.95', 'C/NO. 1-26', `Pacific Gadgets ${stamp}`]) await expect(invoice).toContainText(text);

  // The same packing list in Chinese: translated headings, the same totals.
  await page.goto(`/#/print/packing-list/${orderId}?lang=zh-CN`);
  await expect(page.getByTestId('packing-list-document')).toContainText('装箱单');
  await expect(page.getByTestId('total-gross')).toHaveText(expected.gross);
  await context.close();
});
