// full-gc.ts: a full collection on demand, without leaving `--expose-gc` on for later contexts.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fullCollection } from '../../src/screens/full-gc';

describe('fullCollection', () => {
  it('gives a function that collects, and leaves no gc() to contexts made after it', async () => {
    const exposedAtStart = typeof (globalThis as { gc?: unknown }).gc === 'function';
    const collect = fullCollection();
    expect(collect).toBeTypeOf('function');
    // A WeakRef to an object nothing holds is cleared by a full collection (once the job that
    // made it has ended: a WeakRef keeps its target for the rest of that job).
    const ref = new WeakRef({ big: new Array(1000).fill(0) });
    await new Promise((r) => setTimeout(r, 0));
    collect?.();
    expect(ref?.deref()).toBeUndefined();
    // Started without --expose-gc: the flag was set for one context only.
    if (!exposedAtStart) expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
