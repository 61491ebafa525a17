import { describe, expect, it } from 'vitest';
import { gs1Of, loadCompanySettings, saveCompanySettings, SETTINGS_STORAGE_KEY } from './company-settings';

function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() { return data.size; }, clear: () => data.clear(), key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k),
  };
}

describe('company settings', () => {
  it('refuses an invalid GS1 prefix with its reason and keeps the previous settings', () => {
    const storage = memoryStorage();
    saveCompanySettings({ gs1: { companyPrefix: '0614141', extensionDigit: 3 } }, storage);
    expect(() => saveCompanySettings({ gs1: { companyPrefix: '9771234', extensionDigit: 0 } }, storage)).toThrow(expect.objectContaining({ code: 'sscc.prefixRestricted' }));
    expect(loadCompanySettings(storage).gs1).toEqual({ companyPrefix: '0614141', extensionDigit: 3 });
    expect(JSON.parse(storage.getItem(SETTINGS_STORAGE_KEY)!).gs1.companyPrefix).toBe('0614141');
  });

  it('says why SSCCs cannot be made without settings, and falls back to defaults from damaged storage', () => {
    const settings = loadCompanySettings(memoryStorage({ [SETTINGS_STORAGE_KEY]: '{"gs1": 5, "lclBelowCbm": "lots", "printers": {"gs1": "Zebra"}, "zplDpi": {"Zebra": 600}}' }));
    expect(settings).toMatchObject({ gs1: null, lclBelowCbm: '15', printers: { gs1: 'Zebra' }, zplDpi: {} });
    expect(gs1Of(settings)).toEqual({ error: 'shipments:sscc.noSettings' });
    expect(gs1Of({ ...settings, gs1: { companyPrefix: '06141', extensionDigit: 1 } })).toEqual({ error: 'labels:sscc.prefixLength' });
  });
});
