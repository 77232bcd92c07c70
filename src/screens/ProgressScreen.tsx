// Everything done so far, step by step and task by task.

import { Box, Text } from 'ink';
import { useMemo } from 'react';
import type { Lab } from '../lessons/types';
import { barCells } from './components/bar';
import { SCROLLBAR_WIDTH, Scrollable } from './components/Scrollable';
import { TitleBar } from './components/TitleBar';
import { useBodySize, useTui } from './context';
import { useProgressSummary, type ProgressSummary } from './session';
import { describeLocation, practicePassed, validLocation, workshopDone } from './home/menu';
import { parseInline } from './markdown/inline';
import { truncateLine, wrapSegments, type Line, type Segment } from './markdown/lines';
import { taskMarker } from './practice/PracticeList';
import type { Glyphs } from './theme';
import { useTheme } from './theme';

function bar(done: number, total: number, glyph: Glyphs): Segment[] {
  const { full, empty } = barCells(done, total, 16);
  return [
    { text: glyph.barFull.repeat(full), roles: ['barFull'] },
    { text: glyph.barEmpty.repeat(empty), roles: ['barEmpty'] },
  ];
}

export function progressLines(lab: Lab, progress: ProgressSummary, width: number, glyph: Glyphs, noColor: boolean): Line[] {
  const lines: Line[] = [];
  const inline = (text: string): Segment[] => parseInline(text, { keepCodeTicks: noColor });
  const steps = workshopDone(lab, progress);
  lines.push([
    { text: 'Workshop  ', roles: ['heading'] },
    ...bar(steps, lab.workshop.steps.length, glyph),
    { text: `  ${steps}/${lab.workshop.steps.length} steps done` },
  ]);
  for (const s of lab.workshop.steps) {
    const done = progress.stepsDone.includes(s.id);
    const mark: Segment = done ? { text: `  ${glyph.done} `, roles: ['success'] } : { text: `  ${glyph.todo} `, roles: ['muted'] };
    lines.push(truncateLine([mark, { text: `Step ${s.number}  ` }, ...inline(s.title)], width));
  }
  lines.push([]);
  const passed = practicePassed(lab, progress);
  const attempted = lab.practice.tasks.filter((t) => progress.tasks[t.id]?.attempted && !progress.tasks[t.id]?.passed).length;
  lines.push([
    { text: 'Practice  ', roles: ['heading'] },
    ...bar(passed, lab.practice.tasks.length, glyph),
    { text: `  ${passed}/${lab.practice.tasks.length} passed${attempted ? `, ${attempted} attempted` : ''}` },
  ]);
  for (const t of lab.practice.tasks) {
    const mark = taskMarker(progress.tasks[t.id], glyph);
    lines.push(truncateLine([{ text: '  ' }, mark, { text: `Task ${t.number}  ` }, ...inline(t.title)], width));
  }
  const last = validLocation(lab, progress.last);
  if (last) {
    lines.push([]);
    lines.push(...wrapSegments([{ text: 'Last visited: ', roles: ['muted'] }, ...inline(describeLocation(lab, last))], width));
  }
  return lines.map((l) => truncateLine(l, width));
}

export function ProgressScreen({ active }: { active: boolean }) {
  const { lab } = useTui();
  const progress = useProgressSummary();
  const { width, height } = useBodySize();
  const { glyph, noColor } = useTheme();
  const contentWidth = Math.max(10, width - SCROLLBAR_WIDTH);
  const lines = useMemo(
    () => progressLines(lab, progress, contentWidth, glyph, noColor),
    [lab, progress, contentWidth, glyph, noColor],
  );
  return (
    <Box flexDirection="column">
      <TitleBar title="Your progress" width={width} />
      <Text> </Text>
      <Scrollable lines={lines} height={Math.max(1, height - 2)} active={active} />
    </Box>
  );
}
