export { placeName } from '../dataset/lookup';

/**
 * A record an event refers to. The dataset is validated before export, so a missing one is a
 * bug in the caller (an export built from a partial dataset), and it should fail loudly.
 */
export function requireRecord<K, V>(map: ReadonlyMap<K, V>, key: K, what: string, owner: string): V {
  const record = map.get(key);
  if (record === undefined) throw new Error(`${owner} refers to an unknown ${what}: ${String(key)}`);
  return record;
}

/** Unique values in first-seen order. */
export function uniqueOf<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}
