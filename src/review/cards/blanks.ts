// "What goes in this blank?" for every practice blank. The answer is judged by the notebook
// itself: the learner's text goes into this blank, every other blank gets its reference answer,
// and the task's verification cell decides. Its assertion message is the "why".
import { BLANK, verdictHeadline } from '../../checks/engine';
import type { Verdict } from '../../checks/types';
import type { Blank, Lab, PracticeTask } from '../../lessons/types';
import { parseCron } from '../cron';
import { judgeCron } from './cron';
import { joinExplanation } from '../judge';
import type { Card, CardMaker, Judgement } from '../types';
import { topicOf } from './topics';

export type CheckFn = (task: PracticeTask, answers: readonly string[]) => Verdict;

const HOW_TO_TYPE: Partial<Record<Blank['kind'], string>> = {
  string: 'Type the text that goes inside the quotes.',
  'list-items': 'Type the items that go inside `[ ]`, separated by commas.',
  list: 'Type a Python list, e.g. `["a", "b"]`.',
  bool: 'Type a Python bool: `True` or `False`.',
  int: 'Type a whole number.',
  'sql-text': 'Type the text that goes inside the SQL quotes.',
  'sql-number': 'Type the number that goes into the SQL.',
};

/** The TODO cell line(s) around one blank, other blanks filled with their reference answers. */
export function blankContext(task: PracticeTask, index: number): string {
  const parts = task.todoCell.split(BLANK);
  let text = parts[0] ?? '';
  for (let i = 0; i < parts.length - 1; i++) {
    const fill = i === index ? BLANK : (task.blanks[i]?.answer ?? BLANK);
    text += fill + (parts[i + 1] ?? '');
  }
  const lines = text.split('\n');
  const marker = lines.findIndex((line) => line.includes(BLANK));
  if (marker === -1) return '';
  // Keep the comment just above when it is the question (Task 1's `# Q1: …`, Task 3's schedules).
  const start = marker > 0 && (lines[marker - 1] ?? '').trim().startsWith('#') ? marker - 1 : marker;
  return lines.slice(start, marker + 1).join('\n');
}

/** Code blocks of a task's prompt (the job JSON, the DAG diagram, the snippets). */
function promptCode(task: PracticeTask): string[] {
  return task.prompt.flatMap((b) => (b.kind === 'code' ? [b.code.trimEnd()] : []));
}

/**
 * The prompt's text that states facts the blanks depend on: requirement lists (Task 4) and the
 * scenario sentence that says what failed (Task 5).
 */
export function promptFacts(task: PracticeTask): string[] {
  return task.prompt.flatMap((b) => {
    if (b.kind === 'list') return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`);
    if (b.kind === 'paragraph' && /\bfailed\b/.test(b.text)) return [b.text];
    return [];
  });
}

/**
 * What a blank card shows so it can be answered on its own: the prompt's code (Task 1's job
 * JSON, Task 4's DAG), the code of any task its prompt builds on ("The job from Task 4"), and
 * the TODO cell around the blank.
 */
export function blankCode(lab: Lab, task: PracticeTask, index: number): string {
  const parts: string[] = [];
  for (const m of task.prompt.flatMap((b) => (b.kind === 'paragraph' || b.kind === 'note' ? [...b.text.matchAll(/\bTask (\d+)\b/g)] : []))) {
    const other = lab.practice.tasks.find((t) => t.number === Number(m[1]));
    if (other && other !== task) parts.push(...promptCode(other));
  }
  parts.push(...promptCode(task));
  const around = task.blanks.length > 1 && task.todoCell.split('\n').length <= 20 ? fullContext(task, index) : blankContext(task, index);
  if (around !== '') parts.push(around);
  return parts.join('\n\n');
}

/** The whole TODO cell, this blank left open, the others filled with their reference answers. */
function fullContext(task: PracticeTask, index: number): string {
  const parts = task.todoCell.split(BLANK);
  let text = parts[0] ?? '';
  for (let i = 0; i < parts.length - 1; i++) text += (i === index ? BLANK : (task.blanks[i]?.answer ?? BLANK)) + (parts[i + 1] ?? '');
  return text.trim();
}

/** Blanks whose question is a schedule: judged by meaning, with the notebook's text rule said. */
function isCronBlank(task: PracticeTask, blank: Blank): boolean {
  return blank.kind === 'string' && /cron/i.test(task.topic) && parseCron(blank.answer).ok;
}

/**
 * A schedule blank is about meaning: any expression that fires at the same times is right
 * (Quartz included). The notebook compares text, so the card says when the notebook would not
 * accept the text.
 */
function judgeCronBlank(blank: Blank, explanation: string): (answer: string) => Judgement {
  return (answer) => {
    const j = judgeCron(answer, blank.answer, 'any');
    const exact = answer.trim() === blank.answer;
    const note =
      j.correct && !exact
        ? `The notebook itself compares the text: its check passes only with \`${blank.answer}\` typed exactly.`
        : undefined;
    return { ...j, explanation: joinExplanation(j.explanation, note, explanation) };
  };
}

function judgeBlank(task: PracticeTask, index: number, check: CheckFn, explanation: string): (answer: string) => Judgement {
  const blank = task.blanks[index] as Blank;
  if (isCronBlank(task, blank)) return judgeCronBlank(blank, explanation);
  return (answer) => {
    const answers = task.blanks.map((b, i) => (i === index ? answer : b.answer));
    let verdict: Verdict;
    try {
      verdict = check(task, answers);
    } catch (error) {
      // The checks engine failing is not the learner's fault: fall back to the reference text.
      const same = answer.trim().replace(/\s+/g, ' ') === blank.answer.trim().replace(/\s+/g, ' ');
      return {
        correct: same,
        expected: blank.answer,
        explanation: joinExplanation(
          `The notebook check could not run (${(error as Error).message}); compared with the reference answer instead: ${same ? 'same' : 'different'}.`,
          explanation,
        ),
      };
    }
    if (verdict.outcome === 'passed') {
      return { correct: true, expected: blank.answer, explanation: joinExplanation(`Correct. The notebook says: ${verdict.message}`, explanation) };
    }
    const why = verdict.outcome === 'failed' ? verdictHeadline(verdict) : `${verdictHeadline(verdict)}\n${verdict.message}`;
    return { correct: false, expected: blank.answer, explanation: joinExplanation(`Not quite. The notebook says: ${why}`, explanation) };
  };
}

/** Where the lab's facts differ from the real product, said on the cards that touch them. */
const FACT_NOTES: Record<string, string> = {
  't1.validate_runs_on_failure':
    'This holds because `validate_results` has the default `run_if: ALL_SUCCESS`: with `ALL_DONE` or `AT_LEAST_ONE_FAILED` it would run after a failure.',
  't7.result_state': 'In the real `system.lakeflow.job_run_timeline` the time columns are `period_start_time` and `period_end_time` (the lab simplifies them to `start_time`/`end_time`); a run longer than an hour has one row per hourly slice and `result_state` is set only on the row that ends the run. Values are spelled `SUCCEEDED`, `FAILED`, `CANCELLED`, `TIMED_OUT`, …',
  't8.nightly_etl':
    'The lab compares two kinds of classic compute. Databricks now makes serverless compute for jobs the default for tasks that support it; a job cluster is the classic choice when serverless is not available or not supported.',
  't8.ml_training':
    'The lab compares two kinds of classic compute. Databricks now makes serverless compute for jobs the default for tasks that support it; a job cluster is the classic choice when serverless is not available or not supported.',
  't7.days': 'In the real `system.lakeflow.job_run_timeline` filter on `period_start_time` (the lab simplifies it to `start_time`); runs longer than an hour have one row per hourly slice.',
};

/**
 * The facts each lab blank's answer depends on: the content test checks they are on the card's
 * front. Blanks not listed depend only on their own question line (the prompt).
 */
export const BLANK_NEEDS: Record<string, string[]> = {
  't1.num_tasks': ['"task_key": "refresh_pipeline"', '"task_key": "validate_results"', '"task_key": "generate_report"'],
  't1.first_task': ['"depends_on": [{ "task_key": "refresh_pipeline" }]', '"depends_on": [{ "task_key": "validate_results" }]', '"task_key": "refresh_pipeline"'],
  't1.timeout_minutes': ['"timeout_seconds": 1800', 'minutes'],
  't1.max_retries': ['"max_retries": 2', 'validate_results'],
  't1.validate_runs_on_failure': ['"depends_on": [{ "task_key": "refresh_pipeline" }]'],
  't2.trigger_daily_6am': ['Run ETL pipeline every day at 6 AM'],
  't2.trigger_new_files': ['Process files as soon as they land in a Volume'],
  't2.trigger_streaming': ['Continuously process streaming data with minimal latency'],
  't2.trigger_adhoc': ['Run only when manually triggered by a data engineer'],
  't3.cron_daily_6am': ['Every day at 6:00 AM'],
  't3.cron_hourly': ['Every hour (at minute 0)'],
  't3.cron_weekdays_8am': ['Monday to Friday at 8:00 AM'],
  't3.cron_every_15min': ['Every 15 minutes'],
  't4.ingest': ['runs first (no dependencies)'],
  't4.build_dim_tables': ['run **in parallel** after `ingest` completes'],
  't4.build_fact_tables': ['run **in parallel** after `ingest` completes'],
  't4.generate_report': ['runs only after **both** DIM and FACT tasks complete'],
  't4.send_notification': ['runs after `generate_report`'],
  't5.repair_rerun_tasks': ['build_fact_tables` failed', '├── build_dim_tables', '└── build_fact_tables', '└── generate_report', '└── send_notification'],
  't5.ingest_reruns': ['build_fact_tables` failed', '  ingest'],
  't5.dim_reruns': ['build_fact_tables` failed', '├── build_dim_tables'],
  't5.repair_is_cheaper': ['build_fact_tables` failed'],
  't6.rows_processed': ['rows_processed = 15420'],
  't6.processing_time': ['processing_time = datetime.now().isoformat()'],
  't6.get_task_key': ['task_values["refresh_pipeline"] = {"rows_processed": rows_processed}', 'get rows_processed from refresh_pipeline'],
  't6.get_key': ['get rows_processed from refresh_pipeline'],
  't7.result_state': ['find all FAILED job runs in the last 7 days'],
  't7.days': ['find all FAILED job runs in the last 7 days'],
  't8.nightly_etl': ['Scheduled nightly ETL job that runs for 2 hours'],
  't8.interactive_dev': ['Interactive notebook development and exploration'],
  't8.adhoc_analysis': ['Ad-hoc data investigation by an analyst'],
  't8.ml_training': ['Production ML model training triggered weekly'],
};

export function blankMakers(lab: Lab, check: CheckFn): CardMaker[] {
  return lab.practice.tasks.flatMap((task) =>
    task.blanks.map((blank, index): CardMaker => {
      const scheduleId = `blank.${blank.id}`;
      const topic = topicOf(task.topic);
      const cron = isCronBlank(task, blank);
      const explanation = joinExplanation(
        `Reference answer: \`${blank.answer}\`.`,
        blank.hints.length > 0 ? blank.hints[blank.hints.length - 1] : undefined,
        FACT_NOTES[blank.id],
        `Takeaway — ${task.takeaway.topic}: ${task.takeaway.text}.`,
      );
      const hasOptions = blank.options !== undefined && blank.options.length > 0;
      const how = hasOptions
        ? 'Pick one.'
        : cron
          ? 'Type a cron expression (any equivalent form is accepted; the notebook itself wants the exact text).'
          : (HOW_TO_TYPE[blank.kind] ?? '');
      const facts = promptFacts(task);
      const prompt = [`Task ${task.number} — ${task.title}`, ...facts, blank.question, `What goes in this blank (\`${blank.label}\`)? ${how}`.trim()].join('\n');
      const code = blankCode(lab, task, index);
      const judge = judgeBlank(task, index, check, explanation);
      return {
        scheduleId,
        topic,
        source: 'blank',
        blankId: blank.id,
        make: (rng): Card => {
          const common = { id: scheduleId, scheduleId, topic, source: 'blank' as const, blankId: blank.id, prompt, explanation, judge, answer: blank.answer, needs: BLANK_NEEDS[blank.id] ?? [] };
          const withCode = code === '' ? common : { ...common, code };
          if (hasOptions) {
            return { ...withCode, kind: 'choice', options: rng.shuffle(blank.options ?? []) };
          }
          return { ...withCode, kind: 'typed', placeholder: blank.kind === 'list-items' ? 'a, b, c' : '' };
        },
      };
    }),
  );
}
