import { describe, expect, it } from 'vitest';
import { run } from './helpers';
import { UNSUPPORTED_CASES } from './snippets';

describe('constructs outside the subset', () => {
  it.each(UNSUPPORTED_CASES.map((c) => [c]))('%j says NotSupportedError instead of guessing', (src) => {
    const r = run(src);
    expect(r.error?.type).toBe('NotSupportedError');
    expect(r.error?.message).toMatch(/is not supported by this trainer$/);
  });

  it('names the construct in the message', () => {
    expect(run('class A:\n    pass').error?.message).toBe('`class` is not supported by this trainer');
    expect(run('import os').error?.message).toBe("importing the module 'os' is not supported by this trainer");
    expect(run('def f():\n    yield 1').error?.message).toBe('generator functions (`yield`) is not supported by this trainer');
  });

  it('runs the statements before an unsupported one and reports its line', () => {
    const r = run('print("before")\nx = 1\ny = open("f")\nprint("after")');
    expect(r.output).toEqual(['before']);
    expect(r.error).toMatchObject({ type: 'NotSupportedError', line: 3 });
  });

  it('leaves an unsupported construct alone when it is never evaluated', () => {
    expect(run('x = 1 if True else globals()\nprint(x)')).toEqual({ output: ['1'], error: null });
  });

  it('still reports syntax errors in code it would not run', () => {
    expect(run('def f(:\n    pass').error).toMatchObject({ type: 'SyntaxError', message: 'invalid syntax' });
    expect(run('x = lambda: (').error).toMatchObject({ type: 'SyntaxError', message: "'(' was never closed" });
  });

  it('limits very large integers with a clear error', () => {
    expect(run('x = 2 ** 100000').error).toMatchObject({
      type: 'NotSupportedError',
      message: 'an integer of more than about 20000 digits is not supported by this trainer',
    });
  });

  it('stops runaway loops with a step budget', () => {
    const r = run('n = 0\nwhile True:\n    n += 1');
    expect(r.error?.type).toBe('RuntimeError');
    expect(r.error?.message).toMatch(/^the cell took too many steps/);
    // the budget is the trainer's, not a Python exception: `except` cannot catch it
    const caught = run('try:\n    while True:\n        pass\nexcept RuntimeError:\n    print("caught")');
    expect(caught.output).toEqual([]);
    expect(caught.error?.message).toMatch(/^the cell took too many steps/);
  });
});
