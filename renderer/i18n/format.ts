// Locale-aware formatting through Intl. Money arrives as decimal strings; Intl.NumberFormat
// formats a numeric string exactly (no float round trip), which TypeScript's lib types
// do not declare yet, hence the casts.
import type { Language } from './index';

type IntlNumeric = number;

export function formatMoney(amount: string, currency: string, language: Language, maxFractionDigits?: number): string {
  return new Intl.NumberFormat(language, {
    style: 'currency', currency, currencyDisplay: 'code',
    ...(maxFractionDigits !== undefined ? { minimumFractionDigits: 0, maximumFractionDigits: maxFractionDigits } : { maximumFractionDigits: 6 }),
  }).format(amount as unknown as IntlNumeric);
}

export function formatDecimal(value: string | number, language: Language, maxFractionDigits = 6): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: maxFractionDigits }).format(value as unknown as IntlNumeric);
}

export function formatDate(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatRelative(ms: number, language: Language): string {
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.round(ms / 1000);
  if (Math.abs(seconds) < 60) return rtf.format(-seconds, 'second');
  const minutes = Math.round(seconds / 60);
  if (Math.abs(minutes) < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 48) return rtf.format(-hours, 'hour');
  return rtf.format(-Math.round(hours / 24), 'day');
}
