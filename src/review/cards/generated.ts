// Generated scenarios. Every scenario is its own card with its own schedule, under an id derived
// from its content, so the fact missed is the fact asked again:
// - trigger and cluster scenarios are few and hand-written: each is a fixed card of the catalog;
// - CRON schedules, repair DAGs and dependency DAGs are too many to list: they are families that
//   draw a new scenario as a new card, and rebuild a scenario from its id once it was reviewed.
import type { AttemptOutcome, JobSpec, RunIf, TaskSpec } from '../../jobs';
import { RUN_IF_VALUES, randomDag, repairScope, replayTriggers, simulateRun, topoOrder, upstreamOf } from '../../jobs';
import { CLUSTER_DOC, CLUSTER_FACTS, CLUSTER_OPTIONS, CLUSTER_SCENARIOS } from '../banks/clusters';
import { TRIGGER_DOC, TRIGGER_FIELDS, TRIGGER_FITS, TRIGGER_KINDS, TRIGGER_SCENARIOS, type TriggerKind } from '../banks/triggers';
import { joinExplanation, setJudge } from '../judge';
import type { Rng } from '../rng';
import type { Card, CardFamily, CardMaker } from '../types';
import { CRON_MODES, cronCard, randomSchedule, scheduleFromId, type CronMode } from './cron';
import { RUN_IF_OUTCOMES, outcomeOf } from './exam';
import { choiceMaker, explain } from './make';

// ---------------------------------------------------------------- trigger type

export function triggerMakers(): CardMaker[] {
  return TRIGGER_SCENARIOS.map((scenario) => {
    const whyWrong = Object.fromEntries(TRIGGER_KINDS.map((k: TriggerKind) => [k, `\`${k}\` ${TRIGGER_FITS[k]}.`]));
    return choiceMaker({
      id: `gen.trigger.${scenario.id}`,
      topic: 'triggers',
      source: 'generated',
      prompt: `Which trigger type fits this job? Pick what should start it.\n${scenario.text}`,
      correct: scenario.kind,
      wrong: TRIGGER_KINDS.filter((k) => k !== scenario.kind),
      explanation: joinExplanation(scenario.why, `${TRIGGER_FIELDS[scenario.kind]}.`),
      doc: TRIGGER_DOC,
      needs: [scenario.text],
      whyWrong,
    });
  });
}

// ---------------------------------------------------------------- compute

export function clusterMakers(): CardMaker[] {
  return CLUSTER_SCENARIOS.map((scenario) =>
    choiceMaker({
      id: `gen.cluster.${scenario.id}`,
      topic: 'cluster',
      source: 'generated',
      prompt: `Which compute fits best?\n${scenario.text}`,
      correct: CLUSTER_OPTIONS[scenario.kind],
      wrong: Object.entries(CLUSTER_OPTIONS)
        .filter(([k]) => k !== scenario.kind)
        .map(([, v]) => v),
      explanation: joinExplanation(scenario.why, CLUSTER_FACTS),
      doc: scenario.doc ?? CLUSTER_DOC,
      needs: [scenario.text],
    }),
  );
}

// ---------------------------------------------------------------- DAG drawings and their ids

/** One line per task in run order: `task  ← dep1, dep2`. */
export function drawDag(job: JobSpec): string {
  const order = topoOrder(job);
  const byKey = new Map(job.tasks.map((t) => [t.task_key, t]));
  const width = Math.max(...order.map((k) => k.length));
  return order
    .map((key) => {
      const deps = byKey.get(key)?.depends_on ?? [];
      return deps.length === 0 ? `${key.padEnd(width)}   (runs first)` : `${key.padEnd(width)} ← ${deps.join(', ')}`;
    })
    .join('\n');
}

/**
 * The DAG as text, for ids: tasks in order, `/`-separated, each `key` or `key<i+j` with the
 * indexes of its dependencies. Decodable, so a scenario id is all a card needs to be rebuilt.
 */
export function encodeDag(job: JobSpec): string {
  const index = new Map(job.tasks.map((t, i) => [t.task_key, i]));
  return job.tasks.map((t) => (t.depends_on.length === 0 ? t.task_key : `${t.task_key}<${t.depends_on.map((d) => index.get(d)).join('+')}`)).join('/');
}

export function decodeDag(text: string): JobSpec | undefined {
  const tasks: TaskSpec[] = [];
  for (const part of text.split('/')) {
    const m = /^([a-z][a-z0-9_]{0,60})(?:<(\d+(?:\+\d+)*))?$/.exec(part);
    if (!m) return undefined;
    const key = m[1] as string;
    const deps = m[2] === undefined ? [] : m[2].split('+').map(Number);
    if (tasks.some((t) => t.task_key === key) || deps.some((d) => d >= tasks.length) || new Set(deps).size !== deps.length) return undefined;
    tasks.push({
      task_key: key,
      type: 'notebook',
      notebook_path: `/Workspace/Shared/retailhub/${key}`,
      source: 'WORKSPACE',
      compute: { kind: 'serverless' },
      depends_on: deps.map((d) => (tasks[d] as TaskSpec).task_key),
    });
  }
  if (tasks.length < 2 || tasks.length > 12) return undefined;
  return { key: 'review_dag', name: 'retailhub_review', parameters: [], tasks };
}

const DAG_SIZES = { minTasks: 4, maxTasks: 7 };
const keysCode = (keys: readonly string[]): string => keys.map((k) => `\`${k}\``).join(' and ');

// ---------------------------------------------------------------- repair runs

export interface RepairScenario {
  job: JobSpec;
  failed: string[];
  /** The repair scope from the jobs model. */
  expected: string[];
  states: Record<string, string>;
}

/** The run and its repair scope, answered by the jobs model (simulate, then repairScope). */
export function repairScenario(job: JobSpec, failed: readonly string[]): RepairScenario {
  const outcomes: Record<string, AttemptOutcome> = Object.fromEntries(failed.map((k) => [k, 'fail' as const]));
  const run = simulateRun(job, outcomes);
  const order = topoOrder(job);
  const states = Object.fromEntries(order.map((k) => [k, run.tasks[k]?.state ?? 'SUCCESS']));
  return { job, failed: [...failed], expected: repairScope(job, run), states };
}

/** Worth asking: something succeeded (so the repair is smaller than the run) and something is downstream of a failure. */
export function goodRepair(s: RepairScenario): boolean {
  return s.expected.length < s.job.tasks.length && s.expected.length > s.failed.length;
}

/** A random DAG and one or two failing tasks (independent of each other) that make a good question. */
export function drawRepair(rng: Rng): RepairScenario {
  for (let attempt = 0; ; attempt++) {
    const job = randomDag(rng.int(0, 0x7fffffff), DAG_SIZES);
    const order = topoOrder(job);
    const inner = order.filter((k) => job.tasks.some((t) => t.depends_on.includes(k)));
    if (inner.length === 0) continue;
    const failed = [rng.pick(inner)];
    if (order.length >= 6 && rng.chance(0.3)) {
      const first = failed[0] as string;
      const others = inner.filter((k) => k !== first && !upstreamOf(job, k).has(first) && !upstreamOf(job, first).has(k));
      if (others.length > 0) failed.push(rng.pick(others));
    }
    const scenario = repairScenario(job, failed);
    if (goodRepair(scenario) || attempt > 200) return scenario;
  }
}

const REPAIR_WHY =
  'A repair run re-executes the failed task(s) and the tasks that were skipped as Upstream failed because of them; tasks that succeeded keep their result and are not re-run, which is why a repair costs less than a full re-run.';
export const REPAIR_DOC = { title: 'Jobs API: Repair a job run', url: 'https://docs.databricks.com/api/workspace/jobs/repairrun' };

export function repairId(job: JobSpec, failed: readonly string[]): string {
  return `gen.repair:${encodeDag(job)}!${failed.join('+')}`;
}

function repairMaker(s: RepairScenario): CardMaker {
  const id = repairId(s.job, s.failed);
  const order = topoOrder(s.job);
  const outcome = order.map((k) => `${k}: ${s.states[k]}`).join('\n');
  const explanation = explain(joinExplanation(REPAIR_WHY, `How the run ended:\n${outcome}`), REPAIR_DOC);
  const judge = setJudge(s.expected, order, explanation);
  return {
    scheduleId: id,
    topic: 'repair',
    source: 'generated',
    make: (): Card => ({
      kind: 'typed',
      id,
      scheduleId: id,
      topic: 'repair',
      source: 'generated',
      prompt: `This job ran and ${keysCode(s.failed)} failed (no retries, default \`run_if\`). Every other task that ran succeeded.\nWhich tasks does a **Repair run** re-execute? Type them separated by commas.`,
      code: drawDag(s.job),
      placeholder: 'task_a, task_b',
      answer: s.expected.join(', '),
      explanation,
      doc: REPAIR_DOC,
      needs: [...order, ...s.failed.map((k) => `\`${k}\``)],
      judge,
    }),
  };
}

function resolveRepair(id: string): CardMaker | undefined {
  const m = /^gen\.repair:(.+)!([a-z0-9_+]+)$/.exec(id);
  if (!m) return undefined;
  const job = decodeDag(m[1] as string);
  if (!job) return undefined;
  const failed = (m[2] as string).split('+');
  if (failed.some((k) => !job.tasks.some((t) => t.task_key === k))) return undefined;
  const s = repairScenario(job, failed);
  return goodRepair(s) && repairId(job, failed) === id ? repairMaker(s) : undefined;
}

// ---------------------------------------------------------------- fan-in / fan-out

export type DagQuestion = 'up' | 'down';

export interface DagScenario {
  job: JobSpec;
  question: DagQuestion;
  /** The task asked about (`up`) or the task that fails (`down`). */
  target: string;
  expected: string[];
}

export function dagScenario(job: JobSpec, question: DagQuestion, target: string): DagScenario {
  const order = topoOrder(job);
  if (question === 'up') return { job, question, target, expected: order.filter((k) => upstreamOf(job, target).has(k)) };
  const run = simulateRun(job, { [target]: 'fail' });
  return { job, question, target, expected: order.filter((k) => run.tasks[k]?.state === 'UPSTREAM_FAILED') };
}

/** Worth asking: a non-empty answer, and for `up` more than the task's own `depends_on`. */
export function goodDag(s: DagScenario): boolean {
  if (s.expected.length === 0) return false;
  if (s.question === 'down') return true;
  const direct = s.job.tasks.find((t) => t.task_key === s.target)?.depends_on.length ?? 0;
  return s.expected.length > direct;
}

export function drawDagScenario(rng: Rng): DagScenario {
  for (let attempt = 0; ; attempt++) {
    const job = randomDag(rng.int(0, 0x7fffffff), DAG_SIZES);
    const order = topoOrder(job);
    const question: DagQuestion = rng.chance(0.5) ? 'up' : 'down';
    const s = dagScenario(job, question, rng.pick(order));
    if (goodDag(s) || attempt > 200) return s;
  }
}

export const RUN_IF_DOC = { title: 'Configure task dependencies', url: 'https://docs.databricks.com/jobs/run-if.html' };

export function dagId(s: Pick<DagScenario, 'job' | 'question' | 'target'>): string {
  return `gen.dag:${s.question}:${encodeDag(s.job)}@${s.target}`;
}

function dagMaker(s: DagScenario): CardMaker {
  const id = dagId(s);
  const order = topoOrder(s.job);
  const list = s.expected.map((k) => `\`${k}\``).join(', ');
  const explanation =
    s.question === 'up'
      ? explain(
          `With the default \`run_if: ALL_SUCCESS\` a task starts only when every task it depends on has succeeded, and those only after theirs (fan-in waits for all): so \`${s.target}\` needs ${list}.`,
          RUN_IF_DOC,
        )
      : explain(
          `With the default \`run_if: ALL_SUCCESS\`, every task downstream of \`${s.target}\` (fan-out from it, and fan-in tasks that wait for it) is marked **Upstream failed**: ${list}. Tasks on other branches still run. A task with another \`run_if\` (for example \`ALL_DONE\`) would run anyway.`,
          RUN_IF_DOC,
        );
  const prompt =
    s.question === 'up'
      ? `Which tasks must all have succeeded before \`${s.target}\` can start (default \`run_if\`)? Count indirect dependencies too.`
      : `\`${s.target}\` fails (no retries; every task has the default \`run_if: ALL_SUCCESS\`). Which tasks never start and are marked **Upstream failed**?`;
  const judge = setJudge(s.expected, order, explanation);
  return {
    scheduleId: id,
    topic: 'dag',
    source: 'generated',
    make: (): Card => ({
      kind: 'typed',
      id,
      scheduleId: id,
      topic: 'dag',
      source: 'generated',
      prompt,
      code: drawDag(s.job),
      placeholder: 'task_a, task_b',
      answer: s.expected.join(', '),
      explanation,
      doc: RUN_IF_DOC,
      needs: [...order, `\`${s.target}\``],
      judge,
    }),
  };
}

function resolveDag(id: string): CardMaker | undefined {
  const m = /^gen\.dag:(up|down):(.+)@([a-z0-9_]+)$/.exec(id);
  if (!m) return undefined;
  const job = decodeDag(m[2] as string);
  const target = m[3] as string;
  if (!job || !job.tasks.some((t) => t.task_key === target)) return undefined;
  const s = dagScenario(job, m[1] as DagQuestion, target);
  return goodDag(s) && dagId(s) === id ? dagMaker(s) : undefined;
}

// ---------------------------------------------------------------- run_if on a random DAG

export interface RunIfScenarioDraw {
  job: JobSpec;
  target: string;
  runIf: RunIf;
  /** Direct dependencies of the target that fail; every dependency runs (none is skipped). */
  failed: string[];
  expected: keyof typeof RUN_IF_OUTCOMES;
}

/**
 * Only scenarios the docs settle: each dependency of the target ran and ended SUCCEEDED or FAILED
 * (no dependency skipped, so no question of how a skipped parent counts).
 */
export function runIfScenario(job: JobSpec, target: string, runIf: RunIf, failed: readonly string[]): RunIfScenarioDraw | undefined {
  const t = job.tasks.find((x) => x.task_key === target);
  if (!t || t.depends_on.length === 0 || failed.some((f) => !t.depends_on.includes(f))) return undefined;
  if (t.depends_on.some((d) => [...upstreamOf(job, d)].some((u) => failed.includes(u)))) return undefined;
  const withRunIf: JobSpec = { ...job, tasks: job.tasks.map((x) => (x.task_key === target ? { ...x, run_if: runIf } : x)) };
  const run = simulateRun(withRunIf, Object.fromEntries(failed.map((k) => [k, 'fail' as AttemptOutcome])));
  if (t.depends_on.some((d) => run.tasks[d]?.ran !== true)) return undefined;
  const r = run.tasks[target];
  return { job: withRunIf, target, runIf, failed: [...failed], expected: outcomeOf(r?.state, r?.ran ?? false) };
}

export function drawRunIf(rng: Rng): RunIfScenarioDraw {
  for (;;) {
    const job = randomDag(rng.int(0, 0x7fffffff), { minTasks: 3, maxTasks: 6 });
    const targets = job.tasks.filter((t) => t.depends_on.length > 0);
    if (targets.length === 0) continue;
    const t = rng.pick(targets);
    const failed = t.depends_on.filter(() => rng.chance(0.5));
    const s = runIfScenario(job, t.task_key, rng.pick(RUN_IF_VALUES), failed);
    if (s) return s;
  }
}

export function runIfId(s: Pick<RunIfScenarioDraw, 'job' | 'target' | 'runIf' | 'failed'>): string {
  const plainJob: JobSpec = { ...s.job, tasks: s.job.tasks.map(({ run_if: _r, ...rest }) => rest) };
  return `gen.runif:${encodeDag(plainJob)}!${s.failed.join('+')}@${s.target}~${s.runIf}`;
}

function runIfDrawing(s: RunIfScenarioDraw): string {
  const order = topoOrder(s.job);
  const byKey = new Map(s.job.tasks.map((t) => [t.task_key, t]));
  const width = Math.max(...order.map((k) => k.length));
  const deps = new Set(byKey.get(s.target)?.depends_on ?? []);
  return order
    .map((key) => {
      const t = byKey.get(key) as TaskSpec;
      const arrow = t.depends_on.length === 0 ? '(runs first)' : `← ${t.depends_on.join(', ')}`;
      const extra = key === s.target ? `  run_if: ${s.runIf}` : deps.has(key) ? `  → ${s.failed.includes(key) ? 'FAILED' : 'SUCCEEDED'}` : '';
      return `${key.padEnd(width)} ${arrow}${extra}`;
    })
    .join('\n');
}

const RUN_IF_MEANING: Record<RunIf, string> = {
  ALL_SUCCESS: 'all dependencies ran and succeeded',
  AT_LEAST_ONE_SUCCESS: 'at least one dependency succeeded',
  NONE_FAILED: 'no dependency failed and at least one ran',
  ALL_DONE: 'all dependencies completed, whatever their result',
  AT_LEAST_ONE_FAILED: 'at least one dependency failed',
  ALL_FAILED: 'all dependencies failed',
};

function runIfFamilyMaker(s: RunIfScenarioDraw): CardMaker {
  const id = runIfId(s);
  const answer = RUN_IF_OUTCOMES[s.expected];
  const failureHandling = s.runIf === 'AT_LEAST_ONE_FAILED' || s.runIf === 'ALL_FAILED';
  const deps = s.job.tasks.find((t) => t.task_key === s.target)?.depends_on ?? [];
  const maker = choiceMaker({
    id,
    topic: 'run-if',
    source: 'generated',
    prompt: `Every dependency of \`${s.target}\` has finished as shown. What happens to \`${s.target}\`?`,
    code: runIfDrawing(s),
    correct: answer,
    wrong: Object.values(RUN_IF_OUTCOMES).filter((o) => o !== answer),
    explanation: `\`${s.runIf}\` runs the task when ${RUN_IF_MEANING[s.runIf]}. ${
      s.expected === 'runs'
        ? 'That holds here, so it runs.'
        : failureHandling
          ? 'That does not hold; a failure-handling condition that is not met marks the task Excluded (skipped, treated as successful).'
          : 'That does not hold, so the task is marked Upstream failed.'
    }`,
    doc: RUN_IF_DOC,
    needs: [s.target, `run_if: ${s.runIf}`, ...deps],
  });
  return maker;
}

function resolveRunIf(id: string): CardMaker | undefined {
  const m = /^gen\.runif:(.+)!([a-z0-9_+]*)@([a-z0-9_]+)~([A-Z_]+)$/.exec(id);
  if (!m) return undefined;
  const job = decodeDag(m[1] as string);
  const runIf = m[4] as RunIf;
  if (!job || !RUN_IF_VALUES.includes(runIf)) return undefined;
  const failed = m[2] === '' ? [] : (m[2] as string).split('+');
  const s = runIfScenario(job, m[3] as string, runIf, failed);
  return s && runIfId(s) === id ? runIfFamilyMaker(s) : undefined;
}

// ---------------------------------------------------------------- CRON

export function cronId(mode: CronMode, scheduleId: string): string {
  return `gen.cron:${mode}:${scheduleId}`;
}

function cronMaker(mode: CronMode, scheduleId: string): CardMaker | undefined {
  const schedule = scheduleFromId(scheduleId);
  if (!schedule) return undefined;
  const id = cronId(mode, scheduleId);
  return { scheduleId: id, topic: 'cron', source: 'generated', make: () => cronCard(schedule, mode, id) };
}

function resolveCron(id: string): CardMaker | undefined {
  const m = /^gen\.cron:(any|quartz|unix):([a-z]+(?:\.\d{1,2})+)$/.exec(id);
  return m ? cronMaker(m[1] as CronMode, m[2] as string) : undefined;
}

// ---------------------------------------------------------------- families

export const CRON_FAMILY: CardFamily = {
  id: 'gen.cron',
  topic: 'cron',
  draw: (rng) => {
    const schedule = randomSchedule(rng);
    const mode = rng.pick<CronMode>(['any', 'any', ...CRON_MODES.slice(1)]);
    return cronMaker(mode, schedule.id) as CardMaker;
  },
  resolve: resolveCron,
};

export const REPAIR_FAMILY: CardFamily = {
  id: 'gen.repair',
  topic: 'repair',
  draw: (rng) => repairMaker(drawRepair(rng)),
  resolve: resolveRepair,
};

export const DAG_FAMILY: CardFamily = {
  id: 'gen.dag',
  topic: 'dag',
  draw: (rng) => dagMaker(drawDagScenario(rng)),
  resolve: resolveDag,
};

export const RUN_IF_FAMILY: CardFamily = {
  id: 'gen.runif',
  topic: 'run-if',
  draw: (rng) => runIfFamilyMaker(drawRunIf(rng)),
  resolve: resolveRunIf,
};


/** The fixed generated cards: one per trigger scenario and per compute scenario. */
export function generatedMakers(): CardMaker[] {
  return [...triggerMakers(), ...clusterMakers()];
}

// ---------------------------------------------------------------- queueing timelines

export interface QueueScenario {
  /** Minutes between triggers (the first at 00:00). */
  every: number;
  /** Minutes every run takes. */
  duration: number;
  maxConcurrentRuns: number;
  queue: boolean;
  /** Which trigger is asked about (0-based, at least 1). */
  asked: number;
}

const TRIGGERS = 4;
export const QUEUE_EVERY = [30, 60, 120] as const;
export const QUEUE_DURATIONS = [45, 50, 75, 100, 150] as const;

const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The outcome of the asked run, from the jobs model. Undefined when a run would end at the very
 * minute a trigger fires (the docs do not say which comes first) or the answer is trivial.
 */
export function queueOutcome(q: QueueScenario): { outcome: 'started' | 'queued' | 'skipped'; startedAt?: number } | undefined {
  const triggers = Array.from({ length: TRIGGERS }, (_, i) => i * q.every);
  const runs = replayTriggers(triggers, q.duration, { queue: q.queue, maxConcurrentRuns: q.maxConcurrentRuns });
  const ends = runs.flatMap((r) => (r.startedAt === undefined ? [] : [r.startedAt + q.duration]));
  if (ends.some((e) => triggers.includes(e))) return undefined;
  const r = runs[q.asked];
  if (!r || r.outcome === 'expired') return undefined;
  return r.startedAt === undefined ? { outcome: r.outcome } : { outcome: r.outcome, startedAt: r.startedAt };
}

function queueOptions(q: QueueScenario, o: NonNullable<ReturnType<typeof queueOutcome>>): { correct: string; wrong: string[] } {
  const at = q.asked * q.every;
  // A queued run starts when a run ends: the plausible time is the first end after the trigger.
  const plausible = o.outcome === 'queued' && o.startedAt !== undefined ? o.startedAt : Math.ceil((at + 1) / q.duration) * q.duration;
  const all = {
    started: `It starts at ${hhmm(at)}, right away`,
    skipped: 'It is skipped and never runs',
    queued: `It waits and starts at ${hhmm(plausible)}`,
  };
  return { correct: all[o.outcome], wrong: Object.entries(all).filter(([k]) => k !== o.outcome).map(([, v]) => v) };
}

export function queueId(q: QueueScenario): string {
  return `gen.queue:${q.every}.${q.duration}.${q.maxConcurrentRuns}.${q.queue ? 1 : 0}.${q.asked}`;
}

function queueMaker(q: QueueScenario): CardMaker | undefined {
  const o = queueOutcome(q);
  if (!o) return undefined;
  const { correct, wrong } = queueOptions(q, o);
  const at = hhmm(q.asked * q.every);
  const schedule = Array.from({ length: TRIGGERS }, (_, i) => hhmm(i * q.every)).join(', ');
  return choiceMaker({
    id: queueId(q),
    topic: 'queueing',
    source: 'generated',
    prompt: `A job is triggered at ${schedule}. Every run takes ${q.duration} minutes. What happens to the run triggered at ${at}?`,
    code: `max_concurrent_runs: ${q.maxConcurrentRuns}\nqueue:\n  enabled: ${q.queue}`,
    correct,
    wrong,
    explanation: `With ${q.maxConcurrentRuns} run${q.maxConcurrentRuns === 1 ? '' : 's'} allowed at a time, a new run that finds the job at its limit is ${
      q.queue ? 'queued (for up to 48 hours) and starts when a running run ends' : 'skipped: queueing is off'
    }. ${o.outcome === 'started' ? 'Here a slot is free when it is triggered, so it starts at once.' : ''}`.trim(),
    doc: { title: 'Databricks Jobs queueing and concurrency settings', url: 'https://docs.gcp.databricks.com/en/jobs/advanced.html' },
    needs: [schedule, `${q.duration} minutes`, `max_concurrent_runs: ${q.maxConcurrentRuns}`, `enabled: ${q.queue}`, at],
  });
}

export function drawQueue(rng: Rng): CardMaker {
  for (;;) {
    const q: QueueScenario = {
      every: rng.pick(QUEUE_EVERY),
      duration: rng.pick(QUEUE_DURATIONS),
      maxConcurrentRuns: rng.pick([1, 1, 2]),
      queue: rng.chance(0.5),
      asked: rng.int(1, TRIGGERS - 1),
    };
    const m = queueMaker(q);
    if (m) return m;
  }
}

function resolveQueue(id: string): CardMaker | undefined {
  const m = /^gen\.queue:(\d+)\.(\d+)\.(\d)\.([01])\.(\d)$/.exec(id);
  if (!m) return undefined;
  const q: QueueScenario = { every: Number(m[1]), duration: Number(m[2]), maxConcurrentRuns: Number(m[3]), queue: m[4] === '1', asked: Number(m[5]) };
  const valid =
    (QUEUE_EVERY as readonly number[]).includes(q.every) &&
    (QUEUE_DURATIONS as readonly number[]).includes(q.duration) &&
    [1, 2].includes(q.maxConcurrentRuns) &&
    q.asked >= 1 &&
    q.asked < TRIGGERS;
  return valid ? queueMaker(q) : undefined;
}

export const QUEUE_FAMILY: CardFamily = { id: 'gen.queue', topic: 'queueing', draw: drawQueue, resolve: resolveQueue };

export const FAMILIES: readonly CardFamily[] = [CRON_FAMILY, REPAIR_FAMILY, DAG_FAMILY, RUN_IF_FAMILY, QUEUE_FAMILY];
