import { describe, expect, it } from 'vitest';
import { buildChecklist } from './engine';
import { checklistItemId, isOpenBlocker, openBlockingRules, orderFacts, rebuildItems, type ChecklistItemRow, type OrderFactsInput } from './order-facts';

const ORDER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const BANK = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60';

const input = (more: Partial<OrderFactsInput['order']> = {}, items: ChecklistItemRow[] = []): OrderFactsInput => ({
  order: { incoterm: 'CIF', namedPlace: 'Los Angeles, USLAX', mode: 'sea-lcl', destinationCountry: 'US', plannedDeparture: null, ...more },
  lines: [{ productId: BANK, hsCode: '8507600090' }],
  products: [{ id: BANK, originCountry: 'CN', containsLithium: true, lithiumType: 'ion', woodPackaging: false, food: false, kitchenware: false }],
  today: '2026-11-28',
  items,
});

function facts(i: OrderFactsInput) {
  const result = orderFacts(i);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.facts;
}

/** The rows as they stand after applying `writes` to `rows`. */
function apply(rows: ChecklistItemRow[], writes: ReturnType<typeof rebuildItems>): ChecklistItemRow[] {
  const out = new Map(rows.map((r) => [r.id, { ...r }]));
  for (const w of writes) out.set(w.id, { ...(out.get(w.id) ?? { id: w.id }), ...w.fields } as ChecklistItemRow);
  return [...out.values()];
}

describe('orderFacts', () => {
  it('reads a lithium power bank order, CIF Los Angeles by sea, with today as the departure until one is planned', () => {
    const f = facts(input());
    expect(f).toMatchObject({ incoterm: 'CIF', mode: 'sea-lcl', originCountry: 'CN', destinationCountry: 'US', plannedDeparture: '2026-11-28' });
    expect(f.goods).toEqual([{ hsCode: '8507600090', containsLithium: true, lithiumType: 'ion', packedWithEquipment: false, woodPackaging: false, food: false, kitchenware: false }]);
    const ids = buildChecklist(f).map((i) => i.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['lithium-sea', 'lithium-sds', 'insurance-cif', 'us-isf', 'invoice-fields', 'packing-list-fields', 'bill-of-lading-lcl']));
  });

  it('prefers the shipment\'s mode and origin; names the missing mode as a problem', () => {
    expect(facts({ ...input(), shipment: { mode: 'express', originCountry: 'KR' } }).mode).toBe('express');
    const result = orderFacts(input({ mode: null }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['mode']);
  });

  it('takes the Korean declaration acceptance date from the done declaration item', () => {
    const done = { id: 'x', ruleId: 'kr-export-declaration', status: 'done', doneAt: '2026-10-01T09:00:00.000Z' } as ChecklistItemRow;
    const f = facts({ ...input({ plannedDeparture: '2026-11-20' }, [done]), shipment: { mode: 'sea-lcl', originCountry: 'KR' } });
    expect(f.exportDeclarationAcceptedAt).toBe('2026-10-01');
    expect(buildChecklist(f).map((i) => i.ruleId)).toContain('kr-loading-window');
  });
});

describe('rebuildItems', () => {
  it('creates one open row per item with ids derived from order and rule, and is idempotent', () => {
    const items = buildChecklist(facts(input()));
    const writes = rebuildItems(ORDER, [], items);
    expect(writes).toHaveLength(items.length);
    expect(writes.every((w) => w.kind === 'create' && w.fields.status === 'open')).toBe(true);
    expect(writes[0].id).toBe(checklistItemId(ORDER, items[0].ruleId));
    expect(checklistItemId(ORDER, 'us-isf')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(rebuildItems(ORDER, apply([], writes), items)).toEqual([]);
  });

  it('keeps done items done, marks items whose rule stopped applying "no longer needed", and restores them', () => {
    const seaItems = buildChecklist(facts(input()));
    let rows = apply([], rebuildItems(ORDER, [], seaItems));
    rows = rows.map((r) => (r.ruleId === 'us-isf' || r.ruleId === 'insurance-cif' ? { ...r, status: 'done', doneBy: 'ana', doneAt: '2026-11-28T08:00:00.000Z' } : r));

    const fcaItems = buildChecklist(facts(input({ incoterm: 'FCA' })));
    const writes = rebuildItems(ORDER, rows, fcaItems);
    expect(writes).toContainEqual({ kind: 'patch', id: checklistItemId(ORDER, 'insurance-cif'), fields: { status: 'not_needed', statusBefore: 'done' } });
    expect(writes.some((w) => w.id === checklistItemId(ORDER, 'us-isf'))).toBe(false);
    rows = apply(rows, writes);
    expect(rows.find((r) => r.ruleId === 'us-isf')!.status).toBe('done');

    rows = apply(rows, rebuildItems(ORDER, rows, seaItems));
    expect(rows.find((r) => r.ruleId === 'insurance-cif')).toMatchObject({ status: 'done', statusBefore: null });
    expect(rows.filter((r) => r.status === 'not_needed').map((r) => r.ruleId)).toEqual([]);
  });
});

describe('open blockers', () => {
  it('are the engine\'s block items without a done row; not_needed rows do not count', () => {
    const f = facts(input());
    const rows = apply([], rebuildItems(ORDER, [], buildChecklist(f)));
    const blocking = openBlockingRules(f, rows, '2026-11-28').map((i) => i.ruleId);
    expect(blocking).toEqual(rows.filter(isOpenBlocker).map((r) => r.ruleId));
    expect(blocking).toEqual(expect.arrayContaining(['lithium-sea', 'insurance-cif', 'us-isf', 'invoice-fields']));
    const allDone = rows.map((r) => ({ ...r, status: r.severity === 'block' ? 'done' as const : r.status }));
    expect(openBlockingRules(f, allDone, '2026-11-28')).toEqual([]);
    expect(isOpenBlocker({ severity: 'block', status: 'not_needed' })).toBe(false);
    // A checklist never built on any machine still blocks.
    expect(openBlockingRules(f, [], '2026-11-28').length).toBe(blocking.length);
  });
});
