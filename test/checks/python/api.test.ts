import { describe, expect, it } from 'vitest';
import { runCells } from '../../../src/checks/python/index';
import { NOW } from './helpers';

describe('runCells contract', () => {
  it('runs cells in order in one namespace', () => {
    expect(runCells(['x = 1', 'x += 1\nprint(x)', 'print(x * 10)'], { now: NOW })).toEqual({ output: ['2', '20'], error: null });
  });

  it('keeps output printed before an error and says which cell and line failed', () => {
    expect(runCells(['print("a")', 'print("b")\n\nprint(c)\nprint("never")', 'print("never")'], { now: NOW })).toEqual({
      output: ['a', 'b'],
      error: { type: 'NameError', message: "name 'c' is not defined", cell: 1, line: 3 },
    });
  });

  it('parses a whole cell before running any of it', () => {
    expect(runCells(['print("ran")\nx = (', 'print("never")'], { now: NOW })).toEqual({
      output: [],
      error: { type: 'SyntaxError', message: "'(' was never closed", cell: 0, line: 2 },
    });
  });

  it('splits printed text into lines without a trailing empty line', () => {
    expect(runCells(['print("a\\nb", end="")\nprint("c")\nprint()\nprint("", end="")'], { now: NOW }).output).toEqual(['a', 'bc', '']);
    expect(runCells(['x = 1'], { now: NOW }).output).toEqual([]);
  });

  it('gives an AssertionError its message, or an empty one', () => {
    expect(runCells(['assert 1 == 2'], { now: NOW }).error).toEqual({ type: 'AssertionError', message: '', cell: 0, line: 1 });
    expect(runCells(['assert 1 == 2, ("x", 3)'], { now: NOW }).error?.message).toBe("('x', 3)");
  });

  it('makes datetime.now() start at options.now and move on by a microsecond per call', () => {
    const r = runCells(['from datetime import datetime\nprint(datetime.now())\nprint(datetime.now().isoformat())'], {
      now: new Date(2026, 0, 2, 3, 4, 5, 0),
    });
    expect(r.output).toEqual(['2026-01-02 03:04:05', '2026-01-02T03:04:05.000001']);
  });

  it('uses the real clock by default and never throws on odd input', () => {
    const year = new Date().getFullYear();
    const r = runCells(['from datetime import datetime\nprint(datetime.now().year)']);
    expect(Number(r.output[0])).toBeGreaterThanOrEqual(year - 1);
    expect(() => runCells([], {})).not.toThrow();
    expect(runCells([], { now: NOW })).toEqual({ output: [], error: null });
    expect(runCells(['print(1)'], { now: new Date(Number.NaN) }).output).toEqual(['1']);
    expect(runCells([undefined as unknown as string], { now: NOW })).toEqual({ output: [], error: null });
  });

  it('starts every run from a clean namespace', () => {
    runCells(['leak = 1'], { now: NOW });
    expect(runCells(['print(leak)'], { now: NOW }).error?.message).toBe("name 'leak' is not defined");
  });
});

describe('limits mirror CPython where it has them', () => {
  // expectations recorded from CPython 3.11.7
  it('matches the compiler and parser depth limits', () => {
    const type = (src: string): string | undefined => runCells([src], { now: NOW }).error?.type;
    expect(type('x = ' + '-'.repeat(2989) + '1\nprint(x)')).toBeUndefined();
    expect(type('x = ' + '-'.repeat(2990) + '1')).toBe('RecursionError');
    expect(type('x = ' + '-'.repeat(5968) + '1')).toBe('MemoryError');
    expect(type('x = ' + Array(2990).fill('1').join('+') + '\nprint(x)')).toBeUndefined();
    expect(type('x = ' + Array(2991).fill('1').join('+'))).toBe('RecursionError');
    expect(type('x = ' + Array(2985).fill('1').join('**'))).toBe('MemoryError');
    expect(type('x = ' + '('.repeat(200) + '1' + ')'.repeat(200))).toBeUndefined();
    expect(type('x = ' + '('.repeat(201) + '1' + ')'.repeat(201))).toBe('SyntaxError');
    // a syntax error later in the cell wins over the compiler's recursion limit
    expect(type('x = ' + '-'.repeat(4000) + '1\ny = 1 2')).toBe('SyntaxError');
  });

  it('limits nesting of containers like CPython\'s repr and ==', () => {
    const err = (n: number): string | undefined =>
      runCells([`b = []\nfor i in range(${n}):\n    b = [b]\nx = repr(b)`], { now: NOW }).error?.message;
    expect(err(995)).toBeUndefined();
    expect(err(996)).toBe('maximum recursion depth exceeded while getting the repr of an object');
  });
});
