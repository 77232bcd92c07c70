// The jobs the lab asks for, built for one learner, plus the practice tasks' example jobs.
//
// The lab's reference YAML uses `demo_` keys, `retailhub_trainer` and `/Workspace/.../<notebook>`;
// here every name is derived from the learner's name so the learner's own catalog and jobs line up.

import type { JobSpec, TaskSpec } from './types';

/** The lab's YAML shows this placeholder for the shared training cluster. */
export const REFERENCE_CLUSTER_ID = '<CLUSTER_ID>';

/**
 * A learner name as it appears in job names and the catalog: lower case, accents dropped, any
 * run of other characters turned into "_". "Ana María" → "ana_maria".
 */
export function learnerSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return slug === '' ? 'learner' : slug;
}

/** Where the lab's medallion notebooks live in the simulated workspace. */
export function referenceNotebookDir(name: string): string {
  return `/Workspace/Users/${learnerSlug(name)}/retailhub`;
}

export function referenceCatalog(name: string): string {
  return `retailhub_${learnerSlug(name)}`;
}

export interface ReferenceOptions {
  clusterId?: string;
  notebookDir?: string;
}

function notebookTask(task_key: string, notebook: string, deps: string[], dir: string, clusterId: string): TaskSpec {
  return {
    task_key,
    type: 'notebook',
    notebook_path: `${dir}/${notebook}`,
    source: 'WORKSPACE',
    compute: { kind: 'existing_cluster', id: clusterId },
    depends_on: deps,
  };
}

/**
 * The two workshop jobs for a learner, in the order the lab creates them:
 * `<name>_customer_pipeline` (bronze_customer → silver_customer, manual) and
 * `<name>_orders_pipeline` (bronze_orders → silver_orders → gold_daily_orders →
 * gold_customer_orders_summary), which a table-update trigger on
 * `retailhub_<name>.silver.silver_customers` starts.
 */
export function referenceJobs(name: string, opts: ReferenceOptions = {}): JobSpec[] {
  const slug = learnerSlug(name);
  const catalog = referenceCatalog(name);
  const dir = opts.notebookDir ?? referenceNotebookDir(name);
  const cluster = opts.clusterId ?? REFERENCE_CLUSTER_ID;
  const parameters = [
    { name: 'catalog', default: catalog },
    { name: 'source_path', default: `/Volumes/${catalog}/default/datasets` },
  ];
  const customer: JobSpec = {
    key: `${slug}_customer_pipeline`,
    name: `${slug}_customer_pipeline`,
    parameters: parameters.map((p) => ({ ...p })),
    tasks: [
      notebookTask('bronze_customer', 'bronze_customers', [], dir, cluster),
      notebookTask('silver_customer', 'silver_customers', ['bronze_customer'], dir, cluster),
    ],
    queue: { enabled: true },
  };
  const orders: JobSpec = {
    key: `${slug}_orders_pipeline`,
    name: `${slug}_orders_pipeline`,
    parameters: parameters.map((p) => ({ ...p })),
    tasks: [
      notebookTask('bronze_orders', 'bronze_orders', [], dir, cluster),
      notebookTask('silver_orders', 'silver_orders', ['bronze_orders'], dir, cluster),
      notebookTask('gold_daily_orders', 'gold_daily_orders', ['silver_orders'], dir, cluster),
      notebookTask('gold_customer_orders_summary', 'gold_customer_orders_summary', ['gold_daily_orders'], dir, cluster),
    ],
    trigger: { kind: 'table_update', table_names: [`${catalog}.silver.silver_customers`] },
    queue: { enabled: true },
  };
  return [customer, orders];
}

/**
 * Which tables each workshop task writes, so a simulated run can say what it updated. Only
 * `silver.silver_customers` is named by the lab (its trigger); the other table names follow the
 * same medallion pattern.
 */
export function referenceTableWrites(name: string): Record<string, string[]> {
  const c = referenceCatalog(name);
  return {
    bronze_customer: [`${c}.bronze.bronze_customers`],
    silver_customer: [`${c}.silver.silver_customers`],
    bronze_orders: [`${c}.bronze.bronze_orders`],
    silver_orders: [`${c}.silver.silver_orders`],
    gold_daily_orders: [`${c}.gold.gold_daily_orders`],
    gold_customer_orders_summary: [`${c}.gold.gold_customer_orders_summary`],
  };
}

/** Tables written by the tasks of a run that succeeded, given what each task writes. */
export function tablesUpdated(run: { tasks: Record<string, { state: string }> }, writes: Record<string, string[]>): string[] {
  const out: string[] = [];
  for (const [key, r] of Object.entries(run.tasks)) {
    if (r.state !== 'SUCCESS') continue;
    for (const t of writes[key] ?? []) if (!out.includes(t)) out.push(t);
  }
  return out;
}

function serverlessNotebook(task_key: string, deps: string[], path = `/Workspace/Shared/retailhub/${task_key}`): TaskSpec {
  return { task_key, type: 'notebook', notebook_path: path, source: 'WORKSPACE', compute: { kind: 'serverless' }, depends_on: deps };
}

/** Practice Task 4's DAG (fan-out, fan-in), which Task 5's repair questions are about. */
export function practiceDagJob(): JobSpec {
  return {
    key: 'retailhub_dag',
    name: 'retailhub_dag',
    parameters: [],
    tasks: [
      serverlessNotebook('ingest', []),
      serverlessNotebook('build_dim_tables', ['ingest']),
      serverlessNotebook('build_fact_tables', ['ingest']),
      serverlessNotebook('generate_report', ['build_dim_tables', 'build_fact_tables']),
      serverlessNotebook('send_notification', ['generate_report']),
    ],
  };
}

/** Practice Task 1's JSON job (RetailHub_Daily_Refresh). Its notebook tasks name no compute, so serverless. */
export function practiceConfigJob(): JobSpec {
  return {
    key: 'RetailHub_Daily_Refresh',
    name: 'RetailHub_Daily_Refresh',
    parameters: [],
    tasks: [
      { task_key: 'refresh_pipeline', type: 'pipeline', pipeline_id: '<PIPELINE_ID>', notebook_path: '', source: 'WORKSPACE', compute: { kind: 'serverless' }, depends_on: [], timeout_seconds: 1800 },
      { ...serverlessNotebook('validate_results', ['refresh_pipeline'], '/Workspace/.../task_01_validate'), max_retries: 2, retry_on_timeout: false },
      serverlessNotebook('generate_report', ['validate_results'], '/Workspace/.../task_03_report'),
    ],
    trigger: { kind: 'periodic', interval: 1, unit: 'DAYS' },
  };
}
