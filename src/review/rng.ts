// Seeded randomness for generated cards. The same seed always gives the same session, so a
// bug report ("seed 42, third card") can be replayed, and tests can sweep many seeds.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export interface Rng {
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

/** FNV-1a over the seed and labels: a stable 32-bit seed per (session seed, purpose). */
export function deriveSeed(seed: number | string, ...labels: string[]): number {
  let hash = 0x811c9dc5;
  const text = [String(seed), ...labels].join('\u0000');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash | 0;
}

export function makeRng(seed: number | string, ...labels: string[]): Rng {
  // pure-rand 8 generators advance in place; keeping it private makes the wrapper the only user.
  const gen = xoroshiro128plus(deriveSeed(seed, ...labels));
  const int = (min: number, max: number): number => uniformInt(gen, min, max);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };
  return {
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle,
    sample: <T>(items: readonly T[], count: number): T[] => shuffle(items).slice(0, Math.max(0, count)),
    chance: (probability: number): boolean => int(0, 999_999) < probability * 1_000_000,
  };
}
