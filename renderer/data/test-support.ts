// Helpers for data-layer tests: a fresh fake-indexeddb database per test.
import 'fake-indexeddb/auto';
import { v7 as uuidv7 } from 'uuid';
import type { ProductFields } from '../../shared/domain/product';
import { SupplierDb, useDatabase } from './db';

export function freshDatabase(): SupplierDb {
  const database = new SupplierDb(`test-${uuidv7()}`);
  useDatabase(database);
  return database;
}

export function sampleProduct(overrides: Partial<ProductFields> = {}): ProductFields {
  return {
    sku: 'PB-10000', name: 'Power bank 10000 mAh', localizedNames: { 'zh-CN': '移动电源 10000毫安', ko: '보조배터리 10000mAh' },
    unit: 'pcs', moq: 100, currency: 'USD',
    priceTiers: [{ minQty: 100, unitPrice: '6.50' }, { minQty: 500, unitPrice: '6.10' }, { minQty: 2000, unitPrice: '5.85' }],
    hsCode: '8507600090', originCountry: 'CN', leadTimeDays: 25, unitsPerCarton: 40,
    lengthCm: '52', widthCm: '36', heightCm: '28', grossWeightKg: '13.5', netWeightKg: '12.2',
    containsLithium: true, lithiumType: 'ion', woodPackaging: false, food: false, kitchenware: false,
    notes: '', tags: ['electronics'], status: 'active',
    ...overrides,
  };
}
