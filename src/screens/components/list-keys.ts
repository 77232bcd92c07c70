// State + input hooks for a list cursor, shared by the menu and the step/task lists.

import { useKeypress } from '../input/keypress';
import { useReducer, type Dispatch } from 'react';
import { matchKey } from '../keys';
import { listReducer, type ListAction, type ListState } from './list';

export function useList(count: number, initialIndex = 0): [ListState, Dispatch<ListAction>] {
  const [state, dispatch] = useReducer(listReducer, undefined, () =>
    listReducer({ index: 0, count }, { type: 'select', index: initialIndex }),
  );
  if (state.count !== count) dispatch({ type: 'resize', count });
  return [state, dispatch];
}

/** The 'list' scope of the key table; Enter calls `onOpen` with the cursor's index. */
export function useListKeys(
  state: ListState,
  dispatch: Dispatch<ListAction>,
  onOpen: (index: number) => void,
  isActive: boolean,
): void {
  useKeypress(
    (input, key) => {
      switch (matchKey(input, key, 'list')) {
        case 'up':
          return dispatch({ type: 'up' });
        case 'down':
          return dispatch({ type: 'down' });
        case 'first':
          return dispatch({ type: 'first' });
        case 'last':
          return dispatch({ type: 'last' });
        case 'open':
          return onOpen(state.index);
        default:
          return undefined;
      }
    },
    { isActive },
  );
}
