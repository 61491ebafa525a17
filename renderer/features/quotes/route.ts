// Addresses of the quotation pages. The document route carries its language, so a PDF in
// Chinese can be made from an English UI (and support can reopen the same print).
import type { Language } from '../../i18n';

export const QUOTE_PAGE = '/quotes';
export const QUOTE_PRINT_PATH = '/print/quote/:id';

export const quotePrintRoute = (id: string, language: Language) => `/print/quote/${id}?lang=${encodeURIComponent(language)}`;

