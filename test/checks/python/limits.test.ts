// Sizes past what the trainer holds: CPython would build the string (or fail with MemoryError,
// ValueError "precision too big", OverflowError); the engine must give one of CPython's
// exceptions, never an internal error (issue #15, item 8).

import { describe, expect, it } from 'vitest';
import { run } from './helpers';

/** Each size as a Python expression and as the digits a format spec takes. */
const SIZES: [string, string][] = [
  ['10**8', '100000000'], ['10**9', '1000000000'], ['2**31 - 1', '2147483647'], ['2**31', '2147483648'],
  ['10**12', '1000000000000'], ['10**19', '10000000000000000000'],
];
const TEMPLATES = [
  (n: string) => `"%.${n}f" % 1.0`,
  (n: string) => `"%.${n}d" % 1`,
  (n: string) => `"%${n}d" % 1`,
  (n: string) => `"%${n}s" % "x"`,
  (n: string) => `"%.${n}e" % 2.5`,
  (n: string) => `"\\t".expandtabs(${n})`,
  (n: string) => `"a\\tb".expandtabs(${n})`,
  (n: string) => `format(1.0, ".${n}f")`,
  (n: string) => `format(1, "${n}")`,
  (n: string) => `"{:.${n}f}".format(1.0)`,
  (n: string) => `f"{1:{${n}}}"`,
  (n: string) => `"x".center(${n})`,
  (n: string) => `"x".ljust(${n})`,
  (n: string) => `"x".zfill(${n})`,
  (n: string) => `"ab" * (${n})`,
  (n: string) => `[0] * (${n})`,
  (n: string) => `(1,) * (${n})`,
];

describe('sizes past the trainer limits', () => {
  it('give a CPython exception, never an internal error', () => {
    const seen = new Set<string>();
    for (const [size, literal] of SIZES) {
      for (const t of TEMPLATES) {
        // format specs and % take digits; method arguments and repeats take the expression
        const expr = t(/^"%|^format|^"\{|^f"/.test(t('N')) ? literal : `(${size})`);
        const r = run(`x = ${expr}\nprint(len(x))`);
        const type = r.error?.type ?? 'ok';
        seen.add(type);
        expect(['MemoryError', 'ValueError', 'OverflowError', 'ok'], `${expr}: ${JSON.stringify(r.error)}`).toContain(type);
      }
    }
    expect(seen.has('MemoryError')).toBe(true);
  });
});
