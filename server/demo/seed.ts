// `--demo`: a housewares exporter in Ningbo with two sales users, a catalog of a few hundred
// products, buyers on four continents and a few RFQs from the marketplace. Deterministic, so
// every demo looks the same; seeded only when the tenant does not exist yet.
import { v7 as uuidv7 } from 'uuid';
import type { DbHandle } from '../db';
import { createTenant, PLATFORM_USER } from '../platform/routes';
import { writeRow } from '../sync/rows';
import { inTenantTx } from '../sync/tenant-tx';
import { mul, roundTo } from '../../shared/money/decimal';

export const DEMO_TENANT = 'Ningbo Brightway Housewares Co., Ltd.';
export const DEMO_PASSWORD = 'demo-sales-2026';
export const DEMO_USERS = [
  { email: 'lin.wei@brightway.demo', name: 'Lin Wei', role: 'admin' as const, password: DEMO_PASSWORD },
  { email: 'park.jiyoon@brightway.demo', name: 'Park Ji-yoon', role: 'sales' as const, password: DEMO_PASSWORD },
];

type Family = {
  code: string; name: string; zh: string; ko: string; hs: string; unit: 'pcs' | 'set';
  price: string; moq: number; perCarton: number; carton: [string, string, string]; kg: string;
  variants: [string, string, string][]; sizes: string[]; flags?: { containsLithium?: boolean; lithiumType?: 'ion'; woodPackaging?: boolean; food?: boolean; kitchenware?: boolean };
};

const COLORS: [string, string, string][] = [['Black', '黑色', '블랙'], ['White', '白色', '화이트'], ['Grey', '灰色', '그레이'], ['Sage Green', '鼠尾草绿', '세이지 그린'], ['Navy', '藏青色', '네이비']];

const FAMILIES: Family[] = [
  { code: 'SSB', name: 'Stainless steel water bottle', zh: '不锈钢保温水瓶', ko: '스테인리스 보온병', hs: '9617001000', unit: 'pcs', price: '2.85', moq: 500, perCarton: 50, carton: ['52.00', '42.00', '30.00'], kg: '0.32', variants: COLORS, sizes: ['350ml', '500ml', '750ml', '1000ml'], flags: { kitchenware: true } },
  { code: 'BCB', name: 'Bamboo cutting board', zh: '竹制砧板', ko: '대나무 도마', hs: '4419900000', unit: 'pcs', price: '1.95', moq: 300, perCarton: 20, carton: ['46.00', '32.00', '28.00'], kg: '0.85', variants: [['Natural', '原色', '내추럴'], ['Carbonized', '碳化色', '탄화']], sizes: ['S', 'M', 'L', 'XL'], flags: { kitchenware: true, woodPackaging: true } },
  { code: 'SCP', name: 'Silicone collapsible food container', zh: '硅胶折叠保鲜盒', ko: '실리콘 접이식 밀폐용기', hs: '3924100000', unit: 'set', price: '3.40', moq: 200, perCarton: 24, carton: ['60.00', '40.00', '35.00'], kg: '0.45', variants: COLORS, sizes: ['3-piece', '4-piece', '5-piece'], flags: { kitchenware: true } },
  { code: 'CKP', name: 'Ceramic non-stick frying pan', zh: '陶瓷不粘煎锅', ko: '세라믹 논스틱 프라이팬', hs: '7323990000', unit: 'pcs', price: '6.20', moq: 300, perCarton: 10, carton: ['58.00', '32.00', '45.00'], kg: '1.10', variants: COLORS.slice(0, 3), sizes: ['20cm', '24cm', '28cm', '30cm'], flags: { kitchenware: true } },
  { code: 'LED', name: 'Rechargeable LED desk lamp', zh: '充电式LED台灯', ko: '충전식 LED 스탠드', hs: '9405210000', unit: 'pcs', price: '7.80', moq: 200, perCarton: 12, carton: ['55.00', '38.00', '40.00'], kg: '0.75', variants: COLORS.slice(0, 2), sizes: ['3W', '5W', '8W'], flags: { containsLithium: true, lithiumType: 'ion' } },
  { code: 'GLJ', name: 'Borosilicate glass storage jar', zh: '高硼硅玻璃储物罐', ko: '내열유리 보관용기', hs: '7013490000', unit: 'pcs', price: '1.25', moq: 600, perCarton: 36, carton: ['50.00', '40.00', '30.00'], kg: '0.40', variants: [['Bamboo lid', '竹盖', '대나무 뚜껑'], ['Steel lid', '钢盖', '스틸 뚜껑']], sizes: ['500ml', '800ml', '1200ml', '1800ml'], flags: { food: false, kitchenware: true } },
  { code: 'TWL', name: 'Cotton bath towel', zh: '纯棉浴巾', ko: '면 목욕 타월', hs: '6302600000', unit: 'pcs', price: '2.10', moq: 1000, perCarton: 40, carton: ['60.00', '45.00', '40.00'], kg: '0.45', variants: COLORS, sizes: ['70x140', '80x160', '90x180'] },
  { code: 'SPR', name: 'Spice rack organizer', zh: '调料收纳架', ko: '양념통 정리대', hs: '7323930000', unit: 'pcs', price: '4.60', moq: 300, perCarton: 12, carton: ['48.00', '36.00', '42.00'], kg: '1.30', variants: COLORS.slice(0, 3), sizes: ['2-tier', '3-tier'], flags: { kitchenware: true } },
  { code: 'LBX', name: 'Bento lunch box', zh: '便当饭盒', ko: '도시락통', hs: '3924100000', unit: 'pcs', price: '1.80', moq: 500, perCarton: 48, carton: ['62.00', '42.00', '38.00'], kg: '0.28', variants: COLORS, sizes: ['1-layer', '2-layer', '3-layer'], flags: { kitchenware: true } },
  { code: 'KNF', name: 'Kitchen knife set with block', zh: '厨房刀具套装', ko: '주방 칼 세트', hs: '8211910000', unit: 'set', price: '9.90', moq: 200, perCarton: 6, carton: ['45.00', '38.00', '40.00'], kg: '2.20', variants: [['Walnut block', '胡桃木座', '월넛 블록'], ['Acacia block', '相思木座', '아카시아 블록']], sizes: ['5-piece', '7-piece', '9-piece'], flags: { kitchenware: true, woodPackaging: true } },
];

const TAGS = ['bestseller', 'new-2026', 'eco', 'amazon-ready', 'gift-box'];

/** Deterministic pseudo-random in [0,1) so the demo is the same on every machine. */
function seeded(n: number): number {
  const x = Math.sin(n * 9301 + 49297) * 233280;
  return x - Math.floor(x);
}

export function demoProducts(): Record<string, unknown>[] {
  const products: Record<string, unknown>[] = [];
  let n = 0;
  for (const family of FAMILIES) {
    family.sizes.forEach((size, sizeIndex) => {
      for (const [color, zhColor, koColor] of family.variants) {
        for (const finish of ['', '-P']) { // plain carton vs printed gift box
          n += 1;
          // Bigger sizes cost 18 % more per step, the gift box 12 %; weights grow 25 % per size.
          const price = roundTo(mul(mul(family.price, 100 + sizeIndex * 18 + (finish ? 12 : 0)), '0.01'), 2);
          const moq = family.moq;
          const net = roundTo(mul(mul(family.kg, family.perCarton), mul(100 + sizeIndex * 25, '0.01')), 3);
          products.push({
            sku: `BW-${family.code}-${String(sizeIndex + 1).padStart(2, '0')}${color.slice(0, 2).toUpperCase()}${finish}`,
            name: `${family.name}, ${size}, ${color}${finish ? ', gift box' : ''}`,
            localizedNames: { 'zh-CN': `${family.zh} ${size} ${zhColor}${finish ? ' 礼盒装' : ''}`, ko: `${family.ko} ${size} ${koColor}${finish ? ' 선물 포장' : ''}` },
            unit: family.unit,
            moq,
            currency: 'USD',
            priceTiers: [
              { minQty: moq, unitPrice: price },
              { minQty: moq * 4, unitPrice: roundTo(mul(price, '0.94'), 2) },
              { minQty: moq * 10, unitPrice: roundTo(mul(price, '0.89'), 2) },
            ],
            hsCode: family.hs,
            originCountry: 'CN',
            leadTimeDays: 20 + Math.floor(seeded(n) * 25),
            unitsPerCarton: family.perCarton,
            lengthCm: family.carton[0], widthCm: family.carton[1], heightCm: family.carton[2],
            grossWeightKg: roundTo(mul(net, '1.08'), 3),
            netWeightKg: net,
            containsLithium: family.flags?.containsLithium ?? false,
            lithiumType: family.flags?.lithiumType ?? null,
            woodPackaging: family.flags?.woodPackaging ?? false,
            food: family.flags?.food ?? false,
            kitchenware: family.flags?.kitchenware ?? false,
            notes: '',
            tags: seeded(n + 7) < 0.3 ? [TAGS[Math.floor(seeded(n + 11) * TAGS.length)]] : [],
            status: seeded(n + 3) < 0.06 ? 'draft' : 'active',
          });
        }
      }
    });
  }
  return products;
}

const BUYERS: [string, string, string, string, string][] = [
  ['Hausfreude Handels GmbH', 'DE', 'Jonas Becker', 'Hamburg', 'HAUSFREUDE HH'],
  ['Maison Claire SARL', 'FR', 'Camille Laurent', 'Lyon', 'MC LYON'],
  ['Northwind Home Ltd', 'GB', 'Olivia Hughes', 'Manchester', 'NWH'],
  ['Casa Verde Distribuciones S.L.', 'ES', 'Lucía Romero', 'Valencia', 'CASAVERDE'],
  ['Kitchen Republic LLC', 'US', 'Ethan Miller', 'Chicago', 'KR-CHI'],
  ['Pacific Living Pty Ltd', 'AU', 'Chloe Nguyen', 'Sydney', 'PACLIV SYD'],
  ['Kurashi Trading K.K.', 'JP', 'Haruto Sato', 'Osaka', 'KURASHI'],
  ['Hanul Living Co., Ltd.', 'KR', 'Kim Min-jun', 'Busan', 'HANUL'],
  ['Nordisk Hjem AS', 'NO', 'Ingrid Larsen', 'Oslo', 'NH OSLO'],
  ['Dom i Kuchnia Sp. z o.o.', 'PL', 'Piotr Nowak', 'Gdańsk', 'DIK GDN'],
  ['Al Noor Household Trading LLC', 'AE', 'Omar Haddad', 'Dubai', 'ALNOOR DXB'],
  ['Casa Bella Importadora Ltda', 'BR', 'Mariana Souza', 'Santos', 'CBI SANTOS'],
  ['Maple Home Goods Inc.', 'CA', 'Liam Tremblay', 'Vancouver', 'MAPLE YVR'],
  ['Huis & Haard B.V.', 'NL', 'Daan de Vries', 'Rotterdam', 'H&H RTM'],
  ['Cucina Viva S.r.l.', 'IT', 'Giulia Bianchi', 'Genoa', 'CUCINAVIVA'],
];

/** "Lucía" → "lucia": e-mail addresses of the demo stay ASCII. */
const ascii = (text: string) => text.normalize('NFD').toLowerCase().replace(/[^a-z]/g, '');

export function demoBuyers(): Record<string, unknown>[] {
  return BUYERS.map(([company, country, contactName, city, mark]) => ({
    company, country,
    contacts: [{ name: contactName, email: `${ascii(contactName.split(' ')[0])}@${ascii(company.split(' ')[0])}.example`, phone: '', role: 'Purchasing' }],
    addresses: [{ kind: 'shipping', line1: 'Harbour Road 1', line2: '', city, region: '', postalCode: '', country }],
    eori: country === 'GB' ? 'GB123456789000' : ['DE', 'FR', 'ES', 'PL', 'NL', 'IT'].includes(country) ? `${country}1234567890` : '',
    vatId: '', buyerMark: mark, notes: '', status: 'active',
  }));
}

const RFQS = [
  { buyer: { company: 'Greenleaf Retail Ltd', country: 'GB', contact: 'Amelia Clarke', email: 'amelia@greenleaf.example' }, productQuery: 'Insulated stainless steel bottles 500ml, custom logo', quantity: 3000, unit: 'pcs', targetPrice: '2.60', currency: 'USD', incoterm: 'FOB', destinationPort: 'Felixstowe', message: 'Need powder-coated colours and laser logo. Sample before order.' },
  { buyer: { company: 'Sakura Zakka Co.', country: 'JP', contact: 'Yui Tanaka', email: 'yui@sakurazakka.example' }, productQuery: 'Bamboo cutting boards, 3 sizes', quantity: 1200, unit: 'pcs', currency: 'USD', incoterm: 'CIF', destinationPort: 'Tokyo', message: 'Food-sanitation test report required for Japan.' },
  { buyer: { company: 'Outback Camping Supplies', country: 'AU', contact: 'Jack Wilson', email: 'jack@outbackcamping.example' }, productQuery: 'Rechargeable LED lamps with Li-ion battery', quantity: 800, unit: 'pcs', targetPrice: '7.20', currency: 'USD', incoterm: 'CFR', destinationPort: 'Melbourne', message: 'Sea freight only. Please advise DG handling.' },
  { buyer: { company: 'Kuchnia Plus', country: 'PL', contact: 'Anna Kowalska', email: 'anna@kuchniaplus.example' }, productQuery: 'Silicone collapsible containers 4-piece sets', quantity: 2000, unit: 'set', currency: 'EUR', incoterm: 'FCA', destinationPort: 'Gdańsk', message: '' },
];

/** Seeds the demo company unless it exists. Returns true when it seeded. */
export async function seedDemo(handle: DbHandle, now = new Date()): Promise<boolean> {
  const existing = await handle.db.selectFrom('tenants').select('id').where('name', '=', DEMO_TENANT).executeTakeFirst();
  if (existing) return false;
  const { tenant, users } = await createTenant(handle, { name: DEMO_TENANT, users: DEMO_USERS }, now);
  const author = { userId: users[0].id, clientId: null };
  await inTenantTx(handle, tenant.id, now, async (tx) => {
    for (const data of demoProducts()) await writeRow(tx, undefined, { entity: 'products', id: uuidv7(), data, deleted: false }, author);
    for (const data of demoBuyers()) await writeRow(tx, undefined, { entity: 'buyers', id: uuidv7(), data, deleted: false }, author);
    for (const rfq of RFQS) {
      await writeRow(tx, undefined, { entity: 'rfqs', id: uuidv7(), data: { ...rfq, status: 'new', receivedAt: tx.now, source: 'platform' }, deleted: false }, { userId: PLATFORM_USER, clientId: null });
    }
  });
  return true;
}
