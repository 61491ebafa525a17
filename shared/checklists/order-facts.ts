// An order's checklist: the shipment facts read from the order, its buyer, its lines'
// products and its shipment; the synced `checklistItems` rows; and the rebuild, a pure
// function from the stored rows and the engine's output to the rows to create or patch. Item
// ids are derived from order and rule, so two machines rebuilding the same order converge.
import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import type { OrderFields, OrderLineFields } from '../domain/order';
import type { ProductFields } from '../domain/product';
import type { ShipmentFields } from '../domain/shipment';
import { isoDateTime, optionalText, uuid } from '../domain/common';
import { buildChecklist, type ChecklistItem } from './engine';
import { parseFacts, type FactsProblem, type ShipmentFacts } from './facts';
import { CATEGORIES, RULES, SEVERITIES, type Rule } from './rules';

export const ITEM_STATUSES = ['open', 'done', 'acknowledged', 'not_needed'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** What the item's attached file was; the file itself stays on the machine that attached it. */
export const attachmentMeta = z.object({
  name: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  size: z.number().int().min(0),
  type: z.string().max(120),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'validation.type'),
});
export type AttachmentMeta = z.infer<typeof attachmentMeta>;

export const checklistItemFields = z.object({
  orderId: uuid,
  ruleId: z.string().min(1).max(80),
  ruleVersion: z.number().int().min(1),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  status: z.enum(ITEM_STATUSES, { message: 'validation.choice' }),
  /** The status an item had when its rule stopped applying; it gets it back if the rule returns. */
  statusBefore: z.enum(ITEM_STATUSES).nullable().default(null),
  doneBy: z.string().max(200).nullable().default(null),
  doneAt: isoDateTime.nullable().default(null),
  notes: optionalText(2000).default(''),
  attachment: attachmentMeta.nullable().default(null),
});
export type ChecklistItemFields = z.infer<typeof checklistItemFields>;
export type ChecklistItemRow = ChecklistItemFields & { id: string; deleted?: boolean };

const ITEM_NAMESPACE = '6f1c2a4e-8d0b-5b7e-9c3a-2f4d5e6a7b8c';

/** The item id of `ruleId` on `orderId`: the same on every machine. */
export const checklistItemId = (orderId: string, ruleId: string) => uuidv5(`${orderId}/${ruleId}`, ITEM_NAMESPACE);

/** The facts' sources, as the order screen and the server read them. */
export type OrderFactsInput = {
  order: Pick<OrderFields, 'incoterm' | 'namedPlace' | 'mode' | 'destinationCountry' | 'plannedDeparture'>;
  lines: readonly Pick<OrderLineFields, 'productId' | 'hsCode'>[];
  products: readonly (Pick<ProductFields, 'originCountry' | 'containsLithium' | 'lithiumType' | 'woodPackaging' | 'food' | 'kitchenware'> & { id: string })[];
  shipment?: Pick<ShipmentFields, 'mode' | 'originCountry'> | null;
  items?: readonly ChecklistItemRow[];
  /** ISO date: the planned departure until the order has one. */
  today: string;
};

/** The rule whose done date is the acceptance date of the Korean export declaration (KR-1). */
export const KR_DECLARATION_RULE = 'kr-export-declaration';

export type OrderFacts = { ok: true; facts: ShipmentFacts } | { ok: false; problems: FactsProblem[] };

/** Shipment facts of an order. A missing transport mode or origin is a problem named by field. */
export function orderFacts(input: OrderFactsInput): OrderFacts {
  const { order, lines, shipment } = input;
  const products = new Map(input.products.map((p) => [p.id, p]));
  const declared = input.items?.find((i) => i.ruleId === KR_DECLARATION_RULE && !i.deleted && i.status === 'done' && i.doneAt);
  return parseFacts({
    incoterm: order.incoterm,
    mode: shipment ? shipment.mode : order.mode ?? undefined,
    originCountry: shipment?.originCountry ?? lines.map((l) => products.get(l.productId)?.originCountry).find(Boolean),
    destinationCountry: order.destinationCountry,
    plannedDeparture: order.plannedDeparture ?? input.today,
    namedPlace: order.namedPlace,
    preferentialOrigin: null,
    exportDeclarationAcceptedAt: declared?.doneAt?.slice(0, 10) ?? null,
    goods: lines.map((line) => {
      const p = products.get(line.productId);
      return {
        hsCode: line.hsCode,
        containsLithium: p?.containsLithium ?? false,
        ...(p?.containsLithium && p.lithiumType ? { lithiumType: p.lithiumType } : {}),
        woodPackaging: p?.woodPackaging ?? false,
        food: p?.food ?? false,
        kitchenware: p?.kitchenware ?? false,
      };
    }),
  });
}

export type ItemWrite =
  | { kind: 'create'; id: string; fields: ChecklistItemFields }
  | { kind: 'patch'; id: string; fields: Partial<ChecklistItemFields> };

/**
 * The writes that bring the stored rows in line with the engine's items. Done items whose rule
 * still applies stay done; rows whose rule no longer applies become `not_needed` (never
 * deleted) and get their status back if the rule returns. No writes when nothing changed.
 */
export function rebuildItems(orderId: string, existing: readonly ChecklistItemRow[], items: readonly ChecklistItem[]): ItemWrite[] {
  const byRule = new Map(existing.filter((r) => !r.deleted).map((r) => [r.ruleId, r]));
  const writes: ItemWrite[] = [];
  for (const item of items) {
    const id = checklistItemId(orderId, item.ruleId);
    const row = byRule.get(item.ruleId);
    const rule = { ruleVersion: item.ruleVersion, category: item.category, severity: item.severity };
    if (!row) {
      writes.push({ kind: 'create', id, fields: checklistItemFields.parse({ orderId, ruleId: item.ruleId, ...rule, status: 'open' }) });
      continue;
    }
    const fields: Partial<ChecklistItemFields> = {};
    for (const key of ['ruleVersion', 'category', 'severity'] as const) if (row[key] !== rule[key]) Object.assign(fields, { [key]: rule[key] });
    if (row.status === 'not_needed') Object.assign(fields, { status: row.statusBefore ?? 'open', statusBefore: null });
    if (Object.keys(fields).length > 0) writes.push({ kind: 'patch', id: row.id, fields });
  }
  const applies = new Set(items.map((i) => i.ruleId));
  for (const row of byRule.values()) {
    if (!applies.has(row.ruleId) && row.status !== 'not_needed') {
      writes.push({ kind: 'patch', id: row.id, fields: { status: 'not_needed', statusBefore: row.status } });
    }
  }
  return writes;
}

/** A `block` item that still stops the move to "shipped". */
export const isOpenBlocker = (row: Pick<ChecklistItemFields, 'severity' | 'status'>) => row.severity === 'block' && row.status === 'open';

/** A `warn` item nobody has acknowledged (or done) yet. */
export const needsAcknowledgement = (row: Pick<ChecklistItemFields, 'severity' | 'status'>) => row.severity === 'warn' && row.status === 'open';

export const ruleById = (ruleId: string): Rule | undefined => RULES.find((r) => r.id === ruleId);

/**
 * The blocking items that stop "shipped": every `block` item the engine gives for the facts
 * that has no done row. Counting from the engine (not only from stored rows) means an order
 * whose checklist was never built on any machine is not waved through.
 */
export function openBlockingRules(facts: ShipmentFacts, rows: readonly ChecklistItemRow[], today: string): ChecklistItem[] {
  const done = new Set(rows.filter((r) => !r.deleted && r.status === 'done').map((r) => r.ruleId));
  return buildChecklist(facts, { today }).filter((item) => item.severity === 'block' && !done.has(item.ruleId));
}
