// Per-step checkpoints of the workshop: is what the learner built what Section 1 asks for, and
// if not, what exactly to change, in the learner's words (never a bare "wrong").
//
// - problems: the step is not done until they are fixed.
// - warnings: probably a slip, but Databricks would accept it (e.g. a notebook path that does
//   not end in the expected notebook).
// - notes: worth knowing (the lab's compute note, the Job ID note…).

import { validateJob } from '../jobs/validate';
import { normaliseTableName } from '../jobs/triggers';
import {
  catalogFor,
  expectedParameters,
  expectedTasks,
  expectedTriggerTable,
  hasUsableName,
  jobNameFor,
  namesOf,
  notebookPlaceholder,
  slugOf,
  type ExpectedTask,
} from './expected';
import { jobSpecFor, jobsFingerprint, toJobSpecs } from './spec';
import { isBlankParam, isBlankTask, type BuilderState, type ComputeChoice, type JobRef, type ParamDraft, type TaskDraft } from './state';

export interface CheckResult {
  ok: boolean;
  problems: string[];
  warnings: string[];
  notes: string[];
}

export const WORKSHOP_STEP_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type WorkshopStepNumber = (typeof WORKSHOP_STEP_NUMBERS)[number];

class Findings {
  readonly problems: string[] = [];
  readonly warnings: string[] = [];
  readonly notes: string[] = [];
  problem(s: string): void {
    if (!this.problems.includes(s)) this.problems.push(s);
  }
  warn(s: string): void {
    if (!this.warnings.includes(s)) this.warnings.push(s);
  }
  note(s: string): void {
    if (!this.notes.includes(s)) this.notes.push(s);
  }
  result(): CheckResult {
    return { ok: this.problems.length === 0, problems: this.problems, warnings: this.warnings, notes: this.notes };
  }
}

/** The lab's note on the Job ID (step 2). */
export const JOB_ID_NOTE =
  'The job name does not need to be globally unique: each job is identified by a unique Job ID assigned automatically by Databricks.';

/** The lab's note on compute (step 4), and what the other choices mean. */
export const COMPUTE_NOTES: Record<ComputeChoice, string> = {
  shared: 'Shared training cluster: for workshop only — in production, use a dedicated Job cluster.',
  job_cluster:
    'Job cluster: what the lab recommends for production. In the workshop the lab uses the shared training cluster (existing_cluster_id in its YAML).',
  serverless: 'Serverless: no cluster to manage. The lab\'s reference YAML uses the shared training cluster (existing_cluster_id).',
};

export const GOLD_SUMMARY_NOTE =
  'The lab\'s job table calls the last task gold_summary; its reference YAML calls it gold_customer_orders_summary. Both are accepted.';

const q = (s: string): string => `"${s}"`;

/** 1-based position of the first character where two strings differ. */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}

/**
 * Why a typed value is not the expected one, in one sentence, or undefined when it is exact.
 * Tries the slips learners make with this lab first (spaces, case, the placeholder, the trainer's
 * catalog from the reference YAML, the name as typed instead of its slug).
 */
export function explainValue(label: string, expected: string, got: string, learnerName: string): string | undefined {
  if (got === expected) return undefined;
  const slug = slugOf({ learnerName });
  const raw = learnerName.trim();
  if (got.trim() === '') return `${label} has no value. Set it to ${expected}.`;
  if (got.trim() === expected) return `${label} has spaces before or after it. Remove them: ${expected}.`;
  if (/<[^>]*>/.test(got)) return `${label} still has a placeholder in it: replace <your_name> with ${slug}, which gives ${expected}.`;
  if (got.includes('retailhub_trainer') && !expected.includes('retailhub_trainer')) {
    return `${label} uses retailhub_trainer, the trainer's catalog from the lab's reference YAML. Use your own: ${expected}.`;
  }
  if (got.toLowerCase() === expected.toLowerCase()) return `${label} is ${q(got)}: type it in lower case, exactly ${expected}.`;
  if (got.endsWith('/') && got.slice(0, -1) === expected) return `${label} ends with "/": remove it, giving ${expected}.`;
  const lower = raw.toLowerCase();
  if (raw !== '' && raw !== slug && (got.includes(raw) || (lower !== slug && got.includes(lower)))) {
    return `${label} uses your name as typed (${q(raw)}). Names in catalogs use ${slug} (lower case, "_" for anything else): ${expected}.`;
  }
  if (expected.startsWith('/') && !got.startsWith('/')) return `${label} must be an absolute path starting with "/": ${expected}.`;
  return `${label} is ${q(got)} but should be ${expected} (they differ from character ${firstDifference(got, expected)}).`;
}

const alnum = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Step 3 (and the orders job's copy in step 6): exactly `catalog` and `source_path` with the
 * learner's values. Order does not matter; blank rows are ignored; extra parameters are allowed
 * but pointed out.
 */
function checkParameters(state: BuilderState, params: readonly ParamDraft[], f: Findings, jobLabel = ''): void {
  const rows = params.filter((p) => !isBlankParam(p));
  const used = new Set<number>();
  for (const exp of expectedParameters(state)) {
    const exact = rows.map((p, i) => [p, i] as const).filter(([p]) => p.name === exp.name);
    let match = exact[0];
    if (exact.length > 1) f.problem(`${jobLabel}The parameter ${exp.name} is defined ${exact.length} times; keep one.`);
    if (!match) {
      const near = rows.map((p, i) => [p, i] as const).find(([p, i]) => !used.has(i) && p.name.trim() !== '' && alnum(p.name) === alnum(exp.name));
      if (near) {
        const [p] = near;
        if (p.name.trim() === exp.name) f.problem(`${jobLabel}The parameter name ${q(p.name)} has spaces around it: name it ${exp.name}.`);
        else if (p.name.toLowerCase() === exp.name) f.problem(`${jobLabel}Parameter names are case-sensitive: rename ${q(p.name)} to ${exp.name}.`);
        else f.problem(`${jobLabel}Rename the parameter ${q(p.name)} to ${exp.name}, spelt exactly like that.`);
        match = near;
      } else {
        f.problem(`${jobLabel}Add a parameter named ${exp.name} with the value ${exp.value}.`);
        continue;
      }
    }
    const [p, i] = match;
    used.add(i);
    for (const [, j] of exact.slice(1)) used.add(j);
    const why = explainValue(`${jobLabel}The value of ${exp.name}`, exp.value, p.value, state.learnerName);
    if (why) f.problem(why);
  }
  rows.forEach((p, i) => {
    if (used.has(i)) return;
    if (p.name.trim() === '') f.problem(`${jobLabel}A parameter has the value ${q(p.value)} but no name.`);
    else f.warn(`${jobLabel}${q(p.name)} is not one of the lab's parameters (catalog, source_path). It does no harm, but no task uses it.`);
  });
}

function basename(path: string): string {
  const last = path.trim().replace(/\/+$/, '').split('/').pop() ?? '';
  return last.replace(/\.(py|ipynb|sql|scala|r)$/i, '');
}

/** One task slot against what the lab expects there (steps 4, 5 and 6). */
function checkTask(state: BuilderState, draft: TaskDraft | undefined, exp: ExpectedTask, f: Findings): void {
  if (!draft || isBlankTask(draft)) {
    f.problem(`Add the task ${exp.task_key}: click Add task, name it ${exp.task_key} and point it to your ${exp.notebooks[0]} notebook.`);
    return;
  }
  const key = draft.task_key;
  const accepted = namesOf(exp);
  const who = key.trim() === '' ? `The task for ${exp.task_key}` : key.trim();
  if (!accepted.includes(key)) {
    if (key.trim() === '') f.problem(`Give the task a name: ${exp.task_key}.`);
    else if (accepted.includes(key.trim())) f.problem(`The task name ${q(key)} has spaces around it: ${key.trim()}.`);
    else if (accepted.includes(key.trim().toLowerCase())) f.problem(`Task names are case-sensitive: name it ${exp.task_key}, not ${q(key)}.`);
    else if (exp.notebooks.includes(key.trim())) f.problem(`${q(key)} is the notebook's name; the task is called ${exp.task_key}.`);
    else f.problem(`The lab names this task ${exp.task_key}, not ${q(key)}.`);
  }

  if (draft.type !== 'notebook') f.problem(`${who}: set Type to Notebook. The lab's tasks run notebooks.`);
  else {
    if (draft.source !== 'WORKSPACE') f.problem(`${who}: set Source to Workspace. The lab's notebooks are in your workspace, not in a Git repository.`);
    const path = draft.notebook_path.trim();
    const nb = exp.notebooks[0] as string;
    if (path === '') f.problem(`${who}: enter the path to your ${nb} notebook, e.g. ${notebookPlaceholder(state, nb)}.`);
    else if (!path.startsWith('/')) f.problem(`${who}: a Workspace notebook path is absolute and starts with "/", e.g. ${notebookPlaceholder(state, nb)}.`);
    else {
      const base = basename(path);
      if (!exp.notebooks.includes(base)) {
        if (base === exp.task_key && !exp.notebooks.includes(exp.task_key)) {
          f.warn(`${who}: the path ends in ${base}, but the notebook is ${nb} (with an "s"). Check it is the right notebook.`);
        } else {
          f.warn(`${who}: the path should point to your ${nb} notebook, but it ends in ${q(base)}.`);
        }
      }
    }
  }

  if (draft.type === 'notebook') {
    if (draft.compute === null) f.problem(`${who}: choose the compute. The lab uses the shared training cluster.`);
    else f.note(COMPUTE_NOTES[draft.compute]);
  }

  const deps = draft.depends_on;
  const want = exp.depends_on;
  if (want.length === 0 && deps.length > 0) {
    f.problem(`${who} is the first task: it should not depend on anything (remove ${deps.join(', ')}).`);
  } else if (want.length > 0 && deps.length === 0) {
    f.problem(`${who}: set Depends on → ${want.join(', ')}, so it runs only after ${want.join(' and ')} succeeds.`);
  } else if (!(deps.length === want.length && want.every((w) => deps.includes(w)))) {
    f.problem(`${who} should depend on ${want.join(', ')}, not on ${deps.join(', ')}.`);
  }
}

function needName(state: BuilderState, f: Findings): boolean {
  if (hasUsableName(state)) return true;
  f.problem('Enter your name in step 2 first: the job names and the catalog are built from it.');
  return false;
}

/** What validateJob still rejects once the step's own checks pass (cycles, duplicates…). */
function jobErrorsOf(state: BuilderState, job: JobRef, f: Findings): void {
  const spec = jobSpecFor(state, job);
  if (!spec) return;
  for (const p of validateJob(spec)) if (p.severity === 'error') f.problem(p.message);
}

function step1(state: BuilderState, f: Findings): void {
  if (!state.customer) f.problem('There is no job yet: press Enter on Create Job.');
  else f.note(`Job created (Job ID ${state.customer.id}).`);
}

function step2(state: BuilderState, f: Findings): void {
  const name = state.learnerName.trim();
  if (name === '') f.problem('Type your name: it becomes part of the job names, e.g. ana_customer_pipeline.');
  else if (!hasUsableName(state)) f.problem(`${q(name)} has no letters or digits: job names and catalogs need at least one.`);
  else {
    f.note(`Job names: ${jobNameFor(state, 'customer')} and ${jobNameFor(state, 'orders')}; catalog ${catalogFor(state)}.`);
    f.note(JOB_ID_NOTE);
  }
}

function step3(state: BuilderState, f: Findings): void {
  if (!needName(state, f)) return;
  checkParameters(state, state.customer?.parameters ?? [], f);
}

function step4(state: BuilderState, f: Findings): void {
  checkTask(state, state.customer?.tasks[0], expectedTasks('customer')[0] as ExpectedTask, f);
}

function step5(state: BuilderState, f: Findings): void {
  const [bronze, silver] = expectedTasks('customer') as [ExpectedTask, ExpectedTask];
  const first = new Findings();
  checkTask(state, state.customer?.tasks[0], bronze, first);
  if (first.problems.length > 0) f.problem(`First finish step 4 (${bronze.task_key}): ${first.problems[0]}`);
  checkTask(state, state.customer?.tasks[1], silver, f);
  const extra = (state.customer?.tasks ?? []).slice(2).filter((t) => !isBlankTask(t));
  if (extra.length > 0) f.problem(`The customer job has two tasks; remove ${extra.map((t) => t.task_key || 'the unnamed task').join(', ')}.`);
  if (f.problems.length === 0) jobErrorsOf(state, 'customer', f);
}

function step6(state: BuilderState, f: Findings): void {
  if (!state.orders) {
    f.problem('Create the second job: press Enter on Create Job.');
    return;
  }
  needName(state, f);
  const params = new Findings();
  checkParameters(state, state.orders.parameters, params, 'Orders job: ');
  params.problems.forEach((p) => f.problem(p));
  if (params.problems.length > 0) f.problem('The orders job needs the same parameters as the customer job: fix them in step 3, then press Enter on Copy parameters.');
  params.warnings.forEach((w) => f.warn(w));

  const exp = expectedTasks('orders');
  exp.forEach((e, i) => checkTask(state, state.orders?.tasks[i], e, f));
  const extra = state.orders.tasks.slice(exp.length).filter((t) => !isBlankTask(t));
  if (extra.length > 0) f.problem(`The orders job has four tasks; remove ${extra.map((t) => t.task_key || 'the unnamed task').join(', ')}.`);
  const last = state.orders.tasks[3];
  if (last && last.task_key === 'gold_summary') f.note(`${GOLD_SUMMARY_NOTE} The YAML's name is gold_customer_orders_summary.`);
  if (f.problems.length === 0) jobErrorsOf(state, 'orders', f);
}

/** Step 7's table: the learner's text against `retailhub_<name>.silver.silver_customers`. */
export function explainTriggerTable(state: BuilderState, typed: string): string | undefined {
  const expected = expectedTriggerTable(state);
  const got = typed.trim();
  if (got === '') return `Enter the table to watch: ${expected}.`;
  if (normaliseTableName(got) === normaliseTableName(expected)) return undefined;
  const parts = got.replace(/`/g, '').split('.');
  const [catalog, schema, table] = parts.length === 3 ? (parts as [string, string, string]) : ['', '', parts[parts.length - 1] ?? ''];
  if (parts.length === 1) {
    return table.toLowerCase() === 'silver_customers'
      ? `"silver_customers" alone is not enough: a table update trigger needs the full Unity Catalog name, catalog.schema.table. Yours is ${expected}.`
      : `${q(got)} is not a full table name. A table update trigger needs catalog.schema.table: ${expected}.`;
  }
  if (parts.length === 2) return `${q(got)} has no catalog. Use the full name catalog.schema.table: ${expected}.`;
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return `${q(got)} is not a table name of the form catalog.schema.table. Use ${expected}.`;
  const want = catalogFor(state);
  const issues: string[] = [];
  if (catalog.toLowerCase() !== want) {
    issues.push(
      catalog.toLowerCase() === 'retailhub_trainer'
        ? `the catalog retailhub_trainer is the trainer's, from the reference YAML; yours is ${want}`
        : `the catalog is ${want} (your catalog parameter), not ${catalog}`,
    );
  }
  if (schema.toLowerCase() !== 'silver') issues.push(`the schema is silver, not ${schema}`);
  const t = table.toLowerCase();
  if (t !== 'silver_customers') {
    if (t === 'silver_customer') issues.push('the table is silver_customers (plural); silver_customer is the task that writes it');
    else if (t === 'bronze_customers') issues.push('the table is silver_customers: the orders pipeline starts when the cleansed customers are updated, not the raw bronze_customers');
    else issues.push(`the table is silver_customers, not ${table}`);
  }
  const text = issues.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. Use ${expected}.`;
}

function step7(state: BuilderState, f: Findings): void {
  const orders = state.orders;
  if (!orders) {
    f.problem('Create the orders job first (step 6): the trigger goes on the orders pipeline.');
    return;
  }
  needName(state, f);
  const t = orders.trigger;
  switch (t.type) {
    case 'none':
      f.problem('Add a trigger: set Trigger type to Table update, so the orders pipeline starts when silver_customers is updated.');
      return;
    case 'file_arrival':
      f.problem('File arrival starts a job when files land in a volume. The orders pipeline should start when a table is updated: set Trigger type to Table update.');
      return;
    case 'continuous':
      f.problem('Continuous keeps the job always running. The orders pipeline should start when silver_customers is updated: set Trigger type to Table update.');
      return;
    case 'table_update':
      break;
  }
  const why = explainTriggerTable(state, t.table);
  if (why) f.problem(why);
  if (t.paused) f.problem('The trigger is paused, so it would never start the job: set its status to Active.');
  if (f.problems.length === 0) {
    f.note('The customer pipeline has no trigger (it runs when you click Run now); the orders pipeline starts on every update of silver_customers.');
  }
}

function step8(state: BuilderState, f: Findings): void {
  const run = state.lastRun;
  if (!run) {
    f.problem('Press Enter on Run now to run the customer pipeline.');
    return;
  }
  if (run.fingerprint !== jobsFingerprint(toJobSpecs(state))) {
    f.problem('You changed the jobs after the last run: press Enter on Run now to run them again.');
    return;
  }
  const customer = run.history.find((h) => h.job === 'customer');
  const orders = run.history.find((h) => h.job === 'orders');
  if (!customer) f.problem('The customer pipeline has not run: press Enter on Run now.');
  else if (customer.result !== 'SUCCESS') f.problem(`The customer pipeline run ended ${customer.result}; it has to succeed to update silver_customers.`);
  if (!orders) f.problem(`The orders pipeline did not start. ${run.notTriggered ?? 'Check its trigger (step 7).'}`);
  else if (orders.result !== 'SUCCESS') f.problem(`The orders pipeline run ended ${orders.result}.`);
  if (customer && orders && f.problems.length === 0) {
    f.note('Both jobs show a successful run in the Run History tab: the table update started the orders pipeline.');
  }
}

const STEPS: Record<WorkshopStepNumber, (state: BuilderState, f: Findings) => void> = {
  1: step1,
  2: step2,
  3: step3,
  4: step4,
  5: step5,
  6: step6,
  7: step7,
  8: step8,
};

export function isWorkshopStep(n: number): n is WorkshopStepNumber {
  return (WORKSHOP_STEP_NUMBERS as readonly number[]).includes(n);
}

/** The checkpoint of one workshop step (1–8) against the builder state. */
export function checkStep(step: WorkshopStepNumber, state: BuilderState): CheckResult {
  const f = new Findings();
  STEPS[step](state, f);
  return f.result();
}

/** Checkpoint results of every step, by step number. */
export function checkAll(state: BuilderState): Record<WorkshopStepNumber, CheckResult> {
  const out = {} as Record<WorkshopStepNumber, CheckResult>;
  for (const n of WORKSHOP_STEP_NUMBERS) out[n] = checkStep(n, state);
  return out;
}
