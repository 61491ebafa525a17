// CJK faces for labels: Noto Sans SC and KR as web fonts cut into ~100 unicode-range slices of
// ~8 kB each (@fontsource). Chromium's PDF writer pays on every page for every font the page
// uses, in proportion to the font's size, so the system's CJK faces (4–20 MB; the CFF ones even
// become Type 3 fonts) cost about a second per 1,000 labels, while a label's few CJK characters
// come from two or three slices. A slice is downloaded only when its characters are laid out.
import scRegular from '@fontsource/noto-sans-sc/400.css?raw';
import scBold from '@fontsource/noto-sans-sc/700.css?raw';
import krRegular from '@fontsource/noto-sans-kr/400.css?raw';
import krBold from '@fontsource/noto-sans-kr/700.css?raw';

/** The slices' URLs in the build, by file name. */
const SLICE_URLS: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('../../../node_modules/@fontsource/noto-sans-{sc,kr}/files/noto-sans-*-[0-9]*-{400,700}-normal.woff2', { query: '?url', import: 'default', eager: true }) as Record<string, string>)
    .map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** The numbered (CJK) slices' rules; Latin, Cyrillic and Vietnamese come from the Latin faces. */
const FACE_RULE = /font-family: '([^']+)';[^}]*?font-weight: (\d+);[^}]*?url\(\.\/files\/(noto-sans-\w+-\d+-\d+-normal\.woff2)\)[^}]*?unicode-range: ([^;]+);/g;

let added = false;

/** Adds the slices to the document (once); the label stack names them before the system's CJK faces. */
export function addCjkFaces(): void {
  if (added) return;
  added = true;
  for (const css of [scRegular, scBold, krRegular, krBold]) {
    for (const [, family, weight, file, unicodeRange] of css.matchAll(FACE_RULE)) {
      const url = SLICE_URLS[file];
      if (!url) throw new Error(`label fonts: ${file} is not in the build`);
      document.fonts.add(new FontFace(family, `url(${url}) format('woff2')`, { weight, unicodeRange, display: 'block' }));
    }
  }
}
