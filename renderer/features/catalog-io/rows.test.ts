import { describe, expect, it } from 'vitest';
import { sampleProduct } from '../../data/test-support';
import { EXPORT_HEADERS, keyForPath, productToRecord, recordToFields } from './rows';

const cells = (values: Record<string, string>) => (key: string) => values[key] ?? '';

describe('reading a record', () => {
  it('keeps money and sizes as the exact decimal strings typed', () => {
    const { fields, problems } = recordToFields(cells({ moq: '100', tier1Price: '0.100000', tier2Qty: '500', tier2Price: '6.1', cartonSize: '52.5 x 36 x 28', grossWeightKg: '13.500' }));
    expect(fields.priceTiers).toEqual([{ minQty: 100, unitPrice: '0.100000' }, { minQty: 500, unitPrice: '6.1' }]);
    expect([fields.lengthCm, fields.widthCm, fields.heightCm, fields.grossWeightKg]).toEqual(['52.5', '36', '28', '13.500']);
    expect(problems.moq).toBeUndefined();
  });

  it('refuses quantities that are not whole numbers and blank required ones', () => {
    const { problems } = recordToFields(cells({ moq: '1,000', leadTimeDays: '', unitsPerCarton: '12.5', tier1Price: '1' }));
    expect(problems).toMatchObject({ moq: 'validation.integer', leadTimeDays: 'validation.required', unitsPerCarton: 'validation.integer' });
  });

  it('reads yes/no in English, Chinese and Korean and reports anything else', () => {
    const { fields, problems } = recordToFields(cells({ containsLithium: '是', woodPackaging: 'No', food: '예', kitchenware: 'maybe' }));
    expect(fields).toMatchObject({ containsLithium: true, woodPackaging: false, food: true });
    expect(problems.kitchenware).toBe('catalogIo:reason.boolean');
  });

  it('splits tags on ; or | and reports a blank tier between filled ones', () => {
    const { fields, problems } = recordToFields(cells({ tags: 'kitchen; gift | eco ;', moq: '10', tier1Price: '2', tier3Qty: '50', tier3Price: '1.5' }));
    expect(fields.tags).toEqual(['kitchen', 'gift', 'eco']);
    expect(problems).toMatchObject({ 'priceTiers.1.minQty': 'validation.required', 'priceTiers.1.unitPrice': 'validation.required' });
  });

  it('maps error paths back to the column they came from', () => {
    expect(keyForPath('priceTiers.2.minQty')).toBe('tier3Qty');
    expect(keyForPath('priceTiers.0.unitPrice')).toBe('tier1Price');
    expect(keyForPath('localizedNames.ko')).toBe('nameKo');
    expect(keyForPath('hsCode')).toBe('hsCode');
  });

  it('writes one column per field and reads the record back to the same fields', () => {
    const product = sampleProduct({ notes: '=not a formula', tags: ['a', 'b c'] });
    const record = productToRecord(product);
    expect(record).toHaveLength(EXPORT_HEADERS.length);
    const byKey = new Map(EXPORT_HEADERS.map((h, i) => [h, record[i]]));
    expect(byKey.get('Tier2Qty')).toBe('500');
    expect(byKey.get('Contains Lithium')).toBe('yes');
  });
});
