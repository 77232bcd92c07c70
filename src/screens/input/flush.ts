// React work caused by one key, committed before the next key is read. Ink renders with a
// legacy root, where an update made outside React waits for a microtask; a burst of keys would
// then all reach handlers (and focus) of the state before the burst. Ink's own reconciler is the
// only one that can flush its root; it is not exported, so it is imported by path (the bundle
// and the tests resolve it to the same module instance Ink uses).

import instances from '../../../node_modules/ink/build/instances.js';
import reconciler from '../../../node_modules/ink/build/reconciler.js';

/** Run `fn` and commit every React update it made, effects included, before returning. */
export function commitNow(fn: () => void): void {
  reconciler.flushSyncFromReconciler(fn);
  reconciler.flushPassiveEffects();
}

/** The part of Ink's instance that holds a frame back (its fields are private in its types). */
interface Throttled {
  hasPendingThrottledRender?: boolean;
  throttledOnRender?: { flush?: () => void };
}

/**
 * Draw now the frame Ink's frame-rate throttle is holding back. Ink draws at most one frame per
 * 1/maxFps s: a key read just after a frame (the next key after a paste, after a status change)
 * would otherwise wait for the rest of that interval before it echoes. Called once per read, so
 * a burst of keys in one read still makes one frame.
 */
export function drawNow(stdout: NodeJS.WriteStream): void {
  const ink = instances.get(stdout) as unknown as Throttled | undefined;
  if (ink?.hasPendingThrottledRender === true) ink.throttledOnRender?.flush?.();
}

/**
 * Hold back what is written to `stdout` until `uncork()`, then send it in one write (Node's
 * Writable.cork: the held chunks go out as one writev). Null for a stream without cork (a test's).
 */
export function corkFrames(stdout: NodeJS.WriteStream): { uncork: () => void } | null {
  if (typeof stdout.cork !== 'function' || typeof stdout.uncork !== 'function') return null;
  stdout.cork();
  return { uncork: () => stdout.uncork() };
}
