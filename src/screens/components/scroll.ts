// Scroll position over a known number of lines. Pure, so it is tested without Ink.

export interface ScrollState {
  offset: number;
  total: number;
  viewport: number;
}

export type ScrollAction =
  | { type: 'lineUp' }
  | { type: 'lineDown' }
  | { type: 'pageUp' }
  | { type: 'pageDown' }
  | { type: 'top' }
  | { type: 'bottom' }
  | { type: 'scrollTo'; offset: number }
  /** Content or viewport changed (new text, terminal resized): keep the offset valid. */
  | { type: 'resize'; total: number; viewport: number };

export function maxOffset(state: Pick<ScrollState, 'total' | 'viewport'>): number {
  return Math.max(0, state.total - Math.max(1, state.viewport));
}

function clampOffset(state: ScrollState, offset: number): ScrollState {
  const next = Math.min(Math.max(0, offset), maxOffset(state));
  return next === state.offset ? state : { ...state, offset: next };
}

/** A page keeps one line of the previous page in view, for reading continuity. */
function pageSize(state: ScrollState): number {
  return Math.max(1, state.viewport - 1);
}

export function scrollReducer(state: ScrollState, action: ScrollAction): ScrollState {
  switch (action.type) {
    case 'lineUp':
      return clampOffset(state, state.offset - 1);
    case 'lineDown':
      return clampOffset(state, state.offset + 1);
    case 'pageUp':
      return clampOffset(state, state.offset - pageSize(state));
    case 'pageDown':
      return clampOffset(state, state.offset + pageSize(state));
    case 'top':
      return clampOffset(state, 0);
    case 'bottom':
      return clampOffset(state, maxOffset(state));
    case 'scrollTo':
      return clampOffset(state, action.offset);
    case 'resize': {
      if (action.total === state.total && action.viewport === state.viewport) return state;
      return clampOffset({ ...state, total: action.total, viewport: action.viewport }, state.offset);
    }
  }
}

export function initScroll(total: number, viewport: number): ScrollState {
  return { offset: 0, total, viewport };
}

/** Scrollbar thumb as [first row, row count] within a track of `viewport` rows. */
export function thumb(state: ScrollState): [number, number] | undefined {
  const { total, viewport, offset } = state;
  if (total <= viewport || viewport <= 0) return undefined;
  const size = Math.max(1, Math.round((viewport * viewport) / total));
  const max = maxOffset(state);
  const start = max === 0 ? 0 : Math.round(((viewport - size) * offset) / max);
  return [start, size];
}
