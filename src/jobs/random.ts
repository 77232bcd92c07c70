// Small random DAGs for review cards ("which tasks re-run if X fails?"). Same seed, same job.

import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { RUN_IF_VALUES, type JobSpec, type RunIf, type TaskSpec } from './types';

export interface RandomDagOptions {
  minTasks?: number;
  maxTasks?: number;
  /** Give some tasks a non-default run_if. Default false. */
  withRunIf?: boolean;
}

const ENTITIES = ['orders', 'customers', 'products', 'stores', 'payments', 'inventory', 'shipments', 'returns'];

type Rng = ReturnType<typeof xoroshiro128plus>;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[uniformInt(rng, 0, items.length - 1)] as T;
}

function candidates(depth: number, fanIn: boolean, e: string, e2: string): string[] {
  if (depth === 0) return [`ingest_${e}`, `bronze_${e}`, `load_raw_${e}`];
  if (fanIn) return [`join_${e}_${e2}`, `build_${e}_summary`, 'generate_report', `merge_${e}`, 'build_fact_tables'];
  if (depth === 1) return [`silver_${e}`, `clean_${e}`, `validate_${e}`, `build_dim_${e}`];
  if (depth === 2) return [`gold_daily_${e}`, `aggregate_${e}`, `build_fact_${e}`, `score_${e}`];
  return ['generate_report', 'refresh_dashboard', 'send_notification', 'publish_metrics', `export_${e}`, 'data_quality_checks'];
}

/**
 * A valid, acyclic job of between minTasks and maxTasks tasks (defaults 3..7, clamped to 1..26)
 * with medallion-style task names. Tasks are listed in an order where every dependency comes
 * first; most tasks have one parent, some fan in from two or three, a few extra roots fan out.
 */
export function randomDag(seed: number, opts: RandomDagOptions = {}): JobSpec {
  const rng = xoroshiro128plus(seed | 0);
  const min = Math.max(1, Math.min(26, Math.floor(opts.minTasks ?? 3)));
  const max = Math.max(min, Math.min(26, Math.floor(opts.maxTasks ?? 7)));
  const n = uniformInt(rng, min, max);

  const tasks: TaskSpec[] = [];
  const depth: number[] = [];
  const entity: string[] = [];
  const used = new Set<string>();

  for (let i = 0; i < n; i++) {
    let deps: number[] = [];
    const extraRoot = i > 0 && i < Math.ceil(n / 3) && uniformInt(rng, 0, 9) < 2;
    if (i > 0 && !extraRoot) {
      const r = uniformInt(rng, 0, 9);
      const k = Math.min(i, r < 6 ? 1 : r < 9 ? 2 : 3);
      // The first parent is one of the last few tasks, which keeps chains long enough to be interesting.
      deps.push(i - 1 - uniformInt(rng, 0, Math.min(2, i - 1)));
      while (deps.length < k) {
        const p = uniformInt(rng, 0, i - 1);
        if (!deps.includes(p)) deps.push(p);
      }
      deps = deps.sort((a, b) => a - b);
    }

    const d = deps.length === 0 ? 0 : 1 + Math.max(...deps.map((p) => depth[p] as number));
    const e = deps.length === 0 ? pick(rng, ENTITIES) : (entity[deps[0] as number] as string);
    const e2 = deps.length > 1 ? (entity[deps[1] as number] as string) : e;
    const names = candidates(d, deps.length > 1, e, e2 === e ? pick(rng, ENTITIES.filter((x) => x !== e)) : e2);
    const offset = uniformInt(rng, 0, names.length - 1);
    let key = '';
    for (let j = 0; j < names.length && key === ''; j++) {
      const name = names[(offset + j) % names.length] as string;
      if (!used.has(name)) key = name;
    }
    if (key === '') key = `${names[offset] as string}_${i + 1}`;
    used.add(key);
    depth.push(d);
    entity.push(e);

    const task: TaskSpec = {
      task_key: key,
      type: 'notebook',
      notebook_path: `/Workspace/Shared/retailhub/${key}`,
      source: 'WORKSPACE',
      compute: { kind: 'serverless' },
      depends_on: deps.map((p) => (tasks[p] as TaskSpec).task_key),
    };
    if (opts.withRunIf === true && deps.length > 0 && uniformInt(rng, 0, 3) === 0) {
      task.run_if = pick(rng, RUN_IF_VALUES.slice(1) as RunIf[]);
    }
    tasks.push(task);
  }

  const id = (seed >>> 0).toString(36);
  return { key: `review_dag_${id}`, name: `retailhub_review_${id}`, parameters: [], tasks };
}
