// A running session: the review core's state machine (sessionReducer), the card on screen,
// and the writes to the progress store. Every rated card is written at once (and again if the
// rating is changed), so leaving or quitting mid-session keeps what was answered.

import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { ReviewResult } from '../../review/session';
import type { ReviewRating } from '../../review/types';
import { useTui } from '../context';
import type { ProgressSession } from '../session';
import { useTheme } from '../theme';
import { AnsweredCard, QuestionCard } from './CardView';
import type { ReviewCore } from './core';
import { plural, summaryLines } from './layout';
import { Panel } from './Panel';
import { useSummaryPanel } from './useSummaryPanel';
import { SCROLLBAR_WIDTH } from '../components/Scrollable';

type SessionState = ReturnType<ReviewCore['initSession']>;
type Session = ReturnType<ReviewCore['buildSession']>;

/**
 * Writes every card schedule the session changed, as soon as it changes: a rating (again if it
 * is changed), a suspension or burial, and the old state back on undo. What was written is
 * remembered, so each change is written once.
 */
function useSaveStates(core: ReviewCore, store: ProgressSession, session: Session, state: SessionState): void {
  const written = useRef<Record<string, unknown>>(session.states);
  const dirty = useRef(false);
  useEffect(() => {
    const wanted = core.storedStates(state);
    let changed = false;
    for (const [id, value] of Object.entries(wanted)) {
      if (written.current[id] === value) continue;
      // Undo back to "never reviewed": null reads as a new card.
      store.setCard(id, value ?? null);
      changed = true;
    }
    if (!changed) return;
    written.current = wanted;
    store.scheduleSave();
    dirty.current = true;
  }, [core, store, state]);
  // Leaving mid-session (Esc): save now rather than at the end of the debounce.
  useEffect(
    () => () => {
      if (dirty.current) store.flush();
    },
    [store],
  );
}

export interface SessionViewProps {
  core: ReviewCore;
  store: ProgressSession;
  session: Session;
  width: number;
  height: number;
  active: boolean;
}

const RATING_ORDER: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

export function SessionView({ core, store, session, width, height, active }: SessionViewProps) {
  const [state, dispatch] = useReducer(core.sessionReducer, session, (s: Session) => core.initSession(s.cards, { states: s.states, params: s.params }));
  useSaveStates(core, store, session, state);
  const progress = useSyncExternalStore(
    useCallback((listener: () => void) => store.subscribe(listener), [store]),
    useCallback(() => store.get(), [store]),
  );

  const onAnswer = useCallback((answer: string) => dispatch({ type: 'answer', answer, at: new Date().toISOString() }), []);
  const onRate = useCallback((rating: ReviewRating) => dispatch({ type: 'override', rating }), []);
  const onNext = useCallback(() => dispatch({ type: 'next', at: new Date().toISOString() }), []);
  const onAny = useCallback((command: 'undoRating' | 'suspendCard' | 'buryCard') => {
    const at = new Date().toISOString();
    if (command === 'undoRating') dispatch({ type: 'undo' });
    else dispatch({ type: command === 'suspendCard' ? 'suspend' : 'bury', at });
  }, []);
  const intervals = useMemo(
    () => (state.intervals ? (Object.fromEntries(RATING_ORDER.map((r) => [r, core.formatInterval(state.intervals?.[r] ?? 0)])) as Record<ReviewRating, string>) : null),
    [core, state.intervals],
  );

  if (state.phase === 'finished') {
    return <SummaryPanel core={core} store={store} results={state.results} setAside={state.setAside.length} total={state.size} width={width} height={height} active={active} />;
  }
  const card = core.currentCard(state);
  if (!card) return null;
  const missed = card.blankId !== undefined && core.isMissActive(progress.misses[card.blankId], progress.cards[card.scheduleId]?.state);
  const again = state.results.some((r) => r.scheduleId === card.scheduleId);
  const frame = {
    card,
    position: state.shown,
    more: core.cardsLeft(state) - 1,
    missed,
    again,
    canUndo: state.history.length > 0,
    onAny,
    width,
    height,
    active,
  };
  if (state.phase === 'question') return <QuestionCard key={`q${state.shown}`} {...frame} onAnswer={onAnswer} />;
  return (
    <AnsweredCard
      key={`a${state.shown}`}
      {...frame}
      answer={state.answer}
      judgement={state.judgement}
      suggested={state.suggested}
      rating={state.rating}
      intervals={intervals}
      onRate={onRate}
      onNext={onNext}
    />
  );
}

interface SummaryPanelProps {
  core: ReviewCore;
  store: ProgressSession;
  results: readonly ReviewResult[];
  /** Cards the session started with (some may be left unanswered when it ends early). */
  total: number;
  /** Cards suspended or buried during the session. */
  setAside: number;
  width: number;
  height: number;
  active: boolean;
}

function SummaryPanel({ core, store, results, total, setAside, width, height, active }: SummaryPanelProps) {
  const theme = useTheme();
  const { setStatus } = useTui();
  // The session is over: save now (once: flushing is idempotent), and say so if it failed.
  const [saved] = useState(() => store.flush());
  useEffect(() => {
    if (!saved) setStatus('Your ratings could not be saved yet; saving is retried.', 'error');
  }, [saved, setStatus]);
  const summary = useMemo(() => core.summarize(results), [core, results]);
  const lines = useMemo(
    () => summaryLines(summary, saved, { width: Math.max(10, width - SCROLLBAR_WIDTH), noColor: theme.noColor }, theme.glyph, setAside),
    [summary, saved, width, theme, setAside],
  );
  const scroll = useSummaryPanel(lines.length, height, active);
  return (
    <Panel
      title="Session summary"
      badge={{ text: `${plural(summary.answered, 'answer')} · ${plural(total, 'card')}`, roles: ['muted'] }}
      width={width}
      lines={lines}
      scroll={scroll}
    />
  );
}
