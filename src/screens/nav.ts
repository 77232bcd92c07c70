// Every place the learner can be, as one union, and the navigation stack over it.
// A stack (not a current-screen variable) is what makes Esc mean "back where I came from".

/** Long texts of the lab that are read, not worked through. */
export type DocId = 'workshop-intro' | 'workshop-reference' | 'practice-intro' | 'summary';

import type { ReviewSettings } from '../review/settings';

export type Screen =
  | { name: 'home' }
  | { name: 'workshop-list' }
  /** `step` is the lab's 1-based step number (WorkshopStep.number). */
  | { name: 'workshop'; step: number }
  | { name: 'practice-list' }
  /** `task` is the lab's 1-based task number (PracticeTask.number). */
  | { name: 'practice'; task: number }
  | { name: 'doc'; doc: DocId }
  /** The SQL lab's exercises (from Practice, after Task 7). */
  | { name: 'sql-lab' }
  /** `exercise` is a SqlExercise id (src/lessons/sql-exercises.ts). */
  | { name: 'sql-exercise'; exercise: string }
  | { name: 'drill' }
  /**
   * `cards`: session size (default 10); `cram`: weakest cards first, ignoring the schedule;
   * `seed`: the same seed draws the same session (tests), default a new one each time;
   * `settings`: exam date, retention, new cards a day (defaults for what is absent);
   * `exam`: a mock exam of that many questions instead of a review session.
   */
  | { name: 'review'; cards?: number; cram?: boolean; seed?: number; settings?: Partial<ReviewSettings>; exam?: number }
  | { name: 'progress' }
  /** The SQL screen over the system tables; `seed` picks the seeded history (default: the app's). */
  | { name: 'sql'; seed?: number }
  /** The learner's settings (the same as `lakeflow-lab config`). */
  | { name: 'settings' }
  | { name: 'help' }
  /** Every status message and warning of the session, in full (`!`). */
  | { name: 'messages' };

export type ScreenName = Screen['name'];
export type ScreenOf<N extends ScreenName> = Extract<Screen, { name: N }>;

/** Where "Continue" takes the learner back to. */
export type Location = ScreenOf<'workshop'> | ScreenOf<'practice'>;

export interface NavState {
  /** Never empty; the last entry is on screen. The first is always Home. */
  readonly stack: readonly Screen[];
}

export type NavAction =
  /** Go to a screen, passing through its parent list if we are not already on it. */
  | { type: 'open'; screen: Screen }
  /** Swap the current screen (next/previous step): Esc should not walk through every step seen. */
  | { type: 'replace'; screen: Screen }
  | { type: 'back' }
  | { type: 'home' }
  /** Open help, or close it when it is already on top (one key toggles it). */
  | { type: 'toggleHelp' }
  /** Open the message log, or close it when it is on top. */
  | { type: 'toggleMessages' };

const HOME: Screen = { name: 'home' };

export function sameScreen(a: Screen, b: Screen): boolean {
  if (a.name !== b.name) return false;
  // Every variant's fields are primitives, so a shallow comparison is exact.
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return Object.keys(ra).every((k) => ra[k] === rb[k]);
}

/** The list a detail screen belongs to, so that Esc from it lands on that list. */
export function parentOf(screen: Screen): Screen | undefined {
  switch (screen.name) {
    case 'workshop':
      return { name: 'workshop-list' };
    case 'practice':
      return { name: 'practice-list' };
    case 'doc':
      return screen.doc.startsWith('workshop') ? { name: 'workshop-list' } : { name: 'practice-list' };
    case 'sql-lab':
      return { name: 'practice-list' };
    case 'sql-exercise':
      return { name: 'sql-lab' };
    default:
      return undefined;
  }
}

/** The stack for a cold start on `screen` (e.g. `--step 3` or resuming): Home, its list, it. */
export function initNav(screen: Screen = HOME): NavState {
  if (screen.name === 'home') return { stack: [HOME] };
  // Every list above it, outermost first (an exercise: Practice, the SQL lab, it).
  const stack: Screen[] = [screen];
  for (let parent = parentOf(screen); parent; parent = parentOf(parent)) stack.unshift(parent);
  return { stack: [HOME, ...stack] };
}

/**
 * Whether going from `from` to `to` closed a screen: one that was on the stack is no longer there
 * at its depth (Esc, Home, the next task in its place). Opening a screen on top closes none.
 */
export function closesScreen(from: NavState, to: NavState): boolean {
  return from.stack.some((screen, depth) => {
    const kept = to.stack[depth];
    return kept === undefined || !sameScreen(kept, screen);
  });
}

export function currentScreen(state: NavState): Screen {
  return state.stack[state.stack.length - 1] ?? HOME;
}

export function navReducer(state: NavState, action: NavAction): NavState {
  const top = currentScreen(state);
  switch (action.type) {
    case 'open': {
      if (sameScreen(top, action.screen)) return state;
      const parent = parentOf(action.screen);
      const viaParent = parent !== undefined && !sameScreen(top, parent);
      return { stack: viaParent ? [...state.stack, parent, action.screen] : [...state.stack, action.screen] };
    }
    case 'replace': {
      if (sameScreen(top, action.screen)) return state;
      if (state.stack.length === 1) return { stack: [HOME, action.screen] };
      return { stack: [...state.stack.slice(0, -1), action.screen] };
    }
    case 'back':
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state;
    case 'home':
      return state.stack.length === 1 ? state : { stack: [HOME] };
    case 'toggleHelp':
      return top.name === 'help' ? { stack: state.stack.slice(0, -1) } : { stack: [...state.stack, { name: 'help' }] };
    case 'toggleMessages':
      return top.name === 'messages' ? { stack: state.stack.slice(0, -1) } : { stack: [...state.stack, { name: 'messages' }] };
  }
}
