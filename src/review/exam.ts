// A mock exam: N questions across the exam topics, a time limit, no feedback until the end,
// then a score per topic; the questions missed enter the review schedule. Pure: the screen
// passes the time in every action that needs it.
import type { Lab } from '../lessons/types';
import { LAB08 } from '../lessons/lab08';
import type { CheckFn } from './cards/blanks';
import { deckMakers } from './catalog';
import { makeRng } from './rng';
import { DEFAULT_SCHEDULE_PARAMS, reviewState, type ScheduleParams } from './scheduler';
import { EXAM_TOPICS, TOPIC_TITLES, type Card, type ChoiceCard, type ExamTopic, type TypedCard } from './types';

/** A question the exam can score by itself (self-graded cards are left out). */
export type AnswerableCard = ChoiceCard | TypedCard;
const isAnswerable = (card: Card): card is AnswerableCard => card.kind !== 'self';

export const DEFAULT_EXAM_QUESTIONS = 20;
export const MAX_EXAM_QUESTIONS = 60;
/** The certification exam gives about two minutes a question (45 questions in 90 minutes). */
export const SECONDS_PER_QUESTION = 120;

export interface ExamOptions {
  lab?: Lab;
  seed: number | string;
  questions: number;
  check?: CheckFn;
}

/** Questions across the topics (round-robin, so every topic is asked when N allows), seeded. */
export function buildExam(options: ExamOptions): AnswerableCard[] {
  const lab = options.lab ?? LAB08;
  const rng = makeRng(options.seed, 'exam');
  const byTopic = new Map<ExamTopic, AnswerableCard[]>();
  for (const maker of rng.shuffle(deckMakers(lab, [], options.seed, options.check))) {
    const card = maker.make(makeRng(options.seed, 'exam', maker.scheduleId));
    if (!isAnswerable(card)) continue;
    const list = byTopic.get(card.topic) ?? [];
    list.push(card);
    byTopic.set(card.topic, list);
  }
  const queues = rng.shuffle(EXAM_TOPICS.map((t) => byTopic.get(t) ?? []).filter((q) => q.length > 0));
  const out: AnswerableCard[] = [];
  while (out.length < options.questions && queues.some((q) => q.length > 0)) {
    for (const q of queues) {
      const card = q.shift();
      if (card && out.length < options.questions) out.push(card);
    }
  }
  return out;
}

export interface ExamState {
  questions: AnswerableCard[];
  /** What was answered, per question (null: not answered). */
  answers: Array<string | null>;
  index: number;
  phase: 'running' | 'finished';
  startedAt: number;
  deadline: number;
  /** Set when finished: time ran out, or the learner finished. */
  endedBy: 'time' | 'learner' | null;
}

export type ExamAction =
  | { type: 'answer'; answer: string; at: number }
  /** Ends the exam when the time is up (the screen ticks once a second). */
  | { type: 'tick'; at: number }
  | { type: 'finish'; at: number };

export function initExam(questions: AnswerableCard[], startedAt: number, secondsPerQuestion = SECONDS_PER_QUESTION): ExamState {
  return {
    questions,
    answers: questions.map(() => null),
    index: 0,
    phase: questions.length === 0 ? 'finished' : 'running',
    startedAt,
    deadline: startedAt + questions.length * secondsPerQuestion * 1000,
    endedBy: questions.length === 0 ? 'learner' : null,
  };
}

export function examReducer(state: ExamState, action: ExamAction): ExamState {
  if (state.phase === 'finished') return state;
  if (action.at >= state.deadline) return { ...state, phase: 'finished', endedBy: 'time' };
  switch (action.type) {
    case 'answer': {
      const answers = [...state.answers];
      answers[state.index] = action.answer;
      const index = state.index + 1;
      if (index >= state.questions.length) return { ...state, answers, phase: 'finished', endedBy: 'learner' };
      return { ...state, answers, index };
    }
    case 'tick':
      return state;
    case 'finish':
      return { ...state, phase: 'finished', endedBy: 'learner' };
  }
}

export interface ExamTopicScore {
  topic: ExamTopic;
  title: string;
  asked: number;
  correct: number;
}

export interface ExamScore {
  asked: number;
  answered: number;
  correct: number;
  byTopic: ExamTopicScore[];
  /** Questions answered wrong or not answered, in exam order, with the answer given. */
  missed: Array<{ card: AnswerableCard; given: string | null; expected: string }>;
}

/** Judged only now: nothing during the exam says right or wrong. */
export function scoreExam(state: ExamState): ExamScore {
  const byTopic = new Map<ExamTopic, ExamTopicScore>();
  const missed: ExamScore['missed'] = [];
  let correct = 0;
  state.questions.forEach((card, i) => {
    const given = state.answers[i] ?? null;
    const verdict = given === null ? null : card.judge(given);
    const score = byTopic.get(card.topic) ?? { topic: card.topic, title: TOPIC_TITLES[card.topic], asked: 0, correct: 0 };
    score.asked++;
    if (verdict?.correct) {
      score.correct++;
      correct++;
    } else {
      missed.push({ card, given, expected: verdict?.expected ?? card.answer });
    }
    byTopic.set(card.topic, score);
  });
  return {
    asked: state.questions.length,
    answered: state.answers.filter((a) => a !== null).length,
    correct,
    byTopic: EXAM_TOPICS.map((t) => byTopic.get(t)).filter((t): t is ExamTopicScore => t !== undefined),
    missed,
  };
}

/**
 * The schedule entries for the questions missed: each is reviewed as Again at the end of the
 * exam, so it is due within minutes. Right answers leave the schedule alone (an exam is not a
 * review). `states` holds the stored states by schedule id.
 */
export function examScheduleUpdates(score: ExamScore, states: Record<string, unknown>, at: Date, params: ScheduleParams = DEFAULT_SCHEDULE_PARAMS): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { card } of score.missed) {
    out[card.scheduleId] = reviewState(out[card.scheduleId] ?? states[card.scheduleId], 'again', at, { correct: false, params });
  }
  return out;
}
