// React work caused by one key, committed before the next key is read. Ink renders with a
// legacy root, where an update made outside React waits for a microtask; a burst of keys would
// then all reach handlers (and focus) of the state before the burst. Ink's own reconciler is the
// only one that can flush its root; it is not exported, so it is imported by path (the bundle
// and the tests resolve it to the same module instance Ink uses).

import reconciler from '../../../node_modules/ink/build/reconciler.js';

/** Run `fn` and commit every React update it made, effects included, before returning. */
export function commitNow(fn: () => void): void {
  reconciler.flushSyncFromReconciler(fn);
  reconciler.flushPassiveEffects();
}
