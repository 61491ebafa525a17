// Bridges the zod schemas (via the repository's ValidationError or a live parse) and antd
// forms: one set of rules, messages translated from their `validation.*` keys.
import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { TFunction } from 'i18next';
import type { FieldErrors } from '../../shared/domain/common';

export type NamePath = (string | number)[];

/** `"priceTiers.1.minQty"` → `['priceTiers', 1, 'minQty']` (Form.List indexes are numbers). */
export function toNamePath(path: string): NamePath {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

export const translateKey = (t: TFunction, key: string) => t(`common:${key}`);

/**
 * Shows `errors` on their fields. Paths with no field on the form (a whole-list rule, a
 * missing record) are returned, translated, for the caller to show above the form.
 */
export function applyFieldErrors(form: FormInstance, errors: FieldErrors, t: TFunction): string[] {
  const registered = new Set(form.getFieldsError().map((f) => f.name.join('.')));
  const elsewhere: string[] = [];
  const onFields = Object.entries(errors).flatMap(([path, key]) => {
    if (registered.has(path)) return [{ name: toNamePath(path), errors: [translateKey(t, key)] }];
    elsewhere.push(translateKey(t, key));
    return [];
  });
  form.setFields(onFields);
  return elsewhere;
}

/** A form rule that reports the schema's message for `path`, so typing validates with the same rules as saving. */
export function schemaRule(errorsNow: () => FieldErrors, path: string, t: TFunction): Rule {
  return {
    validator: async () => {
      const key = errorsNow()[path];
      if (key) throw new Error(translateKey(t, key));
    },
  };
}

/** Re-checks every field the user has touched: cross-field rules (first tier = MOQ) change with other fields. */
export function revalidateTouched(form: FormInstance): void {
  const touched = form.getFieldsError().map((f) => f.name).filter((name) => form.isFieldTouched(name));
  if (touched.length > 0) form.validateFields(touched).catch(() => { /* shown on the fields */ });
}
