// One workshop step: its text in a scroll view, ←/→ to the neighbouring steps, d to mark it
// done. A checkpoint (questions on the step, built elsewhere) plugs into the `checkpoint` slot
// under the text; Tab gives it the keyboard and Esc takes it back.

import { Box, Text, measureElement, type DOMElement } from 'ink';
import { FocusScope, useFocusOwner, useKeypress } from '../input/keypress';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { WorkshopStep } from '../../lessons/types';
import { SCROLLBAR_WIDTH, Scrollable } from '../components/Scrollable';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { useProgressSummary, useSession } from '../session';
import { useFooter } from '../footer-context';
import { keyLabel, KEYS, matchKey, type KeySpec } from '../keys';
import { layoutBlocks } from '../markdown/layout';
import type { Line } from '../markdown/lines';
import type { ScreenOf } from '../nav';
import { useTheme } from '../theme';

export interface CheckpointContext {
  step: WorkshopStep;
  /** The checkpoint has the keyboard (after Tab); the step's own keys are off meanwhile. */
  focused: boolean;
  /** Give the keyboard back to the step text (as Esc does). */
  release: () => void;
  /** Mark the step done, e.g. when its checkpoint is answered correctly. */
  markDone: () => void;
}

export interface WorkshopStepScreenProps {
  screen: ScreenOf<'workshop'>;
  active: boolean;
  /** Rendered under the step text; a function receives the focus state. */
  checkpoint?: ReactNode | ((ctx: CheckpointContext) => ReactNode);
}

const first = (spec: readonly KeySpec[]): string => keyLabel(spec[0] as KeySpec);

/** The closing lines of every step: what to do next, in the table's own key names. */
function endLines(isLast: boolean, hasCheckpoint: boolean): Line[] {
  const next = isLast ? '' : `, ${first(KEYS.nextStep.keys)} for the next step`;
  const done = hasCheckpoint
    ? `${first(KEYS.focusCheckpoint.keys)} opens its checkpoint: the step is done while it passes${next}.`
    : `${first(KEYS.toggleDone.keys)} marks it done${next}.`;
  return [[], [{ text: `End of step. ${done}`, roles: ['muted', 'italic'] }]];
}

const CHECKPOINT_FOOTER = { scopes: ['form', 'field'] as const };

export function WorkshopStepScreen({ screen, active, checkpoint }: WorkshopStepScreenProps) {
  const { lab, navigate, setStatus } = useTui();
  const session = useSession();
  const progress = useProgressSummary();
  const { width, height } = useBodySize();
  const theme = useTheme();
  const steps = lab.workshop.steps;
  const index = steps.findIndex((s) => s.number === screen.step);
  const step = steps[index];

  // The checkpoint is a focus owner under this screen: Tab gives it the keyboard, Esc takes it
  // back; while it has it, the step's keys (and the App's q / ? / Esc) are off.
  const checkpointFocus = useFocusOwner('checkpoint', { captures: true });
  const focused = checkpointFocus.focused;
  // In the checkpoint the footer shows the form's keys (from the key table), Esc included.
  useFooter(CHECKPOINT_FOOTER, active && focused);
  const contentActive = active && !focused;

  // Done means the checkpoint passes now; a hand mark (d) without it is shown, never counted.
  const done = step ? progress.stepsDone.includes(step.id) : false;
  const marked = step ? progress.stepsMarked.includes(step.id) : false;

  const markDone = useCallback(
    (value = true) => {
      if (!step) return;
      session.markStep(step.id, value);
      const passes = session.summary().stepsDone.includes(step.id);
      if (!value) setStatus(`Step ${step.number} marked not done.`, 'info');
      else if (passes) setStatus(`Step ${step.number} marked done.`, 'success');
      else setStatus(`Step ${step.number} marked done, but its checkpoint has not passed: it does not count as done yet.`, 'info');
    },
    [step, session, setStatus],
  );

  const go = (delta: number): void => {
    const target = steps[index + delta];
    if (target) navigate({ type: 'replace', screen: { name: 'workshop', step: target.number } });
    else setStatus(delta > 0 ? 'This is the last step.' : 'This is the first step.');
  };

  useKeypress(
    (input, key) => {
      if (matchKey(input, key, 'field') === 'leaveField') checkpointFocus.release();
    },
    { owner: checkpointFocus.id, isActive: active },
  );
  useKeypress(
    (input, key) => {
      switch (matchKey(input, key, 'workshop')) {
        case 'nextStep':
          return go(1);
        case 'prevStep':
          return go(-1);
        case 'toggleDone':
          return markDone(!(done || marked));
        case 'focusCheckpoint':
          if (checkpoint !== undefined) checkpointFocus.take();
          return undefined;
        default:
          return undefined;
      }
    },
    { isActive: active },
  );

  // The checkpoint's height is only known after Ink lays it out: measure, then give the
  // scroll view what is left. Re-measured after every render; state changes only on a change.
  const checkpointRef = useRef<DOMElement>(null);
  const [checkpointHeight, setCheckpointHeight] = useState(0);
  useEffect(() => {
    const h = checkpointRef.current ? measureElement(checkpointRef.current).height : 0;
    if (h !== checkpointHeight) setCheckpointHeight(h);
  });

  const contentWidth = Math.max(10, width - SCROLLBAR_WIDTH);
  const hasCheckpoint = checkpoint !== undefined;
  const lines = useMemo(
    () => (step ? [...layoutBlocks(step.blocks, { width: contentWidth, noColor: theme.noColor }), ...endLines(index === steps.length - 1, hasCheckpoint)] : []),
    [step, contentWidth, theme.noColor, index, steps.length, hasCheckpoint],
  );

  if (!step) {
    return <Text {...theme.style('error')}>There is no step {screen.step} in this lab.</Text>;
  }

  const slot =
    typeof checkpoint === 'function'
      ? checkpoint({ step, focused, release: checkpointFocus.release, markDone: () => markDone(true) })
      : checkpoint;
  const badge = done
    ? { text: `${theme.glyph.done} done`, roles: ['success' as const] }
    : marked
      ? { text: `${theme.glyph.todo} marked done, checkpoint not passed`, roles: ['warning' as const] }
      : { text: `${theme.glyph.todo} not done`, roles: ['muted' as const] };

  return (
    <Box flexDirection="column">
      <TitleBar kicker={`Step ${step.number}/${steps.length}`} title={step.title} badge={badge} width={width} />
      <Text> </Text>
      <Scrollable lines={lines} height={Math.max(1, height - 2 - checkpointHeight)} active={contentActive} />
      {slot !== undefined && slot !== null ? (
        <Box ref={checkpointRef} flexDirection="column" flexShrink={0}>
          <FocusScope owner={checkpointFocus.id}>{slot}</FocusScope>
        </Box>
      ) : null}
    </Box>
  );
}
