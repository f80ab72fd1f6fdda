// One random stream per seeded entity, named by (seed, kind, index): any table can regenerate any entity on its own,
// in any order, and get the same values, so nothing has to be kept in memory between tables.
import { createRng, type Rng } from './random';

export function entityRng(seed: string, kind: string, index: number | string): Rng {
  return createRng(`${seed}|${kind}|${index}`);
}
