// Time spent on a task counts only while the learner is active: the gap between two key presses
// is counted up to a cap, so a screen left open over lunch does not add an hour.

export const IDLE_CAP_MS = 60_000;

export interface ActiveClock {
  /** When the last key was pressed (ms), or null before the first one. */
  last: number | null;
  /** Active milliseconds not yet reported as whole seconds. */
  pendingMs: number;
}

export function startClock(now: number | null = null): ActiveClock {
  return { last: now, pendingMs: 0 };
}

/** A key was pressed at `now`. */
export function tickClock(clock: ActiveClock, now: number, capMs = IDLE_CAP_MS): ActiveClock {
  if (clock.last === null) return { last: now, pendingMs: clock.pendingMs };
  const gap = Math.min(Math.max(0, now - clock.last), capMs);
  return { last: now, pendingMs: clock.pendingMs + gap };
}

/** Whole seconds to report now, and the clock keeping the remainder. */
export function takeSeconds(clock: ActiveClock): [number, ActiveClock] {
  const seconds = Math.floor(clock.pendingMs / 1000);
  if (seconds === 0) return [0, clock];
  return [seconds, { last: clock.last, pendingMs: clock.pendingMs - seconds * 1000 }];
}
