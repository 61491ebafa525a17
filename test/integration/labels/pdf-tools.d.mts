export interface PdfInfo { pages: number; widthMm: number; heightMm: number }
export interface DecodedSymbol { type: string; data: string }
export interface PdfWord { text: string; heightMm: number }
export function pdfInfo(pdf: string): PdfInfo;
export function pdfFonts(pdf: string): { name: string; type: string }[];
export function decodePage(pdf: string, page: number, dpi?: number): DecodedSymbol[];
export function decodeImage(png: string): DecodedSymbol[];
export function pageText(pdf: string, page: number): string;
export function pageWords(pdf: string, page: number): PdfWord[];
export function seedScript(): string;
