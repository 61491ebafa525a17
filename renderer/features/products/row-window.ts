// Which rows of a long fixed-row-height list to render for a scroll position.

export interface RowWindow {
  /** First rendered row (inclusive) and end (exclusive). */
  first: number;
  end: number;
  /** Heights of the spacers standing in for the rows above and below the window, in px. */
  above: number;
  below: number;
}

/**
 * `overscan` extra rows on each side, so a fast scroll does not show blank space before the
 * next render. The scroll position may lie past the end of a list that just shrank.
 */
export function rowWindow(scrollRow: number, viewportPx: number, rowPx: number, total: number, overscan: number): RowWindow {
  const first = Math.max(0, Math.min(scrollRow, total - 1) - overscan);
  const end = Math.min(total, Math.max(first, scrollRow) + Math.ceil(viewportPx / rowPx) + overscan);
  return { first, end, above: first * rowPx, below: (total - end) * rowPx };
}
