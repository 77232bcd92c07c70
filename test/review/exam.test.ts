// The mock exam, pure: questions across the topics, a time limit, no verdict until the end, a
// score per topic, and the missed questions entering the schedule.
import { describe, expect, it } from 'vitest';
import { buildExam, examReducer, examScheduleUpdates, initExam, scoreExam, SECONDS_PER_QUESTION, type AnswerableCard, type ExamState } from '../../src/review/exam';
import { readState } from '../../src/review/scheduler';
import { EXAM_TOPICS } from '../../src/review/types';
import { FIXTURE_LAB, NOW, fixtureCheck } from './fixtures';

const check = fixtureCheck().check;
const lab = FIXTURE_LAB;
const T0 = NOW.getTime();

const rightAnswer = (c: AnswerableCard): string => c.judge('').expected;
const wrongAnswer = (c: AnswerableCard): string => (c.kind === 'choice' ? (c.options.find((o) => !c.judge(o).correct) as string) : 'surely not this');

describe('buildExam', () => {
  it('N scored questions (no self-graded cards), no card twice, spread across the topics', () => {
    const qs = buildExam({ lab, seed: 1, questions: 20, check });
    expect(qs).toHaveLength(20);
    expect(qs.every((q) => q.kind !== ('self' as string))).toBe(true);
    expect(new Set(qs.map((q) => q.scheduleId)).size).toBe(20);
    const topics = new Set(qs.map((q) => q.topic));
    expect(topics.size).toBeGreaterThanOrEqual(Math.min(8, EXAM_TOPICS.length));
  });

  it('the same seed gives the same exam', () => {
    const ids = (seed: number) => buildExam({ lab, seed, questions: 10, check }).map((q) => q.scheduleId);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
  });
});

describe('running the exam', () => {
  const questions = buildExam({ lab, seed: 2, questions: 4, check });

  it('gives two minutes a question; each answer moves on without a verdict', () => {
    let s: ExamState = initExam(questions, T0);
    expect(s.deadline - s.startedAt).toBe(4 * SECONDS_PER_QUESTION * 1000);
    s = examReducer(s, { type: 'answer', answer: wrongAnswer(questions[0] as AnswerableCard), at: T0 + 1000 });
    expect(s.index).toBe(1);
    expect(s.phase).toBe('running');
    expect(Object.keys(s)).not.toContain('judgement');
  });

  it('ends when the time is up, whatever is left unanswered', () => {
    let s = initExam(questions, T0);
    s = examReducer(s, { type: 'answer', answer: rightAnswer(questions[0] as AnswerableCard), at: T0 + 1000 });
    s = examReducer(s, { type: 'tick', at: s.deadline - 1 });
    expect(s.phase).toBe('running');
    s = examReducer(s, { type: 'tick', at: s.deadline });
    expect(s).toMatchObject({ phase: 'finished', endedBy: 'time' });
    // An answer after the deadline does not count.
    expect(examReducer(s, { type: 'answer', answer: 'late', at: s.deadline + 5 })).toBe(s);
    const score = scoreExam(s);
    expect(score).toMatchObject({ asked: 4, answered: 1, correct: 1 });
    expect(score.missed.map((m) => m.given)).toEqual([null, null, null]);
  });

  it('scores per topic and puts exactly the missed questions into the schedule (Again, due in minutes)', () => {
    let s = initExam(questions, T0);
    questions.forEach((q, i) => {
      s = examReducer(s, { type: 'answer', answer: i % 2 === 0 ? rightAnswer(q) : wrongAnswer(q), at: T0 + (i + 1) * 1000 });
    });
    expect(s).toMatchObject({ phase: 'finished', endedBy: 'learner' });
    const score = scoreExam(s);
    expect(score.correct).toBe(2);
    expect(score.byTopic.reduce((n, t) => n + t.asked, 0)).toBe(4);
    expect(score.byTopic.reduce((n, t) => n + t.correct, 0)).toBe(2);
    const at = new Date(T0 + 10_000);
    const updates = examScheduleUpdates(score, {}, at);
    expect(Object.keys(updates).sort()).toEqual([questions[1]?.scheduleId, questions[3]?.scheduleId].sort());
    for (const state of Object.values(updates)) {
      const card = readState(state);
      expect(card?.due.getTime()).toBe(at.getTime() + 60_000);
    }
  });
});
