// The summary table's eight takeaways and the exam tip, as cards. Each takeaway gets a
// multiple-choice question written from the lab and the facts file; a takeaway this file does
// not know (the lab changed) still becomes a self-graded card, so no content is lost.
import type { Lab } from '../../lessons/types';
import { choiceJudge } from '../judge';
import type { Rng } from '../rng';
import type { Card, CardMaker, ExamTopic } from '../types';
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
    correct: 'Its tasks, their dependencies, its triggers and its compute settings',
    wrong: [
      'Only notebook paths; dependencies and triggers can be set only in the UI',
      'Tasks and SQL warehouses; dependencies are inferred from table lineage',
      'Only the job\'s permissions and owner',
    ],
    detail: 'The same job can be built in the UI or written as JSON (REST API) or YAML (Asset Bundles): `tasks[]` with `depends_on`, `trigger`/`schedule`, `job_clusters` or `existing_cluster_id`, plus `timeout_seconds` and `max_retries` per task.',
  },
  triggers: {
    prompt: 'What should decide which trigger type a job gets?',
    correct: 'How soon the job must run after time passes or data arrives: the latency requirement',
    wrong: [
      'The type of cluster the tasks run on',
      'The number of tasks in the job',
      'Whether the notebooks are written in Python or SQL',
    ],
    detail: 'Scheduled for clock times, file arrival for new files, table update for changed tables, continuous for minimal latency, none (manual) for on-demand runs.',
  },
  cron: {
    prompt: 'What are the five fields of a standard cron expression, in order?',
    correct: 'minute hour day-of-month month day-of-week',
    wrong: ['second minute hour day-of-month month', 'hour minute day-of-week month day-of-month', 'minute hour month day-of-month day-of-week'],
    detail: 'Databricks stores Quartz cron (`quartz_cron_expression`): a seconds field first, `?` in day-of-month or day-of-week, and day-of-week 1-7 with 1 = SUN. `0 6 * * *` is `0 0 6 * * ?` in Quartz.',
  },
  dag: {
    prompt: 'In a job\'s task graph, what are fan-out and fan-in?',
    correct: 'Fan-out: several tasks run in parallel after one task; fan-in: one task waits for all of several tasks',
    wrong: [
      'Fan-out: one task waits for several; fan-in: several tasks run after one',
      'Fan-out: a task retries on several clusters; fan-in: the retries are merged',
      'Fan-out: a job triggers other jobs; fan-in: other jobs trigger it',
    ],
    detail: 'With the default `run_if: ALL_SUCCESS`, a fan-in task starts only when all its `depends_on` tasks have succeeded.',
  },
  repair: {
    prompt: 'What does a repair run re-execute?',
    correct: 'The failed task and its downstream dependents; tasks that succeeded are not re-run, which saves compute',
    wrong: ['The whole job, starting from the first task', 'Only the failed task, never the tasks after it', 'Every task, but on a cheaper cluster'],
    detail: 'Tasks skipped as Upstream failed are re-run too. The repair belongs to the original run and uses the current job and task settings.',
  },
  'task-values': {
    prompt: 'How does one task of a job pass a small value, such as a row count, to a task after it?',
    correct: '`dbutils.jobs.taskValues.set(key=…, value=…)` upstream, then `dbutils.jobs.taskValues.get(taskKey=…, key=…)` downstream',
    wrong: ['`dbutils.widgets.get(…)` in the downstream task', 'By changing a job parameter at run time in the upstream task', 'Through a global Python variable shared by all tasks'],
    detail: '`taskKey` is the upstream task\'s `task_key`. The value must be JSON-expressible, at most 48 KiB as JSON. Non-notebook tasks read it with `{{tasks.<task_key>.values.<key>}}`.',
  },
  'system-tables': {
    prompt: 'Which system table holds job-level run history (status, duration, result) for monitoring?',
    correct: '`system.lakeflow.job_run_timeline`',
    wrong: ['`system.lakeflow.job_task_run_timeline`', '`system.lakeflow.jobs`', '`system.lakeflow.pipelines`'],
    detail: '`job_task_run_timeline` is the per-task level; `jobs` holds job definitions (SCD2). Failed runs in the last 7 days: `WHERE result_state = \'FAILED\' AND period_start_time >= current_date() - INTERVAL 7 DAYS`.',
  },
  cluster: {
    prompt: 'Which compute fits which work?',
    correct: 'Job clusters for automated and scheduled work; all-purpose clusters for interactive work',
    wrong: [
      'All-purpose clusters for scheduled work; job clusters for notebooks being developed',
      'All-purpose clusters for everything in production, because they are always warm',
      'Job clusters for everything, including interactive notebooks',
    ],
    detail: 'Jobs compute bills at a lower DBU rate than all-purpose and terminates when the run ends.',
  },
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
          };
        }
        const explanation = `${base}\n${q.detail}`;
        return {
          kind: 'choice',
          id: scheduleId,
          scheduleId,
          topic,
          source: 'takeaway',
          prompt: q.prompt,
          options: rng.shuffle([q.correct, ...q.wrong]),
          explanation,
          judge: choiceJudge(q.correct, explanation),
        };
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
      explanation:
        'Trigger type: pick by latency (schedule, file arrival, table update, continuous, manual). Repair: the failed task and its downstream dependents re-run, succeeded tasks do not. Cluster: job clusters are cheaper for automation and terminate with the run; all-purpose is for interactive work.',
    }),
  });
  return makers;
}
