// What every print route shares: marking the page ready for the printer once its data and fonts
// are in, and the A4 document stylesheet (quotation, commercial invoice, packing list).
import { useEffect } from 'react';
import { PRINT_READY_ATTRIBUTE } from '../../shared/ipc/desktop-api';

/**
 * Sets the print-ready attribute once `content` (what the page shows) is loaded and the fonts
 * are in; the print paths (Electron, the browser's dialog, page.pdf in tests) wait for it. New
 * content clears it until that content has been laid out.
 */
export function usePrintReady(content: unknown): void {
  useEffect(() => {
    document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE);
    if (content === undefined || content === null) return;
    let current = true;
    // Laying the page out now starts the downloads of the web fonts (and unicode-range slices) its
    // text needs, so that `fonts.ready` waits for them too.
    void document.body.offsetHeight;
    void document.fonts.ready.then(() => { if (current) document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, 'true'); });
    return () => { current = false; };
  }, [content]);
}

/** The CJK-capable font stack of printed documents (Noto is what Debian and the fonts package give). */
export const PRINT_FONT_STACK = '"Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK KR", sans-serif';

/** An A4 document scoped to `.${scope}`: page box, font, tables with right-aligned numbers. */
export function a4DocumentCss(scope: string, look: { marginMm: number; widthMm: number; fontPt: number; titlePt: number }): string {
  return `
@page { size: A4; margin: ${look.marginMm}mm; }
html, body { background: #fff; }
.${scope} { font-family: ${PRINT_FONT_STACK}; font-size: ${look.fontPt}pt; color: #111; width: ${look.widthMm}mm; margin: 0 auto; }
.${scope} h1 { font-size: ${look.titlePt}pt; margin: 0 0 3mm; }
.${scope} table { width: 100%; border-collapse: collapse; margin: 3mm 0; }
.${scope} th, .${scope} td { padding: 1.2mm; text-align: left; vertical-align: top; }
.${scope} .num { text-align: right; white-space: nowrap; }
`;
}
