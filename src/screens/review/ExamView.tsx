// The mock exam (`review --exam [N]`): a start panel, then one question at a time against the
// clock with no verdict shown, then the score per topic and the answers to what was missed. The
// exam's state machine is the review core's examReducer; this file draws it and saves the misses.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { SCROLLBAR_WIDTH } from '../components/Scrollable';
import { useTui } from '../context';
import { useFooter } from '../footer-context';
import { useKeypress } from '../input/keypress';
import { matchKey } from '../keys';
import type { ProgressSession } from '../session';
import { useTheme } from '../theme';
import { QuestionCard } from './CardView';
import type { ReviewCore } from './core';
import { clock, examResultLines, examStartLines } from './layout';
import { PANEL_HEAD_ROWS, Panel, usePanelScroll } from './Panel';
import { footerFor } from './phase';
import { useSummaryPanel } from './useSummaryPanel';

type ExamState = ReturnType<ReviewCore['initExam']>;
type ExamAction = Parameters<ReviewCore['examReducer']>[1];

export interface ExamViewProps {
  core: ReviewCore;
  store: ProgressSession;
  questions: number;
  seed: number;
  width: number;
  height: number;
  active: boolean;
}

export function ExamView({ core, store, questions: count, seed, width, height, active }: ExamViewProps) {
  const { lab } = useTui();
  const theme = useTheme();
  const questions = useMemo(() => core.buildExam({ lab, seed, questions: count }), [core, lab, seed, count]);
  const [exam, setExam] = useState<ExamState | null>(null);
  const dispatch = useCallback((action: ExamAction) => setExam((s) => (s ? core.examReducer(s, action) : s)), [core]);

  // The clock: once a second, to draw the time left and to end the exam when it is up.
  const [now, setNow] = useState(() => Date.now());
  const running = exam?.phase === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => {
      const at = Date.now();
      setNow(at);
      dispatch({ type: 'tick', at });
    }, 1000);
    return () => clearInterval(timer);
  }, [running, dispatch]);

  const startLines = useMemo(
    () =>
      examStartLines(
        { questions: questions.length, topics: new Set(questions.map((q) => q.topic)).size, minutes: Math.round((questions.length * core.SECONDS_PER_QUESTION) / 60) },
        { width: Math.max(10, width - SCROLLBAR_WIDTH), noColor: theme.noColor },
      ),
    [questions, core, width, theme],
  );
  const startViewport = Math.max(1, height - PANEL_HEAD_ROWS);
  const startScroll = usePanelScroll(startLines.length, startViewport, 0, active && exam === null);
  useFooter(footerFor('start', startLines.length > startViewport, { exam: true }), active && exam === null);
  useKeypress(
    (input, key) => {
      if (matchKey(input, key, 'review') === 'startReview' && questions.length > 0) {
        const at = Date.now();
        setNow(at);
        setExam(core.initExam(questions, at));
      }
    },
    { isActive: active && exam === null },
  );

  if (exam === null) {
    return <Panel title="Mock exam" badge={{ text: 'no feedback until the end', roles: ['muted'] }} width={width} lines={startLines} scroll={startScroll} />;
  }
  if (exam.phase === 'finished') return <ExamResults core={core} store={store} exam={exam} width={width} height={height} active={active} />;
  const card = exam.questions[exam.index];
  if (!card) return null;
  const left = exam.deadline - now;
  return (
    <QuestionCard
      key={`x${exam.index}`}
      card={card}
      position={exam.index + 1}
      more={exam.questions.length - exam.index - 1}
      missed={false}
      again={false}
      canUndo={false}
      heading={{ kicker: `Question ${exam.index + 1}/${exam.questions.length}`, badge: { text: `${clock(left)} left`, roles: [left < 60_000 ? 'warning' : 'muted'] } }}
      width={width}
      height={height}
      active={active}
      onAnswer={(answer) => dispatch({ type: 'answer', answer, at: Date.now() })}
    />
  );
}

function ExamResults({ core, store, exam, width, height, active }: { core: ReviewCore; store: ProgressSession; exam: ExamState; width: number; height: number; active: boolean }) {
  const theme = useTheme();
  const { setStatus } = useTui();
  const score = useMemo(() => core.scoreExam(exam), [core, exam]);
  // Once, when the exam ends: the missed questions enter the schedule (Again, due in minutes).
  const [saved] = useState(() => {
    const states = Object.fromEntries(Object.entries(store.get().cards).map(([id, c]) => [id, c.state]));
    for (const [id, state] of Object.entries(core.examScheduleUpdates(score, states, new Date()))) store.setCard(id, state);
    return store.flush();
  });
  useEffect(() => {
    if (!saved) setStatus('The missed questions could not be saved yet; saving is retried.', 'error');
  }, [saved, setStatus]);
  const lines = useMemo(
    () =>
      examResultLines(
        {
          ...score,
          missed: score.missed.map((m) => ({ prompt: m.card.prompt, given: m.given, expected: m.expected })),
          endedBy: exam.endedBy,
          saved,
        },
        { width: Math.max(10, width - SCROLLBAR_WIDTH), noColor: theme.noColor },
        theme.glyph,
      ),
    [score, exam.endedBy, saved, width, theme],
  );
  const scroll = useSummaryPanel(lines.length, height, active);
  return (
    <Panel title="Mock exam results" badge={{ text: `${score.correct}/${score.asked} right`, roles: ['muted'] }} width={width} lines={lines} scroll={scroll} />
  );
}
