// A running session: the review core's state machine (sessionReducer), the card on screen,
// and the writes to the progress store. Every rated card is written at once (and again if the
// rating is changed), so leaving or quitting mid-session keeps what was answered.

import { useKeypress } from '../input/keypress';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import type { ReviewResult } from '../../review/session';
import type { Card, ReviewRating } from '../../review/types';
import { useTui } from '../context';
import { useFooter } from '../footer-context';
import { matchKey } from '../keys';
import type { CardProgress } from '../../progress/types';
import type { ProgressSession } from '../session';
import { useTheme } from '../theme';
import { AnsweredCard, QuestionCard } from './CardView';
import type { ReviewCore } from './core';
import { summaryLines } from './layout';
import { PANEL_HEAD_ROWS, Panel, usePanelScroll } from './Panel';
import { footerFor } from './phase';
import { SCROLLBAR_WIDTH } from '../components/Scrollable';

type SessionState = ReturnType<ReviewCore['initSession']>;


/**
 * Writes each rated card's new schedule. The schedule is computed from the card's state as it
 * was before this session touched it, so changing a rating replaces the review, never adds one.
 */
function useSaveRatings(core: ReviewCore, store: ProgressSession, state: SessionState): void {
  const before = useRef(new Map<string, CardProgress | undefined>());
  const written = useRef('');
  const dirty = useRef(false);
  useEffect(() => {
    const result = core.pendingResult(state);
    if (!result) return;
    const stamp = `${state.index}:${result.rating}`;
    if (written.current === stamp) return;
    written.current = stamp;
    if (!before.current.has(result.scheduleId)) before.current.set(result.scheduleId, store.get().cards[result.scheduleId]);
    const base = before.current.get(result.scheduleId);
    const updates = core.cardUpdates({ cards: base ? { [result.scheduleId]: base } : {} }, [result]);
    for (const [id, entry] of Object.entries(updates)) store.setCard(id, entry.state);
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
  cards: Card[];
  width: number;
  height: number;
  active: boolean;
}

export function SessionView({ core, store, cards, width, height, active }: SessionViewProps) {
  const [state, dispatch] = useReducer(core.sessionReducer, cards, core.initSession);
  useSaveRatings(core, store, state);
  const progress = useSyncExternalStore(
    useCallback((listener: () => void) => store.subscribe(listener), [store]),
    useCallback(() => store.get(), [store]),
  );

  const onAnswer = useCallback((answer: string) => dispatch({ type: 'answer', answer, at: new Date().toISOString() }), []);
  const onRate = useCallback((rating: ReviewRating) => dispatch({ type: 'override', rating }), []);
  const onNext = useCallback(() => dispatch({ type: 'next' }), []);

  if (state.phase === 'finished') {
    return <SummaryPanel core={core} store={store} results={state.results} total={state.cards.length} width={width} height={height} active={active} />;
  }
  const card = core.currentCard(state);
  if (!card) return null;
  const missed = card.blankId !== undefined && (progress.misses[card.blankId]?.count ?? 0) > 0;
  const frame = { card, index: state.index, count: state.cards.length, missed, width, height, active };
  if (state.phase === 'question') return <QuestionCard key={`q${state.index}`} {...frame} onAnswer={onAnswer} />;
  return (
    <AnsweredCard
      key={`a${state.index}`}
      {...frame}
      answer={state.answer}
      judgement={state.judgement}
      suggested={state.suggested}
      rating={state.rating}
      onRate={onRate}
      onNext={onNext}
    />
  );
}

interface SummaryPanelProps {
  core: ReviewCore;
  store: ProgressSession;
  results: readonly ReviewResult[];
  /** Cards in the session (some may be left unanswered when it ends early). */
  total: number;
  width: number;
  height: number;
  active: boolean;
}

function SummaryPanel({ core, store, results, total, width, height, active }: SummaryPanelProps) {
  const theme = useTheme();
  const { navigate, setStatus } = useTui();
  // The session is over: save now (once: flushing is idempotent), and say so if it failed.
  const [saved] = useState(() => store.flush());
  useEffect(() => {
    if (!saved) setStatus('Your ratings could not be saved yet; saving is retried.', 'error');
  }, [saved, setStatus]);
  const summary = useMemo(() => core.summarize(results), [core, results]);
  const lines = useMemo(
    () => summaryLines(summary, saved, { width: Math.max(10, width - SCROLLBAR_WIDTH), noColor: theme.noColor }, theme.glyph),
    [summary, saved, width, theme],
  );
  const viewport = Math.max(1, height - PANEL_HEAD_ROWS);
  const scroll = usePanelScroll(lines.length, viewport, 0, active);
  useFooter(footerFor('summary', lines.length > viewport), active);
  useKeypress(
    (input, key) => {
      if (matchKey(input, key, 'review-summary') === 'closeSummary') navigate({ type: 'back' });
    },
    { isActive: active },
  );
  return (
    <Panel
      title="Session summary"
      badge={{ text: `${summary.answered}/${total} answered`, roles: ['muted'] }}
      width={width}
      lines={lines}
      scroll={scroll}
    />
  );
}
