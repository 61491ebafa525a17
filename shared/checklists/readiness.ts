// Order-level helpers the order screen shows next to the checklist: China VAT refund
// readiness (CN-2) and the Korean 30-day loading window (KR-1).
import type { Incoterm } from '../domain/incoterms';
import { addDays, daysBetween } from './facts';

/** KR-1: goods must be loaded within 30 days of acceptance of the export declaration. */
export const KOREA_LOADING_DAYS = 30;

export type KoreaLoadingWindow = {
  /** Last day to load without an extension. */
  deadline: string;
  /** Days from acceptance to the planned departure. */
  daysAfterAcceptance: number;
  /** Planned departure falls after the deadline. */
  exceeded: boolean;
  /** Days left from `today` to the deadline (negative once it has passed); null without `today`. */
  daysLeft: number | null;
};

export function koreaLoadingWindow(acceptedAt: string, plannedDeparture: string, today?: string): KoreaLoadingWindow {
  const deadline = addDays(acceptedAt, KOREA_LOADING_DAYS);
  const daysAfterAcceptance = daysBetween(acceptedAt, plannedDeparture);
  return {
    deadline,
    daysAfterAcceptance,
    exceeded: daysAfterAcceptance > KOREA_LOADING_DAYS,
    daysLeft: today === undefined ? null : daysBetween(today, deadline),
  };
}

/** CN-2: the conditions and papers a China export VAT refund needs. */
export const REFUND_EVIDENCE = [
  'inVatScope', 'bookedAsExportSale', 'exportDeclaration', 'exportSalesInvoice',
  'purchaseVatInvoice', 'fxReceipt', 'transportDocument', 'insurancePolicy',
] as const;
export type RefundEvidence = (typeof REFUND_EVIDENCE)[number];

export type RefundReadiness = { ready: boolean; required: RefundEvidence[]; missing: RefundEvidence[] };

/**
 * Which evidence a refund needs, and which is still missing. The purchase VAT invoice is for
 * trading companies only; transport document and insurance policy only under CIF (as CN-2 says).
 */
export function refundReadiness(
  order: { incoterm: Incoterm; sellerRole: 'manufacturer' | 'trader' },
  present: Partial<Record<RefundEvidence, boolean>>,
): RefundReadiness {
  const required = REFUND_EVIDENCE.filter((e) => {
    if (e === 'purchaseVatInvoice') return order.sellerRole === 'trader';
    if (e === 'transportDocument' || e === 'insurancePolicy') return order.incoterm === 'CIF';
    return true;
  });
  const missing = required.filter((e) => present[e] !== true);
  return { ready: missing.length === 0, required, missing };
}
