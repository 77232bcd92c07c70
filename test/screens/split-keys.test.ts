import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { splitKeys } from '../../src/screens/components/split-keys';

const plain = { tab: false, return: false, ctrl: false, meta: false } as unknown as Key;

describe('splitKeys', () => {
  it('leaves single keys and plain text alone', () => {
    expect(splitKeys('a', plain)).toEqual([['a', plain]]);
    expect(splitKeys('0 6 * * *', plain)).toEqual([['0 6 * * *', plain]]);
  });
  it('splits text around Tab and Enter in one chunk', () => {
    const keys = splitKeys('0 6\t0 *\r', plain);
    expect(keys.map(([input, key]) => [input, key.tab, key.return])).toEqual([
      ['0 6', false, false],
      ['', true, false],
      ['0 *', false, false],
      ['', false, true],
    ]);
  });
  it('does not split escape sequences or ctrl chords', () => {
    expect(splitKeys('\u001b[A\t', plain)).toHaveLength(1);
    expect(splitKeys('r\t', { ...plain, ctrl: true })).toHaveLength(1);
  });
});
