// Thirty machines given the same seed must show the same task order, whatever their Node version,
// so nothing here touches Math.random or locale-dependent APIs.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** FNV-1a, 32 bits, over the seed's UTF-8 bytes; returned as a signed int32 (what pure-rand takes). */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(seed)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * The drill's task order for a seed. The input is sorted first so `--tasks 3,1` and `--tasks 1,3`
 * give the same drill. Fisher–Yates with pure-rand's unbiased uniformInt.
 */
export function shuffleTasks(tasks: readonly number[], seed: string): number[] {
  const order = [...new Set(tasks)].sort((a, b) => a - b);
  const rng = xoroshiro128plus(hashSeed(seed));
  for (let i = order.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  return order;
}
