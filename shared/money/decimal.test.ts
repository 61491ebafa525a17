import { describe, expect, it } from 'vitest';
import { add, cmp, currencyMinorUnits, dec, isDecimalString, mul, normalize, roundMoney } from './decimal';

describe('decimal money', () => {
  it('multiplies without binary float error', () => {
    expect(mul('3', '0.035')).toBe('0.105');
    expect(mul(1_000_000, '12.3456')).toBe('12345600');
    expect(add('0.1', '0.2')).toBe('0.3');
  });

  it('rounds half-up to the currency minor unit', () => {
    expect(roundMoney('0.105', 'USD')).toBe('0.11');
    expect(roundMoney('0.104', 'USD')).toBe('0.10');
    expect(roundMoney('1234.5', 'JPY')).toBe('1235');
    expect(roundMoney('1234.4', 'KRW')).toBe('1234');
    expect(currencyMinorUnits('KWD')).toBe(3);
  });

  it('refuses binary floats as input', () => {
    expect(() => dec(0.1)).toThrow(/decimal string/);
    expect(dec(3).toFixed()).toBe('3');
  });

  it('recognizes decimal strings and compares them', () => {
    expect(isDecimalString('6.500000')).toBe(true);
    expect(isDecimalString('6.5000001')).toBe(false);
    expect(isDecimalString('-1')).toBe(false);
    expect(isDecimalString('1e3')).toBe(false);
    expect(cmp('2.50', '2.5')).toBe(0);
    expect(cmp('10', '9.99')).toBe(1);
    expect(normalize('1.500')).toBe('1.5');
  });
});
