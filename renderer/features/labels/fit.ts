// Whether every label's text fits on its label. An address or a field too long for the label
// would otherwise run under the barcodes of a GS1 label or past the page's edge, where the page
// clips it: a label that silently lacks part of its destination.
//
// Labels whose text differs only in digits lay out alike (the label faces' digits are all one
// width, and a barcode's width follows its number of digits), so one label of each such kind is
// measured: a handful of layouts for a 1,000-label print, not 1,000.

/**
 * A label that does not fit: its content overflows it, or runs into its barcodes. Measured with
 * its page shown: a page off screen is skipped (`content-visibility: auto`), and its overflow
 * can still be that of an earlier layout (seen after printing another size).
 */
function overflows(label: HTMLElement): boolean {
  const page = label.closest<HTMLElement>('.label-page') ?? label;
  const before = page.style.contentVisibility;
  page.style.contentVisibility = 'visible';
  try {
    return overflowsLaidOut(label);
  } finally {
    page.style.contentVisibility = before;
  }
}

function overflowsLaidOut(label: HTMLElement): boolean {
  if (label.scrollHeight > label.clientHeight + 1 || label.scrollWidth > label.clientWidth + 1) return true;
  // The GS1 label's symbols sit on its bottom edge, over the blocks that flow from the top.
  const barcodes = label.querySelector('.label-barcodes');
  const above = barcodes?.previousElementSibling;
  return !!barcodes && !!above && above.getBoundingClientRect().bottom > barcodes.getBoundingClientRect().top + 0.5;
}

/** The first label under `root`, in print order, whose text does not fit; null when all fit. */
export function firstLabelThatOverflows(root: ParentNode): HTMLElement | null {
  const measured = new Map<string, boolean>();
  for (const label of root.querySelectorAll<HTMLElement>('.label')) {
    const kind = `${label.className}|${label.style.cssText}|${(label.textContent ?? '').replace(/\d/g, '0')}`;
    let result = measured.get(kind);
    if (result === undefined) {
      result = overflows(label);
      measured.set(kind, result);
    }
    if (result) return label;
  }
  return null;
}

/**
 * As `firstLabelThatOverflows`, measured once the fonts the labels use are in: measuring lays
 * out labels not yet laid out, which may start loading more of the CJK slices.
 */
export async function labelThatOverflowsOnceFontsAreIn(root: ParentNode): Promise<HTMLElement | null> {
  for (;;) {
    const label = firstLabelThatOverflows(root);
    if (document.fonts.status === 'loaded') return label;
    await document.fonts.ready;
  }
}
