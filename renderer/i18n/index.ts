// i18next setup. Each feature ships its strings as a bundle per language in
// `features/<name>/i18n.ts` and app/ registers them; `common` holds shared words and the
// validation messages whose keys come from shared/domain.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { common } from './common';

export const LANGUAGES = ['en', 'zh-CN', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Bundle = Record<string, unknown>;
export type LocalizedBundle = Record<Language, Bundle>;

/** The language a document is printed in: its `lang` parameter when valid, else English. */
export function documentLanguage(value: string | null): Language {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'en';
}

const LANGUAGE_KEY = 'supplier-console.language';

export function initialLanguage(stored: string | null = readStoredLanguage(), preferred: readonly string[] = navigatorLanguages()): Language {
  if (stored && (LANGUAGES as readonly string[]).includes(stored)) return stored as Language;
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (tag.toLowerCase().startsWith('ko')) return 'ko';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

function readStoredLanguage(): string | null {
  try { return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null; } catch { return null; }
}

function navigatorLanguages(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}

export function setupI18n(namespaces: Record<string, LocalizedBundle>, language: Language = initialLanguage()) {
  const resources: Record<string, Record<string, Bundle>> = {};
  for (const lng of LANGUAGES) {
    resources[lng] = { common: common[lng] };
    for (const [ns, bundle] of Object.entries(namespaces)) resources[lng][ns] = bundle[lng];
  }
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: ['common', ...Object.keys(namespaces)],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  try { globalThis.localStorage?.setItem(LANGUAGE_KEY, language); } catch { /* private mode: still switch */ }
  await i18next.changeLanguage(language);
  if (globalThis.document) document.documentElement.lang = language;
}

export { i18next };
