// Home's "N due · M new" for the Review entry. Computed after Home has drawn (the review core
// is loaded on demand), again whenever Home comes back on top (after a review session) and
// whenever the progress changes while it is on top.

import { useEffect, useState } from 'react';
import type { Lab } from '../../lessons/types';
import { useSavedProgress } from '../session';
import { loadReviewCore } from './core';
import { reviewDetail } from './layout';

const RECOUNT_MS = 30_000;

export function useReviewDetail(lab: Lab, active: boolean): string | undefined {
  const progress = useSavedProgress();
  const [detail, setDetail] = useState<string | undefined>(undefined);
  // Cards fall due with time alone (an Again is back after a minute): count again now and then.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!active) return undefined;
    const timer = setInterval(() => setTick((t) => t + 1), RECOUNT_MS);
    return () => clearInterval(timer);
  }, [active]);
  useEffect(() => {
    if (!active) return undefined;
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
  }, [lab, active, progress, tick]);
  return detail;
}
