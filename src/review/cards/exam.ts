// Exam topics beyond the lab: run_if, retries and notifications, serverless, parameters and
// dynamic value references, If/else and For each, queueing, continuous jobs, table-update
// triggers, system tables, bundles. Every card carries the doc page its fact was looked up in
// (title and URL, shown on the back). Where the jobs model can judge a scenario (run_if, retries,
// queueing, what validate rejects) the answer is computed by it, not written by hand; the
// content test checks the model still agrees with the answer each card was written for.
import type { AttemptOutcome, JobSpec, RunIf, TaskResultState, TaskSpec, Concurrency } from '../../jobs';
import { replayTriggers, simulateRun, topoOrder, validateJob } from '../../jobs';
import type { CardMaker, DocRef, ExamTopic } from '../types';
import { choiceMaker } from './make';

// ---------------------------------------------------------------- sources (looked up, not recalled)

export const DOCS = {
  runIf: { title: 'Configure task dependencies', url: 'https://docs.databricks.com/jobs/run-if.html' },
  conditional: { title: 'Run tasks conditionally in a Databricks job', url: 'https://docs.databricks.com/workflows/jobs/conditional-tasks.html' },
  taskSchema: {
    title: 'Databricks CLI bundle schema, jobs.Task (max_retries, min_retry_interval_millis, retry_on_timeout)',
    url: 'https://github.com/databricks/cli/blob/main/bundle/schema/jsonschema.json',
  },
  jobSchema: {
    title: 'Databricks CLI bundle schema, resources.Job (max_concurrent_runs)',
    url: 'https://github.com/databricks/cli/blob/main/bundle/schema/jsonschema.json',
  },
  notifications: { title: 'Add notifications on a job', url: 'https://docs.databricks.com/jobs/notifications.html' },
  compute: { title: 'Configure compute for jobs', url: 'https://docs.databricks.com/jobs/compute.html' },
  serverlessLimits: { title: 'Serverless compute limitations', url: 'https://docs.databricks.com/compute/serverless/limitations.html' },
  classic: { title: 'Configure classic compute for Lakeflow Jobs', url: 'https://learn.microsoft.com/en-sg/Azure/databricks/jobs/run-classic-jobs' },
  dynamic: { title: 'What is a dynamic value reference?', url: 'https://docs.databricks.com/jobs/dynamic-value-references.html' },
  jobParams: { title: 'Configure job parameters', url: 'https://learn.microsoft.com/en-ie/azure/Databricks/jobs/job-parameters' },
  jobParamsPrecedence: { title: 'Configure job parameters (Japanese edition: "Job parameters take precedence over task parameters")', url: 'https://docs.databricks.com/ja/jobs/job-parameters.html' },
  taskParams: { title: 'Configure task parameters', url: 'https://docs.databricks.com/jobs/task-parameters.html' },
  ifElse: { title: 'Add branching logic to a job with the If/else task', url: 'https://docs.databricks.com/jobs/if-else.html' },
  forEach: { title: 'Use a For each task to run another task in a loop', url: 'https://docs.databricks.com/en/jobs/for-each.html' },
  queueing: { title: 'Databricks Jobs queueing and concurrency settings', url: 'https://docs.gcp.databricks.com/en/jobs/advanced.html' },
  continuous: { title: 'Run jobs continuously', url: 'https://docs.databricks.com/en/jobs/continuous.html' },
  taskRetryMode: { title: 'Databricks SDK for JavaScript: TaskRetryMode', url: 'https://databricks.github.io/sdk-js/api/variables/_databricks_sdk-jobs.v2.TaskRetryMode.html' },
  tableTrigger: { title: 'Trigger jobs when source tables are updated', url: 'https://docs.databricks.com/aws/en/jobs/trigger-table-update' },
  tableTriggerConfig: {
    title: 'Databricks SDK for JavaScript: TableTriggerConfiguration',
    url: 'https://databricks.github.io/sdk-js/api/interfaces/_databricks_sdk-jobs.v2.TableTriggerConfiguration.html',
  },
  systemTables: { title: 'Jobs system table reference', url: 'https://docs.databricks.com/admin/system-tables/jobs.html' },
  bundleModes: { title: 'Databricks Asset Bundle deployment modes', url: 'https://docs.databricks.com/dev-tools/bundles/deployment-modes.html' },
  bundleLifecycle: { title: 'Develop Declarative Automation Bundles', url: 'https://learn.microsoft.com/en-ca/Azure/databricks/dev-tools/bundles/work-tasks' },
  bundleOverride: { title: 'Override job tasks settings in Databricks Asset Bundles', url: 'https://docs.databricks.com/dev-tools/bundles/job-task-override.html' },
  bundleCommands: { title: 'bundle command group', url: 'https://learn.microsoft.com/en-gb/azure/databricks/dev-tools/cli/bundle-commands' },
} satisfies Record<string, DocRef>;

interface Spec {
  id: string;
  topic: ExamTopic;
  prompt: string;
  code?: string;
  correct: string;
  wrong: [string, string, string] | [string, string];
  explanation: string;
  doc: DocRef;
  needs?: string[];
}

const card = (s: Spec): CardMaker =>
  choiceMaker({ id: `exam.${s.id}`, topic: s.topic, source: 'exam', prompt: s.prompt, correct: s.correct, wrong: s.wrong, explanation: s.explanation, doc: s.doc, needs: s.needs ?? [], ...(s.code !== undefined ? { code: s.code } : {}) });

// ---------------------------------------------------------------- run_if, judged by the jobs model

type TaskLine = [key: string, deps: string[], runIf?: RunIf];

function job(lines: readonly TaskLine[]): JobSpec {
  const tasks: TaskSpec[] = lines.map(([key, deps, runIf]) => {
    const t: TaskSpec = { task_key: key, type: 'notebook', notebook_path: `/Workspace/Shared/${key}`, source: 'WORKSPACE', compute: { kind: 'serverless' }, depends_on: deps };
    if (runIf) t.run_if = runIf;
    return t;
  });
  return { key: 'exam_job', name: 'exam_job', parameters: [], tasks };
}

/** One line per task: `key ← deps  [run_if: X]`, and what happened to it. */
function drawRunIf(j: JobSpec, outcomes: Record<string, string>): string {
  const width = Math.max(...j.tasks.map((t) => t.task_key.length));
  return topoOrder(j)
    .map((key) => {
      const t = j.tasks.find((x) => x.task_key === key) as TaskSpec;
      const deps = t.depends_on.length === 0 ? '(runs first)' : `← ${t.depends_on.join(', ')}`;
      const runIf = t.depends_on.length > 0 ? `  run_if: ${t.run_if ?? 'ALL_SUCCESS'}` : '';
      const what = outcomes[key] ? `  → ${outcomes[key]}` : '';
      return `${key.padEnd(width)} ${deps}${runIf}${what}`;
    })
    .join('\n');
}

/** What the learner picks from: what the task ends as. */
export const RUN_IF_OUTCOMES = {
  runs: 'It runs',
  upstream: 'Marked Upstream failed',
  excluded: 'Marked Excluded',
} as const;

export function outcomeOf(state: TaskResultState | undefined, ran: boolean): keyof typeof RUN_IF_OUTCOMES {
  if (ran) return 'runs';
  return state === 'EXCLUDED' ? 'excluded' : 'upstream';
}

export interface RunIfScenario {
  id: string;
  tasks: TaskLine[];
  outcomes: Record<string, AttemptOutcome>;
  target: string;
  /** What the card was written for; the content test checks the model agrees. */
  expect: keyof typeof RUN_IF_OUTCOMES;
  why: string;
  doc?: DocRef;
}

export const RUN_IF_SCENARIOS: readonly RunIfScenario[] = [
  {
    id: 'cleanup-all-done',
    tasks: [['load_orders', []], ['cleanup_tmp', ['load_orders'], 'ALL_DONE']],
    outcomes: { load_orders: 'fail' },
    target: 'cleanup_tmp',
    expect: 'runs',
    why: '`ALL_DONE` runs the task once all dependencies have completed, whatever their result: the condition for a clean-up task.',
  },
  {
    id: 'alert-nothing-failed',
    tasks: [['ingest', []], ['transform', ['ingest']], ['alert_oncall', ['ingest', 'transform'], 'AT_LEAST_ONE_FAILED']],
    outcomes: {},
    target: 'alert_oncall',
    expect: 'excluded',
    why: 'Nothing failed, so `AT_LEAST_ONE_FAILED` is not met. A failure-handling task whose condition is not met is marked **Excluded**: skipped, and treated as successful.',
  },
  {
    id: 'alert-one-failed',
    tasks: [['ingest', []], ['transform', ['ingest']], ['alert_oncall', ['ingest', 'transform'], 'AT_LEAST_ONE_FAILED']],
    outcomes: { transform: 'fail' },
    target: 'alert_oncall',
    expect: 'runs',
    why: '`transform` failed, so `AT_LEAST_ONE_FAILED` is met and the alert task runs.',
  },
  {
    id: 'report-default',
    tasks: [['build_dim', []], ['build_fact', []], ['report', ['build_dim', 'build_fact']]],
    outcomes: { build_fact: 'fail' },
    target: 'report',
    expect: 'upstream',
    why: 'The default `ALL_SUCCESS` needs every dependency to succeed. When it is not met the task is marked **Upstream failed**.',
  },
  {
    id: 'none-failed',
    tasks: [['extract_a', []], ['extract_b', []], ['merge', ['extract_a', 'extract_b'], 'NONE_FAILED']],
    outcomes: { extract_b: 'fail' },
    target: 'merge',
    expect: 'upstream',
    why: '`NONE_FAILED` needs no failed dependency (and at least one that ran). A dependency failed, so the task is marked **Upstream failed**, as for `ALL_SUCCESS` and `AT_LEAST_ONE_SUCCESS`.',
  },
  {
    id: 'at-least-one-success',
    tasks: [['source_eu', []], ['source_us', []], ['publish', ['source_eu', 'source_us'], 'AT_LEAST_ONE_SUCCESS']],
    outcomes: { source_us: 'fail' },
    target: 'publish',
    expect: 'runs',
    why: '`source_eu` succeeded, so `AT_LEAST_ONE_SUCCESS` is met and the task runs.',
  },
  {
    id: 'all-failed',
    tasks: [['copy_a', []], ['copy_b', []], ['fallback', ['copy_a', 'copy_b'], 'ALL_FAILED']],
    outcomes: { copy_a: 'fail' },
    target: 'fallback',
    expect: 'excluded',
    why: '`ALL_FAILED` needs every dependency to fail; `copy_b` succeeded. A failure-handling condition that is not met marks the task **Excluded**.',
  },
  {
    id: 'all-deps-excluded',
    tasks: [['ingest', []], ['alert', ['ingest'], 'AT_LEAST_ONE_FAILED'], ['page_manager', ['alert']]],
    outcomes: {},
    target: 'page_manager',
    expect: 'excluded',
    why: '`alert` is Excluded (nothing failed). When all of a task\'s dependencies are excluded, the task is excluded too, whatever its Run if condition.',
    doc: DOCS.conditional,
  },
  {
    id: 'canceled-cleanup',
    tasks: [['long_load', []], ['cleanup', ['long_load'], 'AT_LEAST_ONE_FAILED']],
    outcomes: { long_load: 'cancel' },
    target: 'cleanup',
    expect: 'runs',
    why: 'A canceled task run propagates to downstream tasks, and tasks with a failure-handling `Run if` condition run: here the clean-up runs after the cancellation.',
    doc: DOCS.conditional,
  },
];

function outcomeWords(o: AttemptOutcome): string {
  return o === 'fail' ? 'FAILED' : o === 'cancel' ? 'CANCELED' : o === 'timeout' ? 'TIMED OUT' : 'SUCCEEDED';
}

export function runIfAnswer(s: RunIfScenario): keyof typeof RUN_IF_OUTCOMES {
  const run = simulateRun(job(s.tasks), s.outcomes);
  const t = run.tasks[s.target];
  return outcomeOf(t?.state, t?.ran ?? false);
}

function runIfMaker(s: RunIfScenario): CardMaker {
  const j = job(s.tasks);
  // Every other task's end state is given; the target's is the question.
  const run = simulateRun(j, s.outcomes);
  const shown: Record<string, string> = {};
  for (const [key] of s.tasks) {
    const t = run.tasks[key];
    if (key === s.target || !t) continue;
    shown[key] = t.ran ? outcomeWords(s.outcomes[key] ?? 'success') : t.state === 'EXCLUDED' ? 'Excluded' : 'Upstream failed';
  }
  const answer = RUN_IF_OUTCOMES[runIfAnswer(s)];
  return card({
    id: `run-if.${s.id}`,
    topic: 'run-if',
    prompt: `What happens to \`${s.target}\` in this run? (No retries.)`,
    code: drawRunIf(j, shown),
    correct: answer,
    wrong: Object.values(RUN_IF_OUTCOMES).filter((o) => o !== answer) as [string, string],
    explanation: `${s.why} Conditions that handle failures (\`AT_LEAST_ONE_FAILED\`, \`ALL_FAILED\`) mark the task Excluded when not met; the others (\`ALL_SUCCESS\`, \`AT_LEAST_ONE_SUCCESS\`, \`NONE_FAILED\`) mark it Upstream failed.`,
    doc: s.doc ?? DOCS.runIf,
    needs: [s.target, ...s.tasks.map(([k]) => k), ...s.tasks.filter(([, d]) => d.length > 0).map(([, , r]) => r ?? 'ALL_SUCCESS')],
  });
}

// ---------------------------------------------------------------- retries, judged by the jobs model

/** Attempts a task makes when every attempt fails, from the simulator. */
export function attemptsWhenAlwaysFailing(maxRetries: number): number {
  const j = job([['flaky_api_pull', []]]);
  (j.tasks[0] as TaskSpec).max_retries = maxRetries;
  return simulateRun(j, { flaky_api_pull: Array.from({ length: maxRetries + 2 }, () => 'fail' as const) }).tasks.flaky_api_pull?.attempts.length ?? 0;
}

/** Attempts when the first attempt times out, with or without retry_on_timeout. */
export function attemptsAfterTimeout(retryOnTimeout: boolean): number {
  const j = job([['nightly_export', []]]);
  Object.assign(j.tasks[0] as TaskSpec, { max_retries: 2, timeout_seconds: 600, retry_on_timeout: retryOnTimeout });
  return simulateRun(j, { nightly_export: ['timeout', 'success'] }).tasks.nightly_export?.attempts.length ?? 0;
}

// ---------------------------------------------------------------- queueing, judged by the model

export function queueAnswer(c: Concurrency): string {
  const [, second] = replayTriggers([0, 60], 90, c);
  if (second?.outcome === 'skipped') return 'It is skipped';
  if (second?.outcome === 'queued') return `It waits, then starts at ${second.startedAt === 90 ? '01:30' : `minute ${second.startedAt}`}`;
  return 'It starts at 01:00, next to the first run';
}

const QUEUE_OPTIONS = ['It is skipped', 'It waits, then starts at 01:30', 'It starts at 01:00, next to the first run', 'It cancels the 00:00 run and starts'];

// ---------------------------------------------------------------- continuous + dependencies, judged by validate

export function continuousWithDependencyRejected(): boolean {
  const j = job([['read_stream', []], ['write_gold', ['read_stream']]]);
  j.trigger = { kind: 'continuous' };
  return validateJob(j).some((p) => p.code === 'continuous_with_dependencies' && p.severity === 'error');
}

// ---------------------------------------------------------------- the cards

export function examMakers(): CardMaker[] {
  const retries3 = attemptsWhenAlwaysFailing(3);
  const timeoutDefault = attemptsAfterTimeout(false);
  const rejected = continuousWithDependencyRejected();
  return [
    ...RUN_IF_SCENARIOS.map(runIfMaker),
    // ---- run_if: picking the condition
    card({
      id: 'run-if.pick-cleanup',
      topic: 'run-if',
      prompt: 'A `cleanup_tmp` task must run after `load` and `transform` whatever their result, to drop temporary tables. Which **Run if** condition?',
      correct: '`ALL_DONE`',
      wrong: ['`ALL_SUCCESS`', '`NONE_FAILED`', '`AT_LEAST_ONE_SUCCESS`'],
      explanation: 'All done runs the task once all its dependencies have run, whatever their status, so it does not depend on their results. `ALL_SUCCESS` (the default) would skip it after a failure.',
      doc: DOCS.runIf,
    }),
    card({
      id: 'run-if.pick-alert',
      topic: 'run-if',
      prompt: 'A `notify_failure` task depends on three loading tasks and must run only if **at least one** of them failed. Which **Run if** condition?',
      correct: '`AT_LEAST_ONE_FAILED`',
      wrong: ['`ALL_FAILED`', '`ALL_DONE`', '`AT_LEAST_ONE_SUCCESS`'],
      explanation: '`AT_LEAST_ONE_FAILED` runs when at least one dependency failed; `ALL_FAILED` would wait for all three to fail; `ALL_DONE` would also run when everything succeeded. When nothing failed, the task is marked Excluded.',
      doc: DOCS.runIf,
    }),
    card({
      id: 'run-if.excluded-counts',
      topic: 'run-if',
      prompt: 'A failure-handling task is marked **Excluded** because nothing failed. How does that affect the job run?',
      correct: 'It is skipped and treated as successful',
      wrong: ['It is skipped and counted as a failure', 'It is queued until one of its dependencies fails', 'It makes the whole run end as Canceled'],
      explanation: '"Excluded tasks are skipped and are treated as successful." So an unused alert task does not turn a good run red.',
      doc: DOCS.conditional,
    }),
    card({
      id: 'run-if.when-evaluated',
      topic: 'run-if',
      prompt: 'When does Databricks evaluate a task\'s **Run if** condition?',
      correct: 'After all of its dependencies have completed',
      wrong: ['As soon as its first dependency has completed', 'When the job run starts, before any task runs', 'Only when one of its dependencies has failed'],
      explanation: '"The Run if condition is evaluated after completing all task dependencies."',
      doc: DOCS.conditional,
    }),
    card({
      id: 'run-if.default-claim',
      topic: 'run-if',
      prompt: 'The lab says "dependent tasks do NOT run if their dependency fails". When is that true?',
      correct: 'Only with the default `run_if`, `ALL_SUCCESS`',
      wrong: ['Always, whatever `run_if` the dependent task has', 'Only when the job has its task retries turned off', 'Only for tasks that run on a shared job cluster'],
      explanation: 'The default condition is "All succeeded". With `ALL_DONE`, `AT_LEAST_ONE_FAILED` or `ALL_FAILED` a task runs after a failed dependency.',
      doc: DOCS.runIf,
    }),
    // ---- retries
    card({
      id: 'retries.count',
      topic: 'retries',
      prompt: 'A task has `max_retries: 3` and fails on every attempt. How many attempts run in total?',
      code: 'tasks:\n  - task_key: flaky_api_pull\n    max_retries: 3',
      correct: String(retries3),
      wrong: ['3', '1', '6'].filter((x) => x !== String(retries3)).slice(0, 3) as [string, string, string],
      explanation: '`max_retries` counts retries: "An optional maximum number of times to retry an unsuccessful run." One first attempt plus three retries makes four.',
      doc: DOCS.taskSchema,
      needs: ['max_retries: 3'],
    }),
    card({
      id: 'retries.minus-one',
      topic: 'retries',
      prompt: 'What does `max_retries: -1` mean on a task?',
      correct: 'Retry indefinitely',
      wrong: ['Never retry', 'Use the job\'s default', 'Retry once, then stop'],
      explanation: '"The value `-1` means to retry indefinitely and the value `0` means to never retry."',
      doc: DOCS.taskSchema,
    }),
    card({
      id: 'retries.interval',
      topic: 'retries',
      prompt: '`min_retry_interval_millis: 60000` is set on a task. From what is the minute measured?',
      correct: 'From the start of the failed attempt',
      wrong: ['From the end of the failed attempt', 'From the start of the whole job run', 'From the moment someone clicks Repair'],
      explanation: '"An optional minimal interval in milliseconds between the start of the failed run and the subsequent retry run. The default behavior is that unsuccessful runs are immediately retried."',
      doc: DOCS.taskSchema,
    }),
    card({
      id: 'retries.timeout',
      topic: 'retries',
      prompt: 'This task times out on its first attempt. How many attempts does it get?',
      code: 'tasks:\n  - task_key: nightly_export\n    timeout_seconds: 600\n    max_retries: 2\n    # retry_on_timeout not set',
      correct: timeoutDefault === 1 ? 'One: a timeout is not retried by default' : `${timeoutDefault}`,
      wrong: ['Three: a timeout counts as a failed attempt', 'Two: there is always one retry after a timeout', 'None: the task is canceled before it starts'],
      explanation: '`retry_on_timeout`: "The default behavior is to not retry on timeout." A timed-out run ends as `TIMEDOUT`; set `retry_on_timeout: true` to retry it.',
      doc: DOCS.taskSchema,
      needs: ['timeout_seconds: 600', 'max_retries: 2', 'retry_on_timeout not set'],
    }),
    card({
      id: 'retries.unsuccessful',
      topic: 'retries',
      prompt: 'Which runs does `max_retries` retry?',
      correct: '`FAILED` result state or `INTERNAL_ERROR` life cycle state',
      wrong: ['Any run that ended with `SUCCESS_WITH_FAILURES` as its result', 'Runs skipped because the job reached `max_concurrent_runs`', 'Runs that a user canceled from the Jobs UI'],
      explanation: '"A run is considered to be unsuccessful if it completes with the `FAILED` result_state or `INTERNAL_ERROR` `life_cycle_state`." Timeouts are retried only with `retry_on_timeout`.',
      doc: DOCS.taskSchema,
    }),
    // ---- notifications
    card({
      id: 'retries.notify-each-retry',
      topic: 'retries',
      prompt: 'A task retries up to 3 times. You want an email after **every** failed attempt. Where do you set it?',
      correct: 'As a task notification on that task',
      wrong: ['As a job notification on Failure', 'As a job notification on every Start', 'In the job\'s queue and concurrency settings'],
      explanation: 'Notifications set at the job level are not sent while failed tasks are being retried. For a failure notification after every failed attempt, including each failed retry, add task notifications on the task instead.',
      doc: DOCS.notifications,
    }),
    card({
      id: 'retries.notify-events',
      topic: 'retries',
      prompt: 'Which of these can a job notification be sent for?',
      correct: 'A run that exceeds a set duration',
      wrong: ['A task value being set by a task', 'A change to the job\'s permissions', 'A cluster adding a new worker'],
      explanation: 'Notifications can be sent on Start, Successful completion, Failure, and when "the duration exceeds a configured threshold" (plus streaming backlog), by email or to system destinations such as Slack, Teams, PagerDuty or webhooks.',
      doc: DOCS.notifications,
    }),
    card({
      id: 'retries.notify-success-with-failures',
      topic: 'retries',
      prompt: 'A run ends as **Succeeded with failures**. Which job notification event fires for it?',
      correct: 'Success',
      wrong: ['Failure', 'Duration warning', 'None of them'],
      explanation: 'A job that completes as Succeeded with failures counts as successful for notifications: select Success to be alerted for it.',
      doc: DOCS.notifications,
    }),
    // ---- compute
    card({
      id: 'cluster.serverless-default',
      topic: 'cluster',
      prompt: 'In a workspace with serverless enabled, which compute do new job tasks (notebooks, Python scripts) get by default?',
      correct: 'Serverless compute for jobs',
      wrong: ['A new classic job cluster', 'The workspace\'s shared cluster', 'A serverless SQL warehouse'],
      explanation: '"Serverless compute for jobs is the default for all tasks that support it." Databricks recommends serverless compute for most job workloads; classic jobs compute is for what serverless does not support.',
      doc: DOCS.compute,
    }),
    card({
      id: 'cluster.serverless-r',
      topic: 'cluster',
      prompt: 'Which of these job tasks cannot run on serverless compute?',
      correct: 'A notebook written in R',
      wrong: ['A notebook written in Python', 'A Python script task', 'A Python wheel task'],
      explanation: 'Serverless compute limitations: "R is not supported", and only Spark Connect APIs are supported (no RDD APIs). Python notebooks, scripts and wheels are run on serverless jobs compute by default.',
      doc: DOCS.serverlessLimits,
    }),
    card({
      id: 'cluster.serverless-streaming',
      topic: 'cluster',
      prompt: 'A Structured Streaming notebook runs as a job on serverless compute. Which trigger can the stream use?',
      correct: '`availableNow` (incremental batch)',
      wrong: ['`processingTime="1 minute"` (fixed interval)', 'The default micro-batch trigger', '`continuous="1 second"`'],
      explanation: '"For streaming, only incremental batch logic can be used. There is no support for default or time-based trigger intervals."',
      doc: DOCS.serverlessLimits,
    }),
    card({
      id: 'cluster.all-purpose-stop',
      topic: 'cluster',
      prompt: 'When does an all-purpose cluster stop running?',
      correct: 'When terminated, or when idle if auto-termination is set',
      wrong: ['As soon as the job run that used it has ended', 'When the last notebook attached to it has been closed', 'Never: an all-purpose cluster cannot be stopped by anyone'],
      explanation: '"Jobs compute terminates automatically after a job run is complete. All-purpose compute supports auto-termination, which is tied to inactivity rather than the end of a job run." Auto-termination is a setting, not a guarantee.',
      doc: DOCS.classic,
    }),
    card({
      id: 'cluster.share-job-cluster',
      topic: 'cluster',
      prompt: 'Four notebook tasks of one job should share one classic cluster that exists only for the run. How?',
      correct: 'Declare it in `job_clusters`, use its `job_cluster_key`',
      wrong: ['Point each task at it with `existing_cluster_id` set', 'Give every one of the tasks its own identical `new_cluster`', 'Set `max_concurrent_runs` to 4 on the job settings'],
      explanation: 'Configure tasks to use the same jobs compute to share it: a cluster declared in `job_clusters`, referenced by `job_cluster_key`; sharing cuts the latency of start-up. `existing_cluster_id` points at an all-purpose cluster instead, which Databricks does not recommend for jobs.',
      doc: DOCS.compute,
    }),
    // ---- parameters and dynamic value references
    card({
      id: 'parameters.iso-date',
      topic: 'parameters',
      prompt: 'A job parameter `run_date` has the default `{{job.start_time.iso_date}}`. What does a task receive?',
      correct: 'The date the job run started, in UTC',
      wrong: ['The date the task started, in local time', 'The date the job was created', 'The date the notebook was last edited'],
      explanation: '`{{job.start_time.<argument>}}` is "a value based on the time (in UTC) that the job run started"; `iso_date` gives its date. It stays the same for every task of the run.',
      doc: DOCS.dynamic,
    }),
    card({
      id: 'parameters.run-id',
      topic: 'parameters',
      prompt: 'A task parameter is `{"job_run_id": "job_{{job.run_id}}"}` and the run ID is 550315892394120. What does the task get?',
      correct: '`job_550315892394120`',
      wrong: ['`job_{{job.run_id}}`', '`550315892394120`', '`job_` followed by the job ID'],
      explanation: '"When a job or task runs, a string literal replaces the dynamic value reference": `job_{{job.run_id}}` evaluates to `job_550315892394120`. `{{job.run_id}}` is the ID of the job run, `{{job.id}}` the job\'s.',
      doc: DOCS.dynamic,
    }),
    card({
      id: 'parameters.task-value-ref',
      topic: 'parameters',
      prompt: 'Notebook task `ingest` ran `dbutils.jobs.taskValues.set(key="row_count", value=42)`. A later SQL task needs it as a parameter. Which value?',
      correct: '`{{tasks.ingest.values.row_count}}`',
      wrong: ['`{{job.parameters.row_count}}`', '`{{tasks.row_count.values.ingest}}`', '`{{ingest.row_count}}`'],
      explanation: 'Non-notebook tasks read task values with the dynamic value reference `{{tasks.<task_name>.values.<value_name>}}`.',
      doc: DOCS.dynamic,
    }),
    card({
      id: 'parameters.no-expressions',
      topic: 'parameters',
      prompt: 'Can a parameter value be `{{job.repair_count + 1}}`?',
      correct: 'No: the braces hold a reference, not an expression',
      wrong: ['Yes: simple arithmetic inside the braces is evaluated', 'Yes, but only in job-level parameters, not in tasks', 'Only when the task that receives it is a SQL task'],
      explanation: '"Contents of the double curly braces are not evaluated as expressions. You cannot run operations or functions in double-curly braces."',
      doc: DOCS.dynamic,
    }),
    card({
      id: 'parameters.precedence',
      topic: 'parameters',
      prompt: 'A job parameter `env` = `prod` and a notebook task parameter `env` = `dev`. Which value does the notebook get?',
      correct: '`prod`: job parameters take precedence',
      wrong: ['`dev`: the task\'s own parameter always wins', 'Both, as a list `["prod", "dev"]`', 'None: the run fails with a conflict error'],
      explanation: 'Job parameters are pushed down to tasks that take key-value parameters, and "job parameters take precedence over task parameters": with the same key, the job parameter overrides the task parameter (the UI warns when you add such a task parameter).',
      doc: DOCS.jobParamsPrecedence,
    }),
    card({
      id: 'parameters.name-chars',
      topic: 'parameters',
      prompt: 'Which job parameter name is allowed?',
      correct: '`run.date`',
      wrong: ['`run date`', '`run/date`', '`run:date`'],
      explanation: '"Job parameter keys can only contain `_` `-` `.` or alphanumeric characters." Values are strings or dynamic value references.',
      doc: DOCS.jobParams,
    }),
    // ---- If/else and For each
    card({
      id: 'control-flow.if-equals',
      topic: 'control-flow',
      prompt: 'An If/else condition task checks `{{tasks.count.values.n}} == 12`, and task `count` set `n` to `12.0`. Which branch runs?',
      correct: 'The false branch: `==` compares strings',
      wrong: ['The true branch: the two numbers are equal', 'Neither: the condition task fails', 'Both branches, one after the other'],
      explanation: '"The == and != operators perform string comparison of their operands. For example, 12.0 == 12 evaluates to false."',
      doc: DOCS.ifElse,
    }),
    card({
      id: 'control-flow.if-numeric',
      topic: 'control-flow',
      prompt: 'An If/else condition task checks `{{tasks.count.values.n}} >= 12` with `n` = `12.0`. Which branch runs?',
      correct: 'The true branch: `>=` compares numbers',
      wrong: ['The false branch: `>=` compares strings', 'Neither: `>=` needs integer operands', 'The job fails before the condition'],
      explanation: '"The >, >=, <, and <= operators perform numeric comparisons of their operands. For example, 12.0 >= 12 evaluates to true."',
      doc: DOCS.ifElse,
    }),
    card({
      id: 'control-flow.if-depends',
      topic: 'control-flow',
      prompt: 'How do you make `quarantine_rows` run only when the If/else task `check_bad_rows` evaluates to false?',
      correct: 'Depend on `check_bad_rows (false)`',
      wrong: ['Set its Run if to `AT_LEAST_ONE_FAILED`', 'Set its Run if to `ALL_FAILED`', 'Add `{{false}}` as a task parameter'],
      explanation: 'A task added after an If/else condition task depends on `<task-name> (true)` by default; choose `<task-name> (false)` for the tasks that run when the condition is false.',
      doc: DOCS.ifElse,
    }),
    card({
      id: 'control-flow.if-types',
      topic: 'control-flow',
      prompt: 'Which task value types can an If/else condition operand reference?',
      correct: 'Numbers, strings and booleans',
      wrong: ['Any JSON value, including arrays', 'Only numbers', 'Only strings'],
      explanation: '"Only numeric, string, and boolean values are allowed when referencing task values in an operand. Any other types cause the condition expression to fail." Booleans are compared as the strings "true"/"false".',
      doc: DOCS.ifElse,
    }),
    card({
      id: 'control-flow.for-each-nested',
      topic: 'control-flow',
      prompt: 'Which task cannot be the nested task of a **For each** task?',
      correct: 'Another For each task',
      wrong: ['A notebook task', 'A Run Job task that starts another job', 'A SQL task'],
      explanation: '"The nested task is the task to run for each iteration of the For each task and is one of the standard task types. You cannot add another For each task as the nested task."',
      doc: DOCS.forEach,
    }),
    card({
      id: 'control-flow.for-each-concurrency',
      topic: 'control-flow',
      prompt: 'A For each task iterates over 20 table names and its **Concurrency** is left empty. How many iterations run at once?',
      correct: '1',
      wrong: ['20', '10', '4'],
      explanation: '"To optionally set the number of iterations that can run in parallel, enter a Concurrency value for the task. The default value is 1."',
      doc: DOCS.forEach,
    }),
    card({
      id: 'control-flow.for-each-inputs',
      topic: 'control-flow',
      prompt: 'Where can a For each task take the array it iterates over from?',
      correct: 'A JSON array, a task value, or a job parameter',
      wrong: ['Only a JSON array typed into the For each task', 'Only the result of a query run by a SQL task', 'Only the list of files found in a volume path'],
      explanation: 'Inputs can be a JSON-formatted collection, task values passed from a preceding task, or job parameters.',
      doc: DOCS.forEach,
    }),
    // ---- queueing and concurrency, judged by the model
    card({
      id: 'queueing.skipped',
      topic: 'queueing',
      prompt: 'A job runs every hour (00:00, 01:00, …); each run takes 90 minutes. What happens to the 01:00 run?',
      code: 'max_concurrent_runs: 1\nqueue:\n  enabled: false',
      correct: queueAnswer({ queue: false }),
      wrong: QUEUE_OPTIONS.filter((o) => o !== queueAnswer({ queue: false })).slice(0, 3) as [string, string, string],
      explanation: '"Databricks skips the run if the job has already reached its maximum number of active runs when attempting to start a new run." Enable queueing to keep such runs.',
      doc: DOCS.queueing,
      needs: ['max_concurrent_runs: 1', 'enabled: false'],
    }),
    card({
      id: 'queueing.queued',
      topic: 'queueing',
      prompt: 'A job runs every hour (00:00, 01:00, …); each run takes 90 minutes. What happens to the 01:00 run?',
      code: 'max_concurrent_runs: 1\nqueue:\n  enabled: true',
      correct: queueAnswer({ queue: true }),
      wrong: QUEUE_OPTIONS.filter((o) => o !== queueAnswer({ queue: true })).slice(0, 3) as [string, string, string],
      explanation: 'With queueing, a run that would exceed the limit "is queued for up to 48 hours" and starts when capacity is available: here when the 00:00 run ends at 01:30.',
      doc: DOCS.queueing,
      needs: ['max_concurrent_runs: 1', 'enabled: true'],
    }),
    card({
      id: 'queueing.48h',
      topic: 'queueing',
      prompt: 'With queueing enabled, how long can a run wait in the queue before it is dropped?',
      correct: 'Up to 48 hours',
      wrong: ['Up to 1 hour', 'Up to 24 hours', 'Up to 7 days'],
      explanation: '"When queueing is enabled, the run is queued for up to 48 hours if resources are unavailable for a job run."',
      doc: DOCS.queueing,
    }),
    card({
      id: 'queueing.default-max',
      topic: 'queueing',
      prompt: 'What is `max_concurrent_runs` for a new job unless you change it?',
      correct: '1',
      wrong: ['0', '5', '1000'],
      explanation: '"By default, the maximum concurrent runs for all new jobs is 1." Setting it to 0 causes all new runs to be skipped; it cannot exceed 1000.',
      doc: DOCS.queueing,
    }),
    card({
      id: 'queueing.ui-default',
      topic: 'queueing',
      prompt: 'A job was created in the Jobs UI in 2025 and nobody touched its advanced settings. Is queueing on?',
      correct: 'Yes: on by default for UI jobs since April 2024',
      wrong: ['No: queueing must always be switched on by hand', 'Only if the job has a schedule or a trigger set', 'Only for jobs that run on serverless compute'],
      explanation: '"Queueing is enabled by default for jobs created through the UI after April 15, 2024." It is a job-level property (`queue.enabled`).',
      doc: DOCS.queueing,
    }),
    card({
      id: 'queueing.when',
      topic: 'queueing',
      prompt: 'With queueing on, which of these makes a new run wait in the queue?',
      correct: 'The workspace\'s limit of concurrent active runs is reached',
      wrong: ['The job\'s previous run failed and has not been repaired yet', 'The job cluster of the previous run is still being created', 'Another job is reading the same tables at the same time'],
      explanation: 'A run is queued when the workspace\'s maximum concurrent active runs, its maximum concurrent Run Job task runs, or the job\'s maximum concurrent runs is reached.',
      doc: DOCS.queueing,
    }),
    // ---- continuous jobs
    card({
      id: 'triggers.continuous-deps',
      topic: 'triggers',
      prompt: 'Can a continuous job have a task that depends on another task (`depends_on`)?',
      code: 'continuous:\n  pause_status: UNPAUSED\ntasks:\n  - task_key: read_stream\n  - task_key: write_gold\n    depends_on:\n      - task_key: read_stream',
      correct: rejected ? 'No: continuous jobs cannot use task dependencies' : 'Yes',
      wrong: ['Yes, as long as every task has `run_if: ALL_DONE`', 'Yes, but only two levels of dependencies', 'Only if queueing is turned off for the job'],
      explanation: '"You cannot use task dependencies with a continuous job." The bundle export of this app refuses such a job for the same reason.',
      doc: DOCS.continuous,
      needs: ['continuous:', 'depends_on:'],
    }),
    card({
      id: 'triggers.continuous-failures',
      topic: 'triggers',
      prompt: 'How are repeated failures of a continuous job handled?',
      correct: 'New runs start after growing back-off delays',
      wrong: ['The job is paused after `max_retries` failures', 'The job falls back to its schedule trigger', 'Each failure waits for a manual repair run'],
      explanation: 'You cannot use retry policies on a continuous job; "continuous jobs use exponential backoff to manage job run failures", and there is no limit on the number of retries.',
      doc: DOCS.continuous,
    }),
    card({
      id: 'triggers.continuous-retry-mode',
      topic: 'triggers',
      prompt: 'A continuous job has `task_retry_mode: ON_FAILURE` (the default). What happens when one task fails?',
      correct: 'Retried in the run while another task is on attempt 1',
      wrong: ['The whole job is retried at once, from its first task', 'It is never retried; the run simply ends as failed', 'It is retried up to the task\'s `max_retries` times'],
      explanation: 'ON_FAILURE: "Retry a failed task if at least one other task in the job is still running its first attempt. When this condition is no longer met or the retry limit is reached, the job run is cancelled and a new run is started." NEVER: failed tasks are not retried.',
      doc: DOCS.taskRetryMode,
    }),
    card({
      id: 'triggers.continuous-instances',
      topic: 'triggers',
      prompt: 'How many runs of a continuous job can be active at the same time?',
      correct: 'One; the next starts within about a minute',
      wrong: ['As many as the job\'s `max_concurrent_runs` allows', 'Two: one running and one waiting in the queue', 'One per task of the job'],
      explanation: '"There can be only one running instance of a continuous job." The delay between a run finishing and a new run starting "should be less than 60 seconds".',
      doc: DOCS.continuous,
    }),
    card({
      id: 'triggers.continuous-new-config',
      topic: 'triggers',
      prompt: 'You changed a continuous job\'s settings. How does it pick them up?',
      correct: 'Cancel the current run; a new run starts',
      wrong: ['Pause and resume the job\'s schedule', 'Repair the current run with new settings', 'Nothing: changes apply within the run'],
      explanation: '"To have your continuous job pick up a new configuration, cancel the existing run. A new run automatically starts." (Restart run does the same.)',
      doc: DOCS.continuous,
    }),
    // ---- table update triggers
    card({
      id: 'triggers.table-all-updated',
      topic: 'triggers',
      prompt: 'A table update trigger watches `sales.silver.orders` and `sales.silver.customers`. Which `condition` starts the job only after **both** changed?',
      correct: '`ALL_UPDATED`',
      wrong: ['`ANY_UPDATED`', '`BOTH_UPDATED`', '`ALL_SUCCESS`'],
      explanation: 'With several tables "you can specify if a job is triggered when any or all of the tables are updated": `ANY_UPDATED` or `ALL_UPDATED`.',
      doc: DOCS.tableTrigger,
    }),
    card({
      id: 'triggers.table-min-time',
      topic: 'triggers',
      prompt: 'What does `min_time_between_triggers_seconds: 600` do on a table update trigger?',
      correct: 'At least 10 minutes pass between two firings',
      wrong: ['It waits until the tables are quiet for 10 minutes', 'It checks the tables for updates every 10 minutes', 'It cancels runs that take longer than 10 minutes'],
      explanation: '"If set, the trigger starts a run only after the specified amount of time has passed since the last time the trigger fired. The minimum allowed value is 60 seconds." Waiting for quiet tables is `wait_after_last_change_seconds`.',
      doc: DOCS.tableTriggerConfig,
    }),
    card({
      id: 'triggers.table-wait-quiet',
      topic: 'triggers',
      prompt: 'A table receives a burst of writes over several minutes. Which setting starts the job once the writes have stopped for 5 minutes?',
      correct: '`wait_after_last_change_seconds: 300`',
      wrong: ['`min_time_between_triggers_seconds: 300`', '`timeout_seconds: 300`', '`min_retry_interval_millis: 300000`'],
      explanation: '"If set, the trigger starts a run only after no table updates have occurred for the specified time and can be used to wait for a series of table updates before triggering a run. The minimum allowed value is 60 seconds."',
      doc: DOCS.tableTriggerConfig,
    }),
    card({
      id: 'triggers.table-names',
      topic: 'triggers',
      prompt: 'How must a table be named in `trigger.table_update.table_names`?',
      correct: '`catalog.schema.table`',
      wrong: ['`schema.table`', '`table`', '`/Volumes/catalog/schema/table`'],
      explanation: '"The table name must be in the format catalog_name.schema_name.table_name."',
      doc: DOCS.tableTriggerConfig,
    }),
    // ---- system tables
    card({
      id: 'system-tables.time-columns',
      topic: 'system-tables',
      prompt: 'In `system.lakeflow.job_run_timeline`, which columns hold the time a row covers?',
      correct: '`period_start_time` and `period_end_time`',
      wrong: ['`start_time` and `end_time`', '`run_start_time` and `run_end_time`', '`execution_start_time` and `execution_end_time`'],
      explanation: 'The lab\'s Task 7 uses `start_time`/`end_time` as a simplification; the real table has `period_start_time`/`period_end_time` (UTC). `change_time`/`delete_time` belong to the SCD2 `jobs` table.',
      doc: DOCS.systemTables,
    }),
    card({
      id: 'system-tables.slices',
      topic: 'system-tables',
      prompt: 'A job run lasts 3 hours. How does it appear in `system.lakeflow.job_run_timeline`?',
      correct: 'Hourly rows; `result_state` only on the last',
      wrong: ['One row for the run, with `result_state` set', 'One row per task, each with its own state', 'Three rows, each with the same `result_state`'],
      explanation: 'Runs longer than an hour are split into hourly slices between `period_start_time` and `period_end_time`; `result_state` and `termination_code` are set only on the row that ends the run. A run\'s duration is the SUM of its slices.',
      doc: DOCS.systemTables,
    }),
    card({
      id: 'system-tables.spelling',
      topic: 'system-tables',
      prompt: 'You want the successful runs from `system.lakeflow.job_run_timeline`. Which filter?',
      correct: "`result_state = 'SUCCEEDED'`",
      wrong: ["`result_state = 'SUCCESS'`", "`result_state = 'OK'`", "`result_state = 'COMPLETED'`"],
      explanation: 'The system tables spell results `SUCCEEDED`, `FAILED`, `CANCELLED`, `TIMED_OUT`, …, unlike the Jobs API (`SUCCESS`, `CANCELED`, `TIMEDOUT`). So `result_state = \'FAILED\'` alone misses timed-out runs.',
      doc: DOCS.systemTables,
    }),
    card({
      id: 'system-tables.jobs-scd2',
      topic: 'system-tables',
      prompt: '`system.lakeflow.jobs` has several rows for one job. Why?',
      correct: 'It is SCD2: each change adds a row',
      wrong: ['It holds one row per run of the job', 'It holds one row per task of the job', 'It holds one row per user with access'],
      explanation: 'The `jobs` table is a slowly changing dimension table (SCD2): "When a row changes, a new row is emitted, logically replacing the previous one." Take the latest per job with `ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1`.',
      doc: DOCS.systemTables,
    }),
    // ---- bundles
    card({
      id: 'bundles.validate',
      topic: 'bundles',
      prompt: 'What does `databricks bundle validate` do?',
      correct: 'Checks the configuration against the schemas',
      wrong: ['Deploys the bundle to a temporary workspace', 'Runs every job of the bundle once as a dry run', 'Runs the notebooks\' unit tests before a deploy'],
      explanation: 'Validation "verifies the settings and resource definitions in the bundle configuration against the corresponding object schemas to ensure the bundle is deployable to Databricks". Then `databricks bundle deploy -t <target>` deploys.',
      doc: DOCS.bundleLifecycle,
    }),
    card({
      id: 'bundles.deploy-target',
      topic: 'bundles',
      prompt: 'Which command deploys a bundle to its `prod` target?',
      correct: '`databricks bundle deploy -t prod`',
      wrong: ['`databricks bundle run -t prod`', '`databricks jobs create --target prod`', '`databricks bundle validate -t prod`'],
      explanation: '`deploy` pushes the bundle\'s resources to the target\'s workspace; `run` starts a deployed job or pipeline; `validate` only checks the configuration.',
      doc: DOCS.bundleCommands,
    }),
    card({
      id: 'bundles.dev-mode',
      topic: 'bundles',
      prompt: 'A target has `mode: development`. What happens to the schedules and triggers of jobs it deploys?',
      correct: 'They are paused',
      wrong: ['They run twice as often', 'They are removed from the jobs', 'They are left exactly as written'],
      explanation: 'Development mode prefixes resources with `[dev <user>]`, pauses all schedules and triggers of deployed resources, enables concurrent runs and disables the deployment lock.',
      doc: DOCS.bundleModes,
    }),
    card({
      id: 'bundles.target-override',
      topic: 'bundles',
      prompt: 'A task setting is defined both in the top-level `resources` mapping and in a `targets` mapping for the same `task_key`. Which wins for that target?',
      correct: 'The setting in the `targets` mapping',
      wrong: ['The setting in the top-level `resources`', 'Neither: validation fails on the conflict', 'Whichever appears later in the file'],
      explanation: '"If any job task setting is defined both in the top-level resources mapping and the targets mapping for the same task, then the setting in the targets mapping takes precedence."',
      doc: DOCS.bundleOverride,
    }),
    card({
      id: 'bundles.prod-mode',
      topic: 'bundles',
      prompt: 'What does Databricks recommend as the identity for production bundle deployments?',
      correct: 'A service principal, via `run_as`',
      wrong: ['The developer who wrote the bundle', 'The workspace admin account', 'An anonymous token in the file'],
      explanation: 'For production targets Databricks recommends deploying with a service principal, which you can enforce by setting `run_as` to it. Production mode can also check that the current Git branch is the one the target names.',
      doc: DOCS.bundleModes,
    }),
  ];
}
