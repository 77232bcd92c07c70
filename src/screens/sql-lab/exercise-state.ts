// A SQL lab exercise screen's state, pure: what the lower pane shows (the last run's rows, the last check's verdict, the hints, the
// solution), and the rules around them (the solution only after a check that did not pass; an
// answer arriving after a newer request is dropped). The screen (SqlExerciseScreen.tsx) runs the
// queries and feeds their results back as actions.

import type { SqlExerciseProgress } from '../../progress/types';
import type { SqlVerdict } from '../../sql/judge';
import type { QueryResult } from '../../sql/types';

/** Where the keyboard is: the focus tree knows (input/focus.ts); the keys and footer follow it. */
export type Focus = 'editor' | 'commands';

/** What "run" or "check" produced last. */
export type Output =
  | { kind: 'none' }
  | { kind: 'running'; what: 'run' | 'check' }
  | { kind: 'rows'; result: QueryResult }
  /** The engine refused the query on "run" (one line, its message). */
  | { kind: 'run-error'; message: string }
  | { kind: 'verdict'; verdict: SqlVerdict }
  /** The last check of an earlier session, as saved (its rows are not kept). */
  | { kind: 'saved'; outcome: SqlVerdict['outcome']; message: string };

/** The lower pane shows one of these; hint and solution keys switch to theirs, run and check back to the output. */
export type View = 'output' | 'hints' | 'solution';

export interface ExerciseState {
  output: Output;
  view: View;
  hintsShown: number;
  /** A check that did not pass happened, now or in an earlier session: the solution may be shown. */
  failedOnce: boolean;
  passed: boolean;
  /** The number of the latest run or check: an answer for an older one is ignored. */
  request: number;
}

export type ExerciseAction =
  /** A run or check begins; `request` is its number (one more than the last). */
  | { type: 'start'; what: 'run' | 'check'; request: number }
  | { type: 'rows'; request: number; result: QueryResult }
  | { type: 'runError'; request: number; message: string }
  | { type: 'verdict'; request: number; verdict: SqlVerdict }
  /** The next hint; `total`: how many the exercise has. */
  | { type: 'hint'; total: number }
  | { type: 'solution' }
  | { type: 'showOutput' };

export function initialExerciseState(saved: SqlExerciseProgress | undefined): ExerciseState {
  const verdict = saved?.lastVerdict;
  return {
    output: verdict ? { kind: 'saved', outcome: verdict.outcome, message: verdict.message } : { kind: 'none' },
    view: 'output',
    hintsShown: saved?.hintsShown ?? 0,
    failedOnce: saved !== undefined && (saved.solutionRevealed || (verdict !== undefined && verdict.outcome !== 'passed') || (saved.attempts > 0 && !saved.passed)),
    passed: saved?.passed ?? false,
    request: 0,
  };
}

/** Whether the solution key does something now (else the screen says why not). */
export function canShowSolution(state: ExerciseState): boolean {
  return state.failedOnce;
}

export function exerciseReducer(state: ExerciseState, action: ExerciseAction): ExerciseState {
  switch (action.type) {
    case 'start':
      return { ...state, request: action.request, output: { kind: 'running', what: action.what }, view: 'output' };
    case 'rows':
      return action.request === state.request ? { ...state, output: { kind: 'rows', result: action.result }, view: 'output' } : state;
    case 'runError':
      return action.request === state.request ? { ...state, output: { kind: 'run-error', message: action.message }, view: 'output' } : state;
    case 'verdict': {
      if (action.request !== state.request) return state;
      const passed = action.verdict.outcome === 'passed';
      return {
        ...state,
        output: { kind: 'verdict', verdict: action.verdict },
        view: 'output',
        passed: state.passed || passed,
        failedOnce: state.failedOnce || !passed,
      };
    }
    case 'hint':
      return { ...state, hintsShown: Math.min(action.total, state.hintsShown + 1), view: 'hints' };
    case 'solution':
      if (!state.failedOnce) return state;
      return { ...state, view: state.view === 'solution' ? 'output' : 'solution' };
    case 'showOutput':
      return state.view === 'output' ? state : { ...state, view: 'output' };
  }
}
