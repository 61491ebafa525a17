// One readable sentence for whatever a shipment action threw: field errors of the repository,
// SSCC and carton errors of shared/documents (their codes are `labels:` keys).
import type { TFunction } from 'i18next';
import { SsccError } from '../../../shared/documents/sscc';
import { CartonError } from '../../../shared/documents/cartons';
import { ValidationError } from '../../data/repository';

export function errorText(t: TFunction, e: unknown): string {
  if (e instanceof ValidationError) return Object.values(e.fields).map((key) => t(key.includes(':') ? key : `common:${key}`)).join(' ');
  if (e instanceof SsccError || e instanceof CartonError) return t(`labels:${e.code}`);
  return e instanceof Error ? e.message : String(e);
}
