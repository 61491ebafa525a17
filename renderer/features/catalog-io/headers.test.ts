import { describe, expect, it } from 'vitest';
import { COLUMNS, fieldForHeader, mapHeaders, normalizeHeader } from './headers';

describe('header mapping', () => {
  it.each([
    ['Item No.', 'sku'], ['Item #', 'sku'], ['SKU', 'sku'], ['Model', 'sku'], ['货号', 'sku'], ['型号', 'sku'],
    ['Product Name', 'name'], ['品名', 'name'], ['Description', 'name'], ['FOB Price', 'tier1Price'],
    ['Unit Price', 'tier1Price'], ['单价', 'tier1Price'], ['FOB Price (USD)', 'tier1Price'], ['MOQ', 'moq'],
    ['最小起订量', 'moq'], ['HS Code', 'hsCode'], ['海关编码', 'hsCode'], ['HS编码', 'hsCode'], ['Origin', 'originCountry'],
    ['原产地', 'originCountry'], ['Lead Time', 'leadTimeDays'], ['交期', 'leadTimeDays'], ['Pcs/Ctn', 'unitsPerCarton'],
    ['装箱数', 'unitsPerCarton'], ['Carton L/W/H (cm)', 'cartonSize'], ['G.W.', 'grossWeightKg'], ['N.W.', 'netWeightKg'],
    ['毛重', 'grossWeightKg'], ['净重', 'netWeightKg'], ['Tier 2 Qty', 'tier2Qty'], ['tier2qty', 'tier2Qty'],
    ['Tier 2 Price', 'tier2Price'], ['  hs  code ', 'hsCode'], ['단가', 'tier1Price'], ['원산지', 'originCountry'],
  ])('reads %s as %s', (header, key) => {
    expect(fieldForHeader(header)).toBe(key);
  });

  it('gives no two columns the same normalized name', () => {
    const seen = new Map<string, string>();
    for (const c of COLUMNS) {
      for (const name of new Set([c.header, c.key, ...c.aliases].map(normalizeHeader))) {
        expect(seen.get(name) ?? c.key, `"${name}" is claimed by ${seen.get(name)} and ${c.key}`).toBe(c.key);
        seen.set(name, c.key);
      }
    }
  });

  it('reports unknown columns and missing required ones instead of dropping them silently', () => {
    const mapping = mapHeaders(['\uFEFFItem No.', 'Product Name', 'Colour', 'FOB Price']);
    expect(mapping.unknown).toEqual(['Colour']);
    expect(mapping.headerOf.get('sku')).toBe('Item No.');
    expect(mapping.missing).toEqual(expect.arrayContaining(['Unit', 'MOQ', 'HS Code', 'Length (cm)', 'Width (cm)', 'Height (cm)']));
    expect(mapping.missing).not.toContain('Tier1Price');
  });

  it('accepts one carton-size column instead of three dimension columns', () => {
    const withSize = mapHeaders(['Carton L/W/H (cm)']);
    expect(withSize.missing).not.toContain('Length (cm)');
  });

  it('flags a second column that means the same field', () => {
    expect(mapHeaders(['SKU', 'Item No.']).duplicates).toEqual(['Item No.']);
  });
});
