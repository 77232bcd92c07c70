// What the lab asks each learner to build, derived from their name: the job names, the two job
// parameters, the tasks of both jobs and the trigger's table. Section 1 of the lab and its two
// reference YAML definitions are the sources; where they disagree (the orders job's last task)
// both spellings are accepted.

import { learnerSlug, referenceCatalog, referenceNotebookDir } from '../jobs/reference';
import type { BuilderState, JobRef, ParamDraft } from './state';

/** The learner's name as job names and catalogs use it ("Ana María" → "ana_maria"). */
export function slugOf(state: Pick<BuilderState, 'learnerName'>): string {
  return learnerSlug(state.learnerName);
}

/** Whether the name typed in step 2 can be used at all (it has a letter or digit). */
export function hasUsableName(state: Pick<BuilderState, 'learnerName'>): boolean {
  return /[a-z0-9]/i.test(state.learnerName.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
}

export function jobNameFor(state: Pick<BuilderState, 'learnerName'>, job: JobRef): string {
  return `${slugOf(state)}_${job}_pipeline`;
}

export function catalogFor(state: Pick<BuilderState, 'learnerName'>): string {
  return referenceCatalog(state.learnerName);
}

/** Step 3's table: `catalog` and `source_path`, in the lab's order. */
export function expectedParameters(state: Pick<BuilderState, 'learnerName'>): ParamDraft[] {
  const catalog = catalogFor(state);
  return [
    { name: 'catalog', value: catalog },
    { name: 'source_path', value: `/Volumes/${catalog}/default/datasets` },
  ];
}

export interface ExpectedTask {
  /** The name the lab's step table uses. */
  task_key: string;
  /** Other accepted names (the reference YAML's). */
  aliases: string[];
  /** The name the lab's reference YAML uses (shown to the learner). */
  yamlKey: string;
  /** Notebook names the path may end in; the first is the reference YAML's. */
  notebooks: string[];
  depends_on: string[];
}

const task = (task_key: string, notebook: string, deps: string[], extra: Partial<ExpectedTask> = {}): ExpectedTask => ({
  task_key,
  aliases: [],
  yamlKey: task_key,
  notebooks: [notebook],
  depends_on: deps,
  ...extra,
});

/** Steps 4–5: bronze_customer → silver_customer, running the *_customers notebooks. */
export const CUSTOMER_TASKS: readonly ExpectedTask[] = [
  task('bronze_customer', 'bronze_customers', []),
  task('silver_customer', 'silver_customers', ['bronze_customer']),
];

/**
 * Step 6. The lab's job table calls the last task `gold_summary`, its reference YAML
 * `gold_customer_orders_summary` (notebook of the same name): both are right.
 */
export const ORDERS_TASKS: readonly ExpectedTask[] = [
  task('bronze_orders', 'bronze_orders', []),
  task('silver_orders', 'silver_orders', ['bronze_orders']),
  task('gold_daily_orders', 'gold_daily_orders', ['silver_orders']),
  task('gold_summary', 'gold_customer_orders_summary', ['gold_daily_orders'], {
    aliases: ['gold_customer_orders_summary'],
    yamlKey: 'gold_customer_orders_summary',
    notebooks: ['gold_customer_orders_summary', 'gold_summary'],
  }),
];

export function expectedTasks(job: JobRef): readonly ExpectedTask[] {
  return job === 'customer' ? CUSTOMER_TASKS : ORDERS_TASKS;
}

/** Every accepted name of an expected task. */
export function namesOf(t: ExpectedTask): string[] {
  return [t.task_key, ...t.aliases];
}

/** Step 7: the table whose updates start the orders job, fully qualified as in the reference YAML. */
export function expectedTriggerTable(state: Pick<BuilderState, 'learnerName'>): string {
  return `${catalogFor(state)}.silver.silver_customers`;
}

/** Where the lab's notebooks live in the simulated workspace (a placeholder for path fields). */
export function notebookPlaceholder(state: Pick<BuilderState, 'learnerName'>, notebook: string): string {
  return `${referenceNotebookDir(state.learnerName)}/${notebook}`;
}
