import { describe, expect, it } from 'vitest';
import { rowWindow } from './row-window';

describe('rowWindow', () => {
  it('renders the rows in view plus the overscan, spacers making up the full height', () => {
    // 100k rows of 41 px, 410 px viewport (10 rows), scrolled to row 5000.
    const w = rowWindow(5000, 410, 41, 100_000, 4);
    expect(w).toEqual({ first: 4996, end: 5014, above: 4996 * 41, below: (100_000 - 5014) * 41 });
    expect(w.above + (w.end - w.first) * 41 + w.below).toBe(100_000 * 41);
  });

  it('clamps at the top, at the bottom and when the list shrank below the scroll position', () => {
    expect(rowWindow(0, 410, 41, 100_000, 4)).toMatchObject({ first: 0, end: 14, above: 0 });
    expect(rowWindow(99_995, 410, 41, 100_000, 4)).toMatchObject({ first: 99_991, end: 100_000, below: 0 });
    expect(rowWindow(5000, 410, 41, 3, 4)).toEqual({ first: 0, end: 3, above: 0, below: 0 });
    expect(rowWindow(5000, 410, 41, 0, 4)).toEqual({ first: 0, end: 0, above: 0, below: 0 });
  });
});
