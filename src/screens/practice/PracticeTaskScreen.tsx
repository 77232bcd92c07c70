// PLACEHOLDER: another piece of work replaces this body with the real exercise (filling the
// blanks, running the checks). It shows the task so the navigation around it can be used now.
// Keep the export name and props: registry.ts plugs it in as the 'practice' screen.

import { Box, Text, useInput } from 'ink';
import { useMemo } from 'react';
import type { Block } from '../../lessons/types';
import { SCROLLBAR_WIDTH, Scrollable } from '../components/Scrollable';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useProgress, useTui } from '../context';
import { matchKey } from '../keys';
import { layoutBlocks } from '../markdown/layout';
import type { ScreenOf } from '../nav';
import { useTheme } from '../theme';
import { taskBadge } from './PracticeList';

export interface PracticeTaskScreenProps {
  screen: ScreenOf<'practice'>;
  active: boolean;
}

export function PracticeTaskScreen({ screen, active }: PracticeTaskScreenProps) {
  const { lab, navigate, setStatus } = useTui();
  const progress = useProgress();
  const { width, height } = useBodySize();
  const theme = useTheme();
  const tasks = lab.practice.tasks;
  const index = tasks.findIndex((t) => t.number === screen.task);
  const task = tasks[index];

  useInput(
    (input, key) => {
      const command = matchKey(input, key, 'practice');
      if (command !== 'nextTask' && command !== 'prevTask') return;
      const target = tasks[index + (command === 'nextTask' ? 1 : -1)];
      if (target) navigate({ type: 'replace', screen: { name: 'practice', task: target.number } });
      else setStatus(command === 'nextTask' ? 'This is the last task.' : 'This is the first task.');
    },
    { isActive: active },
  );

  const contentWidth = Math.max(10, width - SCROLLBAR_WIDTH);
  const lines = useMemo(() => {
    if (!task) return [];
    const blocks: Block[] = [
      { kind: 'paragraph', text: `**Topic:** ${task.topic} · **Skills:** ${task.skills}` },
      ...task.prompt,
      { kind: 'heading', level: 3, text: 'Your cell' },
      { kind: 'code', lang: 'python', code: task.todoCell },
      { kind: 'note', text: 'Filling in the blanks here is coming soon: for now, read the cell and think of your answers.' },
    ];
    return layoutBlocks(blocks, { width: contentWidth, noColor: theme.noColor });
  }, [task, contentWidth, theme.noColor]);

  if (!task) return <Text {...theme.style('error')}>There is no task {screen.task} in this lab.</Text>;

  const badge = taskBadge(progress.tasks[task.id], theme.glyph);
  return (
    <Box flexDirection="column">
      <TitleBar kicker={`Task ${task.number}/${tasks.length}`} title={task.title} badge={badge} width={width} />
      <Text> </Text>
      <Scrollable lines={lines} height={Math.max(1, height - 2)} active={active} />
    </Box>
  );
}
