import { describe, expect, it } from 'vitest';
import { mergeChanges, mergeField, sameValue } from './merge';
import { policyFor } from './policies';

describe('per-field merge', () => {
  it('applies when the current value is the client old value', () => {
    expect(mergeField('conflict', 'Mug', { old: 'Mug', new: 'Cup' })).toEqual({ outcome: 'apply', policy: 'conflict', value: 'Cup' });
  });

  it('does nothing when the current value already is the new value', () => {
    expect(mergeField('conflict', ['a'], { old: [], new: ['a'] }).outcome).toBe('noop');
  });

  it('conflicts on a business field changed on both sides, keeping all three values', () => {
    expect(mergeField('conflict', '2.10', { old: '2.00', new: '2.20' }))
      .toEqual({ outcome: 'conflict', policy: 'conflict', base: '2.00', server: '2.10', client: '2.20' });
  });

  it('lets the push win on an lww field and hands back the overwritten value', () => {
    expect(mergeField('lww', 'server note', { old: 'old note', new: 'my note' }))
      .toEqual({ outcome: 'apply', policy: 'lww', value: 'my note', overwritten: 'server note' });
  });

  it('refuses a patch of a command field', () => {
    expect(mergeField('command', 'draft', { old: 'draft', new: 'sent' }).outcome).toBe('command');
  });

  it('merges a whole mutation field by field and never touches unchanged fields', () => {
    const current = { name: 'Bottle', moq: 600, notes: 'theirs', sku: 'A-1' };
    const result = mergeChanges('products', current, {
      name: { old: 'Bottle', new: 'Steel bottle' },
      moq: { old: 500, new: 300 },
      notes: { old: 'mine-old', new: 'mine' },
    });
    expect(result.apply).toEqual({ name: 'Steel bottle', notes: 'mine' });
    expect(result.overwritten).toEqual({ notes: 'theirs' });
    expect(result.conflicts).toEqual({ moq: { base: 500, server: 600, client: 300 } });
    expect(result.apply).not.toHaveProperty('sku');
  });

  it('compares JSON values structurally: key order does not matter, missing equals null', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameValue(undefined, null)).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });

  it('declares notes lww, quote status command, and business fields conflict by default', () => {
    expect(policyFor('products', 'notes')).toBe('lww');
    expect(policyFor('quotes', 'status')).toBe('command');
    expect(policyFor('products', 'priceTiers')).toBe('conflict');
    expect(policyFor('buyers', 'addresses')).toBe('conflict');
  });
});
