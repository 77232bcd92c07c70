// Review cards: what the exam asks about Lakeflow Jobs, plus what this learner got wrong.
// Everything here is plain data and pure functions so the Ink screen only has to draw it.
import type { Rng } from './rng';

export const EXAM_TOPICS = [
  'triggers',
  'repair',
  'cluster',
  'cron',
  'dag',
  'task-values',
  'system-tables',
  'config',
] as const;
export type ExamTopic = (typeof EXAM_TOPICS)[number];

/** How each topic is titled on screen (the summary groups by these). */
export const TOPIC_TITLES: Record<ExamTopic, string> = {
  triggers: 'Trigger types',
  repair: 'Repair runs',
  cluster: 'Cluster selection',
  cron: 'CRON schedules',
  dag: 'DAG dependencies',
  'task-values': 'Task values',
  'system-tables': 'System tables',
  config: 'Job configuration',
};

/** FSRS grades, named as the learner sees them. */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';
export const RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

export interface Judgement {
  correct: boolean;
  /** Everything to show after answering: the verdict's "why" first, then the card's explanation. */
  explanation: string;
  /** The reference answer as it should be shown. */
  expected: string;
}

/** Where a card came from; the screen may label it ("You missed this in practice"). */
export type CardSource = 'takeaway' | 'exam-tip' | 'blank' | 'generated';

interface CardBase {
  /** Unique within a session. For fixed cards it equals `scheduleId`; variants add `#…`. */
  id: string;
  /** The key the scheduler stores state under: the card id, or the template id for variants. */
  scheduleId: string;
  topic: ExamTopic;
  source: CardSource;
  /** The question, plain text with inline markdown (`code`, **bold**). */
  prompt: string;
  /** Optional code or diagram shown under the prompt, verbatim (monospace). */
  code?: string;
  /** Shown after answering, whatever the answer. */
  explanation: string;
  /** For cards built from a practice blank: its id (so a correct answer can clear the miss). */
  blankId?: string;
}

/** Pick one of `options`; the answer passed to `judge` is the option text itself. */
export interface ChoiceCard extends CardBase {
  kind: 'choice';
  options: string[];
  judge(answer: string): Judgement;
}

/** Typed answer, judged by code (sets, cron meaning, the notebook's own checks). */
export interface TypedCard extends CardBase {
  kind: 'typed';
  /** Greyed-out example of the expected shape, e.g. `a, b, c`. */
  placeholder?: string;
  judge(answer: string): Judgement;
}

/** Question → answer; the learner reveals the answer and rates themselves. */
export interface SelfCard extends CardBase {
  kind: 'self';
  answer: string;
}

export type Card = ChoiceCard | TypedCard | SelfCard;

/**
 * One schedulable entry of the catalog. Fixed cards make the same card every time (options
 * shuffled); generated templates draw a new variant from the rng each time they are due.
 */
export interface CardMaker {
  scheduleId: string;
  topic: ExamTopic;
  source: CardSource;
  /** For blank cards: the practice blank the card is about (misses make it due). */
  blankId?: string;
  /** `avoid` is the variant id shown last time: templates pick another one when they can. */
  make(rng: Rng, avoid?: string): Card;
}
