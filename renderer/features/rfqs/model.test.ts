import { describe, expect, it } from 'vitest';
import { orders } from '../orders/i18n';
import { dashboard } from '../dashboard/i18n';
import { quotes } from '../quotes/i18n';
import { rfqs } from './i18n';
import { filterRfqs, NO_FILTER, type Rfq } from './model';

const rfq = (id: string, country: string, productQuery: string, receivedAt: string): Rfq =>
  ({ id, buyer: { company: `Buyer ${id}`, country, contact: 'A', email: 'a@b.test' }, productQuery, quantity: 1000, unit: 'pcs', receivedAt });

const inbox = [
  rfq('a', 'DE', 'Insulated steel bottle 500 ml', '2026-03-01T10:00:00Z'),
  rfq('b', 'US', 'Bamboo lid for bottles', '2026-03-05T10:00:00Z'),
  rfq('c', 'DE', 'Travel cup', '2026-03-09T10:00:00Z'),
];

describe('RFQ inbox filters', () => {
  const ids = (list: Rfq[]) => list.map((r) => r.id);
  it('filter by country, product words, date range, quoted or not, and unread', () => {
    expect(ids(filterRfqs(inbox, { ...NO_FILTER, country: 'DE' }, new Set(), {}))).toEqual(['a', 'c']);
    expect(ids(filterRfqs(inbox, { ...NO_FILTER, product: 'BOTTLE steel' }, new Set(), {}))).toEqual(['a']);
    expect(ids(filterRfqs(inbox, { ...NO_FILTER, from: '2026-03-02', to: '2026-03-09' }, new Set(), {}))).toEqual(['b', 'c']);
    expect(ids(filterRfqs(inbox, { ...NO_FILTER, quoted: 'quoted' }, new Set(['b']), {}))).toEqual(['b']);
    expect(ids(filterRfqs(inbox, { ...NO_FILTER, quoted: 'open' }, new Set(['b']), {}))).toEqual(['a', 'c']);
    expect(ids(filterRfqs(inbox, { ...NO_FILTER, unreadOnly: true }, new Set(), { a: true }))).toEqual(['b', 'c']);
  });
});

describe('strings of the trade features', () => {
  const keys = (bundle: unknown, prefix = ''): string[] => Object.entries(bundle as Record<string, unknown>)
    .flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
  it.each([['rfqs', rfqs], ['quotes', quotes], ['orders', orders], ['dashboard', dashboard]])('%s has the same keys in en, zh-CN and ko', (_name, bundle) => {
    expect(keys(bundle['zh-CN'])).toEqual(keys(bundle.en));
    expect(keys(bundle.ko)).toEqual(keys(bundle.en));
  });
});
