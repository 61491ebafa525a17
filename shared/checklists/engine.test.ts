import { describe, expect, it } from 'vitest';
import { buildChecklist, openBlockers, UnknownRuleError } from './engine';
import { parseFacts, shipmentFacts, addDays, daysBetween } from './facts';
import { CATEGORIES, FACT_IDS, RULES, type Rule } from './rules';
import { koreaLoadingWindow, refundReadiness } from './readiness';

const facts = (more: object = {}) => shipmentFacts.parse({
  incoterm: 'CIF', mode: 'air', originCountry: 'CN', destinationCountry: 'JP', plannedDeparture: '2026-12-10',
  namedPlace: 'Tokyo', ...more,
});

describe('buildChecklist', () => {
  it('orders items by category, then by rule order, and gives the same answer every time', () => {
    const input = facts({ goods: [{ hsCode: '850760', containsLithium: true, kitchenware: true, woodPackaging: true }] });
    const items = buildChecklist(input);
    const ranks = items.map((i) => CATEGORIES.indexOf(i.category));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const ruleOrder = items.map((i) => RULES.findIndex((r) => r.id === i.ruleId));
    for (let k = 1; k < items.length; k++) {
      if (items[k].category === items[k - 1].category) expect(ruleOrder[k]).toBeGreaterThan(ruleOrder[k - 1]);
    }
    expect(buildChecklist(input)).toEqual(items);
    expect(items[0].ruleId).toBe('invoice-packing-list');
    expect(items.at(-1)!.category).toBe('compliance');
  });

  it('names the goods lines that triggered a goods rule', () => {
    const items = buildChecklist(facts({ goods: [{ hsCode: '9403600000' }, { hsCode: '8507600000', containsLithium: true }, { hsCode: '8507600000', containsLithium: true, lithiumType: 'metal' }] }));
    expect(items.find((i) => i.ruleId === 'lithium-sds')!.goods).toEqual([1, 2]);
    expect(items.find((i) => i.ruleId === 'lithium-air')!.goods).toEqual([1]);
    expect(items.find((i) => i.ruleId === 'air-waybill')!.goods).toEqual([]);
  });

  it('refuses to switch off an unknown rule or a settled one', () => {
    expect(() => buildChecklist(facts(), { disabledRules: ['no-such-rule'] })).toThrow(UnknownRuleError);
    expect(() => buildChecklist(facts(), { disabledRules: ['sea-term-mode'] })).toThrow(/cannot be switched off/);
  });

  it('applies effectiveFrom / effectiveTo to the planned departure', () => {
    const rule: Rule = {
      id: 'dated', version: 1, category: 'customs', severity: 'info', source: ['HS-1'],
      title: { en: 'x', 'zh-CN': 'x', ko: 'x' }, guidance: { en: 'x', 'zh-CN': 'x', ko: 'x' },
      effectiveFrom: '2026-07-01', effectiveTo: '2026-12-31',
    };
    const run = (date: string) => buildChecklist(facts({ plannedDeparture: date }), { rules: [rule] }).length;
    expect([run('2026-06-30'), run('2026-07-01'), run('2026-12-31'), run('2027-01-01')]).toEqual([0, 1, 1, 0]);
  });

  it('open block items are what stops "shipped"', () => {
    const items = buildChecklist(facts({ incoterm: 'CFR' }));
    const blocking = items.filter((i) => i.severity === 'block').map((i) => i.ruleId);
    expect(blocking).toContain('sea-term-mode');
    expect(openBlockers(items, []).map((i) => i.ruleId)).toEqual(blocking);
    expect(openBlockers(items, blocking)).toEqual([]);
  });
});

describe('rules as data', () => {
  it('have unique ids, at least one known source and texts in en, zh-CN and ko', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const rule of RULES) {
      expect(rule.source.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.source) expect(FACT_IDS, rule.id).toContain(id);
      for (const text of [rule.title, rule.guidance]) {
        expect([text.en, text['zh-CN'], text.ko].every((s) => s.trim().length > 0), rule.id).toBe(true);
        expect(text['zh-CN'], rule.id).not.toBe(text.en);
        expect(text.ko, rule.id).not.toBe(text.en);
      }
    }
  });

  it('only the verify facts (AU-1, JP-1) can be switched off, and they warn', () => {
    const switchable = RULES.filter((r) => r.verify);
    expect(switchable.map((r) => r.source[0]).sort()).toEqual(['AU-1', 'JP-1']);
    expect(switchable.every((r) => r.severity === 'warn')).toBe(true);
  });
});

describe('parseFacts', () => {
  const good = { incoterm: 'FOB', mode: 'sea-fcl', originCountry: 'CN', destinationCountry: 'US', plannedDeparture: '2026-12-10' };
  const fieldsOf = (input: object) => {
    const result = parseFacts(input);
    return result.ok ? [] : result.problems.map((p) => `${p.field}:${p.message}`);
  };

  it('accepts the minimal five fields and defaults the rest', () => {
    const result = parseFacts(good);
    expect(result.ok && result.facts).toMatchObject({ goods: [], preferentialOrigin: null, exportDeclarationAcceptedAt: null });
  });

  it('names each bad field', () => {
    expect(fieldsOf({ ...good, incoterm: 'FOX' })).toEqual(['incoterm:validation.choice']);
    expect(fieldsOf({ ...good, mode: 'ship' })).toEqual(['mode:validation.choice']);
    expect(fieldsOf({ ...good, originCountry: 'chn' })).toEqual(['originCountry:validation.country']);
    expect(fieldsOf({ ...good, goods: [{ hsCode: '8507' }] })).toEqual(['goods.0.hsCode:validation.hsCode']);
    expect(fieldsOf({ ...good, plannedDeparture: '2026-02-29' })).toEqual(['plannedDeparture:validation.date']);
    expect(fieldsOf({ ...good, destinationCountry: 'CN' })).toEqual(['destinationCountry:validation.sameCountry']);
    expect(fieldsOf({ ...good, goods: [{ lithiumType: 'ion' }] })).toEqual(['goods.0.lithiumType:validation.lithiumTypeWithoutLithium']);
    expect(fieldsOf({ ...good, goods: [{ woodPackging: true }] })).toEqual(['goods.0.woodPackging:validation.unknownField']);
    expect(fieldsOf({ mode: 'air' })).toEqual(['incoterm:validation.choice', 'originCountry:validation.required',
      'destinationCountry:validation.required', 'plannedDeparture:validation.required']);
  });
});

describe('date arithmetic on ISO dates', () => {
  it('crosses months, leap days and year ends', () => {
    expect(addDays('2026-11-01', 30)).toBe('2026-12-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-01', '2026-12-11')).toBe(40);
  });
});

describe('koreaLoadingWindow (KR-1)', () => {
  it('allows loading up to 30 days after acceptance', () => {
    expect(koreaLoadingWindow('2026-11-01', '2026-12-01')).toEqual({ deadline: '2026-12-01', daysAfterAcceptance: 30, exceeded: false, daysLeft: null });
    expect(koreaLoadingWindow('2026-11-01', '2026-12-11', '2026-11-25')).toEqual({ deadline: '2026-12-01', daysAfterAcceptance: 40, exceeded: true, daysLeft: 6 });
    expect(koreaLoadingWindow('2026-11-01', '2026-11-20', '2026-12-03').daysLeft).toBe(-2);
  });
});

describe('refundReadiness (CN-2)', () => {
  const basics = { inVatScope: true, bookedAsExportSale: true, exportDeclaration: true, exportSalesInvoice: true, fxReceipt: true };

  it('a manufacturer under FOB is ready with the basic evidence', () => {
    expect(refundReadiness({ incoterm: 'FOB', sellerRole: 'manufacturer' }, basics)).toMatchObject({ ready: true, missing: [] });
  });

  it('a trader also needs the purchase VAT invoice', () => {
    const r = refundReadiness({ incoterm: 'FOB', sellerRole: 'trader' }, basics);
    expect(r).toMatchObject({ ready: false, missing: ['purchaseVatInvoice'] });
  });

  it('under CIF the transport document and insurance policy are needed too', () => {
    const r = refundReadiness({ incoterm: 'CIF', sellerRole: 'manufacturer' }, { ...basics, transportDocument: true });
    expect(r).toMatchObject({ ready: false, missing: ['insurancePolicy'] });
  });

  it('is not ready before the foreign exchange arrives', () => {
    expect(refundReadiness({ incoterm: 'FCA', sellerRole: 'manufacturer' }, { ...basics, fxReceipt: false }).missing).toEqual(['fxReceipt']);
  });
});
