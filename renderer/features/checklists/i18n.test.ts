// The checklist and document bundles carry the same keys in en, zh-CN and ko, and every key the
// shared models hand to them (document differences, missing invoice fields, item states) exists.
import { describe, expect, it } from 'vitest';
import { ITEM_STATUSES } from '../../../shared/checklists/order-facts';
import { CATEGORIES, SEVERITIES } from '../../../shared/checklists/rules';
import { REFUND_EVIDENCE } from '../../../shared/checklists/readiness';
import { LANGUAGES } from '../../i18n';
import { documents } from '../documents/i18n';
import { checklists } from './i18n';

function keys(bundle: unknown, prefix = ''): string[] {
  return Object.entries(bundle as Record<string, unknown>).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`])).sort();
}
const get = (bundle: unknown, path: string) => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], bundle);

describe('checklist and document texts', () => {
  for (const [name, bundle] of Object.entries({ checklists, documents })) {
    it(`${name}: every language has the same keys, none empty`, () => {
      for (const lng of LANGUAGES) {
        expect(keys(bundle[lng])).toEqual(keys(bundle.en));
        expect(keys(bundle[lng]).filter((k) => get(bundle[lng], k) === '')).toEqual([]);
      }
    });
  }

  it('names every group, severity, status and refund evidence; every difference and missing field', () => {
    for (const lng of LANGUAGES) {
      for (const c of CATEGORIES) expect(get(checklists[lng], `groups.${c}`)).toBeTruthy();
      for (const s of SEVERITIES) expect(get(checklists[lng], `severity.${s}`)).toBeTruthy();
      for (const s of ITEM_STATUSES) expect(get(checklists[lng], `status.${s}`)).toBeTruthy();
      for (const e of REFUND_EVIDENCE) expect(get(checklists[lng], `refund.evidence.${e}`)).toBeTruthy();
      for (const d of ['noParcels', 'quantity', 'unknownLine', 'grossBelowNet', 'cartonCount', 'cartonNumbers']) expect(get(documents[lng], `diff.${d}`)).toBeTruthy();
      for (const f of ['exporterAddress', 'exporterTaxId', 'consigneeAddress', 'paymentTerms', 'hsCode', 'origin', 'weights']) expect(get(documents[lng], `fields.${f}`)).toBeTruthy();
    }
  });
});
