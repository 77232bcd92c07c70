// The result table as a component: state hook (the window over rows and columns), input hook
// (the key table's 'sql-table' scope) and view. The layout itself is pure: result-table.ts.
//
//   const table = useResultTable(result, { width, height });
//   useResultTableInput(table.dispatch, { isActive: focused });
//   <ResultTable layout={table.layout} />

import { Box } from 'ink';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { QueryResult } from '../../sql/types';
import { Row } from '../components/Row';
import type { Key } from '../input/key';
import { useKeypress } from '../input/keypress';
import { matchKey, type Command } from '../keys';
import {
  layoutResultTable,
  resultTableReducer,
  TABLE_START,
  type ResultTableAction,
  type ResultTableState,
  type TableLayout,
  type TableLayoutOptions,
} from './result-table';

export interface ResultTableHandle {
  state: ResultTableState;
  /** Null while there is no result. */
  layout: TableLayout | null;
  dispatch: (action: ResultTableAction) => void;
}

/** The window over `result`, back at the first row and column whenever the result changes. */
export function useResultTable(result: QueryResult | null, options: TableLayoutOptions): ResultTableHandle {
  const [state, setState] = useState<ResultTableState>(TABLE_START);
  const shownFor = useRef(result);
  let current = state;
  if (shownFor.current !== result) {
    shownFor.current = result;
    // A new result opens at its start; fixed during render so no frame shows the old window.
    if (state !== TABLE_START) {
      current = TABLE_START;
      setState(TABLE_START);
    }
  }
  const { width, height, maxRows } = options;
  const layout = useMemo(
    () => (result ? layoutResultTable(result, current, { width, ...(height !== undefined ? { height } : {}), ...(maxRows !== undefined ? { maxRows } : {}) }) : null),
    [result, current, width, height, maxRows],
  );
  const limits = useRef(layout?.limits);
  limits.current = layout?.limits;
  const dispatch = useCallback((action: ResultTableAction) => {
    const l = limits.current;
    if (l) setState((s) => resultTableReducer(s, action, l));
  }, []);
  return { state: current, layout, dispatch };
}

const ACTIONS: Partial<Record<Command, ResultTableAction>> = {
  tableUp: { type: 'up' },
  tableDown: { type: 'down' },
  tableLeft: { type: 'left' },
  tableRight: { type: 'right' },
  tablePageUp: { type: 'pageUp' },
  tablePageDown: { type: 'pageDown' },
  tableTop: { type: 'top' },
  tableBottom: { type: 'bottom' },
};

/** What a key does to a result table that has the keyboard; undefined when it is not the table's. */
export function resultTableAction(input: string, key: Key): ResultTableAction | undefined {
  const command = matchKey(input, key, 'sql-table');
  return command ? ACTIONS[command] : undefined;
}

/** Moves the table's window with the 'sql-table' keys while `isActive`. */
export function useResultTableInput(dispatch: (action: ResultTableAction) => void, options: { isActive: boolean }): void {
  useKeypress(
    (input, key) => {
      const action = resultTableAction(input, key);
      if (action) dispatch(action);
    },
    { isActive: options.isActive },
  );
}

export const ResultTable = memo(function ResultTable({ layout }: { layout: TableLayout }) {
  return (
    <Box flexDirection="column">
      {layout.lines.map((line, i) => (
        <Row key={i} line={line} />
      ))}
    </Box>
  );
});
