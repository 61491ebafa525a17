// Two staff of one company on two machines (browser contexts), against the real platform
// server: both edit offline, reconnect, see one auto-merge and one conflict, resolve it and
// end identical; a buyer's RFQ posted through the platform simulator reaches both within 2 s.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { v7 as uuidv7 } from 'uuid';
import { PLATFORM, PASSWORD, api } from './support/platform';

function product(sku: string, name: string) {
  return {
    sku, name, localizedNames: {}, unit: 'pcs', moq: 100, currency: 'USD', priceTiers: [{ minQty: 100, unitPrice: '3.20' }, { minQty: 1000, unitPrice: '2.95' }],
    hsCode: '961700', originCountry: 'CN', leadTimeDays: 20, unitsPerCarton: 48, lengthCm: '40', widthCm: '30', heightCm: '25', grossWeightKg: '9.8', netWeightKg: '8.6',
    containsLithium: false, lithiumType: null, woodPackaging: false, food: false, kitchenware: true, notes: '', tags: [], status: 'active',
  };
}

/** A company with two sales staff and a catalog of two products, put there by a third colleague's machine. */
async function company(stamp: string) {
  const staff = ['ana', 'bo', 'seed'].map((n) => ({ email: `${n}.${stamp}@factory.test`, password: PASSWORD, name: n === 'ana' ? 'Ana Chen' : n === 'bo' ? 'Bo Park' : 'Catalog', role: 'sales' }));
  const { tenant } = await api<{ tenant: { id: string } }>('/v1/admin/tenants', { name: `Ningbo Drinkware ${stamp}`, users: staff });
  const login = await api<{ accessToken: string; clientId: string }>('/v1/auth/login', { email: staff[2].email, password: PASSWORD });
  const bottle = product(`BTL-${stamp}`, 'Steel bottle 500 ml');
  const cup = product(`CUP-${stamp}`, 'Travel cup 450 ml');
  const mutations = [bottle, cup].map((p, i) => ({
    mid: i + 1, opId: uuidv7(), kind: 'create', entity: 'products', id: uuidv7(), baseRev: null,
    changes: Object.fromEntries(Object.entries(p).map(([k, v]) => [k, { old: null, new: v }])),
  }));
  await api('/v1/sync/push', { clientId: login.clientId, schemaVersion: 1, mutations }, login.accessToken);
  return { tenantId: tenant.id, ana: staff[0], bo: staff[1], bottle, cup };
}

async function signedIn(browser: Browser, who: { email: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/#/sign-in');
  await page.getByTestId('sign-in-email').fill(who.email);
  await page.getByTestId('sign-in-password').fill(PASSWORD);
  await page.getByTestId('sign-in-server').fill(PLATFORM);
  await page.getByTestId('sign-in-submit').click();
  await expect(page.getByTestId('product-table')).toBeVisible();
  return { context, page };
}

const row = (page: Page, sku: string) => page.locator('.ant-table-row', { hasText: sku });

async function editProduct(page: Page, sku: string, fill: Record<string, string>) {
  await row(page, sku).getByRole('button', { name: 'Edit' }).click();
  const drawer = page.locator('.ant-drawer');
  for (const [field, value] of Object.entries(fill)) await drawer.locator(`#product_${field}`).fill(value);
  await drawer.getByTestId('product-save').click();
  await expect(drawer).toBeHidden();
}

function rfqIds(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve, reject) => {
    const open = indexedDB.open('supplier-console');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const read = open.result.transaction('rfqs').objectStore('rfqs').getAllKeys();
      read.onsuccess = () => { resolve(read.result.map(String)); open.result.close(); };
    };
  }));
}

test('two staff edit offline, get one auto-merge and one conflict, resolve it, end identical, and see a new RFQ within 2 s', async ({ browser }) => {
  const stamp = uuidv7().slice(-8);
  const { tenantId, ana, bo, bottle, cup } = await company(stamp);
  const a = await signedIn(browser, ana);
  const b = await signedIn(browser, bo);
  for (const { page } of [a, b]) {
    await expect(row(page, bottle.sku)).toBeVisible();
    await expect(row(page, cup.sku)).toBeVisible();
    await expect(page.getByTestId('sync-pending')).toHaveText('All changes synced');
  }

  // --- Both go offline and edit: the same product in different fields, another in the same field. ---
  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editProduct(a.page, bottle.sku, { name: 'Steel bottle 500 ml, powder coated' });
  await editProduct(b.page, bottle.sku, { priceTiers_0_unitPrice: '3.05' });
  await editProduct(a.page, cup.sku, { name: 'Travel cup 450 ml (Ana)' });
  await editProduct(b.page, cup.sku, { name: 'Travel cup 450 ml (Bo)' });
  for (const { page } of [a, b]) {
    await expect(page.getByTestId('sync-state')).toHaveText('Offline');
    await expect(page.getByTestId('sync-pending')).toContainText('2 changes waiting');
  }

  // --- Reconnect: Ana's changes arrive first, Bo's second. ---
  await a.context.setOffline(false);
  await expect(a.page.getByTestId('sync-pending')).toHaveText('All changes synced');
  await b.context.setOffline(false);
  await expect(b.page.getByTestId('sync-pending')).toHaveText('All changes synced');

  for (const { page } of [a, b]) {
    await expect(row(page, bottle.sku)).toContainText('Steel bottle 500 ml, powder coated'); // auto-merged: both changes kept
    await expect(row(page, bottle.sku)).toContainText('3.05');
    await page.getByRole('menuitem', { name: 'Conflicts' }).click();
    const conflict = page.getByTestId('conflict');
    await expect(conflict).toHaveCount(1);
    await expect(conflict.getByTestId('conflict-theirs')).toHaveText('Travel cup 450 ml (Ana)');
    await expect(conflict.getByTestId('conflict-mine')).toHaveText('Travel cup 450 ml (Bo)');
  }

  // --- Bo keeps his name; the inbox empties on both machines and both show the same catalog. ---
  await b.page.getByTestId('conflict-keep-mine').click();
  for (const { page } of [a, b]) {
    await expect(page.getByTestId('conflicts-empty')).toBeVisible();
    await page.getByRole('menuitem', { name: 'Products' }).click();
    await expect(row(page, cup.sku)).toContainText('Travel cup 450 ml (Bo)');
    await expect(row(page, bottle.sku)).toContainText('Steel bottle 500 ml, powder coated');
    await expect(row(page, bottle.sku)).toContainText('3.05');
  }
  const snapshot = (page: Page) => page.locator('.ant-table-row').allInnerTexts();
  expect(await snapshot(a.page)).toEqual(await snapshot(b.page));

  // --- A buyer's RFQ from the marketplace reaches both machines within 2 s. ---
  const posted = Date.now();
  const rfq = await api<{ id: string }>(`/v1/platform/tenants/${tenantId}/rfqs`, {
    buyer: { company: 'Hamburg Outdoor GmbH', country: 'DE', contact: 'Jonas Weber', email: 'jonas@hamburg-outdoor.test' },
    productQuery: 'insulated steel bottle 500 ml', quantity: 3000, unit: 'pcs', targetPrice: '2.80', currency: 'USD', incoterm: 'FOB', destinationPort: 'DEHAM',
  });
  await Promise.all([a, b].map(({ page }) => expect.poll(() => rfqIds(page), { timeout: 2_000, intervals: [50] }).toContain(rfq.id)));
  console.log(`RFQ visible on both machines after ${Date.now() - posted} ms`);

  await a.context.close();
  await b.context.close();
});
