// The SQL lab's exercises, from Practice (after Task 7): each with ✓ passed / ● attempted / ○ not yet.

import { Box, Text } from 'ink';
import { SQL_LAB_OUTLINE } from '../../lessons/sql-lab-outline';
import { useList, useListKeys } from '../components/list-keys';
import { pointer, rowLine } from '../components/list-row';
import { SelectList, useRows } from '../components/SelectList';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { parseInline } from '../markdown/inline';
import type { Screen } from '../nav';
import { taskMarker } from '../practice/PracticeList';
import { useProgressSummary } from '../session';
import { useTheme } from '../theme';

export function SqlLabList({ active }: { screen: Screen; active: boolean }) {
  const { navigate } = useTui();
  const progress = useProgressSummary();
  const { width, height } = useBodySize();
  const theme = useTheme();
  const { glyph, noColor } = theme;
  const [state, dispatch] = useList(SQL_LAB_OUTLINE.length, 0);
  useListKeys(
    state,
    dispatch,
    (i) => {
      const exercise = SQL_LAB_OUTLINE[i];
      if (exercise) navigate({ type: 'open', screen: { name: 'sql-exercise', exercise: exercise.id } });
    },
    active,
  );
  const { rows, selectedRows } = useRows(
    SQL_LAB_OUTLINE.length,
    (i, selected) => {
      const exercise = SQL_LAB_OUTLINE[i]!;
      return rowLine(
        [
          pointer(selected, glyph),
          { segs: [taskMarker(progress.sql[exercise.id], glyph)], width: 2 },
          { segs: [{ text: `${i + 1}.`, roles: selected ? ['selection'] : ['muted'] }], width: 4 },
          { segs: parseInline(exercise.title, { keepCodeTicks: noColor, roles: selected ? ['selection'] : [] }) },
        ],
        width,
      );
    },
    [progress.sql, width, glyph, noColor],
  );
  const passed = SQL_LAB_OUTLINE.filter((e) => progress.sql[e.id]?.passed).length;
  return (
    <Box flexDirection="column">
      <TitleBar kicker="Practice" title="SQL lab: monitoring queries on the system tables" badge={{ text: `${passed}/${SQL_LAB_OUTLINE.length} passed`, roles: ['muted'] }} width={width} />
      <Text {...theme.style('muted')} wrap="truncate-end">
        Each query is judged by its rows, against the reference on three histories.
      </Text>
      <SelectList rows={rows} selectedRows={selectedRows} index={state.index} height={height - 4} />
      <Text> </Text>
      <Text {...theme.style('muted')} wrap="truncate-end">
        {`${glyph.done} passed  ${glyph.attempted} attempted  ${glyph.todo} not yet`}
      </Text>
    </Box>
  );
}
