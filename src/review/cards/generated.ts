// Generated variants: each template is scheduled once (`gen.<name>`) and draws a fresh variant
// from the session's rng every time it comes up, so the learner cannot memorise an answer.
import type { AttemptOutcome, JobSpec } from '../../jobs';
import { randomDag, repairScope, simulateRun, topoOrder, upstreamOf } from '../../jobs';
import { CLUSTER_CHOICES, CLUSTER_FACTS, CLUSTER_SCENARIOS } from '../banks/clusters';
import { TRIGGER_FIELDS, TRIGGER_FITS, TRIGGER_KINDS, TRIGGER_SCENARIOS, type TriggerKind } from '../banks/triggers';
import { choiceJudge, joinExplanation, setJudge } from '../judge';
import type { Rng } from '../rng';
import type { Card, CardMaker } from '../types';
import { cronCard } from './cron';

/** Picks an item whose id is not `avoid` (when there is a choice). */
function pickFresh<T extends { id: string }>(rng: Rng, items: readonly T[], avoid?: string): T {
  const fresh = items.filter((i) => i.id !== avoid);
  return rng.pick(fresh.length > 0 ? fresh : items);
}

// ---------------------------------------------------------------- trigger type

const TRIGGER_LABELS: Record<TriggerKind, string> = {
  scheduled: 'scheduled',
  file_arrival: 'file_arrival',
  table_update: 'table_update',
  continuous: 'continuous',
  manual: 'manual',
};

export function triggerCard(rng: Rng, avoid?: string): Card {
  const scenario = pickFresh(rng, TRIGGER_SCENARIOS, avoid);
  const correct = TRIGGER_LABELS[scenario.kind];
  const explanation = joinExplanation(scenario.why, `${TRIGGER_FIELDS[scenario.kind]}.`);
  return {
    kind: 'choice',
    id: `gen.trigger#${scenario.id}`,
    scheduleId: 'gen.trigger',
    topic: 'triggers',
    source: 'generated',
    prompt: `Which trigger type fits this job?\n${scenario.text}`,
    options: rng.shuffle(TRIGGER_KINDS.map((k) => TRIGGER_LABELS[k])),
    explanation,
    judge: choiceJudge(correct, explanation, (answer) => {
      const kind = TRIGGER_KINDS.find((k) => TRIGGER_LABELS[k] === answer.trim());
      return kind ? `\`${TRIGGER_LABELS[kind]}\` ${TRIGGER_FITS[kind]}.` : undefined;
    }),
  };
}

// ---------------------------------------------------------------- cluster type

export function clusterCard(rng: Rng, avoid?: string): Card {
  const scenario = pickFresh(rng, CLUSTER_SCENARIOS, avoid);
  const correct = scenario.kind === 'job_cluster' ? CLUSTER_CHOICES.jobRight : CLUSTER_CHOICES.apRight;
  const explanation = joinExplanation(scenario.why, CLUSTER_FACTS);
  const falseClaims: Record<string, string> = {
    [CLUSTER_CHOICES.jobWrong]: 'A job cluster does not stay up between runs: it terminates automatically when the run ends (that is what makes it cheap).',
    [CLUSTER_CHOICES.apWrong]: 'The other way round: all-purpose compute bills at a higher DBU rate than jobs compute.',
  };
  return {
    kind: 'choice',
    id: `gen.cluster#${scenario.id}`,
    scheduleId: 'gen.cluster',
    topic: 'cluster',
    source: 'generated',
    prompt: `Which compute, and why?\n${scenario.text}`,
    options: rng.shuffle(Object.values(CLUSTER_CHOICES)),
    explanation,
    judge: choiceJudge(correct, explanation, (answer) => falseClaims[answer.trim()]),
  };
}

// ---------------------------------------------------------------- DAG drawings

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

const DAG_SIZES = { minTasks: 4, maxTasks: 7 };

function dagSeed(rng: Rng): number {
  return rng.int(0, 0x7fffffff);
}

// ---------------------------------------------------------------- repair runs

export interface RepairVariant {
  job: JobSpec;
  failed: string[];
  expected: string[];
  states: Record<string, string>;
}

/**
 * A random DAG and one or two failing tasks, answered by the jobs model: simulate the run, then
 * take its repair scope (failed tasks, tasks skipped as Upstream failed, nothing that succeeded).
 */
export function repairVariant(seed: number, rngPick: Rng): RepairVariant {
  const job = randomDag(seed, DAG_SIZES);
  const order = topoOrder(job);
  // Prefer a failing task with something downstream: otherwise the question is trivial.
  const inner = order.filter((k) => job.tasks.some((t) => t.depends_on.includes(k)));
  const first = rngPick.pick(inner.length > 0 ? inner : order);
  const failed = [first];
  if (order.length >= 6 && rngPick.chance(0.3)) {
    const others = order.filter((k) => k !== first && !upstreamOf(job, k).has(first) && !upstreamOf(job, first).has(k));
    if (others.length > 0) failed.push(rngPick.pick(others));
  }
  const outcomes: Record<string, AttemptOutcome> = Object.fromEntries(failed.map((k) => [k, 'fail' as const]));
  const run = simulateRun(job, outcomes);
  const states = Object.fromEntries(order.map((k) => [k, run.tasks[k]?.state ?? 'SUCCESS']));
  return { job, failed, expected: repairScope(job, run), states };
}

export function repairCard(rng: Rng): Card {
  const seed = dagSeed(rng);
  const v = repairVariant(seed, rng);
  const failedText = v.failed.map((k) => `\`${k}\``).join(' and ');
  const outcome = topoOrder(v.job)
    .map((k) => `${k}: ${v.states[k]}`)
    .join('\n');
  const explanation = joinExplanation(
    'A repair run re-executes the failed task(s) and the tasks skipped as Upstream failed because of them (the downstream dependents); tasks that already succeeded keep their result and are not re-run, which is why a repair costs less than a full re-run.',
    `How the run ended:\n${outcome}`,
  );
  return {
    kind: 'typed',
    id: `gen.repair#${seed.toString(36)}`,
    scheduleId: 'gen.repair',
    topic: 'repair',
    source: 'generated',
    prompt: `This job ran and ${failedText} failed (no retries). Every other task that ran succeeded.\nWhich tasks does a **Repair run** re-execute? Type them separated by commas.`,
    code: drawDag(v.job),
    placeholder: 'task_a, task_b',
    explanation,
    judge: setJudge(v.expected, topoOrder(v.job), explanation),
  };
}

// ---------------------------------------------------------------- fan-in / fan-out

export function dagCard(rng: Rng): Card {
  const seed = dagSeed(rng);
  const job = randomDag(seed, DAG_SIZES);
  const order = topoOrder(job);
  const known = order;
  const asksUpstream = rng.chance(0.5);
  if (asksUpstream) {
    // A task deep enough that the answer is more than its own depends_on list, when there is one.
    const candidates = order.filter((k) => upstreamOf(job, k).size >= 2);
    const target = rng.pick(candidates.length > 0 ? candidates : order.filter((k) => upstreamOf(job, k).size > 0));
    const expected = order.filter((k) => upstreamOf(job, target).has(k));
    const explanation = `With the default \`run_if: ALL_SUCCESS\` a task starts only when every task it depends on has succeeded, and those only after theirs (fan-in waits for all): so \`${target}\` needs ${expected.map((k) => `\`${k}\``).join(', ')}.`;
    return {
      kind: 'typed',
      id: `gen.dag#up-${seed.toString(36)}`,
      scheduleId: 'gen.dag',
      topic: 'dag',
      source: 'generated',
      prompt: `Which tasks must all have succeeded before \`${target}\` can start? Count indirect dependencies too.`,
      code: drawDag(job),
      placeholder: 'task_a, task_b',
      explanation,
      judge: setJudge(expected, known, explanation),
    };
  }
  const inner = order.filter((k) => job.tasks.some((t) => t.depends_on.includes(k)));
  const failing = rng.pick(inner.length > 0 ? inner : order);
  const run = simulateRun(job, { [failing]: 'fail' });
  const expected = order.filter((k) => run.tasks[k]?.state === 'UPSTREAM_FAILED');
  const explanation = `Every task downstream of \`${failing}\` (fan-out from it, and fan-in tasks that wait for it) cannot meet \`ALL_SUCCESS\` and is marked **Upstream failed**; tasks on other branches still run.`;
  return {
    kind: 'typed',
    id: `gen.dag#down-${seed.toString(36)}`,
    scheduleId: 'gen.dag',
    topic: 'dag',
    source: 'generated',
    prompt: `\`${failing}\` fails (no retries). Which tasks never start and are marked **Upstream failed**? Type none if there are none.`,
    code: drawDag(job),
    placeholder: 'task_a, task_b',
    explanation,
    judge: setJudge(expected, known, explanation),
  };
}

export function generatedMakers(): CardMaker[] {
  return [
    { scheduleId: 'gen.trigger', topic: 'triggers', source: 'generated', make: (rng, avoid) => triggerCard(rng, avoid) },
    { scheduleId: 'gen.repair', topic: 'repair', source: 'generated', make: (rng) => repairCard(rng) },
    { scheduleId: 'gen.cluster', topic: 'cluster', source: 'generated', make: (rng, avoid) => clusterCard(rng, avoid) },
    { scheduleId: 'gen.cron', topic: 'cron', source: 'generated', make: (rng, avoid) => cronCard(rng, avoid) },
    { scheduleId: 'gen.dag', topic: 'dag', source: 'generated', make: (rng) => dagCard(rng) },
  ];
}
