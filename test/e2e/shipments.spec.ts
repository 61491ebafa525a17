// A new user ships an order of 37 units at 12 per carton: 4 cartons (the last holds 1) made
// offline; SSCCs only after a range was reserved from the server; the batch print's route
// rendered to a PDF whose 4 SSCCs decode (zbarimg), are distinct and read 1 of 4 … 4 of 4; a
// re-print of carton 4 says RE-PRINT on the label and is recorded as one; the four labels on
// one A4 sheet all decode; an ETA before the ETD is refused under its field; the platform's
// tracking push shows on the shipment.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { PLATFORM_ADMIN_TOKEN } from '../../playwright.config';
import { PLATFORM, PASSWORD, api, cmd, companyWithColleague, created } from './support/platform';
import { decodePage, pageText, pdfInfo } from '../integration/labels/pdf-tools.mjs';

const OUT = mkdtempSync(join(tmpdir(), 'shipments-e2e-'));

/** A colleague keyed in the product (12 per carton), the buyer and an accepted quotation of 37 units. */
async function orderOf37(stamp: string) {
  const { tenantId, user, colleague } = await companyWithColleague(stamp, 'Ningbo Lamps', 'Zhang Min');
  const [productId, buyerId, quoteId, orderId] = [uuidv7(), uuidv7(), uuidv7(), uuidv7()];
  const sku = `LED-${stamp}`;
  await colleague(
    created('products', productId, {
      sku, name: 'LED desk lamp', localizedNames: {}, unit: 'pcs', moq: 10, currency: 'USD', priceTiers: [{ minQty: 10, unitPrice: '9.80' }],
      hsCode: '9405210090', originCountry: 'CN', leadTimeDays: 20, unitsPerCarton: 12, lengthCm: '60', widthCm: '40', heightCm: '35', grossWeightKg: '9.6', netWeightKg: '8.4',
      containsLithium: false, lithiumType: null, woodPackaging: false, food: false, kitchenware: false, notes: '', tags: [], status: 'active',
    }),
    created('buyers', buyerId, {
      company: `Busan Living ${stamp}`, country: 'KR', contacts: [], eori: '', vatId: '', buyerMark: 'BL', notes: '', status: 'active',
      addresses: [{ kind: 'shipping', line1: '45 Jungang-daero', line2: 'Jung-gu', city: 'Busan', region: '', postalCode: '48939', country: 'KR' }],
    }),
    created('quotes', quoteId, {
      number: '', buyerId, rfqId: null, version: 1, previousVersionId: null, status: 'draft', currency: 'USD', incoterm: 'FOB', namedPlace: 'Ningbo, CNNGB',
      validUntil: '2099-12-31', paymentTerms: '100 % T/T in advance', sampleTerms: '', leadTimeDays: 20, portOfLoading: 'Ningbo', mode: 'sea-lcl', notes: '', sentAt: null,
    }),
    created('quoteLines', uuidv7(), { quoteId, productId, position: 0, sku, description: 'LED desk lamp', unit: 'pcs', moq: 10, quantity: 37, unitPrice: '9.80', priceOverridden: false }),
    cmd('quotes', quoteId, 'quote.send', { quoteId }),
    cmd('quotes', quoteId, 'quote.accept', { quoteId, orderId }),
  );
  return { user, sku, company: `Busan Living ${stamp}`, tenantId };
}

/** The routes the batch print handed to the print iframe (its print() is recorded instead of opening a dialog). */
const printedRoutes = (page: Page) => page.evaluate(() => (window as unknown as { __prints: string[] }).__prints);

async function routeToPdf(page: Page, hash: string, name: string): Promise<string> {
  const view = await page.context().newPage();
  await view.goto(`/${hash}`);
  await expect(view.locator('html')).toHaveAttribute('data-print-ready', 'true');
  await expect(view.locator('[data-print-error]')).toHaveCount(0);
  const path = join(OUT, `${name}.pdf`);
  await view.pdf({ path, preferCSSPageSize: true, printBackground: true });
  await view.close();
  return path;
}

const ssccOn = (pdf: string, page: number) => decodePage(pdf, page).map((s) => s.data).find((d) => /^00\d{18}$/.test(d))?.slice(2);

test('37 units at 12 per carton: 4 cartons offline, SSCCs from a reserved range, labels 1 of 4 … 4 of 4, a re-print marked', async ({ browser }) => {
  // The longest scenario (offline packing, printing, PDF decoding, then the shipment record):
  // it ran 28–31 s alone and once over 2 min in a full CI run.
  test.setTimeout(300_000);
  const stamp = uuidv7().slice(-8);
  const { user, sku, company, tenantId } = await orderOf37(stamp);
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addInitScript(() => {
    const w = window as unknown as { __prints: string[] };
    w.__prints = [];
    // In the print iframe: record the route instead of opening the system dialog.
    if (window.top !== window) window.print = () => void (window.top as unknown as { __prints: string[] }).__prints.push(location.hash);
  });
  const page = await context.newPage();
  await page.goto('/#/sign-in');
  await page.getByTestId('sign-in-email').fill(user.email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-server').fill(PLATFORM);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('product-table')).toContainText(sku);

  // Company settings: an invalid prefix is refused with the reason, then the real one is kept.
  await page.goto('/#/settings');
  await page.getByTestId('gs1-prefix').fill('2012345');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-outcome')).toContainText('never issued as a company prefix');
  await page.getByTestId('gs1-prefix').fill('0614141');
  await page.getByTestId('gs1-extension').fill('3');
  await page.getByTestId('shipper-name').fill('Ningbo Lamps Co., Ltd.');
  await page.getByTestId('shipper-line1').fill('No. 8 Lamp Road');
  await page.getByTestId('shipper-city').fill('Ningbo');
  await page.getByTestId('shipper-country').fill('CN');
  await page.getByTestId('settings-save').click();
  await expect(page.getByTestId('settings-outcome')).toHaveText('Settings saved.');

  // --- Offline: the shipment and its cartons. ---
  await context.setOffline(true);
  await page.goto('/#/shipments');
  await page.getByTestId('new-shipment').click();
  const dialog = page.getByRole('dialog', { name: 'New shipment' });
  await dialog.getByRole('combobox', { name: 'Choose the orders to ship' }).click();
  const option = page.locator('.ant-select-item-option').filter({ hasText: company });
  await expect(option).toBeVisible();
  await option.click();
  await expect(dialog.locator('.ant-select-selection-item').filter({ hasText: company })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByTestId('shipment-reference').fill(`BKG-${stamp}`);
  await page.locator('#create-shipment').click();
  await expect(page.getByTestId('parcels-table')).toBeVisible();
  await page.getByTestId('generate-cartons').click();
  await expect(page.getByTestId('shipment-message')).toHaveText('4 cartons generated.');
  await expect(page.getByTestId('parcel-n-of-n')).toHaveText(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
  await expect(page.getByTestId('parcels-table').locator('tbody tr').last()).toContainText(`${sku} × 1`);

  // No range reserved yet: no SSCC is made up.
  await page.getByTestId('assign-sscc').click();
  await expect(page.getByTestId('shipment-message')).toContainText('holds no reserved SSCC numbers yet');
  await expect(page.getByTestId('parcel-sscc')).toHaveText(['—', '—', '—', '—']);
  await page.getByTestId('reserve-sscc').click();
  await expect(page.getByTestId('shipment-message')).toContainText('Reservation queued');

  // Online once: the server answers the reservation at the sync.
  await context.setOffline(false);
  await expect(page.getByTestId('sscc-left')).toHaveText('SSCC numbers left on this computer: 1,000', { timeout: 30_000 });
  await context.setOffline(true);
  await page.getByTestId('assign-sscc').click();
  await expect(page.getByTestId('shipment-message')).toHaveText('4 SSCCs assigned.');
  await expect(page.getByTestId('sscc-left')).toHaveText('SSCC numbers left on this computer: 996');
  // The range counter and the table are separate live queries: wait for the table too.
  await expect(page.getByTestId('parcel-sscc')).toHaveText(Array(4).fill(/^3061414100\d{8}$/));
  const ssccs = await page.getByTestId('parcel-sscc').allTextContents();
  await context.setOffline(false); // the print view loads the app page into an iframe

  // --- Batch print of A6 GS1 labels: all 4, in order. ---
  await page.getByTestId('open-print').click();
  await expect(page.getByTestId('preview-n-of-n')).toHaveText(['1 of 4', '2 of 4', '3 of 4', '4 of 4']);
  await page.getByTestId('print-run').click();
  await expect(page.getByTestId('print-confirm')).toBeVisible(); // browser build: the system dialog was shown
  const [first] = await printedRoutes(page);
  expect(first).toMatch(/^#\/print\/labels\?kind=gs1&size=a6&parcels=/);
  const pdf = await routeToPdf(page, first, 'batch');
  expect(pdfInfo(pdf)).toMatchObject({ pages: 4 });
  const decoded = [1, 2, 3, 4].map((n) => ssccOn(pdf, n));
  expect(decoded).toEqual(ssccs);
  expect(new Set(decoded).size).toBe(4);
  for (const n of [1, 2, 3, 4]) {
    expect(pageText(pdf, n)).toContain(`CARTON ${n} OF 4`);
    expect(pageText(pdf, n)).not.toContain('RE-PRINT');
  }
  await page.getByTestId('print-confirm-yes').click();
  await expect(page.getByTestId('parcel-printed')).toHaveText(['Printed (1)', 'Printed (1)', 'Printed (1)', 'Printed (1)']);

  // --- Re-print carton 4: said in the dialog, on the label and in its history. ---
  await page.getByTestId('choice-range').click();
  await page.getByTestId('range-from').locator('xpath=descendant-or-self::input').first().fill('4');
  await expect(page.getByTestId('preview-n-of-n')).toHaveText(['4 of 4']);
  await expect(page.getByTestId('reprint-warning')).toContainText('1 of them is a re-print');
  await page.getByTestId('print-run').click();
  await expect(page.getByTestId('print-confirm')).toBeVisible();
  const again = (await printedRoutes(page))[1];
  const reprint = await routeToPdf(page, again, 'reprint');
  expect(pdfInfo(reprint)).toMatchObject({ pages: 1 });
  expect(ssccOn(reprint, 1)).toBe(ssccs[3]);
  expect(pageText(reprint, 1)).toContain('CARTON 4 OF 4 · RE-PRINT');
  await page.getByTestId('print-confirm-yes').click();
  await expect(page.getByTestId('parcel-printed')).toHaveText(['Printed (1)', 'Printed (1)', 'Printed (1)', 'Printed (2)']);

  // --- 4 × A6 on one A4 sheet with cut marks: one A4 page on which all four SSCCs decode. ---
  await page.getByTestId('print-choice').getByText('All', { exact: true }).click();
  await page.getByTestId('print-a4-sheet').click();
  await page.getByTestId('print-run').click();
  await expect(page.getByTestId('print-confirm')).toBeVisible();
  const sheetRoute = (await printedRoutes(page))[2];
  expect(sheetRoute).toMatch(/^#\/print\/labels\?kind=gs1&size=a6&sheet=a4&parcels=/);
  const sheet = await routeToPdf(page, sheetRoute, 'a4-sheet');
  const sheetInfo = pdfInfo(sheet);
  expect(sheetInfo.pages).toBe(1);
  expect(sheetInfo.widthMm).toBeCloseTo(210, 0); // A4, to PDF point rounding
  expect(sheetInfo.heightMm).toBeCloseTo(297, 0);
  const onSheet = decodePage(sheet, 1).map((s) => s.data).filter((d) => /^00\d{18}$/.test(d)).map((d) => d.slice(2));
  expect(onSheet.sort()).toEqual([...ssccs].sort());
  await page.getByTestId('print-confirm-yes').click();
  await expect(page.getByTestId('parcel-printed')).toHaveText(['Printed (2)', 'Printed (2)', 'Printed (2)', 'Printed (3)']);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('batch-print')).toBeHidden();

  // --- The shipment record: an ETA before the ETD is refused under its field, then saved. ---
  const dateInput = (testId: string) => page.getByTestId(testId).locator('xpath=descendant-or-self::input').first();
  const pickDate = async (testId: string, date: string) => {
    const input = dateInput(testId);
    const openPanel = page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)');
    await input.click();
    // Opening the panel resets the input's text to the field's value, so type only once it is open.
    await expect(openPanel).toHaveCount(1);
    await input.fill(date);
    await expect(input).toHaveValue(date);
    await input.press('Enter');
    // The picker's panel must be gone before the next click, or it may cover the Save button.
    await expect(openPanel).toHaveCount(0);
  };
  await page.getByTestId('shipment-booking').fill(`NGB${stamp}`);
  await page.getByTestId('shipment-bl').fill(`MAEU${stamp}`);
  await pickDate('shipment-etd', '2026-12-20');
  await pickDate('shipment-eta', '2026-12-01');
  await page.getByTestId('shipment-save').click();
  await expect(page.getByTestId('shipment-form')).toContainText('The arrival date (ETA) cannot be before the departure date (ETD).');
  await pickDate('shipment-eta', '2027-01-10');
  await page.getByTestId('shipment-save').click();
  await expect(page.getByTestId('shipment-message')).toHaveText('Saved.');
  await expect(dateInput('shipment-eta')).toHaveValue('2027-01-10');

  // --- Tracking pushed by the platform shows on the shipment, read-only, and the update it
  // brings does not wipe what the user is typing into the form meanwhile. ---
  await page.getByTestId('shipment-container').fill('MSKU1234565');
  const shipmentId = new URL(page.url()).hash.split('/').pop()!;
  const track = () => fetch(`${PLATFORM}/v1/platform/tenants/${tenantId}/shipments/${shipmentId}/tracking`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${PLATFORM_ADMIN_TOKEN}` },
    body: JSON.stringify({ status: 'Departed port of loading', location: 'Ningbo, CN', at: '2026-12-20T08:00:00Z' }),
  }).then((r) => r.status);
  await expect.poll(track, { timeout: 30_000 }).toBe(200); // 404 until the shipment has synced
  await expect(page.getByTestId('shipment-tracking')).toContainText('Departed port of loading · Ningbo, CN', { timeout: 45_000 });
  await expect(page.getByTestId('shipment-container')).toHaveValue('MSKU1234565');
  await expect(dateInput('shipment-eta')).toHaveValue('2027-01-10');

  // --- The consolidation planner: 4 cartons of 60 × 40 × 35 cm are 0.336 m³, well below 15 m³: LCL. ---
  await page.goto('/#/shipments');
  await expect(page.getByTestId('shipments-table')).toContainText(company);
  await page.getByTestId('planner').getByRole('combobox').click();
  await page.locator('.ant-select-item-option').first().click();
  await expect(page.getByTestId('planner')).toContainText('0.336 m³');
  // 3 full cartons of 9.6 kg, the last: 1/12 of 8.4 kg net + 1.2 kg carton.
  await expect(page.getByTestId('planner')).toContainText('30.7 kg');
  await expect(page.getByTestId('planner-suggestion')).toContainText('LCL (below 15 m³)');
  await context.close();
});
