import { describe, expect, it } from 'vitest';
import { BUILTINS, DATETIME, FORMATS_AND_NUMBERS, LEARNER, METHODS, SORTING, STATEMENTS, SYNTAX, type GoldenCase } from './golden';
import { run } from './helpers';

// Behaviour recorded from CPython 3.11 (see golden.ts), checked case by case.
const GROUPS: [string, GoldenCase[]][] = [
  ['sorting', SORTING],
  ['datetime', DATETIME],
  ['statements and control flow', STATEMENTS],
  ['builtin functions', BUILTINS],
  ['methods, attributes and subscripts', METHODS],
  ['learner mistakes', LEARNER],
  ['number formatting and text', FORMATS_AND_NUMBERS],
  ['syntax errors', SYNTAX],
];

for (const [name, cases] of GROUPS) {
  describe(`matches CPython 3.11: ${name}`, () => {
    it.each(cases.map((c) => [c.cells.join(' ⏎ ').slice(0, 70), c] as const))('%s', (_label, c) => {
      const r = run(c.cells);
      expect({ output: r.output, error: r.error ? [r.error.type, r.error.message, r.error.line ?? null] : null }).toEqual({
        output: c.output,
        error: c.error,
      });
    });
  });
}
