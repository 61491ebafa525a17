// A new sales user, offline, turns a buyer's RFQ into a quotation (3 lines across price tiers),
// sends it, revises it to version 2, gets it accepted and sees the order with a provisional
// number; back online the server's numbers arrive, the platform posts a 30 % deposit and the
// order moves to production; the quotation prints to a PDF whose text has the Incoterm line,
// every line total and the grand total.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { PLATFORM, PASSWORD, api, cmd, companyWithColleague, created } from './support/platform';

function product(sku: string, name: string, moq: number, priceTiers: { minQty: number; unitPrice: string }[]) {
  return {
    sku, name, localizedNames: {}, unit: 'pcs', moq, currency: 'USD', priceTiers,
    hsCode: '961700', originCountry: 'CN', leadTimeDays: 20, unitsPerCarton: 48, lengthCm: '40', widthCm: '30', heightCm: '25', grossWeightKg: '9.8', netWeightKg: '8.6',
    containsLithium: false, lithiumType: null, woodPackaging: false, food: false, kitchenware: true, notes: '', tags: [], status: 'active',
  };
}

/** A company whose catalog a colleague already keyed in, one new sales user, and an RFQ from the platform. */
async function company(stamp: string) {
  const { tenantId, user, colleague } = await companyWithColleague(stamp, 'Ningbo Housewares', 'Mei Lin');
  const catalog = [
    product(`BTL-${stamp}`, 'Steel bottle 500 ml', 100, [{ minQty: 100, unitPrice: '3.20' }, { minQty: 1000, unitPrice: '2.95' }, { minQty: 5000, unitPrice: '2.70' }]),
    product(`CUP-${stamp}`, 'Travel cup 450 ml', 100, [{ minQty: 100, unitPrice: '4.10' }, { minQty: 500, unitPrice: '3.85' }, { minQty: 2000, unitPrice: '3.60' }]),
    product(`LID-${stamp}`, 'Spare lid', 500, [{ minQty: 500, unitPrice: '0.45' }, { minQty: 5000, unitPrice: '0.38' }]),
  ];
  const productIds = catalog.map(() => uuidv7());
  await colleague(...catalog.map((fields, i) => created('products', productIds[i], fields)));
  await api(`/v1/platform/tenants/${tenantId}/rfqs`, {
    buyer: { company: `Hamburg Outdoor ${stamp}`, country: 'DE', contact: 'Jonas Weber', email: 'jonas@hamburg-outdoor.test' },
    productQuery: 'insulated steel bottle 500 ml with travel cups', quantity: 3000, unit: 'pcs', targetPrice: '2.80', currency: 'USD', incoterm: 'FOB', destinationPort: 'DEHAM',
  });
  return { tenantId, user, catalog, productIds, colleague };
}

/** antd puts data-testid either on the input itself or on its wrapper. */
const input = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"]`).locator('xpath=descendant-or-self::input').first();

async function addLine(page: Page, sku: string) {
  await page.getByTestId('quote-add-line').click();
  await page.keyboard.type(sku);
  await page.locator('.ant-select-item-option', { hasText: sku }).click();
}

async function signIn(page: Page, email: string) {
  await page.goto('/#/sign-in');
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-server').fill(PLATFORM);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('product-table')).toBeVisible(); // signed in: the app shows the catalog
}

test('RFQ → quotation v1 → v2 → order offline; server numbers, deposit and production online; quotation PDF', async ({ browser }) => {
  const stamp = uuidv7().slice(-8);
  const { tenantId, user, catalog } = await company(stamp);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email);
  await expect(page.locator('.ant-table-row', { hasText: catalog[2].sku })).toBeVisible();

  // --- Offline from here: open the RFQ and quote it. ---
  await context.setOffline(true);
  await page.getByRole('menuitem', { name: 'RFQ inbox' }).click();
  const rfqRow = page.locator('[data-testid="rfq-table"] .ant-table-row', { hasText: 'insulated steel bottle' });
  await expect(rfqRow).toContainText('Unread');
  await rfqRow.click();
  await expect(page.getByTestId('rfq-drawer')).toContainText('DEHAM');
  await page.getByTestId('rfq-quote').click();

  await expect(page.getByTestId('quote-number')).toHaveText('New quotation');
  await expect(page.getByTestId('quote-editor')).toContainText(`Hamburg Outdoor ${stamp} (DE)`);
  await expect(page.getByTestId('quote-editor')).toContainText('FOB');
  await input(page, 'quote-named-place').fill('Ningbo');
  await input(page, 'quote-port').fill('Ningbo');
  await expect(page.getByTestId('quote-incoterm-line')).toHaveText('FOB Ningbo Incoterms® 2020');

  // Three lines across tiers: the RFQ's 3,000 bottles (tier 2), 600 cups (tier 2), 400 lids (below MOQ, tier 1).
  await addLine(page, catalog[0].sku);
  await addLine(page, catalog[1].sku);
  await addLine(page, catalog[2].sku);
  await input(page, 'line-quantity-1').fill('600');
  await input(page, 'line-quantity-2').fill('400');
  await input(page, 'line-quantity-2').blur();
  await expect(input(page, 'line-price-0')).toHaveValue('2.95');
  await expect(input(page, 'line-price-1')).toHaveValue('3.85');
  await expect(input(page, 'line-price-2')).toHaveValue('0.45');
  await expect(page.getByTestId('line-below-moq-2')).toBeVisible();
  await expect(page.getByTestId('quote-warnings')).toContainText('below the MOQ');
  // Back to the MOQ: 500 lids.
  await input(page, 'line-quantity-2').fill('500');
  await input(page, 'line-quantity-2').blur();
  await expect(page.getByTestId('line-below-moq-2')).toHaveCount(0);
  const lineTotals = ['8,850.00', '2,310.00', '225.00'];
  for (const [i, total] of lineTotals.entries()) await expect(page.getByTestId(`line-total-${i}`)).toContainText(total);
  await expect(page.getByTestId('quote-total')).toContainText('11,385.00');

  await page.getByTestId('quote-send').click();
  await expect(page.getByTestId('quote-status')).toHaveText('Sent');
  await expect(page.getByTestId('quote-number')).toHaveText(/^Q-PROV-[0-9A-F]{6}$/);
  const v1Url = page.url();

  // --- Revise: version 2 is a new draft; version 1 stays readable as superseded. ---
  await page.getByTestId('quote-revise').click();
  await expect(page.getByTestId('quote-version')).toHaveText('Version 2');
  await expect(page.getByTestId('quote-status')).toHaveText('Draft');
  await expect(page.getByTestId('quote-total')).toContainText('11,385.00');
  const v2Id = page.url().split('/quotes/')[1];
  await page.getByTestId('quote-send').click();
  await expect(page.getByTestId('quote-status')).toHaveText('Sent');
  await page.getByTestId('quote-previous').click();
  expect(page.url()).toBe(v1Url);
  await expect(page.getByTestId('quote-status')).toHaveText('Superseded');
  await expect(page.getByTestId('quote-accept')).toHaveCount(0);
  await page.getByTestId('quote-next').click();

  // --- Accept: the order exists at once, with a provisional number. ---
  await page.getByTestId('quote-accept').click();
  await expect(page.getByTestId('order-number')).toHaveText(/^SO-PROV-[0-9A-F]{6}$/);
  await expect(page.getByTestId('order-provisional')).toBeVisible();
  await expect(page.getByTestId('order-state')).toHaveText('Awaiting deposit');
  await expect(page.getByTestId('order-total')).toContainText('11,385.00');
  await expect(page.getByTestId('order-outstanding')).toContainText('11,385.00');
  // Production before the deposit is refused with the reason, locally already.
  await page.getByTestId('order-to-in-production').click();
  await expect(page.getByTestId('order-refusal')).toContainText('Production starts once the deposit is received.');
  const orderId = (await page.getByTestId('order-view').getAttribute('data-order-id'))!;
  await expect(page.getByTestId('sync-pending')).toContainText('waiting');

  // --- Reconnect: the server's numbers replace the provisional ones (same rows, same ids). ---
  await context.setOffline(false);
  await expect(page.getByTestId('sync-pending')).toHaveText('All changes synced', { timeout: 30_000 });
  await expect(page.getByTestId('order-number')).toHaveText(/^SO-\d{4}-\d{6}$/);
  await expect(page.getByTestId('order-provisional')).toHaveCount(0);

  // --- The platform posts the 30 % deposit: the order moves to production. ---
  await api(`/v1/platform/tenants/${tenantId}/orders/${orderId}/payments`, { kind: 'deposit', amount: '3415.50', currency: 'USD', method: 'TT', receivedAt: new Date().toISOString() });
  await expect(page.getByTestId('order-state')).toHaveText('In production');
  await expect(page.getByTestId('order-paid')).toContainText('3,415.50');
  await expect(page.getByTestId('order-outstanding')).toContainText('7,969.50');

  // --- The quotation as a PDF (the print route's layout), checked through pdftotext. ---
  // The company header comes from the company settings (this machine's shipper).
  await page.evaluate(() => localStorage.setItem('supplier-console.company-settings', JSON.stringify({
    shipper: { name: 'Ningbo Housewares Co., Ltd.', address: { line1: '88 Jiangbei Road', line2: '', city: 'Ningbo', region: 'Zhejiang', postalCode: '315000', country: 'CN' }, phone: '+86 574 8888 0000' },
  })));
  await page.goto(`/#/print/quote/${v2Id}?lang=en`);
  await page.reload();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await expect(page.getByTestId('quote-document')).toContainText(/Q-\d{4}-\d{6}/);
  const dir = mkdtempSync(join(tmpdir(), 'quote-pdf-'));
  const pdfPath = join(dir, 'quotation.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  expect(text).toContain('FOB Ningbo Incoterms® 2020');
  for (const total of lineTotals) expect(text).toContain(`USD ${total}`);
  expect(text).toContain('USD 11,385.00');
  expect(text).toContain('30 % T/T deposit, balance before shipment');
  expect(text).toContain('Ningbo Housewares Co., Ltd.');

  // The same document in the buyer's language: labels translated, figures and Incoterm line unchanged.
  await page.goto(`/#/print/quote/${v2Id}?lang=zh-CN`);
  await expect(page.getByTestId('quote-document')).toContainText('报价单 / 形式发票');
  await expect(page.getByTestId('doc-incoterm')).toHaveText('FOB Ningbo Incoterms® 2020');
  await expect(page.getByTestId('doc-total')).toContainText('11,385.00');
  await context.close();
});

test('an order accepted offline from a quotation a colleague revised meanwhile is refused: the provisional order goes, the rejected list says why', async ({ browser }) => {
  const stamp = uuidv7().slice(-8);
  const { user, catalog, productIds, colleague } = await company(stamp);
  const buyerId = uuidv7();
  const quoteId = uuidv7();
  await colleague(
    created('buyers', buyerId, { company: `Lyon Cuisine ${stamp}`, country: 'FR', contacts: [], addresses: [], eori: '', vatId: '', buyerMark: '', notes: '', status: 'active' }),
    created('quotes', quoteId, {
      number: '', buyerId, rfqId: null, version: 1, previousVersionId: null, status: 'draft', currency: 'USD', incoterm: 'CIF', namedPlace: 'Marseille',
      validUntil: '2999-12-31', paymentTerms: 'L/C at sight', sampleTerms: '', leadTimeDays: 25, portOfLoading: 'Ningbo', mode: 'sea-lcl', notes: '', sentAt: null,
    }),
    created('quoteLines', uuidv7(), { quoteId, productId: productIds[1], position: 0, sku: catalog[1].sku, description: catalog[1].name, unit: 'pcs', moq: 100, quantity: 800, unitPrice: '3.85', priceOverridden: false }),
    cmd('quotes', quoteId, 'quote.send', { quoteId }),
  );
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email);
  await page.getByRole('menuitem', { name: 'Quotations' }).click();
  await page.locator('[data-testid="quote-table"] .ant-table-row', { hasText: `Lyon Cuisine ${stamp}` }).click();
  await expect(page.getByTestId('quote-status')).toHaveText('Sent');
  await expect(page.getByTestId('quote-number')).toHaveText(/^Q-\d{4}-\d{6}$/);

  await context.setOffline(true);
  await page.getByTestId('quote-accept').click();
  await expect(page.getByTestId('order-number')).toHaveText(/^SO-PROV-/);
  // Meanwhile the colleague revises the quotation: version 1 is superseded on the server.
  await colleague(cmd('quotes', quoteId, 'quote.revise', { quoteId }));

  await context.setOffline(false);
  await expect(page.getByTestId('order-missing')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('menuitem', { name: 'Rejected changes' }).click();
  const rejected = page.getByTestId('rejected-change').filter({ hasText: 'Quotation' });
  await expect(rejected).toContainText('This quotation is closed (accepted or superseded).');
  await page.getByRole('menuitem', { name: 'Orders' }).click();
  await expect(page.getByTestId('order-table')).toContainText('No orders yet.');
  await context.close();
});
