// One readable sentence for whatever a shipment action threw: field errors of the repository,
// SSCC, carton, label and ZPL errors of shared/documents (their codes are `labels:` keys).
import type { TFunction } from 'i18next';
import { SsccError } from '../../../shared/documents/sscc';
import { CartonError } from '../../../shared/documents/cartons';
import { LabelError } from '../../../shared/documents/labels';
import { ZplError } from '../../../shared/documents/zpl';
import type { PrintViewError } from '../../../shared/ipc/desktop-api';
import { ValidationError } from '../../data/repository';

export function errorText(t: TFunction, e: unknown): string {
  if (e instanceof ValidationError) return Object.values(e.fields).map((key) => t(key.includes(':') ? key : `common:${key}`)).join(' ');
  if (e instanceof SsccError || e instanceof CartonError) return t(`labels:${e.code}`);
  if (e instanceof ZplError) return t(`labels:${e.code}`, { label: e.nOfN, detail: e.detail });
  // A label the print route would refuse too (a missing parcel, no SSCC): its own message.
  if (e instanceof LabelError) return t(`labels:${e.code}`, { detail: e.parcelId });
  return e instanceof Error ? e.message : String(e);
}

/** Why a print failed: what the label view said (e.g. which label does not fit) in the user's language, when it said why. */
export function printFailureText(t: TFunction, failure: { reason: string; viewError?: PrintViewError }): string {
  const reason = failure.viewError ? t(`labels:${failure.viewError.code}`, { detail: failure.viewError.detail }) : failure.reason;
  return t('print.failed', { reason });
}
