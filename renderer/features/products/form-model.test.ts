import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../shared/domain/common';
import { productSchema } from '../../../shared/domain/product';
import { sampleProduct } from '../../data/test-support';
import { toNamePath } from '../../ui/form-errors';
import { emptyProductValues, productToValues, valuesToFields } from './form-model';

const errorsOf = (fields: Record<string, unknown>) => {
  const parsed = productSchema.safeParse(fields);
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('product form model', () => {
  it('round-trips a stored product through the form unchanged', () => {
    const product = sampleProduct();
    expect(productSchema.parse(valuesToFields(productToValues(product)))).toEqual(product);
  });

  it('gives a blank form one specific message per required field, not a generic failure', () => {
    const errors = errorsOf(valuesToFields(emptyProductValues()));
    expect(errors).toMatchObject({
      sku: 'validation.required', name: 'validation.required', moq: 'validation.integer',
      'priceTiers.0.minQty': 'validation.integer', 'priceTiers.0.unitPrice': 'validation.price',
      hsCode: 'validation.hsCode', leadTimeDays: 'validation.integer', lengthCm: 'validation.dimension',
    });
  });

  it('reports the issue rules on the exact tier field the form shows', () => {
    const values = productToValues(sampleProduct());
    values.moq = 0;
    values.priceTiers = [{ minQty: 100, unitPrice: '6.5000001' }, { minQty: 100, unitPrice: '6' }];
    values.hsCode = '85076';
    const errors = errorsOf(valuesToFields(values));
    expect(errors).toMatchObject({
      moq: 'validation.moq', 'priceTiers.0.unitPrice': 'validation.pricePlaces',
      'priceTiers.1.minQty': 'validation.tierAscending', hsCode: 'validation.hsCode',
    });
    expect(toNamePath('priceTiers.1.minQty')).toEqual(['priceTiers', 1, 'minQty']);
    expect(toNamePath('localizedNames.zh-CN')).toEqual(['localizedNames', 'zh-CN']);
  });

  it('leaves blank translations out and drops a lithium type once lithium is unticked', () => {
    const values = productToValues(sampleProduct());
    values.localizedNames = { 'zh-CN': '  ', ko: '머그' };
    values.containsLithium = false;
    const fields = valuesToFields(values);
    expect(fields.localizedNames).toEqual({ ko: '머그' });
    expect(fields.lithiumType).toBeNull();
  });
});
