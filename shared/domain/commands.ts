// The effects of the trade commands (`quote.send`, `quote.revise`, `quote.accept`,
// `order.transition`), written once and run twice: by the client over its local rows (the
// optimistic, offline effect) and by the server over its rows (the authoritative one). Both
// read rows through a RowSource and get back the same list of row writes, so a client that
// passes the ids of the rows a command creates ends up with the very rows the server makes.
import { z } from 'zod';
import { mul, roundMoney } from '../money/decimal';
import { uuid, type EntityName } from './common';
import { isOpenBlocker, type ChecklistItemFields } from '../checklists/order-facts';
import { canTransition, ORDER_STATES, paymentSummary, type OrderFields, type OrderLineFields, type PaymentFields } from './order';
import { acceptQuote, documentTotals, reviseQuote, sendQuote, type Quote, type QuoteLine } from './quote';

export const quoteSendArgs = z.object({ quoteId: uuid });
/** `newQuoteId`/`lineIds` (optional): ids for version n + 1 and its line copies, in line order. */
export const quoteReviseArgs = z.object({ quoteId: uuid, newQuoteId: uuid.optional(), lineIds: z.array(uuid).max(500).optional() });
/** `orderId`/`lineIds` (optional): ids for the order and its lines, in quote line order. */
export const quoteAcceptArgs = z.object({ quoteId: uuid, orderId: uuid.optional(), lineIds: z.array(uuid).max(500).optional() });
export const orderTransitionArgs = z.object({ orderId: uuid, to: z.enum(ORDER_STATES, { message: 'validation.choice' }) });

export const TRADE_COMMANDS = ['quote.send', 'quote.revise', 'quote.accept', 'order.transition'] as const;
export type TradeCommand = (typeof TRADE_COMMANDS)[number];
export const isTradeCommand = (name: string): name is TradeCommand => (TRADE_COMMANDS as readonly string[]).includes(name);

export type SourceRow = Record<string, unknown> & { id: string; deleted?: boolean };

/** How a command reads the rows it needs; each side implements it over its own store. */
export interface RowSource {
  get(entity: EntityName, id: string): Promise<SourceRow | undefined>;
  /** Live (not deleted) rows of `entity` whose `field` equals `value`. */
  where(entity: EntityName, field: string, value: string): Promise<SourceRow[]>;
}

/** One row the command writes: `fields` are the whole row when `create`, else the changed fields. */
export type RowWrite = { entity: EntityName; id: string; fields: Record<string, unknown>; create: boolean };

export type CommandFailure = { ok: false; code: 'forbidden_transition' | 'not_found' | 'validation_failed'; reason: string; fields?: Record<string, string> };
export type CommandPlan = { ok: true; writes: RowWrite[]; args: Record<string, unknown> } | CommandFailure;

const fail = (code: CommandFailure['code'], reason: string, fields?: Record<string, string>): CommandFailure => ({ ok: false, code, reason, ...(fields ? { fields } : {}) });

/**
 * The deposit the payment terms ask for: "30 % T/T deposit, balance before shipment" → 30 % of
 * the total, in the currency's minor unit. Terms without a deposit percentage ask for none ("0").
 */
export function depositFromTerms(paymentTerms: string, total: string, currency: string): string {
  const match = /(\d{1,3}(?:\.\d{1,2})?)\s*%[^,;]*?\bdeposit/i.exec(paymentTerms) ?? /\bdeposit\b[^,;\d]*?(\d{1,3}(?:\.\d{1,2})?)\s*%/i.exec(paymentTerms);
  if (!match || Number(match[1]) > 100) return '0';
  return roundMoney(mul(total, mul(match[1], '0.01')), currency);
}

/** Live lines in position order. */
async function linesOf(source: RowSource, entity: 'quoteLines' | 'orderLines', field: string, parentId: string) {
  const lines = await source.where(entity, field, parentId);
  return lines.sort((a, b) => Number(a.position) - Number(b.position));
}

async function target(source: RowSource, entity: EntityName, id: string): Promise<SourceRow | CommandFailure> {
  const row = await source.get(entity, id);
  return row && !row.deleted ? row : fail('not_found', `${entity} ${id} does not exist`);
}

/** Ids given by the client must name no existing row and match the rows to create one to one. */
async function givenIds(source: RowSource, entity: EntityName, ids: string[] | undefined, count: number, newId: () => string, field: string): Promise<string[] | CommandFailure> {
  if (ids === undefined) return Array.from({ length: count }, () => newId());
  if (ids.length !== count || new Set(ids).size !== count) return fail('validation_failed', `${field} must give ${count} distinct ids`, { [field]: 'validation.lineIds' });
  for (const id of ids) if (await source.get(entity, id)) return fail('validation_failed', `${entity} ${id} exists already`, { [field]: 'validation.unique' });
  return ids;
}

const failed = (v: unknown): v is CommandFailure => typeof v === 'object' && v !== null && (v as CommandFailure).ok === false;

/**
 * The writes of command `name` on row (`entity`, `id`) as of `now` (ISO time). The first write
 * is always the command's own row (the one the mutation names).
 */
export async function planCommand(
  source: RowSource, entity: EntityName, id: string, name: string, rawArgs: unknown, now: string, newId: () => string,
): Promise<CommandPlan> {
  const today = now.slice(0, 10);
  const parse = <T>(schema: z.ZodType<T>): T | CommandFailure => {
    const parsed = schema.safeParse(rawArgs);
    if (!parsed.success) return fail('validation_failed', 'command arguments are not valid', Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || '_', i.message])));
    return parsed.data;
  };
  const named = (expected: EntityName, argId: string) =>
    entity === expected && id === argId ? null : fail('validation_failed', `${name} is sent on ${expected} ${argId}`, { _: 'validation.commandTarget' });

  switch (name) {
    case 'quote.send': {
      const args = parse(quoteSendArgs);
      if (failed(args)) return args;
      const wrong = named('quotes', args.quoteId) ?? await target(source, 'quotes', args.quoteId);
      if (failed(wrong)) return wrong;
      const quote = wrong as unknown as Quote;
      const lines = await linesOf(source, 'quoteLines', 'quoteId', quote.id);
      const outcome = sendQuote(quote, lines.length, now);
      if (!outcome.ok) return outcome;
      return { ok: true, args, writes: [{ entity: 'quotes', id: quote.id, fields: outcome.value, create: false }] };
    }
    case 'quote.revise': {
      const args = parse(quoteReviseArgs);
      if (failed(args)) return args;
      const found = named('quotes', args.quoteId) ?? await target(source, 'quotes', args.quoteId);
      if (failed(found)) return found;
      const quote = found as unknown as Quote;
      const lines = (await linesOf(source, 'quoteLines', 'quoteId', quote.id)) as unknown as QuoteLine[];
      const newQuoteId = args.newQuoteId ?? newId();
      if (args.newQuoteId && (await source.get('quotes', newQuoteId))) return fail('validation_failed', `quotes ${newQuoteId} exists already`, { newQuoteId: 'validation.unique' });
      const lineIds = await givenIds(source, 'quoteLines', args.lineIds, lines.length, newId, 'lineIds');
      if (failed(lineIds)) return lineIds;
      const ids = [newQuoteId, ...lineIds];
      const outcome = reviseQuote(quote, lines, () => ids.shift()!);
      if (!outcome.ok) return outcome;
      const { id: nextId, ...next } = outcome.value.next;
      return {
        ok: true, args: { ...args, newQuoteId, lineIds },
        writes: [
          { entity: 'quotes', id: quote.id, fields: outcome.value.previous, create: false },
          { entity: 'quotes', id: nextId, fields: next, create: true },
          ...outcome.value.lines.map(({ id: lineId, ...line }) => ({ entity: 'quoteLines' as const, id: lineId, fields: line, create: true })),
        ],
      };
    }
    case 'quote.accept': {
      const args = parse(quoteAcceptArgs);
      if (failed(args)) return args;
      const found = named('quotes', args.quoteId) ?? await target(source, 'quotes', args.quoteId);
      if (failed(found)) return found;
      const quote = found as unknown as Quote;
      const outcome = acceptQuote(quote, today);
      if (!outcome.ok) return outcome;
      const lines = (await linesOf(source, 'quoteLines', 'quoteId', quote.id)) as unknown as QuoteLine[];
      const orderId = args.orderId ?? newId();
      if (args.orderId && (await source.get('orders', orderId))) return fail('validation_failed', `orders ${orderId} exists already`, { orderId: 'validation.unique' });
      const lineIds = await givenIds(source, 'orderLines', args.lineIds, lines.length, newId, 'lineIds');
      if (failed(lineIds)) return lineIds;
      const buyer = await source.get('buyers', quote.buyerId);
      if (!buyer) return fail('not_found', `buyers ${quote.buyerId} does not exist`, { buyerId: 'validation.notFound' });
      const orderLines: RowWrite[] = [];
      for (const [i, line] of lines.entries()) {
        const product = await source.get('products', line.productId);
        if (!product) return fail('not_found', `products ${line.productId} does not exist`, { [`lines.${i}.productId`]: 'validation.notFound' });
        const fields: OrderLineFields = {
          orderId, productId: line.productId, position: i, sku: line.sku, description: line.description, unit: line.unit,
          hsCode: String(product.hsCode), quantity: line.quantity, unitPrice: line.unitPrice,
        };
        orderLines.push({ entity: 'orderLines', id: lineIds[i], fields, create: true });
      }
      const { total } = documentTotals(lines, quote.currency);
      const order: OrderFields = {
        number: '', buyerId: quote.buyerId, quoteId: quote.id, state: 'awaiting-deposit', currency: quote.currency,
        incoterm: quote.incoterm, namedPlace: quote.namedPlace, mode: quote.mode, destinationCountry: String(buyer.country),
        paymentTerms: quote.paymentTerms, portOfLoading: quote.portOfLoading, leadTimeDays: quote.leadTimeDays,
        depositAmount: depositFromTerms(quote.paymentTerms, total, quote.currency), plannedDeparture: null, notes: quote.notes,
      };
      return {
        ok: true, args: { ...args, orderId, lineIds },
        writes: [
          { entity: 'quotes', id: quote.id, fields: outcome.value, create: false },
          { entity: 'orders', id: orderId, fields: order, create: true },
          ...orderLines,
        ],
      };
    }
    case 'order.transition': {
      const args = parse(orderTransitionArgs);
      if (failed(args)) return args;
      const found = named('orders', args.orderId) ?? await target(source, 'orders', args.orderId);
      if (failed(found)) return found;
      const order = found as unknown as OrderFields & { id: string };
      const lines = await linesOf(source, 'orderLines', 'orderId', order.id) as unknown as OrderLineFields[];
      const payments = await source.where('payments', 'orderId', order.id) as unknown as PaymentFields[];
      const summary = paymentSummary(order, lines, payments.filter((p) => p.currency === order.currency));
      const items = await source.where('checklistItems', 'orderId', order.id);
      const openBlockers = items.filter((item) => isOpenBlocker(item as unknown as ChecklistItemFields)).length;
      const outcome = canTransition(order.state, args.to, { depositReceived: summary.depositReceived, openBlockers });
      if (!outcome.ok) return outcome;
      return { ok: true, args, writes: [{ entity: 'orders', id: order.id, fields: outcome.value, create: false }] };
    }
    default:
      return fail('validation_failed', `command ${name} has no local effect`);
  }
}

/** A provisional business number shown until the server's arrives: "Q-PROV-1A2B3C". */
export function displayNumber(row: { id: string; number?: unknown }, prefix: 'Q' | 'SO'): string {
  return typeof row.number === 'string' && row.number !== '' ? row.number : `${prefix}-PROV-${row.id.replace(/-/g, '').slice(-6).toUpperCase()}`;
}
