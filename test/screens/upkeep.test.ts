// upkeep.ts: which screens are fetched in the background, and when a collection runs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyScreen } from '../../src/screens/lazy';
import { initNav, navReducer, type NavAction, type NavState, type ScreenName } from '../../src/screens/nav';
import { registry, type Registry } from '../../src/screens/registry';
import { startUpkeep } from '../../src/screens/upkeep';

const LAZY: readonly ScreenName[] = ['workshop', 'practice', 'review', 'sql', 'sql-exercise', 'drill', 'settings'];

/** The app's registry with every lazy screen's loader replaced by a spy (nothing is imported). */
function spiedRegistry() {
  const loads = new Map<ScreenName, ReturnType<typeof vi.fn>>();
  const reg = { ...registry } as Record<string, unknown>;
  for (const name of LAZY) {
    const load = vi.fn(async () => () => null);
    loads.set(name, load);
    reg[name] = { ...registry[name], component: lazyScreen(load) };
  }
  const loaded = () => LAZY.filter((n) => (loads.get(n)?.mock.calls.length ?? 0) > 0);
  return { reg: reg as unknown as Registry, loaded };
}

function walk(start: NavState, onNav: (from: NavState, to: NavState) => void) {
  let nav = start;
  return (action: NavAction) => {
    const next = navReducer(nav, action);
    if (next !== nav) onNav(nav, next);
    nav = next;
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startUpkeep', () => {
  it('fetches, after the delay, only the screens the current one leads to', () => {
    const { reg, loaded } = spiedRegistry();
    const upkeep = startUpkeep(initNav({ name: 'practice-list' }), { registry: reg, prefetchDelayMs: 250, collect: null, collectDelayMs: 30 });
    vi.advanceTimersByTime(249);
    expect(loaded()).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(loaded()).toEqual(['practice']);
    upkeep.stop();
  });

  it('from Home: every screen its menu opens', () => {
    const { reg, loaded } = spiedRegistry();
    const upkeep = startUpkeep(initNav(), { registry: reg, prefetchDelayMs: 250, collect: null, collectDelayMs: 30 });
    vi.advanceTimersByTime(250);
    expect(loaded()).toEqual(['workshop', 'practice', 'review', 'sql', 'drill', 'settings']);
    upkeep.stop();
  });

  it('follows the learner: a screen left before the delay fetches nothing, the one stayed on does', () => {
    const { reg, loaded } = spiedRegistry();
    const start = initNav({ name: 'practice-list' });
    const upkeep = startUpkeep(start, { registry: reg, prefetchDelayMs: 250, collect: null, collectDelayMs: 30 });
    const go = walk(start, upkeep.navigated);
    vi.advanceTimersByTime(100);
    go({ type: 'home' });
    vi.advanceTimersByTime(100);
    go({ type: 'open', screen: { name: 'sql-lab' } });
    vi.advanceTimersByTime(250);
    expect(loaded()).toEqual(['sql-exercise']);
    upkeep.stop();
  });

  it('collects once after screens close, never after one opens', () => {
    const { reg } = spiedRegistry();
    const collect = vi.fn();
    const start = initNav({ name: 'practice-list' });
    const upkeep = startUpkeep(start, { registry: reg, prefetchDelayMs: 250, collect, collectDelayMs: 30 });
    const go = walk(start, upkeep.navigated);
    go({ type: 'open', screen: { name: 'practice', task: 1 } });
    vi.advanceTimersByTime(1000);
    expect(collect).not.toHaveBeenCalled();
    go({ type: 'replace', screen: { name: 'practice', task: 2 } });
    vi.advanceTimersByTime(10);
    go({ type: 'back' });
    vi.advanceTimersByTime(10);
    go({ type: 'back' });
    vi.advanceTimersByTime(29);
    expect(collect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(collect).toHaveBeenCalledTimes(1);
    upkeep.stop();
  });

  it('stop() leaves no timer behind', () => {
    const { reg, loaded } = spiedRegistry();
    const collect = vi.fn();
    const start = initNav({ name: 'practice', task: 1 });
    const upkeep = startUpkeep(start, { registry: reg, prefetchDelayMs: 250, collect, collectDelayMs: 30 });
    walk(start, upkeep.navigated)({ type: 'back' });
    upkeep.stop();
    vi.advanceTimersByTime(1000);
    expect(collect).not.toHaveBeenCalled();
    expect(loaded()).toEqual([]);
  });
});
