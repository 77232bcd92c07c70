// The review session's state machine, Anki's way: a card rated Again (or still in its learning
// steps) comes back before the session ends, each rating key shows when the card would come
// back, the last rating can be undone, and a card can be suspended or buried. Pure: the screen
// dispatches actions carrying the time, so no clock is read here, and renders the state.
import {
  DEFAULT_SCHEDULE_PARAMS,
  buryState,
  isLearning,
  previewIntervals,
  readState,
  reviewState,
  suggestedRating,
  suspendState,
  type ScheduleParams,
} from './scheduler';
import type { ReviewResult } from './session';
import { nextDay } from './settings';
import type { Card, Judgement, ReviewRating } from './types';

export type SessionPhase = 'question' | 'answered' | 'finished';

/**
 * A card whose next step is this close comes back in this session, and when nothing else is
 * left it is shown early (Anki's "learn ahead limit", 20 minutes by default).
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface LearningCard {
  card: Card;
  /** When its learning step is over (ms). */
  due: number;
}

export interface SetAside {
  scheduleId: string;
  how: 'suspended' | 'buried';
}

export interface SessionState {
  /** The card on screen; null once finished. */
  current: Card | null;
  /** Cards not shown yet, in order. */
  queue: Card[];
  /** Cards back within this session, with the time their step is over. */
  learning: LearningCard[];
  phase: SessionPhase;
  /** The current card's answer once given (null before, and for self-graded cards). */
  answer: string | null;
  judgement: Judgement | null;
  /** From the verdict: Good if correct, Again if wrong; null for self-graded cards. */
  suggested: ReviewRating | null;
  /** What will be recorded; starts as `suggested`, the learner may override it. */
  rating: ReviewRating | null;
  answeredAt: string | null;
  /** When the card would come back after each rating (ms), for the rating keys. Null before answering. */
  intervals: Record<ReviewRating, number> | null;
  /** Each card's stored schedule: as loaded, then after every rating, suspension or burial here. */
  states: Record<string, unknown>;
  params: ScheduleParams;
  results: ReviewResult[];
  setAside: SetAside[];
  /** Cards the session started with. */
  size: number;
  /** How many cards have been put on screen so far (the current one included). */
  shown: number;
  /** The states before each rating, suspension or burial, newest last: what undo returns to. */
  history: SessionState[];
}

export type SessionAction =
  /** Submit an answer. For a self-graded card this reveals the answer (`answer` is ignored). */
  | { type: 'answer'; answer: string; at: string }
  /** Choose or override the rating of the answered card. */
  | { type: 'override'; rating: ReviewRating }
  /** Record the rating and show the next card; `at` decides which learning cards are due. */
  | { type: 'next'; at?: string }
  /** Take the current card out of every session until it is unsuspended (nothing recorded). */
  | { type: 'suspend'; at: string }
  /** Take the current card out until tomorrow (nothing recorded). */
  | { type: 'bury'; at: string }
  /** Back to the last rated (or set-aside) card, as it was before: its state is restored. */
  | { type: 'undo' }
  /** End now: an answered, rated card is recorded; cards not answered are not. */
  | { type: 'finish' };

export interface SessionSetup {
  /** Stored schedules of the cards (by schedule id); absent means never reviewed. */
  states?: Record<string, unknown>;
  params?: ScheduleParams;
}

const cleared = { answer: null, judgement: null, suggested: null, rating: null, answeredAt: null, intervals: null };

export function initSession(cards: Card[], setup: SessionSetup = {}): SessionState {
  const [first, ...queue] = cards;
  return {
    current: first ?? null,
    queue,
    learning: [],
    phase: first ? 'question' : 'finished',
    ...cleared,
    states: { ...setup.states },
    params: setup.params ?? DEFAULT_SCHEDULE_PARAMS,
    results: [],
    setAside: [],
    size: cards.length,
    shown: first ? 1 : 0,
    history: [],
  };
}

export function currentCard(state: SessionState): Card | null {
  return state.phase === 'finished' ? null : state.current;
}

/** Cards still to come, the one on screen included. */
export function cardsLeft(state: SessionState): number {
  return state.phase === 'finished' ? 0 : state.queue.length + state.learning.length + (state.current ? 1 : 0);
}

/** The variant part of a generated card's id (`gen.cron#daily.6.0` → `daily.6.0`). */
function variantOf(card: Card): string | undefined {
  return card.id.includes('#') ? card.id.slice(card.id.indexOf('#') + 1) : undefined;
}

/** The result the reducer records for the answered card (the screen saves it as soon as it is rated). */
export function pendingResult(state: SessionState): ReviewResult | null {
  const card = state.current;
  if (!card || state.phase !== 'answered' || state.rating === null || state.answeredAt === null) return null;
  const result: ReviewResult = {
    cardId: card.id,
    scheduleId: card.scheduleId,
    topic: card.topic,
    source: card.source,
    answer: state.answer,
    correct: state.judgement ? state.judgement.correct : null,
    suggested: state.suggested,
    rating: state.rating,
    at: state.answeredAt,
  };
  if (card.blankId !== undefined) result.blankId = card.blankId;
  return result;
}

/** The card's state after the pending rating, or null when nothing is rated. */
function pendingState(state: SessionState): { id: string; value: unknown } | null {
  const result = pendingResult(state);
  if (!result || !state.current) return null;
  const variant = variantOf(state.current);
  const value = reviewState(state.states[result.scheduleId], result.rating, new Date(result.at), {
    ...(variant === undefined ? {} : { variant }),
    correct: result.correct,
    params: state.params,
  });
  return { id: result.scheduleId, value };
}

/**
 * Every card's schedule as it should be stored right now: the ratings given, and the pending
 * one (so leaving mid-card keeps it). Undo changes it back; the screen writes what differs.
 */
export function storedStates(state: SessionState): Record<string, unknown> {
  const pending = pendingState(state);
  return pending ? { ...state.states, [pending.id]: pending.value } : state.states;
}

function snapshot(state: SessionState): SessionState[] {
  return [...state.history, { ...state, history: [] }];
}

/** The next card: a learning card whose step is over, else the queue, else learning ahead. */
function advance(state: SessionState, at: number): SessionState {
  const learning = [...state.learning].sort((a, b) => a.due - b.due);
  const ready = learning[0] && learning[0].due <= at ? learning.shift() : undefined;
  let current: Card | null = ready?.card ?? null;
  let queue = state.queue;
  if (!current && queue.length > 0) {
    current = queue[0] as Card;
    queue = queue.slice(1);
  }
  if (!current) current = learning.shift()?.card ?? null;
  return {
    ...state,
    ...cleared,
    current,
    queue,
    learning,
    phase: current ? 'question' : 'finished',
    shown: current ? state.shown + 1 : state.shown,
  };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer': {
      const card = currentCard(state);
      if (!card || state.phase !== 'question') return state;
      const intervals = previewIntervals(state.states[card.scheduleId], new Date(action.at), state.params);
      if (card.kind === 'self') {
        return { ...state, ...cleared, phase: 'answered', answeredAt: action.at, intervals };
      }
      const judgement = card.judge(action.answer);
      const suggested = suggestedRating(judgement.correct);
      return { ...state, phase: 'answered', answer: action.answer, judgement, suggested, rating: suggested, answeredAt: action.at, intervals };
    }
    case 'override':
      if (state.phase !== 'answered') return state;
      return { ...state, rating: action.rating };
    case 'next': {
      const result = pendingResult(state);
      const pending = pendingState(state);
      if (!result || !pending || !state.current) return state;
      const at = Date.parse(action.at ?? result.at);
      const learning = [...state.learning];
      const next = readState(pending.value);
      if (next && isLearning(pending.value) && next.due.getTime() - Date.parse(result.at) <= LEARN_AHEAD_MS) {
        learning.push({ card: state.current, due: next.due.getTime() });
      }
      return advance(
        { ...state, states: { ...state.states, [pending.id]: pending.value }, results: [...state.results, result], learning, history: snapshot(state) },
        at,
      );
    }
    case 'suspend':
    case 'bury': {
      const card = currentCard(state);
      if (!card) return state;
      const at = new Date(action.at);
      const previous = state.states[card.scheduleId];
      const value = action.type === 'suspend' ? suspendState(previous, at) : buryState(previous, at, nextDay(at));
      const how = action.type === 'suspend' ? 'suspended' : 'buried';
      return advance(
        {
          ...state,
          states: { ...state.states, [card.scheduleId]: value },
          setAside: [...state.setAside, { scheduleId: card.scheduleId, how }],
          history: snapshot(state),
        },
        at.getTime(),
      );
    }
    case 'undo': {
      const previous = state.history[state.history.length - 1];
      if (!previous || state.phase === 'finished') return state;
      return { ...previous, history: state.history.slice(0, -1) };
    }
    case 'finish': {
      if (state.phase === 'finished') return state;
      const result = pendingResult(state);
      const pending = pendingState(state);
      const states = pending ? { ...state.states, [pending.id]: pending.value } : state.states;
      return { ...state, ...cleared, states, results: result ? [...state.results, result] : state.results, current: null, phase: 'finished' };
    }
  }
}
