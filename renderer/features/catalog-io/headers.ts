// Spreadsheet header → product field. Factories name their columns in many ways ("Item No.",
// "FOB Price", "货号", "단가"…); matching ignores case, spaces, punctuation and, as a second
// try, a trailing unit in brackets ("FOB Price (USD)" → "FOB Price").
import { MAX_PRICE_TIERS } from '../../../shared/domain/product';

/** One importable column. `header` is what export writes; `aliases` are other names we accept. */
export interface ColumnSpec {
  key: string;
  header: string;
  aliases: readonly string[];
  required?: boolean;
}

const tierColumns: ColumnSpec[] = Array.from({ length: MAX_PRICE_TIERS }, (_, i) => {
  const n = i + 1;
  return [
    {
      key: `tier${n}Qty`, header: `Tier${n}Qty`,
      aliases: [`Tier ${n} Qty`, `Tier ${n} Quantity`, `Tier ${n} Min Qty`, `Qty ${n}`, `阶梯${n}数量`, `数量${n}`, `구간${n} 수량`, `수량${n}`],
    },
    {
      key: `tier${n}Price`, header: `Tier${n}Price`, required: n === 1,
      aliases: [
        `Tier ${n} Price`, `Tier ${n} Unit Price`, `Price ${n}`, `阶梯${n}价格`, `阶梯${n}单价`, `价格${n}`, `구간${n} 단가`, `단가${n}`,
        ...(n === 1 ? ['FOB Price', 'FOB', 'Unit Price', 'Price', '单价', 'FOB价格', 'FOB单价', '价格', '단가', 'FOB 단가', '가격'] : []),
      ],
    },
  ];
}).flat();

export const COLUMNS: readonly ColumnSpec[] = [
  { key: 'sku', header: 'SKU', required: true, aliases: ['Item No.', 'Item #', 'Item Number', 'Item Code', 'Article No.', 'Art. No.', 'Model', 'Model No.', 'Part No.', 'Product Code', '货号', '型号', '产品编号', '品号', '품번', '모델', '모델명', '품목코드'] },
  { key: 'name', header: 'Name', required: true, aliases: ['Product Name', 'Product', 'Description', 'Item Name', 'Item Description', '品名', '产品名称', '名称', '描述', '제품명', '품명', '상품명', '설명'] },
  { key: 'nameZh', header: 'Name (zh-CN)', aliases: ['Chinese Name', '中文品名', '中文名称', '중국어 제품명'] },
  { key: 'nameKo', header: 'Name (ko)', aliases: ['Korean Name', '韩文品名', '韩文名称', '한국어 제품명'] },
  { key: 'unit', header: 'Unit', required: true, aliases: ['UOM', 'Unit of Measure', '单位', '단위'] },
  { key: 'moq', header: 'MOQ', required: true, aliases: ['Min. Order Qty', 'Minimum Order Quantity', 'Min Order', '最小起订量', '起订量', '최소주문수량', '최소 주문 수량'] },
  { key: 'currency', header: 'Currency', required: true, aliases: ['Curr.', '币种', '货币', '통화'] },
  ...tierColumns,
  { key: 'hsCode', header: 'HS Code', required: true, aliases: ['HS', 'HS No.', 'HTS Code', 'Tariff Code', '海关编码', 'HS编码', '商品编码', 'HS 코드', '세번', 'HS부호'] },
  { key: 'originCountry', header: 'Origin', required: true, aliases: ['Country of Origin', 'Origin Country', 'COO', '原产地', '原产国', '원산지'] },
  { key: 'leadTimeDays', header: 'Lead Time (days)', required: true, aliases: ['Lead Time', 'Delivery Time', '交期', '交货期', '生产周期', '납기', '리드타임'] },
  { key: 'unitsPerCarton', header: 'Pcs/Ctn', required: true, aliases: ['Units per Carton', 'Qty/Ctn', 'Pcs per Carton', 'Packing', '装箱数', '每箱数量', '입수', '카톤당 수량'] },
  { key: 'cartonSize', header: 'Carton L/W/H (cm)', aliases: ['Carton Size', 'Carton Dimensions', 'Carton Meas.', 'Meas.', '外箱尺寸', '箱规', '纸箱尺寸', '카톤 사이즈', '박스 규격'] },
  { key: 'lengthCm', header: 'Length (cm)', aliases: ['Carton Length', 'L', '长', '길이'] },
  { key: 'widthCm', header: 'Width (cm)', aliases: ['Carton Width', 'W', '宽', '폭'] },
  { key: 'heightCm', header: 'Height (cm)', aliases: ['Carton Height', 'H', '高', '높이'] },
  { key: 'grossWeightKg', header: 'G.W. (kg)', required: true, aliases: ['G.W.', 'Gross Weight', 'GW', '毛重', '총중량'] },
  { key: 'netWeightKg', header: 'N.W. (kg)', required: true, aliases: ['N.W.', 'Net Weight', 'NW', '净重', '순중량'] },
  { key: 'containsLithium', header: 'Contains Lithium', aliases: ['Lithium', 'Battery', '含锂电池', '带电', '리튬 포함'] },
  { key: 'lithiumType', header: 'Lithium Type', aliases: ['Battery Type', '锂电池类型', '리튬 유형'] },
  { key: 'woodPackaging', header: 'Wood Packaging', aliases: ['Wooden Packaging', '木质包装', '목재 포장'] },
  { key: 'food', header: 'Food', aliases: ['Food Contact', '食品', '식품'] },
  { key: 'kitchenware', header: 'Kitchenware', aliases: ['厨具', '주방용품'] },
  { key: 'notes', header: 'Notes', aliases: ['Remarks', 'Remark', 'Comment', '备注', '비고', '메모'] },
  { key: 'tags', header: 'Tags', aliases: ['Tag', 'Category', '标签', '태그'] },
  { key: 'status', header: 'Status', aliases: ['状态', '상태'] },
];

const DIMENSION_KEYS = ['lengthCm', 'widthCm', 'heightCm'] as const;
const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

/** The header export writes for a field key (the key itself for keys without a column). */
export function canonicalHeader(key: string): string {
  return BY_KEY.get(key)?.header ?? key;
}

/** "Item No." → "itemno", "HS编码" → "hs编码": lower case, no spaces, punctuation or symbols. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '');
}

const withoutUnit = (text: string) => text.replace(/[(（[][^)）\]]*[)）\]]\s*$/u, '');

const EXACT = new Map<string, string>();
for (const c of COLUMNS) for (const name of [c.header, c.key, ...c.aliases]) EXACT.set(normalizeHeader(name), c.key);

/** The field key a header means, or null when we do not know it. */
export function fieldForHeader(header: string): string | null {
  return EXACT.get(normalizeHeader(header)) ?? EXACT.get(normalizeHeader(withoutUnit(header))) ?? null;
}

export interface HeaderMapping {
  /** Field key per column index (null: unknown column, ignored after being reported). */
  keys: (string | null)[];
  /** The user's own header text per field key (for problem reports). */
  headerOf: Map<string, string>;
  unknown: string[];
  /** Canonical headers of required fields the file lacks. */
  missing: string[];
  /** Headers that repeat a field another column already supplies. */
  duplicates: string[];
}

export function mapHeaders(headers: readonly string[]): HeaderMapping {
  const keys: (string | null)[] = [];
  const headerOf = new Map<string, string>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  for (const raw of headers) {
    const header = raw.replace(/^\uFEFF/, '').trim();
    const key = fieldForHeader(header);
    if (key === null) {
      keys.push(null);
      if (header !== '') unknown.push(header);
    } else if (headerOf.has(key)) {
      keys.push(null);
      duplicates.push(header);
    } else {
      keys.push(key);
      headerOf.set(key, header);
    }
  }
  const missing = COLUMNS.filter((c) => c.required && !headerOf.has(c.key)).map((c) => c.header);
  // Carton size comes either as one "L/W/H" column or as three columns.
  if (!headerOf.has('cartonSize')) {
    for (const k of DIMENSION_KEYS) if (!headerOf.has(k)) missing.push(canonicalHeader(k));
  }
  return { keys, headerOf, unknown, missing, duplicates };
}
