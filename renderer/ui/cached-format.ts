/**
 * Remembers formatted strings. Each Intl call behind `formatDate`/`formatMoney` builds a
 * formatter, which is costly, and a virtual list re-renders the same cells on every
 * keystroke and scroll. Bounded: cleared when it reaches `max` entries.
 */
export function cachedFormat<A extends (string | number | undefined)[]>(format: (...args: A) => string, max = 10_000): (...args: A) => string {
  const cache = new Map<string, string>();
  return (...args) => {
    const key = args.join('\u0000');
    let text = cache.get(key);
    if (text === undefined) {
      if (cache.size >= max) cache.clear();
      text = format(...args);
      cache.set(key, text);
    }
    return text;
  };
}
