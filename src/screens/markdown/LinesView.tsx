// Draws laid-out lines. Each row is memoised on its Line object, and rows are keyed by their
// absolute index, so scrolling by one line re-renders one row, not the page.

import { Box, Text } from 'ink';
import { memo } from 'react';
import { mergeStyles, useTheme } from '../theme';
import type { Line } from './lines';

export const LineRow = memo(function LineRow({ line }: { line: Line }) {
  const theme = useTheme();
  if (line.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate-end">
      {line.map((seg, i) =>
        seg.roles && seg.roles.length > 0 ? (
          <Text key={i} {...mergeStyles(theme, seg.roles)}>
            {seg.text}
          </Text>
        ) : (
          seg.text
        ),
      )}
    </Text>
  );
});

export interface LinesViewProps {
  lines: readonly Line[];
  /** First line shown (default 0). */
  start?: number;
  /** How many lines to show (default: all from `start`). */
  count?: number;
}

export const LinesView = memo(function LinesView({ lines, start = 0, count }: LinesViewProps) {
  const end = count === undefined ? lines.length : Math.min(lines.length, start + count);
  const rows = [];
  for (let i = start; i < end; i++) rows.push(<LineRow key={i} line={lines[i] as Line} />);
  return <Box flexDirection="column">{rows}</Box>;
});
