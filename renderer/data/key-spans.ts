// Chromium's IndexedDB answers every get, put and delete as a request of its own, so reading or
// deleting a push batch row by row costs a round of requests per row. The rows of one batch or
// pull page are often neighbours by key (edited in list order, synced in order): then one key
// range read or delete does the same work in one or two requests. Where the range holds many
// other rows, the row-by-row way is kept.
import { cmp, type IndexableType, type Table } from 'dexie';

/** Below this many keys the row-by-row requests cost too little to matter. */
const MIN_KEYS = 16;

const keyString = (key: IndexableType): string => (Array.isArray(key) ? key.join('\u0000') : String(key));

function span<K extends IndexableType>(keys: readonly K[]): [K, K] {
  let low = keys[0];
  let high = keys[0];
  for (const key of keys) {
    if (cmp(key, low) < 0) low = key;
    if (cmp(key, high) > 0) high = key;
  }
  return [low, high];
}

/** `table.bulkGet(keys)`, as one range read when the keys' range holds at most as many other rows. */
export async function bulkGetNear<T, K extends IndexableType>(table: Table<T, K>, keys: readonly K[], keyOf: (row: T) => K): Promise<(T | undefined)[]> {
  if (keys.length < MIN_KEYS) return table.bulkGet([...keys]);
  const [low, high] = span(keys);
  const range = table.where(':id').between(low, high, true, true);
  if ((await range.count()) > keys.length * 2) return table.bulkGet([...keys]);
  const byKey = new Map((await range.toArray()).map((row) => [keyString(keyOf(row)), row]));
  return keys.map((key) => byKey.get(keyString(key)));
}

/** `table.bulkDelete(keys)`, as one range delete when nothing else lies in the keys' range. */
export async function bulkDeleteNear<T, K extends IndexableType>(table: Table<T, K>, keys: readonly K[]): Promise<void> {
  if (keys.length < MIN_KEYS) return table.bulkDelete([...keys]);
  const [low, high] = span(keys);
  const range = table.where(':id').between(low, high, true, true);
  const mine = new Set(keys.map(keyString));
  const inRange = await range.clone().limit(mine.size + 1).primaryKeys();
  if (inRange.length > mine.size || inRange.some((key) => !mine.has(keyString(key)))) return table.bulkDelete([...keys]);
  await range.delete();
}
