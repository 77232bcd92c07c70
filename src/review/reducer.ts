// The review screen's state machine. Pure: the screen dispatches actions (with the time of an
// answer, so no clock is read here) and renders the state.
import { suggestedRating } from './scheduler';
import type { ReviewResult } from './session';
import type { Card, Judgement, ReviewRating } from './types';

export type SessionPhase = 'question' | 'answered' | 'finished';

export interface SessionState {
  cards: Card[];
  index: number;
  phase: SessionPhase;
  /** The current card's answer once given (null before, and for self-graded cards). */
  answer: string | null;
  judgement: Judgement | null;
  /** From the verdict: Good if correct, Again if wrong; null for self-graded cards. */
  suggested: ReviewRating | null;
  /** What will be recorded; starts as `suggested`, the learner may override it. */
  rating: ReviewRating | null;
  answeredAt: string | null;
  results: ReviewResult[];
}

export type SessionAction =
  /** Submit an answer. For a self-graded card this reveals the answer (`answer` is ignored). */
  | { type: 'answer'; answer: string; at: string }
  /** Choose or override the rating of the answered card. */
  | { type: 'override'; rating: ReviewRating }
  /** Record the answered card and move on (ignored until the card has a rating). */
  | { type: 'next' }
  /** End now: an answered, rated card is recorded; unanswered cards are not. */
  | { type: 'finish' };

export function initSession(cards: Card[]): SessionState {
  return {
    cards,
    index: 0,
    phase: cards.length === 0 ? 'finished' : 'question',
    answer: null,
    judgement: null,
    suggested: null,
    rating: null,
    answeredAt: null,
    results: [],
  };
}

export function currentCard(state: SessionState): Card | null {
  return state.phase === 'finished' ? null : (state.cards[state.index] ?? null);
}

/** The result the reducer records for the answered card (the screen saves it as soon as it is rated). */
export function pendingResult(state: SessionState): ReviewResult | null {
  const card = state.cards[state.index];
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

function record(state: SessionState): ReviewResult[] {
  const result = pendingResult(state);
  return result ? [...state.results, result] : state.results;
}

const cleared = { answer: null, judgement: null, suggested: null, rating: null, answeredAt: null };

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'answer': {
      const card = currentCard(state);
      if (!card || state.phase !== 'question') return state;
      if (card.kind === 'self') {
        return { ...state, phase: 'answered', answer: null, judgement: null, suggested: null, rating: null, answeredAt: action.at };
      }
      const judgement = card.judge(action.answer);
      const suggested = suggestedRating(judgement.correct);
      return { ...state, phase: 'answered', answer: action.answer, judgement, suggested, rating: suggested, answeredAt: action.at };
    }
    case 'override':
      if (state.phase !== 'answered') return state;
      return { ...state, rating: action.rating };
    case 'next': {
      if (state.phase !== 'answered' || state.rating === null) return state;
      const results = record(state);
      const index = state.index + 1;
      return { ...state, ...cleared, results, index, phase: index >= state.cards.length ? 'finished' : 'question' };
    }
    case 'finish':
      if (state.phase === 'finished') return state;
      return { ...state, ...cleared, results: record(state), phase: 'finished' };
  }
}
