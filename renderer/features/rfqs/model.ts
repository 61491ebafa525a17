// RFQs are platform-owned rows (read-only here). Whether the user has read one is their own
// UI state, kept on this machine; "quoted" means a quotation points at the RFQ.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Incoterm } from '../../../shared/domain/incoterms';
import { INCOTERMS } from '../../../shared/domain/incoterms';
import { db } from '../../data/db';
import { write } from '../../data/repository';

export type Rfq = {
  id: string;
  buyer: { company: string; country: string; contact: string; email: string };
  productQuery: string;
  quantity: number;
  unit: string;
  targetPrice?: string;
  currency?: string;
  incoterm?: Incoterm;
  destinationPort?: string;
  message?: string;
  receivedAt: string;
  deleted?: boolean;
};

interface RfqReadState {
  read: Record<string, true>;
  markRead(id: string): void;
  markUnread(id: string): void;
}

export const useRfqReadState = create<RfqReadState>()(persist((set) => ({
  read: {},
  markRead: (id) => set((s) => (s.read[id] ? s : { read: { ...s.read, [id]: true } })),
  markUnread: (id) => set((s) => {
    const { [id]: _gone, ...read } = s.read;
    return { read };
  }),
}), { name: 'supplier-console.rfq-read' }));

export type RfqFilter = { country: string | null; product: string; from: string; to: string; quoted: 'all' | 'quoted' | 'open'; unreadOnly: boolean };
export const NO_FILTER: RfqFilter = { country: null, product: '', from: '', to: '', quoted: 'all', unreadOnly: false };

export function filterRfqs(rfqs: readonly Rfq[], filter: RfqFilter, quotedIds: ReadonlySet<string>, read: Record<string, true>): Rfq[] {
  const words = filter.product.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rfqs.filter((r) => {
    if (filter.country && r.buyer.country !== filter.country) return false;
    const text = r.productQuery.toLowerCase();
    if (!words.every((w) => text.includes(w))) return false;
    const day = r.receivedAt.slice(0, 10);
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    if (filter.quoted === 'quoted' && !quotedIds.has(r.id)) return false;
    if (filter.quoted === 'open' && quotedIds.has(r.id)) return false;
    if (filter.unreadOnly && read[r.id]) return false;
    return true;
  });
}

/**
 * The buyer a quotation for this RFQ goes to: the one with the same company name (case and
 * spacing aside), else a new buyer made from the RFQ's contact, through the one write path.
 */
export async function buyerForRfq(rfq: Rfq): Promise<string> {
  const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
  const existing = (await db().buyers.toArray()).find((b) => !b.deleted && key(b.company) === key(rfq.buyer.company));
  if (existing) return existing.id;
  const row = await write((w) => w.create('buyers', {
    company: rfq.buyer.company, country: rfq.buyer.country, status: 'active',
    contacts: [{ name: rfq.buyer.contact, email: rfq.buyer.email }], addresses: [],
  }));
  return row.id;
}

export const rfqIncoterm = (rfq: Rfq): Incoterm => (rfq.incoterm && INCOTERMS.includes(rfq.incoterm) ? rfq.incoterm : 'FOB');
