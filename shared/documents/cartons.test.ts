import { describe, expect, it } from 'vitest';
import { CartonError, generateCartons, type PackingLine } from './cartons';

const line = (over: Partial<PackingLine> = {}): PackingLine => ({
  orderLineId: '0190c1a0-0000-7000-8000-000000000001', productId: '0190c1a0-0000-7000-8000-0000000000a1',
  sku: 'PB-10000', quantity: 37, unitsPerCarton: 12,
  netWeightKg: '12', grossWeightKg: '13.5', lengthCm: '52', widthCm: '36', heightCm: '28', ...over,
});

describe('carton generator', () => {
  it('packs 37 units at 12 per carton into 4 cartons, the last holding 1', () => {
    const cartons = generateCartons([line()]);
    expect(cartons.map((c) => c.contents[0].quantity)).toEqual([12, 12, 12, 1]);
    expect(cartons.map((c) => `${c.seq}/${c.count}`)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    expect(cartons[0]).toMatchObject({ netWeightKg: '12', grossWeightKg: '13.5', mixed: false });
    // 1 of 12 units: net 1 kg, plus the empty carton's 1.5 kg.
    expect(cartons[3]).toMatchObject({ netWeightKg: '1', grossWeightKg: '2.5' });
  });

  it('gives each line its own partial carton unless mixing is asked for', () => {
    const lines = [line(), line({ orderLineId: '0190c1a0-0000-7000-8000-000000000002', sku: 'CB-1', quantity: 25, unitsPerCarton: 10, lengthCm: '40', widthCm: '30', heightCm: '20', netWeightKg: '5', grossWeightKg: '6' })];
    expect(generateCartons(lines)).toHaveLength(4 + 3);
    const mixed = generateCartons(lines, { mixPartials: true });
    expect(mixed).toHaveLength(3 + 2 + 1);
    const last = mixed.at(-1)!;
    expect(last.mixed).toBe(true);
    expect(last.contents.map((c) => [c.sku, c.quantity])).toEqual([['CB-1', 5], ['PB-10000', 1]]);
    // 5/10 of 5 kg + 1/12 of 12 kg; the larger box (52×36×28, tare 1.5 kg) is used.
    expect(last).toMatchObject({ netWeightKg: '3.5', grossWeightKg: '5', lengthCm: '52' });
  });

  it('opens another mixed carton when the remainders do not fit one', () => {
    const lines = [line({ quantity: 9 }), line({ orderLineId: '0190c1a0-0000-7000-8000-000000000002', sku: 'X', quantity: 8 })];
    const cartons = generateCartons(lines, { mixPartials: true });
    expect(cartons.map((c) => c.contents.map((x) => x.quantity))).toEqual([[9], [8]]);
  });

  it('refuses lines it cannot pack', () => {
    expect(() => generateCartons([])).toThrow(CartonError);
    expect(() => generateCartons([line({ quantity: 0 })])).toThrow(/cartons.quantity/);
    expect(() => generateCartons([line({ unitsPerCarton: 0 })])).toThrow(/cartons.unitsPerCarton/);
  });
});
