// Decimal arithmetic for money and quantities. Values travel as decimal strings
// ("0.0350"); binary floats never touch them.
import Decimal from 'decimal.js';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

export type DecimalString = string;

/** A non-negative decimal string without exponent, e.g. "12", "0.035". */
export const DECIMAL_PATTERN = /^\d{1,12}(\.\d+)?$/;

export function decimalPlaces(value: DecimalString): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

export function isDecimalString(value: unknown, maxPlaces = 6): value is DecimalString {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value) && decimalPlaces(value) <= maxPlaces;
}

export function dec(value: DecimalString | number | bigint): Decimal {
  if (typeof value === 'number' && !Number.isInteger(value)) {
    throw new TypeError(`refusing binary float ${value}: pass a decimal string`);
  }
  return new D(typeof value === 'bigint' ? value.toString() : value);
}

export function add(...values: DecimalString[]): DecimalString {
  return values.reduce((sum, v) => sum.plus(dec(v)), dec(0)).toFixed();
}

export function mul(a: DecimalString | number, b: DecimalString | number): DecimalString {
  return dec(a).times(dec(b)).toFixed();
}

export function cmp(a: DecimalString, b: DecimalString): -1 | 0 | 1 {
  return dec(a).comparedTo(dec(b)) as -1 | 0 | 1;
}

export function isPositive(value: DecimalString): boolean {
  return dec(value).greaterThan(0);
}

/** Round half-up to `places` and print with exactly that many places. */
export function roundTo(value: DecimalString, places: number): DecimalString {
  return dec(value).toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/** Canonical form: no trailing zeros after the point ("1.50" -> "1.5"). */
export function normalize(value: DecimalString): DecimalString {
  return dec(value).toFixed();
}

/** ISO 4217 minor units for currencies whose exponent differs from 2. */
const MINOR_UNITS: Record<string, number> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0, BHD: 3, KWD: 3, OMR: 3, JOD: 3, TND: 3 };

export function currencyMinorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/** Amount rounded to the currency's minor unit, as a string with exactly that many places. */
export function roundMoney(value: DecimalString, currency: string): DecimalString {
  return roundTo(value, currencyMinorUnits(currency));
}
