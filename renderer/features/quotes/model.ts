// Quotation data for the editor, the document and the dashboard: reading a quote with its
// lines, saving a draft through the one write path, and the commands (send, revise, accept).
import { v7 as uuidv7 } from 'uuid';
import type { Incoterm, TransportMode } from '../../../shared/domain/incoterms';
import type { Product } from '../../../shared/domain/product';
import { priceLine, type Quote, type QuoteLine } from '../../../shared/domain/quote';
import { db, type LocalRow } from '../../data/db';
import { write } from '../../data/repository';

export type DraftLine = {
  /** Set for a line already stored. */
  id?: string;
  productId: string;
  sku: string;
  description: string;
  unit: string;
  moq: number;
  quantity: number;
  unitPrice: string;
  priceOverridden: boolean;
};

export type QuoteDraft = {
  buyerId: string;
  rfqId: string | null;
  currency: string;
  incoterm: Incoterm;
  namedPlace: string;
  validUntil: string;
  paymentTerms: string;
  sampleTerms: string;
  leadTimeDays: number;
  portOfLoading: string;
  mode: TransportMode | null;
  notes: string;
  lines: DraftLine[];
};

export const PAYMENT_TERM_PRESETS = [
  '30 % T/T deposit, balance before shipment',
  '30 % T/T deposit, balance against B/L copy',
  'L/C at sight',
  'Platform escrow',
  '100 % T/T in advance',
];

export const SAMPLE_TERM_PRESETS = [
  'Samples free, buyer pays freight',
  'Samples charged, refunded with the first order',
  'No samples',
];

/** Live lines of a quote in position order. */
export async function quoteLines(quoteId: string): Promise<QuoteLine[]> {
  const lines = (await db().quoteLines.where('quoteId').equals(quoteId).toArray()).filter((l) => !l.deleted) as unknown as QuoteLine[];
  return lines.sort((a, b) => a.position - b.position);
}

/** A line for `product` at `quantity`, priced from its tier (or with the typed-in override). */
export function lineFor(product: Product, quantity: number, currency: string, override?: string): DraftLine {
  const price = priceLine(product, quantity, currency, override);
  return {
    productId: product.id, sku: product.sku, description: product.name, unit: product.unit, moq: product.moq, quantity,
    unitPrice: price.unitPrice ?? '', priceOverridden: price.priceOverridden,
  };
}

/** Creates or updates a draft and its lines in one transaction; returns the quote id. */
export async function saveQuoteDraft(quoteId: string | null, draft: QuoteDraft): Promise<string> {
  const { lines, ...fields } = draft;
  return write(async (w) => {
    const id = quoteId ?? (await w.create('quotes', { ...fields, status: 'draft' })).id;
    if (quoteId) await w.patch('quotes', id, fields);
    const stored = await quoteLines(id);
    const kept = new Set(lines.map((l) => l.id).filter(Boolean));
    for (const line of stored) if (!kept.has(line.id)) await w.remove('quoteLines', line.id);
    // Positions change only by command, so new lines go after the highest one used so far.
    let position = stored.reduce((max, l) => Math.max(max, l.position + 1), 0);
    for (const { id: lineId, ...line } of lines) {
      if (lineId) await w.patch('quoteLines', lineId, { ...line, quoteId: id });
      else await w.create('quoteLines', { ...line, quoteId: id, position: position++ });
    }
    return id;
  });
}

export const sendQuote = (quoteId: string) => write((w) => w.command('quotes', quoteId, 'quote.send', { quoteId }));

/** Version n + 1 as a new draft; returns its id (the same the server will use). */
export async function reviseQuote(quoteId: string): Promise<string> {
  const newQuoteId = uuidv7();
  const lineIds = (await quoteLines(quoteId)).map(() => uuidv7());
  await write((w) => w.command('quotes', quoteId, 'quote.revise', { quoteId, newQuoteId, lineIds }));
  return newQuoteId;
}

/** The order, created at once with a provisional number; returns its id. */
export async function acceptQuote(quoteId: string): Promise<string> {
  const orderId = uuidv7();
  const lineIds = (await quoteLines(quoteId)).map(() => uuidv7());
  await write((w) => w.command('quotes', quoteId, 'quote.accept', { quoteId, orderId, lineIds }));
  return orderId;
}

/** Today as the user's calendar sees it (validity dates are calendar days). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const asQuote = (row: LocalRow | undefined) => row as unknown as (Quote & { provisionalOp?: string }) | undefined;
