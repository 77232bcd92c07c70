// The lab as data. Ids are stable: progress, drills and review cards are keyed by them,
// so an id never changes once shipped even if the text around it does.

/** A piece of lesson text, close to the lab's markdown so it renders faithfully. */
export type Block =
  /** Inline markdown is kept (`code`, **bold**, *italic*): the renderer styles it. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'table'; header: string[]; align: Array<'left' | 'center' | 'right' | null>; rows: string[][] }
  | { kind: 'code'; lang: string; code: string; title?: string }
  /** A `>` blockquote: notes, hints, expected results, the exam tip. */
  | { kind: 'note'; text: string }
  /** A screenshot, shown as its caption (the terminal has no pictures). */
  | { kind: 'image'; caption: string; file: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'rule' };

/**
 * How a blank is filled. The text typed always replaces `______` verbatim; the kind only
 * drives the editor (pickers, placeholders) and the hints.
 * - int / bool / list / expression: a Python expression in code position.
 * - string: the blank sits inside quotes in the cell, so the learner types bare text.
 * - list-items: the blank sits inside `[...]`, so the learner types comma-separated items.
 * - sql-text / sql-number: the blank sits inside a SQL query held in a triple-quoted string.
 */
export type BlankKind = 'int' | 'bool' | 'string' | 'list' | 'list-items' | 'expression' | 'sql-text' | 'sql-number';

export interface Blank {
  /** Stable, e.g. `t1.num_tasks`. */
  id: string;
  kind: BlankKind;
  /** What the blank stands for, as a learner would name it (usually the variable). */
  label: string;
  /** The question this blank answers, from the lab's comments or table (for review cards and drills). */
  question: string;
  /** Choices exactly as they would be typed in place (e.g. `scheduled`, or `True`). */
  options?: string[];
  /** The reference answer, exactly as typed in place. */
  answer: string;
  /** Progressive hints, most general first, written from the lab's own text. */
  hints: string[];
  /**
   * Cautions shown under PASSED when an answer the notebook accepts would be wrong on Databricks
   * (the notebook's check is looser than the platform). Never changes the verdict.
   */
  cautions?: BlankCaution[];
}

export interface BlankCaution {
  /** Applies when the typed answer differs from `answer` only in letter case, or differs at all. */
  when: 'case-differs' | 'differs';
  /** The caution; `{answer}` stands for what was typed (trimmed). */
  text: string;
  /** Where the fact comes from (a Databricks docs page). */
  source: string;
}

export interface PracticeTask {
  /** Stable, e.g. `practice.1`. */
  id: string;
  number: number;
  title: string;
  /** From the practice overview table. */
  topic: string;
  skills: string;
  /** Everything between the task heading and the TODO cell. */
  prompt: Block[];
  /** The TODO cell, verbatim, with its `______` blanks. */
  todoCell: string;
  /** The verification cell, verbatim. */
  verifyCell: string;
  /** One per `______` in todoCell, in order of appearance. */
  blanks: Blank[];
  /** The summary table's takeaway for this task's topic. */
  takeaway: { topic: string; text: string };
}

export interface WorkshopStep {
  /** Stable, e.g. `workshop.1`. */
  id: string;
  number: number;
  title: string;
  blocks: Block[];
}

export interface Lab {
  id: 'lab08';
  title: string;
  duration: string;
  day: string;
  difficulty: string;
  module: string;
  quote: string;
  /** The "Lab Structure" table. */
  structure: Block[];
  /** The setup section: the `%run` cell. */
  setup: Block[];
  workshop: {
    title: string;
    intro: Block[];
    steps: WorkshopStep[];
    /** The two reference YAML definitions and the key differences. */
    reference: {
      ordersYaml: string;
      customerYaml: string;
      blocks: Block[];
    };
  };
  practice: {
    title: string;
    intro: Block[];
    tasks: PracticeTask[];
  };
  summary: {
    workshop: Block[];
    practice: Block[];
    /** The takeaway table's header cells (`Topic`, `Key Takeaway`), so it can be drawn as a table. */
    takeawayHeader?: string[];
    takeaways: Array<{ topic: string; text: string }>;
    examTip: string;
  };
}

/**
 * A SQL monitoring exercise over the simulated `system.lakeflow` tables (the SQL lab in Practice).
 * Judged by result set (src/sql/judge.ts): the learner's rows against the reference query's rows
 * on several seeded histories. Ids are stable: progress and review cards are keyed by them.
 */
export interface SqlExercise {
  /** Stable, e.g. `sql.failed-per-job`. */
  id: string;
  title: string;
  /** The task, inline markdown; names the tables and the columns to return, in order. */
  prompt: string;
  /** The answer as the Databricks docs write it (Spark SQL). */
  reference: string;
  /**
   * Row order is judged only when set: the reference's columns (0-based) whose values must
   * follow the reference's order. Rows equal on these columns may come in any order.
   */
  orderBy?: number[];
  /** Progressive hints, most general first. */
  hints: string[];
  /** Why the reference is right: shown with the solution and on the review card's back. */
  explanation: string;
  /** Where the pattern is documented (the docs' example queries). */
  doc: { title: string; url: string };
  /**
   * Answers a learner plausibly writes that must fail on every seeded history (the tests run
   * each): the query and, for the record, what is wrong with it.
   */
  wrongAnswers: Array<{ query: string; why: string }>;
}
