// The practice editor plugged into the App: picks the task from the route, saves through the
// progress session (a failed check's wrong blanks become review misses), suspends the App's letter keys (q, ?) while a blank has the
// keyboard, and maps n / p to the neighbouring tasks. Esc outside a blank is the App's own "back".

import { Text } from 'ink';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { wrongBlanks } from '../../../checks/blame';
import { checkTask } from '../../../checks/engine';
import type { Verdict } from '../../../checks/types';
import type { PracticeTask } from '../../../lessons/types';
import type { EditorMode, PracticeInitial } from '../../../practice/editor';
import type { TaskProgress } from '../../../progress/types';
import { useTui } from '../../context';
import type { ScreenOf } from '../../nav';
import { useFooter } from '../../footer-context';
import { useTheme } from '../../theme';
import { PracticeTaskView } from './PracticeTaskView';
import { useSession, type ProgressSession } from '../../session';

export interface PracticeTaskRouteProps {
  screen: ScreenOf<'practice'>;
  active: boolean;
}

const noop = (): void => undefined;
const NO_FOOTER = { scopes: [] };

/**
 * What an earlier session left for a task, as the editor opens it: answers, hints per blank, and
 * the last check, run again on the answers it judged so that it shows in full as it did.
 */
function initialOf(task: PracticeTask, saved: TaskProgress | undefined): PracticeInitial | undefined {
  if (!saved) return undefined;
  const { answers, attempts, hintsUsed, solutionRevealed, secondsSpent, passed, hintLevels, lastVerdict } = saved;
  const initial: PracticeInitial = { answers, attempts, hintsUsed, solutionRevealed, secondsSpent, passed };
  if (hintLevels) initial.hintLevels = hintLevels;
  if (lastVerdict?.answers) initial.lastCheck = { verdict: checkTask(task, lastVerdict.answers), answers: lastVerdict.answers };
  return initial;
}

function recordCheck(session: ProgressSession, task: PracticeTask, verdict: Verdict, answers: readonly string[]): void {
  session.recordCheck(task.id, verdict, answers);
  if (verdict.outcome !== 'passed') session.recordMisses(task, answers, wrongBlanks(task, answers), 'practice');
}

export function PracticeTaskRoute({ screen, active }: PracticeTaskRouteProps) {
  const { lab, navigate, setStatus } = useTui();
  const session = useSession();
  const theme = useTheme();
  const tasks = lab.practice.tasks;
  const index = tasks.findIndex((t) => t.number === screen.task);
  const task = tasks[index];
  // The view opens in command mode and reports every change (onModeChange).
  const [mode, setMode] = useState<EditorMode>('command');

  // The view's own key bar lists the blank's keys: the App's footer stays empty meanwhile.
  useFooter(NO_FOOTER, active && mode === 'edit');

  // Read once per task: the view owns the state from then on.
  const initial = useMemo(() => (task ? initialOf(task, session.get().tasks[task.id]) : undefined), [task, session]);
  // What the screen showed before each change: only the blanks that differ from it are the learner's edits.
  const shown = useRef<readonly string[]>([]);
  useEffect(() => {
    shown.current = initial?.answers ?? [];
  }, [initial]);

  const onNavigate = useCallback(
    (delta: 1 | -1) => {
      const target = tasks[index + delta];
      if (target) navigate({ type: 'replace', screen: { name: 'practice', task: target.number } });
      else setStatus(delta === 1 ? 'This is the last task.' : 'This is the first task.');
    },
    [tasks, index, navigate, setStatus],
  );

  if (!task) return <Text {...theme.style('error')}>There is no task {screen.task} in this lab.</Text>;
  const id = task.id;
  return (
    <PracticeTaskView
      key={id}
      task={task}
      initial={initial}
      taskCount={tasks.length}
      active={active}
      onModeChange={setMode}
      onChange={(answers) => {
        session.setAnswers(id, answers, shown.current);
        shown.current = answers;
      }}
      onCheck={(verdict, answers) => recordCheck(session, task, verdict, answers)}
      onHint={(blankId, level) => {
        const blank = task.blanks.findIndex((b) => b.id === blankId);
        session.useHint(id, blank === -1 ? undefined : blank, level);
      }}
      onReveal={() => session.revealSolution(id)}
      onTime={(seconds) => session.addSeconds(id, seconds)}
      onBack={noop}
      onNavigate={onNavigate}
    />
  );
}
