// GS1 number rules shared by SSCC (LBL-1) and GTIN: the mod-10 check digit.

/** GS1 mod-10 check digit of `digits` (the number without its check digit): weights 3,1,3,… from the right. */
export function gs1CheckDigit(digits: string): number {
  if (!/^\d+$/.test(digits)) throw new TypeError(`GS1 check digit needs digits only, got "${digits}"`);
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    sum += Number(digits[i]) * (fromRight % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** A GTIN-8/12/13/14 whose last digit is its check digit. */
export function isValidGtin(value: string): boolean {
  return /^(\d{8}|\d{12,14})$/.test(value) && gs1CheckDigit(value.slice(0, -1)) === Number(value.at(-1));
}

/** The 14-digit form a GTIN takes in AI (02) / (01): left-padded with zeros. */
export function gtin14(value: string): string {
  return value.padStart(14, '0');
}
