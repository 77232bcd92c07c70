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
  'run-if',
  'retries',
  'parameters',
  'control-flow',
  'queueing',
  'bundles',
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
  'run-if': 'Run if conditions',
  retries: 'Retries and alerts',
  parameters: 'Parameters',
  'control-flow': 'If/else, For each',
  queueing: 'Queueing',
  bundles: 'Asset Bundles',
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

/**
 * Where a card came from; the screen may label it ("You missed this in practice"). `exam` cards
 * cover exam topics beyond the lab, each with a `doc` source; `sql` cards recall a SQL lab exercise's query.
 */
export type CardSource = 'takeaway' | 'exam-tip' | 'blank' | 'generated' | 'exam' | 'sql';

/** The documentation page a card's fact was looked up in: shown on the back, exported. */
export interface DocRef {
  title: string;
  url: string;
}

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
  /** Shown after answering, whatever the answer. Ends with the `doc` source line when there is one. */
  explanation: string;
  /** The reference answer as shown on the back (for choice cards: the right option's text). */
  answer: string;
  /** For cards built from a practice blank: its id (so a correct answer can clear the miss). */
  blankId?: string;
  /** Where the fact is documented (every card beyond the lab has one). */
  doc?: DocRef;
  /**
   * The facts the answer depends on, each a text that must be visible on the card's front
   * (prompt or code): the content test renders the front at 80x24 and looks for each.
   */
  needs: string[];
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
}

export type Card = ChoiceCard | TypedCard | SelfCard;

/**
 * One schedulable card of the catalog: one schedule per card, so the fact missed is the fact
 * asked again. `make` builds the same card every time (only the option order follows the rng).
 */
export interface CardMaker {
  scheduleId: string;
  topic: ExamTopic;
  source: CardSource;
  /** For blank cards: the practice blank the card is about (misses make it due). */
  blankId?: string;
  make(rng: Rng): Card;
}

/**
 * A generated family (CRON schedules, repair DAGs, …) whose scenarios are too many to list.
 * Each scenario is its own card: `draw` picks a new one, with a schedule id derived from its
 * content (`gen.repair:…`); once reviewed, the session rebuilds it from that id with `resolve`.
 */
export interface CardFamily {
  /** `gen.cron`, `gen.repair`, `gen.dag`: every scenario id starts with `${id}:`. */
  id: string;
  topic: ExamTopic;
  /** A scenario, as its own card maker. Only scenarios with exactly one defensible answer. */
  draw(rng: Rng): CardMaker;
  /** The maker for a scenario id drawn before; undefined when the id is not (or no longer) valid. */
  resolve(scheduleId: string): CardMaker | undefined;
}

/** One card as `review --export json` writes it. `source` is the doc URL, null for lab cards. */
export interface CardRecord {
  id: string;
  topic: ExamTopic;
  front: string;
  back: string;
  options: string[] | null;
  answer: string;
  source: string | null;
}
