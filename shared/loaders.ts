// One set of DataLoaders per request, created lazily by name. Loaders never outlive the request, so no row is cached
// across requests or principals; each batch is one SQL statement however long the list that asked for it.
import DataLoader from 'dataloader';
import { UUID } from './ids';

export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>, cacheKey?: (key: K) => unknown): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { cacheKeyFn: cacheKey as ((key: K) => K) | undefined, maxBatchSize: 1000 });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** PostgreSQL reads a UUID in either case and returns it in lower case: match keys the same way. */
function same<K>(key: K): K {
  return (typeof key === 'string' && UUID.test(key) ? key.toLowerCase() : key) as K;
}

/** Orders the rows of one batch like its keys; a key with no row (absent or out of scope) gets null. */
export function alignByKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(same(keyOf(row)), row);
  return keys.map((k) => byKey.get(same(k)) ?? null);
}

/** Groups the rows of one batch by their parent key, in the keys' order. */
export function groupByKey<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = same(keyOf(row));
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(row);
  }
  return keys.map((k) => groups.get(same(k)) ?? []);
}
