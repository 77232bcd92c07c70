// Home's "N due · M new" for the Review entry. Computed after Home has drawn (the review core
// is loaded on demand), again whenever Home comes back on top (after a review session) and
// whenever the progress changes while it is on top.

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Lab } from '../../lessons/types';
import type { FullProgressStore } from '../progress-context';
import { loadReviewCore } from './core';
import { reviewDetail } from './layout';

const RECOUNT_MS = 30_000;

const noSubscribe = (): (() => void) => () => undefined;
const nothing = (): undefined => undefined;

export function useReviewDetail(lab: Lab, store: FullProgressStore | undefined, active: boolean): string | undefined {
  const [subscribe, snapshot] = useMemo(
    () => (store ? [(listener: () => void) => store.subscribe(listener), () => store.get()] as const : [noSubscribe, nothing] as const),
    [store],
  );
  const progress = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [detail, setDetail] = useState<string | undefined>(undefined);
  // Cards fall due with time alone (an Again is back after a minute): count again now and then.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!store || !active) return undefined;
    const timer = setInterval(() => setTick((t) => t + 1), RECOUNT_MS);
    return () => clearInterval(timer);
  }, [store, active]);
  useEffect(() => {
    if (!store || !active || progress === undefined) return undefined;
    let live = true;
    loadReviewCore().then(
      (core) => {
        if (live) setDetail(reviewDetail(core.reviewOverview(progress, new Date(), lab)));
      },
      // Without the count, Home still shows the entry; opening it reports the problem.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lab, store, active, progress, tick]);
  return detail;
}
