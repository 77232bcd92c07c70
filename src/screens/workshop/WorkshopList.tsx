// The workshop's table of contents: the overview, the eight steps (✓ when done), the reference.

import { Box, Text } from 'ink';
import { useLayoutEffect } from 'react';
import { useList, useListKeys } from '../components/list-keys';
import { pointer, rowLine } from '../components/list-row';
import { SelectList, useRows } from '../components/SelectList';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { useProgressSummary } from '../session';
import { parseInline } from '../markdown/inline';
import type { Screen } from '../nav';
import { useTheme } from '../theme';
import { sectionSubtitle, workshopDone } from '../home/menu';

interface Entry {
  label: string;
  title: string;
  target: Screen;
  stepId?: string;
}

export function WorkshopList({ active }: { screen: Screen; active: boolean }) {
  const { lab, navigate } = useTui();
  const progress = useProgressSummary();
  const { width, height } = useBodySize();
  const { glyph, noColor } = useTheme();

  const entries: Entry[] = [
    { label: 'Overview', title: sectionSubtitle(lab.workshop.title), target: { name: 'doc', doc: 'workshop-intro' } },
    ...lab.workshop.steps.map((s) => ({
      label: `Step ${s.number}`,
      title: s.title,
      target: { name: 'workshop', step: s.number } as Screen,
      stepId: s.id,
    })),
    { label: 'Reference', title: 'YAML definitions of both jobs', target: { name: 'doc', doc: 'workshop-reference' } },
  ];
  const lastStep = progress.last?.name === 'workshop' ? progress.last.step : undefined;
  const lastIndex = entries.findIndex((e) => e.target.name === 'workshop' && e.target.step === lastStep);
  const [state, dispatch] = useList(entries.length, lastIndex === -1 ? 1 : lastIndex);
  useListKeys(state, dispatch, (i) => entries[i] && navigate({ type: 'open', screen: entries[i].target }), active);

  // Back from a step (maybe after → → →): put the cursor on the step the learner was on.
  // A layout effect: the selection is in place before the next key of a burst is handled.
  useLayoutEffect(() => {
    if (active && lastIndex !== -1) dispatch({ type: 'select', index: lastIndex });
  }, [active, lastIndex, dispatch]);

  const done = new Set(progress.stepsDone);
  // Marked by hand while the checkpoint does not pass: not done, but not untouched either.
  const marked = new Set(progress.stepsMarked);
  const { rows, selectedRows } = useRows(
    entries.length,
    (i, selected) => {
      const e = entries[i] as Entry;
      const mark = e.stepId
        ? done.has(e.stepId)
          ? { text: `${glyph.done} `, roles: ['success' as const] }
          : { text: `${glyph.todo} `, roles: marked.has(e.stepId) ? ['warning' as const] : ['muted' as const] }
        : { text: '  ' };
      return rowLine(
        [
          pointer(selected, glyph),
          { segs: [mark], width: 2 },
          { segs: [{ text: e.label, roles: selected ? ['selection'] : [] }], width: 11 },
          { segs: parseInline(e.title, { keepCodeTicks: noColor, roles: e.stepId ? [] : ['muted'] }) },
        ],
        width,
      );
    },
    [lab, progress.stepsDone, progress.stepsMarked, width, glyph, noColor],
  );

  return (
    <Box flexDirection="column">
      <TitleBar
        kicker="Workshop"
        title={sectionSubtitle(lab.workshop.title)}
        badge={{ text: `${workshopDone(lab, progress)}/${lab.workshop.steps.length} done`, roles: ['muted'] }}
        width={width}
      />
      <Text> </Text>
      <SelectList rows={rows} selectedRows={selectedRows} index={state.index} height={height - 2} />
    </Box>
  );
}
