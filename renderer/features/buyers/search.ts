import type { Buyer } from '../../../shared/domain/buyer';

/** Live buyers matching `query` (substring of company, mark, country, tax ids or a contact), archived ones only on request. */
export function searchBuyers(buyers: readonly Buyer[], query: string, showArchived: boolean): Buyer[] {
  const q = query.trim().toLowerCase();
  return buyers
    .filter((b) => !b.deleted && (showArchived || b.status !== 'archived'))
    .filter((b) => q === '' || [b.company, b.buyerMark, b.country, b.eori, b.vatId, ...b.contacts.flatMap((c) => [c.name, c.email])]
      .some((text) => text.toLowerCase().includes(q)))
    .sort((a, b) => a.company.localeCompare(b.company));
}
