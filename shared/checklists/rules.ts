// The built-in customs and shipping rules, as data. Each rule cites the DOMAIN-FACTS ids it
// rests on; its condition is a small named predicate over the shipment facts. The engine
// (engine.ts) only evaluates these; no rule logic lives anywhere else.
import { isAirMode, isSeaMode, seaTermInContainer, seaTermOffSea, exwOnExport } from '../domain/incoterms';
import type { GoodsFacts, ShipmentFacts } from './facts';
import { koreaLoadingWindow } from './readiness';

export const CATEGORIES = ['documents', 'customs', 'shipping', 'payment', 'compliance'] as const;
export type Category = (typeof CATEGORIES)[number];
export const SEVERITIES = ['block', 'warn', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const FACT_IDS = [
  'INC-1', 'INC-2', 'INC-3', 'INC-4', 'INC-5', 'INC-6', 'INC-7', 'INC-8',
  'DOC-1', 'DOC-2', 'DOC-3', 'DOC-4', 'DOC-5', 'DOC-6', 'CN-1', 'CN-2', 'KR-1', 'HS-1',
  'WPM-1', 'DG-1', 'DG-2', 'DG-3', 'US-1', 'US-2', 'EU-1', 'UK-1', 'AU-1', 'JP-1', 'LBL-3', 'LBL-5',
] as const;
export type FactId = (typeof FACT_IDS)[number];

export type Localized = { en: string; 'zh-CN': string; ko: string };

export interface Rule {
  id: string;
  version: number;
  category: Category;
  severity: Severity;
  source: readonly [FactId, ...FactId[]];
  title: Localized;
  guidance: Localized;
  /** Shipment-level condition; absent: every shipment. */
  when?: (facts: ShipmentFacts, context: RuleContext) => boolean;
  /** Goods-level condition: the rule applies when at least one goods line matches. */
  goods?: (goods: GoodsFacts, facts: ShipmentFacts) => boolean;
  /** In force for shipments departing on or after / on or before these ISO dates. */
  effectiveFrom?: string;
  effectiveTo?: string;
  /** Recurring window of departure dates, "MM-DD" to "MM-DD"; it may wrap the year end. */
  season?: { from: string; to: string };
  /** A *verify* fact: shown as a warning that the user may switch off (`disabledRules`). */
  verify?: true;
}

/** What a rule may know besides the facts: `today` (ISO date) when the caller gives it. */
export type RuleContext = { today?: string };

const t = (en: string, zh: string, ko: string): Localized => ({ en, 'zh-CN': zh, ko });

// --- Country groups and national data (DOMAIN-FACTS HS-1, EU-1) ---

export const EU_MEMBERS: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];

/** Digits of the national tariff code (HS-1): EU 8 (CN code; TARIC has 10 at import). */
export const NATIONAL_HS_DIGITS: Readonly<Record<string, number>> = {
  US: 10, JP: 9, CN: 10, ...Object.fromEntries(EU_MEMBERS.map((c) => [c, 8])),
};

// --- Named predicates ---

const from = (country: string) => (f: ShipmentFacts) => f.originCountry === country;
const to = (country: string) => (f: ShipmentFacts) => f.destinationCountry === country;
const toEu = (f: ShipmentFacts) => EU_MEMBERS.includes(f.destinationCountry);
const byMode = (...modes: ShipmentFacts['mode'][]) => (f: ShipmentFacts) => modes.includes(f.mode);
const byTerm = (...terms: ShipmentFacts['incoterm'][]) => (f: ShipmentFacts) => terms.includes(f.incoterm);
const all = (...conditions: ((f: ShipmentFacts) => boolean)[]) => (f: ShipmentFacts) => conditions.every((c) => c(f));
/** The seller files the export declaration unless the buyer does (EXW, INC-5). */
const sellerClearsExport = (f: ShipmentFacts) => !exwOnExport(f.incoterm);

const hasLithium = (g: GoodsFacts) => g.containsLithium;
/** UN3480: Li-ion alone. An unstated lithium type counts as ion (the stricter case). */
const lithiumIonAlone = (g: GoodsFacts) => g.containsLithium && g.lithiumType !== 'metal' && !g.packedWithEquipment;
/** A line without an HS code, or shorter than the national code at origin or destination. */
const lacksNationalHs = (g: GoodsFacts, f: ShipmentFacts) => {
  const needed = Math.max(NATIONAL_HS_DIGITS[f.originCountry] ?? 6, NATIONAL_HS_DIGITS[f.destinationCountry] ?? 6);
  return g.hsCode === undefined || g.hsCode.length < needed;
};

export const RULES: readonly Rule[] = [
  // ---------- documents ----------
  {
    id: 'invoice-packing-list', version: 1, category: 'documents', severity: 'block', source: ['DOC-1'],
    title: t('Commercial invoice and packing list agree with each other and the transport document',
      '商业发票与装箱单彼此一致，并与运输单据一致',
      '상업송장과 포장명세서가 서로, 그리고 운송서류와 일치'),
    guidance: t('Check counts, weights and marks on the invoice, the packing list and the bill of lading or waybill.',
      '核对发票、装箱单和提单或运单上的件数、重量和唛头。',
      '송장, 포장명세서, 선하증권 또는 운송장의 수량, 중량, 화인을 대조하세요.'),
  },
  {
    id: 'invoice-fields', version: 1, category: 'documents', severity: 'block', source: ['DOC-2', 'INC-1', 'HS-1'],
    title: t('Commercial invoice carries every required field', '商业发票包含全部必填项', '상업송장에 필수 항목이 모두 기재됨'),
    guidance: t(
      'Exporter with tax id, consignee, unique number and date, specific goods description, HS code (at least 6 digits), origin, quantity and unit, net and gross weight, unit price, total with ISO currency, Incoterm + named place + "Incoterms® 2020", payment terms.',
      '出口商（含税号）、收货人、唯一编号和日期、具体品名、HS 编码（至少 6 位）、原产国、数量和单位、净重和毛重、单价、含 ISO 币种的总额、贸易术语 + 指定地点 + “Incoterms® 2020”、付款条件。',
      '수출자(사업자번호 포함), 수하인, 고유 번호와 일자, 구체적 품명, HS 코드(6자리 이상), 원산지, 수량과 단위, 순중량과 총중량, 단가, ISO 통화 총액, 인코텀즈 + 지정장소 + “Incoterms® 2020”, 결제조건.'),
  },
  {
    id: 'packing-list-fields', version: 1, category: 'documents', severity: 'block', source: ['DOC-3'],
    title: t('Packing list complete for every package range', '装箱单按箱号区间填写完整', '포장명세서를 포장 번호 구간별로 완비'),
    guidance: t('Per package range: contents, quantity, net and gross weight, dimensions, marks; totals of packages, net, gross and CBM.',
      '每个箱号区间：内容、数量、净重和毛重、尺寸、唛头；以及总件数、总净重、总毛重和总体积（CBM）。',
      '구간별 내용물, 수량, 순중량·총중량, 치수, 화인; 총 포장 수, 순중량, 총중량, CBM 합계.'),
  },
  {
    id: 'named-place', version: 1, category: 'documents', severity: 'block', source: ['INC-1'],
    when: (f) => !f.namedPlace,
    title: t('Name the Incoterms® 2020 place precisely', '准确写明 Incoterms® 2020 指定地点', 'Incoterms® 2020 지정장소를 정확히 기재'),
    guidance: t('Quotation, proforma and invoice state term + named place + "Incoterms® 2020"; use a UN/LOCODE or an address.',
      '报价单、形式发票和商业发票须写明术语 + 指定地点 + “Incoterms® 2020”；使用 UN/LOCODE 或详细地址。',
      '견적서, 견적송장, 상업송장에 조건 + 지정장소 + “Incoterms® 2020”을 기재하고 UN/LOCODE 또는 주소를 쓰세요.'),
  },
  {
    id: 'bill-of-lading-fcl', version: 1, category: 'documents', severity: 'block', source: ['DOC-4'],
    when: byMode('sea-fcl'),
    title: t('Bill of lading with container and seal numbers', '提单（注明集装箱号和封条号）', '컨테이너·봉인 번호가 기재된 선하증권'),
    guidance: t('Marks may read "N/M" (no marks) only on FCL.', '仅整箱货可用“N/M”（无唛头）。', '“N/M”(무화인)은 FCL에만 허용됩니다.'),
  },
  {
    id: 'bill-of-lading-lcl', version: 1, category: 'documents', severity: 'block', source: ['DOC-4'],
    when: byMode('sea-lcl'),
    title: t('Bill of lading with marks equal to the carton marks', '提单唛头与纸箱唛头一致', '선하증권 화인을 카톤 화인과 일치'),
    guidance: t('On LCL the marks on the documents must equal the carton marks; "N/M" is not allowed.',
      '拼箱货单据上的唛头必须与纸箱唛头完全相同；不得使用“N/M”。',
      'LCL은 서류의 화인이 카톤 화인과 같아야 하며 “N/M”은 허용되지 않습니다.'),
  },
  {
    id: 'air-waybill', version: 1, category: 'documents', severity: 'block', source: ['DOC-5'],
    when: byMode('air'),
    title: t('Air waybill', '航空运单', '항공화물운송장'),
    guidance: t('The airline or forwarder issues it; its counts and weights match the packing list.',
      '由航空公司或货代签发；件数和重量须与装箱单一致。',
      '항공사 또는 포워더가 발행하며 수량과 중량이 포장명세서와 일치해야 합니다.'),
  },
  {
    id: 'courier-invoice', version: 1, category: 'documents', severity: 'block', source: ['DOC-5'],
    when: byMode('express'),
    title: t('Courier commercial invoice with reason for export and signed declaration',
      '快递商业发票（注明出口原因并签署声明）', '수출 사유와 서명된 신고가 있는 특송 상업송장'),
    guidance: t("Use the carrier's invoice form.", '使用承运人的发票格式。', '운송사 양식을 사용하세요.'),
  },
  {
    id: 'courier-labels', version: 1, category: 'documents', severity: 'block', source: ['DOC-5', 'LBL-5'],
    when: byMode('express'),
    title: t('One 4×6 courier label and tracking number per parcel', '每个包裹一张 4×6 快递面单和一个运单号', '소포마다 4×6 특송 라벨과 운송장 번호 1개'),
    guidance: t('Each label prints "n of N"; never print one parcel\'s label for another.',
      '每张面单印“第 n/N 件”；不得将一个包裹的面单用于另一个包裹。',
      '라벨마다 “n / N”을 인쇄하고 다른 소포의 라벨을 쓰지 마세요.'),
  },
  {
    id: 'insurance-cif', version: 1, category: 'documents', severity: 'block', source: ['INC-3'],
    when: byTerm('CIF'),
    title: t('Insurance certificate for at least 110 % of the contract value, Institute Cargo Clauses (C) at least',
      '保险凭证：保额不低于合同金额的 110%，至少为协会货物条款（C）',
      '계약금액 110% 이상, 최소 협회적하약관(C) 보험증권'),
    guidance: t("CIF: the seller insures the buyer's risk from loading on board.", 'CIF：卖方为装船后由买方承担的风险投保。', 'CIF: 선적 이후 매수인의 위험을 매도인이 부보합니다.'),
  },
  {
    id: 'insurance-cip', version: 1, category: 'documents', severity: 'block', source: ['INC-4'],
    when: byTerm('CIP'),
    title: t('Insurance certificate for at least 110 % of the contract value, Institute Cargo Clauses (A)',
      '保险凭证：保额不低于合同金额的 110%，协会货物条款（A）',
      '계약금액 110% 이상, 협회적하약관(A) 보험증권'),
    guidance: t('CIP requires all-risks cover (A), not the minimum (C).', 'CIP 要求（A）条款一切险，而非最低的（C）条款。', 'CIP는 최소 조건(C)이 아닌 전위험 담보(A)를 요구합니다.'),
  },
  {
    id: 'certificate-of-origin', version: 1, category: 'documents', severity: 'block', source: ['DOC-6'],
    when: (f) => f.preferentialOrigin !== null,
    title: t('Certificate of origin for preferential duty', '优惠原产地证书', '특혜관세용 원산지증명서'),
    guidance: t('Marks repeated exactly ("as per invoice" is refused), HS 6, origin criterion; the proof is valid for 1 year. The RCEP form has 16 boxes.',
      '唛头须逐字重复（“同发票”不被接受），HS 6 位和原产地标准；证明有效期 1 年。RCEP 证书共 16 栏。',
      '화인을 그대로 기재(“as per invoice” 불가), HS 6단위, 원산지 기준; 유효기간 1년. RCEP 양식은 16개 란입니다.'),
  },
  {
    id: 'kr-fta-certificate-timing', version: 1, category: 'documents', severity: 'warn', source: ['DOC-6'],
    when: (f) => f.originCountry === 'KR' && f.preferentialOrigin !== null,
    title: t('Korean FTA certificate issued before shipment completes', '韩国 FTA 原产地证书须在装运完成前签发', '한국 FTA 원산지증명서는 선적 완료 전 발급'),
    guidance: t('Apply before loading; only some FTAs allow issue a few working days after. Check the agreement.',
      '请在装船前申请；仅部分 FTA 允许装运后几个工作日内签发，请核对协定。',
      '선적 전에 신청하세요. 일부 FTA만 선적 후 며칠(근무일) 내 발급을 허용하니 협정을 확인하세요.'),
  },

  // ---------- customs ----------
  {
    id: 'exw-export-clearance', version: 1, category: 'customs', severity: 'warn', source: ['INC-5'],
    when: (f) => exwOnExport(f.incoterm),
    title: t('EXW: the buyer must clear export. Consider FCA', 'EXW：买方须办理出口清关，建议改用 FCA', 'EXW: 매수인이 수출통관을 해야 함. FCA 권장'),
    guidance: t('You may still need the export declaration for your VAT refund or zero rating.',
      '您仍可能需要出口报关单用于出口退税或零税率。',
      '부가세 환급이나 영세율 적용을 위해 수출신고가 여전히 필요할 수 있습니다.'),
  },
  {
    id: 'cn-export-declaration', version: 1, category: 'customs', severity: 'block', source: ['CN-1'],
    when: all(from('CN'), sellerClearsExport),
    title: t('China export declaration (报关单) filed through the Single Window before loading',
      '装船前通过单一窗口申报出口报关单', '선적 전 싱글윈도로 중국 수출신고(报关单) 제출'),
    guidance: t('The "transaction mode" field carries the Incoterm.', '“成交方式”栏填写贸易术语。', '‘거래방식’ 란에 인코텀즈를 기재합니다.'),
  },
  {
    id: 'cn-declaration-freight', version: 1, category: 'customs', severity: 'info', source: ['CN-1'],
    when: all(from('CN'), byTerm('CFR', 'CPT', 'CIF', 'CIP')),
    title: t('Declare the freight on the export declaration', '在报关单上填报运费', '수출신고서에 운임 기재'),
    guidance: t('The freight field applies when the seller pays freight: CFR, CPT, CIF and CIP.',
      '卖方支付运费时（CFR、CPT、CIF、CIP）填报运费栏。', '매도인이 운임을 내는 CFR, CPT, CIF, CIP에서 운임 란을 기재합니다.'),
  },
  {
    id: 'cn-declaration-insurance', version: 1, category: 'customs', severity: 'info', source: ['CN-1'],
    when: all(from('CN'), byTerm('CIF', 'CIP')),
    title: t('Declare the insurance premium on the export declaration', '在报关单上填报保险费', '수출신고서에 보험료 기재'),
    guidance: t('The insurance field applies only under CIF and CIP.', '仅 CIF 和 CIP 需要填报保费栏。', '보험료 란은 CIF와 CIP에서만 기재합니다.'),
  },
  {
    id: 'kr-export-declaration', version: 1, category: 'customs', severity: 'block', source: ['KR-1'],
    when: all(from('KR'), sellerClearsExport),
    title: t('Korea export declaration (수출신고) filed through UNI-PASS before loading',
      '装船前通过 UNI-PASS 提交韩国出口申报（수출신고）', '선적 전 UNI-PASS로 수출신고'),
    guidance: t('Goods must be loaded within 30 days of acceptance (extendable up to 1 year).',
      '货物须在申报受理后 30 天内装船（最长可延至 1 年）。', '수리일로부터 30일 이내에 적재해야 합니다(최대 1년까지 연장 가능).'),
  },
  {
    id: 'kr-loading-window', version: 1, category: 'customs', severity: 'warn', source: ['KR-1'],
    // Also when today is already past the deadline: the departure plan is stale.
    when: (f, { today }) => {
      if (f.originCountry !== 'KR' || f.exportDeclarationAcceptedAt === null) return false;
      const window = koreaLoadingWindow(f.exportDeclarationAcceptedAt, f.plannedDeparture, today);
      return window.exceeded || (window.daysLeft !== null && window.daysLeft < 0);
    },
    title: t('Planned departure is more than 30 days after the export declaration was accepted',
      '计划离港日期距出口申报受理已超过 30 天', '출항 예정일이 수출신고 수리일로부터 30일을 초과'),
    guidance: t('Ask for an extension of the loading period through UNI-PASS, or file a new declaration.',
      '请通过 UNI-PASS 申请延长装载期限，或重新申报。', 'UNI-PASS로 적재기간 연장을 신청하거나 다시 신고하세요.'),
  },
  {
    id: 'hs-national-code', version: 1, category: 'customs', severity: 'warn', source: ['HS-1'],
    goods: lacksNationalHs,
    title: t('Give every line its national HS code', '为每个品项填写本国 HS 编码', '품목마다 국가별 HS 코드 기재'),
    guidance: t('The first 6 digits are international; the US uses 10 digits, the EU 8 (10 at import), Japan 9, China 10.',
      '前 6 位为国际通用；美国 10 位，欧盟 8 位（进口时 10 位），日本 9 位，中国 10 位。',
      '앞 6자리는 국제 공통이며 미국 10자리, EU 8자리(수입 시 10자리), 일본 9자리, 중국 10자리입니다.'),
  },
  {
    id: 'ddp-importer-identity', version: 1, category: 'customs', severity: 'block', source: ['INC-6'],
    when: byTerm('DDP'),
    title: t('DDP: importer identity at destination; you pay import duties and taxes',
      'DDP：在目的国取得进口商身份，并由您缴纳进口关税和税费', 'DDP: 도착국 수입자 자격 확보, 수입 관세와 세금은 매도인 부담'),
    guidance: t('For example an EU EORI or a VAT registration in the destination country; budget the duties and taxes.',
      '例如欧盟 EORI 或目的国增值税登记；预算关税和税费。', '예: EU EORI 또는 도착국 부가세 등록. 관세와 세금 예산을 잡으세요.'),
  },
  {
    id: 'us-isf', version: 1, category: 'customs', severity: 'block', source: ['US-1'],
    when: (f) => f.destinationCountry === 'US' && isSeaMode(f.mode),
    title: t('Importer Security Filing (ISF 10+2) data at least 24 h before loading',
      '装船前至少 24 小时提供进口商安全申报（ISF 10+2）数据', '적재 24시간 전까지 수입자 보안신고(ISF 10+2) 자료 제공'),
    guidance: t('Give the importer: seller, manufacturer, country of origin, HS 6, container stuffing location, consolidator.',
      '向进口商提供：卖方、制造商、原产国、HS 6 位、装箱地点、拼箱商。',
      '수입자에게 판매자, 제조자, 원산지, HS 6단위, 컨테이너 적입 장소, 혼재업자를 제공하세요.'),
  },
  {
    id: 'eu-ics2', version: 1, category: 'customs', severity: 'block', source: ['EU-1'],
    when: (f) => toEu(f) && isAirMode(f.mode),
    title: t('ICS2 pre-loading data before loading', '装机前提交 ICS2 预装载数据', '적재 전 ICS2 사전적재 정보 제출'),
    guidance: t("Shipper, consignee, HS 6, a precise goods description, weight and packages; the consignee's EORI when the goods stay in the EU.",
      '发货人、收货人、HS 6 位、准确的货物描述、重量和件数；货物留在欧盟时提供收货人 EORI。',
      '송하인, 수하인, HS 6단위, 구체적 품명, 중량, 포장 수; 물품이 EU에 남으면 수하인 EORI.'),
  },
  {
    id: 'uk-eori', version: 1, category: 'customs', severity: 'block', source: ['UK-1'],
    when: to('GB'),
    title: t('UK EORI starting with GB for the declarations', '英国报关需以 GB 开头的 EORI', '신고용 GB로 시작하는 영국 EORI'),
    guidance: t('UK import and export declarations need an EORI number that starts with "GB".',
      '英国进出口申报需要以“GB”开头的 EORI 号码。', '영국 수출입 신고에는 “GB”로 시작하는 EORI 번호가 필요합니다.'),
  },

  // ---------- shipping ----------
  {
    id: 'sea-term-mode', version: 1, category: 'shipping', severity: 'block', source: ['INC-8'],
    when: (f) => seaTermOffSea(f.incoterm, f.mode),
    title: t('The sea term does not fit the transport mode', '海运术语与运输方式不符', '해상 조건이 운송 방식과 맞지 않음'),
    guidance: t('FAS, FOB, CFR and CIF are for sea and inland waterway only; use FCA, CPT or CIP.',
      'FAS、FOB、CFR、CIF 仅适用于海运和内河运输；请改用 FCA、CPT 或 CIP。',
      'FAS, FOB, CFR, CIF는 해상·내수로 운송 전용입니다. FCA, CPT, CIP를 쓰세요.'),
  },
  {
    id: 'container-sea-term', version: 1, category: 'shipping', severity: 'warn', source: ['INC-2'],
    when: (f) => seaTermInContainer(f.incoterm, f.mode),
    title: t('Containerised goods: ICC advises FCA, CPT or CIP', '集装箱货物：国际商会建议使用 FCA、CPT 或 CIP', '컨테이너 화물: ICC는 FCA, CPT, CIP를 권장'),
    guidance: t('Under FAS, FOB, CFR and CIF risk passes at the ship, long after you handed the container over.',
      '在 FAS、FOB、CFR、CIF 下风险在船上转移，而集装箱早已交出。',
      'FAS, FOB, CFR, CIF에서는 위험이 본선에서 이전되지만 컨테이너는 훨씬 전에 인도됩니다.'),
  },
  {
    id: 'dpu-unloading', version: 1, category: 'shipping', severity: 'warn', source: ['INC-7'],
    when: byTerm('DPU'),
    title: t('DPU: arrange unloading at the destination', 'DPU：安排目的地卸货', 'DPU: 도착지 양하 준비'),
    guidance: t('DPU is the only term where the seller unloads; risk passes after unloading.',
      'DPU 是唯一由卖方卸货的术语；卸货后风险转移。', 'DPU는 매도인이 양하하는 유일한 조건이며 양하 후 위험이 이전됩니다.'),
  },
  {
    id: 'lithium-air', version: 1, category: 'shipping', severity: 'block', source: ['DG-2'],
    when: (f) => isAirMode(f.mode),
    goods: lithiumIonAlone,
    title: t('Li-ion batteries alone by air (UN3480, PI 965): state of charge at most 30 %, cargo aircraft only',
      '单独锂离子电池空运（UN3480，PI 965）：荷电状态不超过 30%，仅限货机',
      '리튬이온 배터리 단독 항공운송(UN3480, PI 965): 충전율 30% 이하, 화물기 전용'),
    guidance: t("Shipper's Declaration for Dangerous Goods, and the lithium battery mark on the package.",
      '需要危险品申报单（Shipper\'s Declaration），包装上加贴锂电池标记。',
      "위험물 신고서(Shipper's Declaration)와 포장의 리튬 배터리 마크가 필요합니다."),
  },
  {
    id: 'lithium-sea', version: 1, category: 'shipping', severity: 'block', source: ['DG-3'],
    when: (f) => isSeaMode(f.mode),
    goods: hasLithium,
    title: t('Lithium batteries by sea: IMDG packing instruction P903 and a dangerous goods declaration',
      '锂电池海运：IMDG 包装说明 P903 和危险品申报', '리튬 배터리 해상운송: IMDG 포장지침 P903 및 위험물 신고'),
    guidance: t('Give the carrier the dangerous goods declaration (class 9) before the booking closes.',
      '在截关前向承运人提交危险品申报（第 9 类）。', '부킹 마감 전 운송사에 위험물 신고서(9급)를 제출하세요.'),
  },
  {
    id: 'carton-n-of-n', version: 1, category: 'shipping', severity: 'warn', source: ['LBL-5', 'LBL-3'],
    title: t('Print "carton n of N" on every carton label', '每个纸箱标签印“第 n/N 箱”', '모든 카톤 라벨에 “n / N” 인쇄'),
    guidance: t("Marks come from the packing list; never print one carton's label for another.",
      '唛头取自装箱单；不得将一个纸箱的标签用于另一个纸箱。', '화인은 포장명세서에서 가져오며 다른 카톤의 라벨을 쓰지 마세요.'),
  },

  // ---------- payment ----------
  {
    id: 'cn-vat-refund', version: 1, category: 'payment', severity: 'info', source: ['CN-2'],
    when: from('CN'),
    title: t('Collect the papers for the export VAT refund', '收集出口退税单证', '수출 부가세 환급 서류 수집'),
    guidance: t('Declaration, export sales invoice, foreign-exchange receipt; under CIF also the transport document and insurance policy. The order shows when it is refund-ready.',
      '报关单、出口销售发票、收汇凭证；CIF 下还需运输单据和保险单。订单会显示单证是否齐备。',
      '수출신고서, 수출 판매 송장, 외환 수령증; CIF는 운송서류와 보험증권도 필요합니다. 주문에서 환급 준비 상태를 보여 줍니다.'),
  },
  {
    id: 'cn-purchase-vat-invoice', version: 1, category: 'payment', severity: 'info', source: ['CN-2'],
    when: (f) => f.originCountry === 'CN' && f.sellerRole === 'trader',
    title: t('Trading company: keep the purchase VAT invoice for the refund', '外贸公司：保留进货增值税专用发票用于退税', '무역회사: 환급용 매입 부가세 송장 보관'),
    guidance: t("A trader's refund also needs the supplier's VAT invoice (增值税专用发票).",
      '贸易公司的退税还需要供货方开具的增值税专用发票。', '무역회사의 환급에는 공급업체의 부가세 전용 송장(增值税专用发票)도 필요합니다.'),
  },
  {
    id: 'kr-zero-rating', version: 1, category: 'payment', severity: 'info', source: ['KR-1'],
    when: from('KR'),
    title: t('Keep the export declaration certificate (수출신고필증)', '保留出口申报证明（수출신고필증）', '수출신고필증 보관'),
    guidance: t('It backs VAT zero rating and duty drawback.', '它是增值税零税率和关税退还的依据。', '부가세 영세율과 관세 환급의 근거가 됩니다.'),
  },

  // ---------- compliance ----------
  {
    id: 'lithium-sds', version: 1, category: 'compliance', severity: 'block', source: ['DG-1'],
    goods: hasLithium,
    title: t('Lithium batteries (class 9): safety data sheet and UN38.3 test summary',
      '锂电池（第 9 类）：安全数据表和 UN38.3 测试摘要', '리튬 배터리(9급): 안전보건자료(SDS)와 UN38.3 시험 요약서'),
    guidance: t('UN3480 Li-ion alone, UN3481 Li-ion with or in equipment, UN3090 Li-metal alone, UN3091 Li-metal with or in equipment.',
      'UN3480 单独锂离子电池，UN3481 与设备包装在一起或装在设备中的锂离子电池，UN3090 单独锂金属电池，UN3091 与设备包装在一起或装在设备中的锂金属电池。',
      'UN3480 리튬이온 단독, UN3481 장비와 함께 포장되거나 내장된 리튬이온, UN3090 리튬금속 단독, UN3091 장비와 함께 포장되거나 내장된 리튬금속.'),
  },
  {
    id: 'wood-ispm15', version: 1, category: 'compliance', severity: 'block', source: ['WPM-1'],
    goods: (g) => g.woodPackaging,
    title: t('Solid-wood packaging treated and marked to ISPM 15', '实木包装按 ISPM 15 处理并加施标识', '원목 포장재 ISPM 15 처리 및 마크'),
    guidance: t('IPPC symbol, ISO country code, producer code and HT or MB on two opposite sides; plywood and other processed wood are exempt.',
      '在两个相对面加施 IPPC 标志、ISO 国家代码、生产商代码和 HT 或 MB；胶合板等加工木材免除。',
      '마주 보는 두 면에 IPPC 마크, ISO 국가코드, 생산자 코드, HT 또는 MB 표시; 합판 등 가공목재는 면제.'),
  },
  {
    id: 'us-fda-prior-notice', version: 1, category: 'compliance', severity: 'block', source: ['US-2'],
    when: to('US'),
    goods: (g) => g.food,
    title: t('FDA prior notice before arrival', '到港前提交 FDA 预先通知', '도착 전 FDA 사전통지'),
    guidance: t('At least 2 h before arrival by road, 4 h by rail or air, 8 h by sea.',
      '至少提前：公路 2 小时，铁路或航空 4 小时，海运 8 小时。', '도착 최소 도로 2시간, 철도·항공 4시간, 해상 8시간 전.'),
  },
  {
    id: 'au-bmsb-season', version: 1, category: 'compliance', severity: 'warn', source: ['AU-1'], verify: true,
    when: to('AU'),
    season: { from: '09-01', to: '04-30' },
    title: t('BMSB season: check whether your goods need treatment', '褐纹蝽季节：确认货物是否需要处理', '갈색날개노린재(BMSB) 시즌: 처리 필요 여부 확인'),
    guidance: t('From 1 September to 30 April target goods from target countries need treatment; the lists change every season, so check the current ones.',
      '9 月 1 日至 4 月 30 日，来自目标国家的目标货物须处理；名单每季更新，请核对最新名单。',
      '9월 1일부터 4월 30일까지 대상 국가의 대상 물품은 처리가 필요합니다. 목록은 매 시즌 바뀌니 최신 목록을 확인하세요.'),
  },
  {
    id: 'jp-food-sanitation', version: 1, category: 'compliance', severity: 'warn', source: ['JP-1'], verify: true,
    when: to('JP'),
    goods: (g) => g.kitchenware,
    title: t('Japan: food-sanitation import notification for kitchenware', '日本：厨具须办理食品卫生进口申报', '일본: 주방용품 식품위생 수입신고'),
    guidance: t('Tableware, kitchen utensils and kitchen appliances need the notification under the Food Sanitation Act.',
      '餐具、厨房用具和厨房电器须按《食品卫生法》进行进口申报。', '식기, 주방 도구, 주방 가전은 식품위생법에 따른 수입신고가 필요합니다.'),
  },
];
