// One spreadsheet record → product fields, and product → record for export. Money, sizes and
// weights stay decimal strings exactly as typed (never parseFloat); the zod schema decides
// whether they are valid. Only what a cell cannot express (a non-integer quantity, an unknown
// yes/no) is reported here.
import { MAX_PRICE_TIERS, type ProductFields } from '../../../shared/domain/product';
import { COLUMNS } from './headers';

/** Field path (as the repository reports it) → i18n key of the problem. */
export type CellProblems = Record<string, string>;

const TRUE = new Set(['yes', 'y', 'true', '1', '是', '예', 'x']);
const FALSE = new Set(['no', 'n', 'false', '0', '否', '아니요', '아니오', '']);
const BOOLEAN_KEYS = ['containsLithium', 'woodPackaging', 'food', 'kitchenware'] as const;
const TEXT_KEYS = ['sku', 'name', 'hsCode', 'lengthCm', 'widthCm', 'heightCm', 'grossWeightKg', 'netWeightKg', 'notes'] as const;
const INTEGER_KEYS = ['moq', 'leadTimeDays', 'unitsPerCarton'] as const;
/** A leading apostrophe that export put before = + - @ so spreadsheets don't run the cell as a formula. */
const ESCAPED_FORMULA = /^'(?=[=+\-@\t\r])/;

function integer(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * `cell(key)` gives the trimmed text of the column for that field ('' when the file has no
 * such column). Returns the fields to validate plus the problems found while reading cells.
 */
export function recordToFields(cell: (key: string) => string): { fields: Record<string, unknown>; problems: CellProblems } {
  const problems: CellProblems = {};
  const fields: Record<string, unknown> = {};

  for (const key of TEXT_KEYS) fields[key] = cell(key).replace(ESCAPED_FORMULA, '');
  fields.unit = cell('unit').toLowerCase();
  fields.currency = cell('currency').toUpperCase();
  fields.originCountry = cell('originCountry').toUpperCase();
  fields.status = cell('status').toLowerCase() || 'active';

  const localizedNames: Record<string, string> = {};
  const zh = cell('nameZh').replace(ESCAPED_FORMULA, '');
  const ko = cell('nameKo').replace(ESCAPED_FORMULA, '');
  if (zh) localizedNames['zh-CN'] = zh;
  if (ko) localizedNames.ko = ko;
  fields.localizedNames = localizedNames;

  const readInteger = (text: string, path: string): number | undefined => {
    if (text === '') { problems[path] = 'validation.required'; return undefined; }
    const value = integer(text);
    if (value === undefined) problems[path] = 'validation.integer';
    return value;
  };
  for (const key of INTEGER_KEYS) fields[key] = readInteger(cell(key), key);

  // Tiers keep their column numbers: a blank tier between filled ones is reported, not skipped.
  let lastTier = 1;
  for (let n = 2; n <= MAX_PRICE_TIERS; n++) if (cell(`tier${n}Qty`) !== '' || cell(`tier${n}Price`) !== '') lastTier = n;
  const tiers: { minQty: number | undefined; unitPrice: string }[] = [];
  for (let n = 1; n <= lastTier; n++) {
    const qty = cell(`tier${n}Qty`);
    const price = cell(`tier${n}Price`);
    const path = `priceTiers.${n - 1}`;
    // A sheet with a single "FOB Price" column means one tier starting at the MOQ.
    const minQty = n === 1 && qty === '' ? (fields.moq as number | undefined) : readInteger(qty, `${path}.minQty`);
    if (price === '') problems[`${path}.unitPrice`] = 'validation.required';
    tiers.push({ minQty, unitPrice: price });
  }
  fields.priceTiers = tiers;

  const size = cell('cartonSize');
  if (size !== '') {
    const parts = size.split(/\s*[x×*/]\s*/i);
    if (parts.length === 3) [fields.lengthCm, fields.widthCm, fields.heightCm] = parts;
    else problems.lengthCm = 'catalogIo:reason.cartonSize';
  }

  for (const key of BOOLEAN_KEYS) {
    const text = cell(key).toLowerCase();
    if (TRUE.has(text)) fields[key] = true;
    else if (FALSE.has(text)) fields[key] = false;
    else problems[key] = 'catalogIo:reason.boolean';
  }
  const lithiumType = cell('lithiumType').toLowerCase();
  fields.lithiumType = lithiumType === '' ? null : lithiumType;
  fields.tags = cell('tags').split(/[;|]/).map((t) => t.trim()).filter((t) => t !== '');

  return { fields, problems };
}

/** Export headers, in column order. */
export const EXPORT_HEADERS = COLUMNS.filter((c) => c.key !== 'cartonSize').map((c) => c.header);

/** Product → one export record aligned with EXPORT_HEADERS (booleans as yes/no, tags joined by ";"). */
export function productToRecord(p: ProductFields): string[] {
  const values: Record<string, string> = {
    sku: p.sku, name: p.name, nameZh: p.localizedNames['zh-CN'] ?? '', nameKo: p.localizedNames.ko ?? '',
    unit: p.unit, moq: String(p.moq), currency: p.currency,
    hsCode: p.hsCode, originCountry: p.originCountry, leadTimeDays: String(p.leadTimeDays),
    unitsPerCarton: String(p.unitsPerCarton), lengthCm: p.lengthCm, widthCm: p.widthCm, heightCm: p.heightCm,
    grossWeightKg: p.grossWeightKg, netWeightKg: p.netWeightKg,
    lithiumType: p.lithiumType ?? '', notes: p.notes, tags: p.tags.join(';'), status: p.status,
  };
  for (const key of BOOLEAN_KEYS) values[key] = p[key] ? 'yes' : 'no';
  p.priceTiers.forEach((tier, i) => {
    values[`tier${i + 1}Qty`] = String(tier.minQty);
    values[`tier${i + 1}Price`] = tier.unitPrice;
  });
  return COLUMNS.filter((c) => c.key !== 'cartonSize').map((c) => values[c.key] ?? '');
}

/** The field key (column) a repository error path belongs to: "priceTiers.1.minQty" → "tier2Qty". */
export function keyForPath(path: string): string {
  const [head, index, leaf] = path.split('.');
  if (head === 'priceTiers') {
    if (index === undefined) return 'tier1Price';
    return `tier${Number(index) + 1}${leaf === 'minQty' ? 'Qty' : 'Price'}`;
  }
  if (head === 'localizedNames') return index === 'ko' ? 'nameKo' : 'nameZh';
  return head;
}
