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
