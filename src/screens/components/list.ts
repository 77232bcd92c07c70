// Cursor over a list of items (menus, step lists). Pure and tested without Ink.

export interface ListState {
  index: number;
  count: number;
}

export type ListAction =
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'select'; index: number }
  | { type: 'resize'; count: number };

function clamp(index: number, count: number): number {
  return count <= 0 ? 0 : Math.min(Math.max(0, index), count - 1);
}

function to(state: ListState, index: number): ListState {
  const next = clamp(index, state.count);
  return next === state.index ? state : { ...state, index: next };
}

/** Moves stop at the ends (no wrap-around): holding ↓ lands on the last item and stays. */
export function listReducer(state: ListState, action: ListAction): ListState {
  switch (action.type) {
    case 'up':
      return to(state, state.index - 1);
    case 'down':
      return to(state, state.index + 1);
    case 'first':
      return to(state, 0);
    case 'last':
      return to(state, state.count - 1);
    case 'select':
      return to(state, action.index);
    case 'resize':
      return action.count === state.count ? state : { index: clamp(state.index, action.count), count: action.count };
  }
}

/** Which slice of a long list to show so the cursor stays visible (kept near the middle). */
export function visibleWindow(index: number, count: number, height: number): { start: number; end: number } {
  if (count <= height) return { start: 0, end: count };
  const start = Math.min(Math.max(0, index - Math.floor(height / 2)), count - height);
  return { start, end: start + height };
}
