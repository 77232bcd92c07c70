// Home's "N due · M new" for the Review entry. Computed after Home has drawn (the review core
// is loaded on demand), again whenever Home comes back on top (after a review session),
// whenever the progress changes while it is on top, and when the next card falls due.

import { useEffect, useState } from 'react';
import type { Lab } from '../../lessons/types';
import { useSavedProgress } from '../session';
import { loadReviewCore } from './core';
import { reviewDetail } from './layout';
import { useSettings } from '../settings/context';
import { reviewSettingsOf } from '../../settings/effective';

/** Longest wait between counts: the new-card limit starts over at midnight with no card falling due. */
const MAX_WAIT_MS = 60 * 60_000;

export function useReviewDetail(lab: Lab, active: boolean): string | undefined {
  const progress = useSavedProgress();
  const prefs = useSettings();
  const [detail, setDetail] = useState<string | undefined>(undefined);
  // Cards fall due with time alone (an Again is back after a minute): count again the moment
  // the next one does, not on a polling interval that leaves the count stale in between.
  const [nextDueAt, setNextDueAt] = useState<number | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!active) return undefined;
    const wait = nextDueAt === null ? MAX_WAIT_MS : Math.min(MAX_WAIT_MS, Math.max(0, nextDueAt - Date.now()) + 50);
    const timer = setTimeout(() => setTick((t) => t + 1), wait);
    return () => clearTimeout(timer);
  }, [active, nextDueAt, tick]);
  useEffect(() => {
    if (!active) return undefined;
    let live = true;
    loadReviewCore().then(
      (core) => {
        if (!live) return;
        const overview = core.reviewOverview(progress, new Date(), lab, reviewSettingsOf(prefs));
        setDetail(reviewDetail(overview));
        setNextDueAt(overview.nextDueAt);
      },
      // Without the count, Home still shows the entry; opening it reports the problem.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lab, active, progress, tick, prefs]);
  return detail;
}
