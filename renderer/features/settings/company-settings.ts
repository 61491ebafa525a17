// Company settings of this machine: the GS1 numbering (company prefix + extension digit), the
// shipper printed on labels, the LCL threshold of the consolidation planner, the default
// printer per label type and the resolution of each printer that takes ZPL. Kept in localStorage (a per-installation preference, not a synced
// business row); every read is validated, so a damaged value falls back to the defaults.
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { checkGs1Settings, SsccError, type Gs1Settings } from '../../../shared/documents/sscc';
import { LABEL_KINDS, type LabelKind } from '../../../shared/documents/labels';
import { party, type Party } from '../../../shared/domain/shipment';

export const SETTINGS_STORAGE_KEY = 'supplier-console.company-settings';
export const DEFAULT_LCL_BELOW_CBM = '15';

const stored = z.object({
  gs1: z.object({ companyPrefix: z.string(), extensionDigit: z.number().int() }).nullable().catch(null),
  shipper: party.nullable().catch(null),
  lclBelowCbm: z.string().regex(/^\d{1,4}(\.\d{1,3})?$/).catch(DEFAULT_LCL_BELOW_CBM),
  printers: z.record(z.string(), z.string()).catch({}),
  /** Printer system name → the dpi its last ZPL job was sent at. */
  zplDpi: z.record(z.string(), z.union([z.literal(203), z.literal(300)])).catch({}),
});
export type CompanySettings = z.infer<typeof stored>;
const DEFAULTS: CompanySettings = { gs1: null, shipper: null, lclBelowCbm: DEFAULT_LCL_BELOW_CBM, printers: {}, zplDpi: {} };

/** Parsed once per storage; every save replaces it. */
const cache = new WeakMap<Storage, CompanySettings>();
const listeners = new Set<() => void>();

export function loadCompanySettings(storage: Storage = window.localStorage): CompanySettings {
  let settings = cache.get(storage);
  if (settings) return settings;
  try {
    const raw = storage.getItem(SETTINGS_STORAGE_KEY);
    settings = raw ? stored.parse({ ...DEFAULTS, ...JSON.parse(raw) }) : DEFAULTS;
  } catch {
    settings = DEFAULTS;
  }
  cache.set(storage, settings);
  return settings;
}

/** Saves a change. A GS1 prefix or extension digit that is not valid is refused with its SsccError (code = `labels:` key). */
export function saveCompanySettings(change: Partial<CompanySettings>, storage: Storage = window.localStorage): CompanySettings {
  const next = { ...loadCompanySettings(storage), ...change };
  if (change.gs1) checkGs1Settings(change.gs1);
  if (change.shipper) party.parse(change.shipper);
  storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
  cache.set(storage, next);
  listeners.forEach((l) => l());
  return next;
}

export function useCompanySettings(): CompanySettings {
  return useSyncExternalStore((l) => { listeners.add(l); return () => listeners.delete(l); }, () => loadCompanySettings());
}

/** The GS1 settings, or the `labels:` i18n key of why SSCCs cannot be assigned yet. */
export function gs1Of(settings: CompanySettings): Gs1Settings | { error: string } {
  if (!settings.gs1) return { error: 'shipments:sscc.noSettings' };
  try {
    checkGs1Settings(settings.gs1);
    return settings.gs1;
  } catch (e) {
    return { error: e instanceof SsccError ? `labels:${e.code}` : String(e) };
  }
}

export function defaultPrinter(settings: CompanySettings, kind: LabelKind): string | undefined {
  return settings.printers[kind];
}

export const PRINTER_KINDS = LABEL_KINDS;
export type { Party };
