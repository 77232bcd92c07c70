// A windowed list with a cursor; only the visible rows render. Rows come pre-built in two
// versions (plain and selected) whose identities stay stable across cursor moves, so a move
// re-renders the two rows that changed, not the list.

import { Box } from 'ink';
import { memo, useMemo } from 'react';
import type { Line } from '../markdown/lines';
import { LineRow } from '../markdown/LinesView';
import { visibleWindow } from './list';

export interface SelectListProps {
  rows: readonly Line[];
  selectedRows: readonly Line[];
  index: number;
  height: number;
}

export const SelectList = memo(function SelectList({ rows, selectedRows, index, height }: SelectListProps) {
  const { start, end } = visibleWindow(index, rows.length, Math.max(1, height));
  const out = [];
  for (let i = start; i < end; i++) {
    out.push(<LineRow key={i} line={(i === index ? selectedRows[i] : rows[i]) as Line} />);
  }
  return <Box flexDirection="column">{out}</Box>;
});

/** Both versions of every row, rebuilt only when `deps` change. */
export function useRows(count: number, build: (index: number, selected: boolean) => Line, deps: readonly unknown[]) {
  return useMemo(() => {
    const rows: Line[] = [];
    const selectedRows: Line[] = [];
    for (let i = 0; i < count; i++) {
      rows.push(build(i, false));
      selectedRows.push(build(i, true));
    }
    return { rows, selectedRows };
  }, [count, ...deps]);
}
