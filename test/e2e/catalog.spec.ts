// A new user builds a catalog with the network off: one product by hand (after a rejected
// bad HS code), 48 from a CSV with 2 bad rows, an edit, an archive and a restore; switches to
// 中文, reloads, and still finds everything. Every outbox entry must match exactly one edit.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import writeExcelFile from 'write-excel-file/node';

const PLATFORM_ORIGIN = 'http://127.0.0.1:8787/**';
const CSV = fileURLToPath(new URL('../fixtures/catalog/products-50-with-2-bad.csv', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

interface OutboxEntry { kind: string; entity: string; entityId: string; baseRev: number | null; changes: Record<string, { old: unknown; new: unknown }> }

/** The outbox entries stored in the real IndexedDB, in insertion order (records hold one, or up to 500 for an import). */
function readOutbox(page: Page): Promise<OutboxEntry[]> {
  return page.evaluate(() => new Promise<OutboxEntry[]>((resolve, reject) => {
    const open = indexedDB.open('supplier-console');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('outbox').objectStore('outbox').getAll();
      // A create stores its values once (`created`); its changes are each field from null.
      const expand = (e: OutboxEntry & { created?: Record<string, unknown> }) => e.created === undefined ? e
        : { ...e, created: undefined, changes: Object.fromEntries(Object.entries(e.created).map(([k, v]) => [k, { old: null, new: v }])) };
      all.onsuccess = () => { resolve((all.result as { entries: OutboxEntry[] }[]).flatMap((r) => r.entries).map(expand)); open.result.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}

async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
}

/** A screenshot for the README, once drop-downs and toasts have gone. */
async function screenshot(page: Page, name: string) {
  await page.getByRole('heading', { level: 4 }).click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: `${SCREENSHOTS}${name}` });
}

test.use({ locale: 'en-US' });

test('a new user builds the catalog offline and finds it again after a reload', async ({ page, context }) => {
  // Every request to the platform fails, on this page and after reloads.
  await context.route(PLATFORM_ORIGIN, (route) => route.abort());

  await page.goto('/');
  await expect(page.getByTestId('products-empty')).toContainText('No products yet');
  await goOffline(context);

  // --- Create a product; the first attempt has a 5-digit HS code. ---
  await page.getByTestId('new-product').click();
  const drawer = page.locator('.ant-drawer');
  await drawer.locator('#product_sku').fill('CUP-TRAVEL-450');
  await drawer.locator('#product_name').fill('Travel cup 450 ml');
  await drawer.locator('#product_localizedNames_zh-CN').fill('旅行杯 450毫升');
  await drawer.locator('#product_localizedNames_ko').fill('텀블러 450ml');
  await drawer.locator('#product_moq').fill('300');
  await drawer.locator('#product_priceTiers_0_minQty').fill('300');
  await drawer.locator('#product_priceTiers_0_unitPrice').fill('2.35');
  await drawer.getByRole('button', { name: 'Add price tier' }).click();
  await drawer.locator('#product_priceTiers_1_minQty').fill('1000');
  await drawer.locator('#product_priceTiers_1_unitPrice').fill('2.10');
  await drawer.locator('#product_hsCode').fill('96170');
  await drawer.locator('#product_leadTimeDays').fill('30');
  await drawer.locator('#product_unitsPerCarton').fill('48');
  await drawer.locator('#product_lengthCm').fill('50');
  await drawer.locator('#product_widthCm').fill('34');
  await drawer.locator('#product_heightCm').fill('26.5');
  await drawer.locator('#product_grossWeightKg').fill('11.2');
  await drawer.locator('#product_netWeightKg').fill('10.1');
  await drawer.getByRole('checkbox', { name: 'Food-contact kitchenware' }).check();
  await drawer.getByTestId('product-save').click();

  await expect(drawer.locator('#product_hsCode_help')).toHaveText('The HS code must be 6 to 10 digits.');
  await expect(drawer.getByTestId('product-form-errors')).toContainText('Please correct the highlighted fields.');
  expect(await readOutbox(page), 'a rejected product writes nothing').toEqual([]);

  await drawer.locator('#product_hsCode').fill('9617001000');
  await expect(drawer.locator('#product_hsCode_help')).toHaveCount(0);
  await drawer.getByTestId('product-save').click();
  await expect(drawer).toBeHidden();
  // Rows carry their product id (the outbox check relies on it).
  const cupRow = page.getByTestId('product-table').locator('[data-product-id]', { hasText: 'CUP-TRAVEL-450' });
  await expect(cupRow).toContainText('Travel cup 450 ml');
  await expect(cupRow).toContainText('USD 2.35');
  await expect(page.getByTestId('product-count')).toHaveText('1 product');

  // --- Import 50 rows, 2 of them bad: both reasons shown, 48 imported. ---
  await page.getByTestId('catalog-import').click();
  const dialog = page.getByTestId('catalog-import-dialog');
  await dialog.locator('input[type=file]').setInputFiles(CSV);
  await expect(page.getByTestId('import-summary')).toHaveText('48 rows ready, 2 rows with problems');
  const problems = page.getByTestId('import-problems');
  await expect(problems).toContainText('The HS code must be 6 to 10 digits.');
  await expect(problems).toContainText('Tier quantities must rise from one tier to the next.');
  await page.getByTestId('import-good').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 48 products.');
  await page.getByTestId('import-close').click();
  await expect(page.getByTestId('product-count')).toHaveText('49 products');

  // --- Search as you type: prefix and substring, SKU and name. ---
  const search = page.getByTestId('product-search').locator('input');
  await search.fill('kt-');
  await expect(page.getByTestId('product-count')).toHaveText('7 products');
  await search.fill('mug');
  await expect(page.locator('.ant-table-row').first()).toContainText('KT-MUG-350');
  await search.fill('travel');
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await search.fill('');

  // --- Edit a price, archive and restore. ---
  await cupRow.getByRole('button', { name: 'Edit' }).click();
  await drawer.locator('#product_priceTiers_1_unitPrice').fill('2.05');
  await drawer.getByTestId('product-save').click();
  await expect(drawer).toBeHidden();
  await cupRow.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('48 products');
  await expect(cupRow).toHaveCount(0);
  await page.getByTestId('product-status-filter').click();
  await page.locator('.ant-select-dropdown').getByText('Archived', { exact: true }).click();
  await expect(page.getByTestId('product-count')).toHaveText('1 product');
  await cupRow.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('0 products');
  await page.getByTestId('product-status-filter').click();
  await page.locator('.ant-select-dropdown').getByText('Current (draft and active)').click();
  await expect(page.getByTestId('product-count')).toHaveText('49 products');
  await screenshot(page, 'catalog-en.png');

  // --- 中文: the shell, the list and the component library switch. ---
  await page.getByTestId('language-switch').click();
  await page.locator('.ant-select-dropdown').getByText('简体中文').click();
  await expect(page.getByRole('columnheader', { name: '名称' })).toBeVisible();
  await expect(page.getByTestId('product-count')).toHaveText('49 个产品');
  await expect(cupRow).toContainText('旅行杯 450毫升');
  await expect(page.getByRole('menuitem', { name: '买家' })).toBeVisible();
  await screenshot(page, 'catalog-zh-CN.png');

  // --- Reload: everything is still there, still in 中文, platform still unreachable. ---
  // The app shell itself is served by the local preview server, so the context comes back
  // online for the reload only; the platform origin stays refused throughout.
  await context.setOffline(false);
  await page.reload();
  await goOffline(context);
  await expect(page.getByTestId('product-count')).toHaveText('49 个产品');
  await page.getByTestId('product-search').locator('input').fill('旅行');
  await expect(page.locator('.ant-table-row')).toHaveCount(1);
  await expect(cupRow).toContainText('旅行杯 450毫升');
  await expect(cupRow).toContainText('在售');
  // Never pushed: the row says so.
  await expect(cupRow.getByTestId('sync-badge-pending')).toBeVisible();

  // --- The outbox: one entry per edit, with exactly the changed fields. ---
  const outbox = await readOutbox(page);
  const cupId = outbox[0].entityId;
  await expect(cupRow).toHaveAttribute('data-product-id', cupId);
  expect(outbox).toHaveLength(1 + 48 + 3);
  expect(outbox[0]).toMatchObject({ kind: 'create', entity: 'products', baseRev: null });
  expect(outbox[0].changes).toMatchObject({
    sku: { old: null, new: 'CUP-TRAVEL-450' }, hsCode: { old: null, new: '9617001000' }, moq: { old: null, new: 300 },
    localizedNames: { old: null, new: { 'zh-CN': '旅行杯 450毫升', ko: '텀블러 450ml' } },
    priceTiers: { old: null, new: [{ minQty: 300, unitPrice: '2.35' }, { minQty: 1000, unitPrice: '2.10' }] },
    kitchenware: { old: null, new: true }, status: { old: null, new: 'active' },
  });
  const imported = outbox.slice(1, 49);
  expect(imported.every((e) => e.kind === 'create' && e.entity === 'products' && e.entityId !== cupId)).toBe(true);
  expect(new Set(imported.map((e) => e.entityId)).size).toBe(48);
  const importedSkus = imported.map((e) => e.changes.sku.new);
  expect(importedSkus).not.toContain('DL-SOLAR-01');
  expect(importedSkus).not.toContain('GD-SCISSOR');
  expect(outbox.slice(49).map((e) => [e.kind, e.entityId, e.changes])).toEqual([
    ['patch', cupId, { priceTiers: { old: [{ minQty: 300, unitPrice: '2.35' }, { minQty: 1000, unitPrice: '2.10' }], new: [{ minQty: 300, unitPrice: '2.35' }, { minQty: 1000, unitPrice: '2.05' }] } }],
    ['patch', cupId, { status: { old: 'active', new: 'archived' } }],
    ['patch', cupId, { status: { old: 'archived', new: 'active' } }],
  ]);
});

test('buyers: create with a rejected EORI, search, archive and restore, offline, in Korean too', async ({ page, context }) => {
  await context.route(PLATFORM_ORIGIN, (route) => route.abort());
  await page.goto('/#/buyers');
  await expect(page.getByText('No buyers yet')).toBeVisible();
  await goOffline(context);

  await page.getByTestId('new-buyer').click();
  const drawer = page.locator('.ant-drawer');
  await drawer.locator('#buyer_company').fill('Northwind Homewares Ltd');
  await drawer.locator('#buyer_country').fill('gb');
  await drawer.locator('#buyer_buyerMark').fill('NWH');
  await drawer.locator('#buyer_eori').fill('DE123456789000');
  await drawer.getByRole('button', { name: 'Add contact' }).click();
  await drawer.locator('#buyer_contacts_0_name').fill('Alice Baker');
  await drawer.locator('#buyer_contacts_0_email').fill('alice@northwind');
  await drawer.getByTestId('buyer-save').click();
  await expect(drawer.locator('#buyer_eori_help')).toHaveText('A UK EORI must start with GB.');
  await expect(drawer.locator('#buyer_contacts_0_email_help')).toHaveText('Not a valid e-mail address.');
  expect(await readOutbox(page)).toEqual([]);

  await drawer.locator('#buyer_eori').fill('GB123456789000');
  await drawer.locator('#buyer_contacts_0_email').fill('alice@northwind.example');
  await drawer.getByTestId('buyer-save').click();
  await expect(drawer).toBeHidden();
  const row = page.locator('.ant-table-row', { hasText: 'Northwind Homewares Ltd' });
  await expect(row).toContainText('United Kingdom');
  await expect(row).toContainText('Alice Baker');

  await page.getByTestId('buyer-search').locator('input').fill('alice@');
  await expect(page.getByTestId('buyer-count')).toHaveText('1 buyer');
  await page.getByTestId('buyer-search').locator('input').fill('nobody');
  await expect(page.getByTestId('buyer-count')).toHaveText('0 buyers');
  await page.getByTestId('buyer-search').locator('input').fill('');

  await row.getByRole('button', { name: 'Archive' }).click();
  await expect(row).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show archived' }).check();
  await row.getByRole('button', { name: 'Restore' }).click();
  await expect(row).toContainText('Active');

  await page.getByTestId('language-switch').click();
  await page.locator('.ant-select-dropdown').getByText('한국어').click();
  await expect(page.getByRole('columnheader', { name: '회사' })).toBeVisible();
  await expect(row).toContainText('영국');
  await expect(page.getByTestId('buyer-count')).toHaveText('바이어 1곳');

  const outbox = await readOutbox(page);
  expect(outbox.map((e) => [e.kind, e.entity])).toEqual([['create', 'buyers'], ['patch', 'buyers'], ['patch', 'buyers']]);
  expect(outbox[0].changes).toMatchObject({
    company: { old: null, new: 'Northwind Homewares Ltd' }, country: { old: null, new: 'GB' }, eori: { old: null, new: 'GB123456789000' },
    buyerMark: { old: null, new: 'NWH' }, contacts: { old: null, new: [{ name: 'Alice Baker', email: 'alice@northwind.example', phone: '', role: '' }] },
  });
  expect(outbox.slice(1).map((e) => e.changes)).toEqual([
    { status: { old: 'active', new: 'archived' } },
    { status: { old: 'archived', new: 'active' } },
  ]);
});

test('an Excel workbook imports like a CSV file, refusing the HS code Excel stripped of its leading 0', async ({ page, context }) => {
  // The platform is out of reach. The browser itself stays online here: the sheet is read in a
  // worker whose script this test server sends on first use (the Electron app reads it from
  // app://); offline, the dialog reads it on its own thread instead (xlsx-records.test.ts).
  await context.route(PLATFORM_ORIGIN, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByTestId('products-empty')).toBeVisible();

  const carton = [24, 13.5, 12.2, '52x36x28'];
  const workbook = await writeExcelFile([
    ['Item No.', 'Product Name', '中文品名', 'MOQ', 'FOB Price', 'HS Code', 'Origin', 'Lead Time', 'Unit', 'Currency', 'Pcs/Ctn', 'G.W.', 'N.W.', 'Carton L/W/H (cm)'],
    ['PB-X1', 'Power bank 10000 mAh', '移动电源', 100, 12.5, 8507600090, 'CN', 25, 'pcs', 'USD', ...carton],
    ['TEA-X1', 'Green tea', '绿茶', 50, 3.5, 902100000, 'CN', 15, 'box', 'USD', ...carton],
    ['TEA-X2', 'Jasmine tea', '茉莉花茶', 50, 4.25, '0902100000', 'CN', 15, 'box', 'USD', ...carton],
  ] as never).toBuffer();
  await page.getByTestId('catalog-import').click();
  await page.getByTestId('catalog-import-dialog').locator('input[type=file]').setInputFiles({
    name: 'catalog.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook,
  });
  await expect(page.getByTestId('import-summary')).toHaveText('2 rows ready, 1 row with problems');
  await expect(page.getByTestId('import-problems')).toContainText('This HS code is a number in Excel, which drops a leading 0.');
  await page.getByTestId('import-good').click();
  await expect(page.getByTestId('import-result')).toContainText('Imported 2 products.');
  await page.getByTestId('import-close').click();
  const tea = page.locator('.ant-table-row', { hasText: 'TEA-X2' });
  await expect(tea).toContainText('0902100000');
  await expect(tea).toContainText('USD 4.25');
  await expect(page.getByTestId('product-count')).toHaveText('2 products');
});
