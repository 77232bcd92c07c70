// The eight practice tasks with ✓ passed / ● attempted / ○ not yet, plus overview and summary.

import { Box, Text } from 'ink';
import { useLayoutEffect } from 'react';
import { useList, useListKeys } from '../components/list-keys';
import { pointer, rowLine } from '../components/list-row';
import { SelectList, useRows } from '../components/SelectList';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { practicePassed, sectionSubtitle } from '../home/menu';
import { parseInline } from '../markdown/inline';
import type { Segment } from '../markdown/lines';
import type { Screen } from '../nav';
import { SQL_LAB_OUTLINE } from '../../lessons/sql-lab-outline';
import { useProgressSummary, type ProgressSummary, type TaskStatus } from '../session';
import { useTheme, type Glyphs } from '../theme';

interface Entry {
  label: string;
  title: string;
  target: Screen;
  taskId?: string;
  /** The SQL lab's entry: its marker sums up the exercises. */
  sqlLab?: boolean;
}

/** ✓ when every SQL lab exercise passed, ● when one was tried, ○ before. */
function sqlLabStatus(progress: ProgressSummary): TaskStatus {
  const states = SQL_LAB_OUTLINE.map((e) => progress.sql[e.id]);
  return { passed: states.every((s) => s?.passed), attempted: states.some((s) => s?.attempted || s?.passed) };
}

export function taskMarker(progress: TaskStatus | undefined, glyph: Glyphs): Segment {
  if (progress?.passed) return { text: `${glyph.done} `, roles: ['success'] };
  if (progress?.attempted) return { text: `${glyph.attempted} `, roles: ['warning'] };
  return { text: `${glyph.todo} `, roles: ['muted'] };
}

export function PracticeList({ active }: { screen: Screen; active: boolean }) {
  const { lab, navigate } = useTui();
  const progress = useProgressSummary();
  const { width, height } = useBodySize();
  const theme = useTheme();
  const { glyph, noColor } = theme;

  const entries: Entry[] = [
    { label: 'Overview', title: 'What the eight tasks cover', target: { name: 'doc', doc: 'practice-intro' } },
    ...lab.practice.tasks.flatMap((t): Entry[] => {
      const task: Entry = { label: `Task ${t.number}`, title: t.title, target: { name: 'practice', task: t.number }, taskId: t.id };
      // The SQL lab follows Task 7, the system-tables task it goes beyond.
      if (t.number !== 7) return [task];
      return [task, { label: 'SQL lab', title: `${SQL_LAB_OUTLINE.length} monitoring queries, judged by their rows`, target: { name: 'sql-lab' }, sqlLab: true }];
    }),
    { label: 'Summary', title: 'Key takeaways and the exam tip', target: { name: 'doc', doc: 'summary' } },
  ];
  const lastTask = progress.last?.name === 'practice' ? progress.last.task : undefined;
  const lastIndex = entries.findIndex((e) => e.target.name === 'practice' && e.target.task === lastTask);
  const [state, dispatch] = useList(entries.length, lastIndex === -1 ? 1 : lastIndex);
  useListKeys(state, dispatch, (i) => entries[i] && navigate({ type: 'open', screen: entries[i].target }), active);

  // A layout effect: the selection is in place before the next key of a burst is handled.
  useLayoutEffect(() => {
    if (active && lastIndex !== -1) dispatch({ type: 'select', index: lastIndex });
  }, [active, lastIndex, dispatch]);

  const { rows, selectedRows } = useRows(
    entries.length,
    (i, selected) => {
      const e = entries[i] as Entry;
      return rowLine(
        [
          pointer(selected, glyph),
          { segs: [e.taskId ? taskMarker(progress.tasks[e.taskId], glyph) : e.sqlLab ? taskMarker(sqlLabStatus(progress), glyph) : { text: '  ' }], width: 2 },
          { segs: [{ text: e.label, roles: selected ? ['selection'] : [] }], width: 10 },
          { segs: parseInline(e.title, { keepCodeTicks: noColor, roles: e.taskId || e.sqlLab ? [] : ['muted'] }) },
        ],
        width,
      );
    },
    [lab, progress.tasks, progress.sql, width, glyph, noColor],
  );

  return (
    <Box flexDirection="column">
      <TitleBar
        kicker="Practice"
        title={sectionSubtitle(lab.practice.title)}
        badge={{ text: `${practicePassed(lab, progress)}/${lab.practice.tasks.length} passed`, roles: ['muted'] }}
        width={width}
      />
      <Text> </Text>
      <SelectList rows={rows} selectedRows={selectedRows} index={state.index} height={height - 4} />
      <Text> </Text>
      <Text {...theme.style('muted')} wrap="truncate-end">
        {`${glyph.done} passed  ${glyph.attempted} attempted  ${glyph.todo} not yet`}
      </Text>
    </Box>
  );
}
