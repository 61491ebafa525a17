/**
 * Resolves once the next frame has painted (where there are no frames, as in unit tests: on
 * the next macrotask). For work that must not delay what is about to appear on screen.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof globalThis.requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}
