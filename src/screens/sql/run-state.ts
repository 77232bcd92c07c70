// One query at a time, as a pure reducer: idle → running → done | error. Each start gets an id,
// and a late answer for an earlier start is dropped, so a slow first run cannot overwrite the
// rows of the query the learner ran after it.

export type RunState<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly id: number; readonly sql: string }
  | { readonly status: 'done'; readonly id: number; readonly sql: string; readonly value: T }
  | { readonly status: 'error'; readonly id: number; readonly sql: string; readonly message: string };

export type RunAction<T> =
  | { type: 'start'; id: number; sql: string }
  | { type: 'finish'; id: number; value: T }
  | { type: 'fail'; id: number; message: string };

export const RUN_IDLE: RunState<never> = { status: 'idle' };

export function runReducer<T>(state: RunState<T>, action: RunAction<T>): RunState<T> {
  switch (action.type) {
    case 'start':
      return { status: 'running', id: action.id, sql: action.sql };
    case 'finish':
      if (state.status !== 'running' || state.id !== action.id) return state;
      return { status: 'done', id: action.id, sql: state.sql, value: action.value };
    case 'fail':
      if (state.status !== 'running' || state.id !== action.id) return state;
      return { status: 'error', id: action.id, sql: state.sql, message: action.message };
  }
}

/** An engine's error as the one line a learner sees (its first line, without a stack). */
export function errorLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split('\n').find((l) => l.trim() !== '') ?? 'The query failed.';
  return first.trim();
}
