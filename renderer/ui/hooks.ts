import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';

/** The UI language, for Intl formatting. */
export function useLanguage(): Language {
  return useTranslation().i18n.language as Language;
}

/** Window height, for components (virtual tables) that need a fixed pixel height. */
export function useViewportHeight(): number {
  const [height, setHeight] = useState(() => globalThis.innerHeight ?? 800);
  useEffect(() => {
    const onResize = () => setHeight(window.innerHeight);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/**
 * `value` once it has stayed the same for `ms`: for work that should follow what the user
 * settles on, not every keystroke on the way there. The first value is taken at once.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
