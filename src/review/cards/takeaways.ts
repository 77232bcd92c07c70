// The summary table's eight takeaways and the exam tip, as cards. Each takeaway gets a
// multiple-choice question written from the lab and the facts file; a takeaway this file does
// not know (the lab changed) still becomes a self-graded card, so no content is lost.
import type { Lab } from '../../lessons/types';
import { choiceJudge } from '../judge';
import type { Rng } from '../rng';
import { CLASSIC_JOBS_DOC } from '../banks/clusters';
import type { Card, CardMaker, DocRef, ExamTopic } from '../types';
import { TRIGGER_DOC } from '../banks/triggers';
import { CRON_DOC } from './cron';
import { REPAIR_DOC, RUN_IF_DOC } from './generated';
import { explain } from './make';
import { slug, topicOf } from './topics';

interface TakeawayQuestion {
  prompt: string;
  correct: string;
  wrong: [string, string, string];
  /** Adds to the takeaway text in the explanation. */
  detail: string;
}

const QUESTIONS: Partial<Record<ExamTopic, TakeawayQuestion>> = {
  config: {
    prompt: 'What does a Lakeflow job definition in JSON/YAML describe?',
    correct: 'Its tasks, their dependencies, its triggers and its compute',
    wrong: [
      'Only notebook paths; dependencies and triggers are UI-only',
      'Tasks and warehouses; dependencies come from table lineage',
      'Only who owns the job and who may run it, nothing about tasks',
    ],
    detail: 'The same job can be built in the UI or written as JSON (REST API) or YAML (Asset Bundles): `tasks[]` with `depends_on`, `trigger`/`schedule`, `job_clusters` or `existing_cluster_id` (or no compute field: serverless), plus `timeout_seconds` and `max_retries` per task.',
  },
  triggers: {
    prompt: 'What should decide which trigger type a job gets?',
    correct: 'What should start it: a clock, new files, changed tables, …',
    wrong: [
      'The type of cluster that the tasks of the job will run on',
      'The number of tasks in the job and how they depend on each other',
      'Whether the notebooks of the job are written in Python or in SQL',
    ],
    detail: 'Scheduled for clock times, file arrival for new files, table update for changed tables, continuous to keep one run always active (minimal latency on a stream), none (manual) for on-demand runs. The lab\'s "latency requirements" is one side of it: the question is what event should start the job.',
  },
  cron: {
    prompt: 'What are the five fields of a standard cron expression, in order?',
    correct: 'minute hour day-of-month month day-of-week',
    wrong: ['second minute hour day-of-month month', 'hour minute day-of-week month day-of-month', 'minute hour month day-of-month day-of-week'],
    detail: 'Databricks stores Quartz cron (`quartz_cron_expression`): a seconds field first, `?` in day-of-month or day-of-week, and day-of-week 1-7 with 1 = SUN. `0 6 * * *` is `0 0 6 * * ?` in Quartz.',
  },
  dag: {
    prompt: 'In a job\'s task graph, what are fan-out and fan-in?',
    correct: 'Fan-out: several tasks start after one; fan-in: one waits for several',
    wrong: [
      'Fan-out: one task waits for several; fan-in: several start after one',
      'Fan-out: a task retries on several clusters; fan-in: the retries merge',
      'Fan-out: a job triggers other jobs; fan-in: other jobs trigger the job',
    ],
    detail: 'With the default `run_if: ALL_SUCCESS`, a fan-in task starts only when all its `depends_on` tasks have succeeded; other `run_if` values (for example `ALL_DONE`) change that.',
  },
  repair: {
    prompt: 'What does a repair run re-execute?',
    correct: 'The failed tasks and the tasks skipped because of them',
    wrong: ['The whole job again, starting over from its first task', 'Only the failed task itself, never any of the tasks after it', 'Every task of the job, but on a cheaper job cluster'],
    detail: 'Tasks that succeeded are not re-run, which saves compute. The repair belongs to the original run and uses the current job and task settings.',
  },
  'task-values': {
    prompt: 'How does one task of a job pass a small value, such as a row count, to a task after it?',
    correct: '`taskValues.set(key, value)` upstream, `taskValues.get(taskKey, key)` after',
    wrong: [
      '`dbutils.widgets.get(name)` in the downstream task reads the value directly',
      'The upstream task changes a job parameter, and later tasks read the new value',
      'A global Python variable in the upstream notebook that every later task can read',
    ],
    detail: 'Both are `dbutils.jobs.taskValues`. `taskKey` is the upstream task\'s `task_key`. The value must be JSON-expressible, at most 48 KiB as JSON. Non-notebook tasks read it with `{{tasks.<task_key>.values.<key>}}`.',
  },
  'system-tables': {
    prompt: 'Which system table holds job-level run history (status, duration, result) for monitoring?',
    correct: '`system.lakeflow.job_run_timeline`',
    wrong: ['`system.lakeflow.job_task_run_timeline`', '`system.lakeflow.jobs`', '`system.lakeflow.pipelines`'],
    detail: '`job_task_run_timeline` is the per-task level; `jobs` holds job definitions (SCD2). In the real table the time columns are `period_start_time`/`period_end_time` (the lab\'s `start_time`/`end_time` are a simplification); a run longer than an hour is split into hourly rows, and `result_state` (`SUCCEEDED`, `FAILED`, …) is set only on the row that ends the run.',
  },
  cluster: {
    prompt: 'Which classic compute fits which work, as the lab teaches it?',
    correct: 'Job clusters for automated work; all-purpose for interactive work',
    wrong: [
      'All-purpose for scheduled work; job clusters for development work',
      'All-purpose for all production work, because it is always warm',
      'Job clusters for everything, interactive notebooks included',
    ],
    detail: 'Jobs compute bills at a lower DBU rate than all-purpose and terminates when the run ends; all-purpose runs until terminated (auto-termination is optional). Serverless compute for jobs is the recommended default for tasks that support it.',
  },
};

/** Why each takeaway card is true, in the docs' words: the source shown on its back. */
const TAKEAWAY_DOCS: Partial<Record<ExamTopic, DocRef>> = {
  config: { title: 'Configure settings for Databricks jobs', url: 'https://docs.databricks.com/workflows/jobs/settings.html' },
  triggers: TRIGGER_DOC,
  cron: CRON_DOC,
  dag: RUN_IF_DOC,
  repair: REPAIR_DOC,
  'task-values': { title: 'Use task values to pass information between tasks', url: 'https://docs.databricks.com/jobs/task-values.html' },
  'system-tables': { title: 'Jobs system table reference', url: 'https://docs.databricks.com/admin/system-tables/jobs.html' },
  cluster: CLASSIC_JOBS_DOC,
};

export function takeawayMakers(lab: Lab): CardMaker[] {
  const makers: CardMaker[] = lab.summary.takeaways.map((takeaway) => {
    const topic = topicOf(takeaway.topic);
    const scheduleId = `takeaway.${slug(takeaway.topic)}`;
    const q = QUESTIONS[topic];
    const base = `**${takeaway.topic}** (lab summary): ${takeaway.text}.`;
    return {
      scheduleId,
      topic,
      source: 'takeaway' as const,
      make: (rng: Rng): Card => {
        if (!q) {
          return {
            kind: 'self',
            id: scheduleId,
            scheduleId,
            topic,
            source: 'takeaway',
            prompt: `Key takeaway — **${takeaway.topic}**: what is it?`,
            answer: takeaway.text,
            explanation: base,
            needs: [takeaway.topic],
          };
        }
        const doc = TAKEAWAY_DOCS[topic];
        const explanation = explain(`${base}\n${q.detail}`, doc);
        const card: Card = {
          kind: 'choice',
          id: scheduleId,
          scheduleId,
          topic,
          source: 'takeaway',
          prompt: q.prompt,
          options: rng.shuffle([q.correct, ...q.wrong]),
          answer: q.correct,
          explanation,
          needs: [],
          judge: choiceJudge(q.correct, explanation),
        };
        if (doc) card.doc = doc;
        return card;
      },
    };
  });
  makers.unshift({
    scheduleId: 'exam-tip',
    topic: 'triggers',
    source: 'exam-tip',
    make: (): Card => ({
      kind: 'self',
      id: 'exam-tip',
      scheduleId: 'exam-tip',
      topic: 'triggers',
      source: 'exam-tip',
      prompt: 'The lab ends with an **exam tip**. Which three things does it say to focus on?',
      answer: lab.summary.examTip,
      needs: [],
      explanation:
        'Trigger type: pick by what should start the job (a clock time, new files, changed tables, always-on, or a person). Repair: the failed tasks and the tasks skipped because of them re-run, succeeded tasks do not. Compute: jobs compute is cheaper for automation and terminates with the run (serverless compute for jobs is the recommended default); all-purpose is for interactive work.',
    }),
  });
  return makers;
}
