import { describe, expect, it } from 'vitest';
import type { Buyer } from '../../../shared/domain/buyer';
import { searchBuyers } from './search';

const buyer = (company: string, overrides: Partial<Buyer> = {}): Buyer => ({
  id: company, rev: 0, updatedAt: '', updatedBy: 'local', deleted: false,
  company, country: 'DE', contacts: [], addresses: [], eori: '', vatId: '', buyerMark: '', notes: '', status: 'active', ...overrides,
});

const buyers = [
  buyer('Zeta Trading GmbH', { eori: 'DE1234567', contacts: [{ name: 'Jonas Weber', email: 'jonas@zeta.example', phone: '', role: '' }] }),
  buyer('Northwind Ltd', { country: 'GB', buyerMark: 'NWH' }),
  buyer('Old Customer SA', { status: 'archived' }),
  buyer('Removed Co', { deleted: true }),
];

describe('searchBuyers', () => {
  it('lists live, non-archived buyers by company name', () => {
    expect(searchBuyers(buyers, '', false).map((b) => b.company)).toEqual(['Northwind Ltd', 'Zeta Trading GmbH']);
    expect(searchBuyers(buyers, '', true).map((b) => b.company)).toEqual(['Northwind Ltd', 'Old Customer SA', 'Zeta Trading GmbH']);
  });

  it('finds a buyer by mark, tax id or a contact, ignoring case', () => {
    expect(searchBuyers(buyers, 'nwh', false).map((b) => b.company)).toEqual(['Northwind Ltd']);
    expect(searchBuyers(buyers, 'de12345', false).map((b) => b.company)).toEqual(['Zeta Trading GmbH']);
    expect(searchBuyers(buyers, 'JONAS@', false).map((b) => b.company)).toEqual(['Zeta Trading GmbH']);
    expect(searchBuyers(buyers, 'removed', true)).toEqual([]);
  });
});
