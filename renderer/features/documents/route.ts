// Addresses of the export documents. The language is part of the address, so a Chinese packing
// list can be printed from an English UI and reopened as the same print.
import type { Language } from '../../i18n';

export const DOCUMENT_KINDS = ['invoice', 'packing-list'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_PRINT_PATH = '/print/:kind/:orderId';
export const documentPrintRoute = (kind: DocumentKind, orderId: string, language: Language) => `/print/${kind}/${orderId}?lang=${encodeURIComponent(language)}`;
export const isDocumentKind = (value: string | undefined): value is DocumentKind => (DOCUMENT_KINDS as readonly string[]).includes(value ?? '');
