// The checklist engine: a pure, deterministic function from shipment facts to items,
// ordered by category and then by the rules' order in RULES.
import type { ShipmentFacts } from './facts';
import { CATEGORIES, RULES, type Category, type FactId, type Localized, type Rule, type Severity } from './rules';

export type ChecklistItem = {
  ruleId: string;
  ruleVersion: number;
  source: readonly FactId[];
  category: Category;
  severity: Severity;
  title: Localized;
  guidance: Localized;
  /** Indexes of the goods lines that triggered a goods rule; empty for shipment rules. */
  goods: number[];
  /** The user may switch this item off (a *verify* fact). */
  verify: boolean;
};

export type ChecklistOptions = {
  /** ISO date; lets date-bound rules (the Korean loading window) judge against today. */
  today?: string;
  /** Ids of *verify* rules the user switched off. Any other id is an error, not ignored. */
  disabledRules?: readonly string[];
  rules?: readonly Rule[];
};

export class UnknownRuleError extends Error {
  constructor(readonly ruleId: string, reason: 'unknown' | 'not-switchable') {
    super(reason === 'unknown' ? `unknown checklist rule "${ruleId}"`
      : `checklist rule "${ruleId}" rests on a settled fact and cannot be switched off`);
    this.name = 'UnknownRuleError';
  }
}

/** The rule is in force for a departure on `date` (ISO calendar dates compare as strings). */
function inForce(rule: Rule, date: string): boolean {
  if (rule.effectiveFrom && date < rule.effectiveFrom) return false;
  if (rule.effectiveTo && date > rule.effectiveTo) return false;
  if (rule.season) {
    const monthDay = date.slice(5);
    const { from, to } = rule.season;
    return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
  }
  return true;
}

export function buildChecklist(facts: ShipmentFacts, options: ChecklistOptions = {}): ChecklistItem[] {
  const rules = options.rules ?? RULES;
  const disabled = new Set(options.disabledRules ?? []);
  for (const id of disabled) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) throw new UnknownRuleError(id, 'unknown');
    if (!rule.verify) throw new UnknownRuleError(id, 'not-switchable');
  }

  const items: ChecklistItem[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.id) || !inForce(rule, facts.plannedDeparture)) continue;
    if (rule.when && !rule.when(facts, { today: options.today })) continue;
    const goods = rule.goods
      ? facts.goods.flatMap((g, i) => (rule.goods!(g, facts) ? [i] : []))
      : [];
    if (rule.goods && goods.length === 0) continue;
    items.push({
      ruleId: rule.id, ruleVersion: rule.version, source: rule.source, category: rule.category,
      severity: rule.severity, title: rule.title, guidance: rule.guidance, goods, verify: rule.verify === true,
    });
  }
  const rank = (c: Category) => CATEGORIES.indexOf(c);
  // Array.prototype.sort is stable, so rule order holds within a category.
  return items.sort((a, b) => rank(a.category) - rank(b.category));
}

/** Items that stop the move to "shipped" while open: every `block` item not yet done. */
export function openBlockers(items: readonly ChecklistItem[], doneRuleIds: ReadonlySet<string> | readonly string[]): ChecklistItem[] {
  const done = new Set(doneRuleIds);
  return items.filter((item) => item.severity === 'block' && !done.has(item.ruleId));
}
