import { describe, expect, it } from 'vitest';
import { hashSeed, shuffleTasks } from '../../src/drill/shuffle';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8];

describe('hashSeed (FNV-1a 32)', () => {
  it('matches the published FNV-1a test vectors', () => {
    expect(hashSeed('') >>> 0).toBe(0x811c9dc5);
    expect(hashSeed('a') >>> 0).toBe(0xe40c292c);
    expect(hashSeed('foobar') >>> 0).toBe(0xbf9cf968);
  });

  it('hashes UTF-8 bytes, not UTF-16 code units', () => {
    // 'é' is C3 A9 in UTF-8: two FNV rounds.
    let h = 0x811c9dc5;
    for (const byte of [0xc3, 0xa9]) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    expect(hashSeed('é') >>> 0).toBe(h);
  });
});

describe('shuffleTasks', () => {
  // Pinned orders. They were also reproduced by an independent Python port of FNV-1a +
  // xoroshiro128+ + pure-rand's uniformInt + Fisher–Yates, so a change here means every machine
  // in a classroom would disagree with last week's drills: do not "update" these casually.
  it.each([
    ['42', [1, 4, 8, 3, 2, 7, 6, 5]],
    ['lakeflow', [3, 2, 1, 4, 8, 7, 5, 6]],
    ['k7m2q9', [8, 5, 1, 3, 2, 7, 4, 6]],
    ['', [6, 7, 2, 4, 8, 5, 1, 3]],
    ['é☃', [2, 5, 1, 7, 3, 4, 6, 8]],
  ])('seed %j gives a fixed order', (seed, order) => {
    expect(shuffleTasks(ALL, seed)).toEqual(order);
  });

  it('gives a fixed order for a subset, whatever order the subset was given in', () => {
    expect(shuffleTasks([2, 3, 4, 7], '42')).toEqual([4, 3, 7, 2]);
    expect(shuffleTasks([7, 4, 3, 2, 3], '42')).toEqual([4, 3, 7, 2]);
  });

  it('is a permutation and repeats for the same seed', () => {
    for (const seed of ['1', '2', 'x', 'class-a']) {
      const order = shuffleTasks(ALL, seed);
      expect([...order].sort((a, b) => a - b)).toEqual(ALL);
      expect(shuffleTasks(ALL, seed)).toEqual(order);
    }
  });

  it('differs between seeds', () => {
    const orders = new Set(Array.from({ length: 40 }, (_, i) => shuffleTasks(ALL, `seed-${i}`).join(',')));
    // 40 draws from 8! = 40320 orders: collisions are possible but more than a couple would be a bug.
    expect(orders.size).toBeGreaterThanOrEqual(38);
    expect(shuffleTasks(ALL, '42')).not.toEqual(shuffleTasks(ALL, '43'));
  });

  it('handles tiny lists', () => {
    expect(shuffleTasks([], '42')).toEqual([]);
    expect(shuffleTasks([5], '42')).toEqual([5]);
  });
});
