import { describe, expect, it } from 'vitest';
import { fieldErrors } from './common';
import { productSchema } from './product';

const base = {
  sku: 'MUG-1', name: 'Mug', unit: 'pcs', moq: 10, currency: 'USD', priceTiers: [{ minQty: 10, unitPrice: '1.5' }],
  hsCode: '691200', originCountry: 'CN', leadTimeDays: 20, unitsPerCarton: 24, lengthCm: '40', widthCm: '30',
  heightCm: '25', grossWeightKg: '9', netWeightKg: '8', status: 'active',
};
const tagErrors = (tags: string[]) => {
  const parsed = productSchema.safeParse({ ...base, tags });
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('product tags', () => {
  it('accepts ordinary tags, trimmed', () => {
    expect(productSchema.parse({ ...base, tags: [' kitchen ', '礼品'] }).tags).toEqual(['kitchen', '礼品']);
  });

  it('refuses a tag holding a CSV tag separator, on the tags field, since it would not import back as itself', () => {
    expect(tagErrors(['gift;eco'])).toEqual({ tags: 'validation.tag' });
    expect(tagErrors(['a|b'])).toEqual({ tags: 'validation.tag' });
  });

  it('refuses empty or over-long tags and more than 20 of them', () => {
    expect(tagErrors(['  '])).toEqual({ tags: 'validation.tag' });
    expect(tagErrors(['x'.repeat(41)])).toEqual({ tags: 'validation.tag' });
    expect(tagErrors(Array.from({ length: 21 }, (_, i) => `t${i}`))).toEqual({ tags: 'validation.tagsMax' });
  });
});
