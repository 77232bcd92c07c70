// The queries run in the SQL screen, newest last, walked with Ctrl+P / Ctrl+N like a shell's
// history: stepping back keeps what was being typed (the draft) and stepping past the newest
// entry brings it back. Pure; the screen keeps the state (and may save `entries`).

export interface QueryHistoryState {
  readonly entries: readonly string[];
  /** The entry in the editor, or null while the learner's own draft is there. */
  readonly index: number | null;
  readonly draft: string;
}

export type QueryHistoryAction =
  /** A query ran: it becomes the newest entry (a repeat of the newest is not added twice). */
  | { type: 'add'; sql: string }
  /** Ctrl+P with `current` in the editor. */
  | { type: 'prev'; current: string }
  | { type: 'next' };

/** Entries kept; the oldest go first. */
export const HISTORY_KEEP = 100;

export function createHistory(entries: readonly string[] = []): QueryHistoryState {
  return { entries: entries.filter((e) => e.trim() !== '').slice(-HISTORY_KEEP), index: null, draft: '' };
}

/** The text the editor should show after the action, when it changes. */
export function historyText(state: QueryHistoryState): string {
  return state.index === null ? state.draft : (state.entries[state.index] ?? state.draft);
}

export function historyReducer(state: QueryHistoryState, action: QueryHistoryAction): QueryHistoryState {
  switch (action.type) {
    case 'add': {
      const sql = action.sql.trim();
      if (sql === '') return { ...state, index: null };
      const entries = state.entries[state.entries.length - 1] === sql ? state.entries : [...state.entries, sql].slice(-HISTORY_KEEP);
      return { entries, index: null, draft: '' };
    }
    case 'prev': {
      if (state.entries.length === 0) return state;
      if (state.index === null) {
        // The query just run is still in the editor: the first step back skips it.
        let index = state.entries.length - 1;
        if (state.entries[index] === action.current.trim() && index > 0) index--;
        else if (state.entries[index] === action.current.trim()) return state;
        return { ...state, index, draft: action.current };
      }
      if (state.index === 0) return state;
      return { ...state, index: state.index - 1 };
    }
    case 'next': {
      if (state.index === null) return state;
      if (state.index >= state.entries.length - 1) return { ...state, index: null };
      return { ...state, index: state.index + 1 };
    }
  }
}
