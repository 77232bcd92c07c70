// A full garbage collection on demand, for the TUI's upkeep (upkeep.ts). V8 collects its old
// generation only once it has grown to a multiple of what was live at the last full collection,
// and whatever a closed screen held (its React tree, its frames, its layout, the task's state)
// waits there until then: opening the eight practice tasks one after the other took the old
// generation from 7 to 21 MiB with 10 MiB live, and none of it was collected before the end.
// Node has no API that asks for a collection; `--expose-gc` gives every context made after it a
// `gc()`, so the flag is set for the one context made here, then unset again.
import { createRequire } from 'node:module';
import type * as NodeV8 from 'node:v8';
import type * as NodeVm from 'node:vm';

/**
 * V8's full collection (synchronous, ~10 ms with the TUI's ~12 MiB live), or null when this Node
 * cannot give one. node:v8 and node:vm are loaded here, not at start-up.
 */
export function fullCollection(): (() => void) | null {
  // Started with `node --expose-gc`: that one.
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return () => void (own as () => void)();
  const load = createRequire(import.meta.url);
  const { setFlagsFromString } = load('node:v8') as typeof NodeV8;
  try {
    setFlagsFromString('--expose-gc');
    const gc = (load('node:vm') as typeof NodeVm).runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? () => void (gc as () => void)() : null;
  } catch {
    return null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}
