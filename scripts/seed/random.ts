// Deterministic randomness for seed data: the same seed string yields the same data on every machine and run, so a
// seeded database can be rebuilt exactly and tests can name the rows they expect. Math.random is never used.
//
// Generator: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic PRNG, 128-bit state), seeded from the string through
// the cyrb128 hash. Both are public-domain, fast in JavaScript (32-bit integer ops only) and pass PractRand far
// beyond what seeding needs. Floating-point helpers use V8's fdlibm-based Math.exp/log/cos, identical across platforms.

export interface WeightedItem<T> {
  readonly value: T;
  readonly weight: number;
}

/** A precomputed weighted distribution: build once at module load, sample millions of times in O(log n). */
export class Weighted<T> {
  private readonly values: readonly T[];
  private readonly cumulative: Float64Array;
  readonly total: number;

  constructor(items: readonly WeightedItem<T>[] | readonly (readonly [T, number])[]) {
    const pairs: (readonly [T, number])[] = items.map((it) => {
      if (Array.isArray(it)) return it as readonly [T, number];
      const item = it as WeightedItem<T>;
      return [item.value, item.weight] as const;
    });
    if (pairs.length === 0) throw new RangeError('A weighted distribution needs at least one item.');
    this.values = pairs.map(([v]) => v);
    this.cumulative = new Float64Array(pairs.length);
    let sum = 0;
    pairs.forEach(([, w], i) => {
      if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`Weights must be finite and non-negative; got ${w}.`);
      sum += w;
      this.cumulative[i] = sum;
    });
    if (sum <= 0) throw new RangeError('At least one weight must be positive.');
    this.total = sum;
  }

  sample(rng: Rng): T {
    const x = rng.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x < c[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

export interface LogNormalOptions {
  /** Lower bound of the result (inclusive). */
  readonly min?: number;
  /** Upper bound of the result (inclusive). */
  readonly max?: number;
  /** Round to a multiple of this, e.g. 1000 for whole thousands of đồng. Default 1. */
  readonly step?: number;
}

/** cyrb128: four well-mixed 32-bit words from a string, used as the sfc32 state. */
function seedWords(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

const TWO_POW_32 = 4294967296;

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = seedWords(seed);
    // The first outputs of sfc32 still correlate with the seed words; discard them.
    for (let i = 0; i < 15; i++) this.uint32();
  }

  /** Next 32-bit unsigned integer. */
  uint32(): number {
    const t0 = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const t = (t0 + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform float in [0, 1). */
  next(): number {
    return this.uint32() / TWO_POW_32;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
      throw new RangeError(`int(${min}, ${max}) needs integers with min <= max.`);
    }
    const span = max - min + 1;
    // Two draws give 53 random bits, so wide ranges (e.g. money in đồng) stay uniform too.
    const r = span <= TWO_POW_32 ? this.next() : (this.uint32() * TWO_POW_32 + this.uint32()) / 2 ** 64;
    return min + Math.floor(r * span);
  }

  /** A uniformly chosen element. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick() needs a non-empty array.');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A weighted choice; pass a prebuilt Weighted when sampling in a hot loop. */
  weighted<T>(items: Weighted<T> | readonly WeightedItem<T>[] | readonly (readonly [T, number])[]): T {
    return (items instanceof Weighted ? items : new Weighted<T>(items)).sample(this);
  }

  /** True with probability p. */
  bool(p = 0.5): boolean {
    return this.next() < p;
  }

  /** Standard normal deviate (Box–Muller). */
  normal(): number {
    const u = 1 - this.next(); // (0, 1], so log() stays finite
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /**
   * A log-normally distributed whole amount as bigint (money in đồng is an exact integer): `median` is the 50th
   * percentile and `sigma` the spread of its logarithm (1 ≈ a factor of e between the median and the 84th percentile).
   */
  logNormalBigInt(median: number, sigma: number, opts: LogNormalOptions = {}): bigint {
    if (!(median > 0) || !(sigma >= 0)) throw new RangeError('logNormalBigInt needs median > 0 and sigma >= 0.');
    const step = opts.step ?? 1;
    let x = median * Math.exp(sigma * this.normal());
    if (opts.min !== undefined) x = Math.max(x, opts.min);
    if (opts.max !== undefined) x = Math.min(x, opts.max);
    let n = Math.round(x / step) * step;
    // Rounding to the step may cross a bound; step back inside.
    if (opts.max !== undefined && n > opts.max) n -= step;
    if (opts.min !== undefined && n < opts.min) n += step;
    return BigInt(n);
  }

  /** An independent stream derived from this one and a label, e.g. one per table, so adding rows elsewhere does not
   *  shift this table's values. Consumes one draw from the parent. */
  fork(label: string): Rng {
    return new Rng(`${label}\u0000${this.uint32()}`);
  }
}

/** A generator for a seed string; the same seed always gives the same sequence. */
export function createRng(seed: string): Rng {
  return new Rng(seed);
}
