import { describe, expect, it } from 'vitest';
import {
  COMPUTE_NOTES,
  GOLD_SUMMARY_NOTE,
  JOB_ID_NOTE,
  checkAll,
  checkStep,
  explainTriggerTable,
  explainValue,
  firstDifference,
  initialBuilderState,
  jobsFingerprint,
  planPipelineRun,
  toJobSpecs,
  type BuilderState,
  type WorkshopAction,
  type WorkshopStepNumber,
} from '../../src/workshop';
import { apply, doneUpTo } from './helpers';

const problems = (step: WorkshopStepNumber, s: BuilderState): string[] => checkStep(step, s).problems;
const setParam = (index: number, field: 'name' | 'value', value: string): WorkshopAction => ({ type: 'param/set', job: 'customer', index, field, value });
const setTask = (job: 'customer' | 'orders', index: number, patch: object): WorkshopAction => ({ type: 'task/set', job, index, patch });

describe('every step passes when done as the lab says', () => {
  it.each([1, 2, 3, 4, 5, 6, 7] as const)('step %i', (n) => {
    const r = checkStep(n, doneUpTo(n));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('step 8 after a successful simulated run', () => {
    const s = doneUpTo(7);
    const plan = planPipelineRun(s, { startAt: 1000, runId: 500 });
    const done = apply(s, { type: 'run/record', record: plan.record });
    expect(checkStep(8, done)).toMatchObject({ ok: true, problems: [] });
    expect(Object.values(checkAll(done)).every((r) => r.ok)).toBe(true);
  });
});

describe('step 1: Create Job', () => {
  it('asks to press Create Job, then notes the Job ID', () => {
    expect(problems(1, initialBuilderState())).toEqual(['There is no job yet: press Enter on Create Job.']);
    expect(checkStep(1, doneUpTo(1)).notes).toEqual(['Job created (Job ID 111).']);
  });
});

describe('step 2: the name', () => {
  it('needs a name with a letter or digit', () => {
    expect(problems(2, apply(doneUpTo(1), { type: 'name/set', value: '   ' }))[0]).toMatch(/^Type your name/);
    expect(problems(2, apply(doneUpTo(1), { type: 'name/set', value: ' !! ' }))).toEqual(['"!!" has no letters or digits: job names and catalogs need at least one.']);
  });

  it('shows the job names from the slug and the Job ID note', () => {
    const r = checkStep(2, apply(doneUpTo(1), { type: 'name/set', value: '  Ana María ' }));
    expect(r.ok).toBe(true);
    expect(r.notes).toEqual(['Job names: ana_maria_customer_pipeline and ana_maria_orders_pipeline; catalog retailhub_ana_maria.', JOB_ID_NOTE]);
  });
});

describe('step 3: job parameters', () => {
  const base = doneUpTo(2);
  it('needs the name first', () => {
    expect(problems(3, initialBuilderState())).toEqual(['Enter your name in step 2 first: the job names and the catalog are built from it.']);
  });
  it('asks for each missing parameter', () => {
    expect(problems(3, base)).toEqual([
      'Add a parameter named catalog with the value retailhub_ana.',
      'Add a parameter named source_path with the value /Volumes/retailhub_ana/default/datasets.',
    ]);
  });
  it('explains name slips: case, spaces, spelling', () => {
    const s = apply(doneUpTo(3), setParam(0, 'name', 'Catalog'), setParam(1, 'name', 'source-path'));
    expect(problems(3, s)).toEqual([
      'Parameter names are case-sensitive: rename "Catalog" to catalog.',
      'Rename the parameter "source-path" to source_path, spelt exactly like that.',
    ]);
    expect(problems(3, apply(doneUpTo(3), setParam(0, 'name', ' catalog ')))).toEqual(['The parameter name " catalog " has spaces around it: name it catalog.']);
  });
  it('explains value slips', () => {
    const cases: Array<[string, string]> = [
      ['', 'The value of catalog has no value. Set it to retailhub_ana.'],
      ['retailhub_ana ', 'The value of catalog has spaces before or after it. Remove them: retailhub_ana.'],
      ['retailhub_<your_name>', 'The value of catalog still has a placeholder in it: replace <your_name> with ana, which gives retailhub_ana.'],
      ['retailhub_trainer', "The value of catalog uses retailhub_trainer, the trainer's catalog from the lab's reference YAML. Use your own: retailhub_ana."],
      ['RetailHub_Ana', 'The value of catalog is "RetailHub_Ana": type it in lower case, exactly retailhub_ana.'],
      ['retailhub_bob', 'The value of catalog is "retailhub_bob" but should be retailhub_ana (they differ from character 11).'],
    ];
    for (const [value, message] of cases) expect(problems(3, apply(doneUpTo(3), setParam(0, 'value', value)))).toEqual([message]);
    expect(problems(3, apply(doneUpTo(3), setParam(1, 'value', '/Volumes/retailhub_ana/default/datasets/')))).toEqual([
      'The value of source_path ends with "/": remove it, giving /Volumes/retailhub_ana/default/datasets.',
    ]);
    expect(problems(3, apply(doneUpTo(3), setParam(1, 'value', 'Volumes/retailhub_ana/default/datasets')))).toEqual([
      'The value of source_path must be an absolute path starting with "/": /Volumes/retailhub_ana/default/datasets.',
    ]);
  });
  it('points at the name as typed instead of its slug', () => {
    const s = apply(doneUpTo(3, 'Ana María'), setParam(0, 'value', 'retailhub_Ana María'));
    expect(problems(3, s)).toEqual([
      'The value of catalog uses your name as typed ("Ana María"). Names in catalogs use ana_maria (lower case, "_" for anything else): retailhub_ana_maria.',
    ]);
  });
  it('reports duplicates and nameless values, warns about extras, ignores blank rows', () => {
    let s = apply(doneUpTo(3), setParam(2, 'name', 'catalog'), setParam(2, 'value', 'retailhub_ana'));
    expect(problems(3, s)).toEqual(['The parameter catalog is defined 2 times; keep one.']);
    s = apply(doneUpTo(3), setParam(2, 'value', 'orphan'));
    expect(problems(3, s)).toEqual(['A parameter has the value "orphan" but no name.']);
    s = apply(doneUpTo(3), setParam(2, 'name', 'env'), { type: 'param/add', job: 'customer' });
    const r = checkStep(3, s);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['"env" is not one of the lab\'s parameters (catalog, source_path). It does no harm, but no task uses it.']);
  });
  it('does not care about the order of the rows', () => {
    const s = apply(doneUpTo(2), setParam(0, 'name', 'source_path'), setParam(0, 'value', '/Volumes/retailhub_ana/default/datasets'), setParam(1, 'name', 'catalog'), setParam(1, 'value', 'retailhub_ana'));
    expect(checkStep(3, s).ok).toBe(true);
  });
});

describe('step 4: bronze_customer', () => {
  const base = doneUpTo(4);
  const t = (patch: object) => apply(base, setTask('customer', 0, patch));
  it('asks for the task when there is none', () => {
    expect(problems(4, doneUpTo(3))).toEqual(['Add the task bronze_customer: click Add task, name it bronze_customer and point it to your bronze_customers notebook.']);
  });
  it('explains task name slips', () => {
    expect(problems(4, t({ task_key: '' }))).toEqual(['Give the task a name: bronze_customer.']);
    expect(problems(4, t({ task_key: 'bronze_customers' }))).toEqual(['"bronze_customers" is the notebook\'s name; the task is called bronze_customer.']);
    expect(problems(4, t({ task_key: 'Bronze_Customer' }))).toEqual(['Task names are case-sensitive: name it bronze_customer, not "Bronze_Customer".']);
    expect(problems(4, t({ task_key: 'bronze_customer ' }))).toEqual(['The task name "bronze_customer " has spaces around it: bronze_customer.']);
    expect(problems(4, t({ task_key: 'ingest' }))).toEqual(['The lab names this task bronze_customer, not "ingest".']);
  });
  it('needs Notebook, Workspace and an absolute path', () => {
    expect(problems(4, t({ type: 'pipeline' }))).toEqual(["bronze_customer: set Type to Notebook. The lab's tasks run notebooks."]);
    expect(problems(4, t({ source: 'GIT' }))).toEqual(["bronze_customer: set Source to Workspace. The lab's notebooks are in your workspace, not in a Git repository."]);
    expect(problems(4, t({ notebook_path: '' }))).toEqual(['bronze_customer: enter the path to your bronze_customers notebook, e.g. /Workspace/Users/ana/retailhub/bronze_customers.']);
    expect(problems(4, t({ notebook_path: 'retailhub/bronze_customers' }))).toEqual([
      'bronze_customer: a Workspace notebook path is absolute and starts with "/", e.g. /Workspace/Users/ana/retailhub/bronze_customers.',
    ]);
  });
  it('warns when the path does not end in the bronze_customers notebook', () => {
    let r = checkStep(4, t({ notebook_path: '/Workspace/x/bronze_customer' }));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['bronze_customer: the path ends in bronze_customer, but the notebook is bronze_customers (with an "s"). Check it is the right notebook.']);
    r = checkStep(4, t({ notebook_path: '/Workspace/x/silver_customers' }));
    expect(r.warnings).toEqual(['bronze_customer: the path should point to your bronze_customers notebook, but it ends in "silver_customers".']);
    expect(checkStep(4, t({ notebook_path: '/Workspace/.../bronze_customers' })).warnings).toEqual([]);
  });
  it('needs a compute choice and gives the lab\'s note for each', () => {
    expect(problems(4, t({ compute: null }))).toEqual(['bronze_customer: choose the compute. The lab uses the shared training cluster.']);
    expect(checkStep(4, base).notes).toEqual([COMPUTE_NOTES.shared]);
    expect(COMPUTE_NOTES.shared).toContain('for workshop only — in production, use a dedicated Job cluster');
    expect(checkStep(4, t({ compute: 'serverless' }))).toMatchObject({ ok: true, notes: [COMPUTE_NOTES.serverless] });
    expect(checkStep(4, t({ compute: 'job_cluster' }))).toMatchObject({ ok: true, notes: [COMPUTE_NOTES.job_cluster] });
  });
  it('the first task depends on nothing', () => {
    expect(problems(4, t({ depends_on: ['x'] }))).toEqual(['bronze_customer is the first task: it should not depend on anything (remove x).']);
  });
});

describe('step 5: silver_customer', () => {
  const base = doneUpTo(5);
  it('needs Depends on → bronze_customer', () => {
    expect(problems(5, apply(base, setTask('customer', 1, { depends_on: [] })))).toEqual([
      'silver_customer: set Depends on → bronze_customer, so it runs only after bronze_customer succeeds.',
    ]);
    expect(problems(5, apply(base, setTask('customer', 1, { depends_on: ['silver_customer'] })))).toEqual(['silver_customer should depend on bronze_customer, not on silver_customer.']);
  });
  it('sends the learner back to step 4 when the first task is wrong', () => {
    const s = apply(base, setTask('customer', 0, { compute: null }));
    expect(problems(5, s)).toEqual(['First finish step 4 (bronze_customer): bronze_customer: choose the compute. The lab uses the shared training cluster.']);
  });
  it('warns about the notebook and rejects extra tasks', () => {
    expect(checkStep(5, apply(base, setTask('customer', 1, { notebook_path: '/W/bronze_customers' }))).warnings).toEqual([
      'silver_customer: the path should point to your silver_customers notebook, but it ends in "bronze_customers".',
    ]);
    expect(problems(5, apply(base, setTask('customer', 2, { task_key: 'extra' })))).toEqual(['The customer job has two tasks; remove extra.']);
  });
});

describe('step 6: the orders job', () => {
  const base = doneUpTo(6);
  it('needs the job to be created', () => {
    expect(problems(6, doneUpTo(5))).toEqual(['Create the second job: press Enter on Create Job.']);
  });
  it('accepts gold_summary (the lab table) and gold_customer_orders_summary (its YAML)', () => {
    const s = apply(base, setTask('orders', 3, { task_key: 'gold_summary' }));
    const r = checkStep(6, s);
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([]);
    expect(r.notes).toContain(`${GOLD_SUMMARY_NOTE} The YAML's name is gold_customer_orders_summary.`);
    expect(checkStep(6, base).ok).toBe(true);
  });
  it('explains a broken chain', () => {
    const s = apply(base, setTask('orders', 2, { depends_on: ['bronze_orders'] }), setTask('orders', 3, { depends_on: [] }));
    expect(problems(6, s)).toEqual([
      'gold_daily_orders should depend on silver_orders, not on bronze_orders.',
      'gold_customer_orders_summary: set Depends on → gold_daily_orders, so it runs only after gold_daily_orders succeeds.',
    ]);
  });
  it('asks for missing tasks', () => {
    const s = apply(base, { type: 'task/remove', job: 'orders', index: 3 });
    expect(problems(6, s)).toEqual([
      'Add the task gold_summary: click Add task, name it gold_summary and point it to your gold_customer_orders_summary notebook.',
    ]);
  });
  it('checks the orders job has the same parameters', () => {
    const s = apply(base, { type: 'param/set', job: 'orders', index: 0, field: 'value', value: 'retailhub_trainer' });
    expect(problems(6, s)).toEqual([
      "Orders job: The value of catalog uses retailhub_trainer, the trainer's catalog from the lab's reference YAML. Use your own: retailhub_ana.",
      'The orders job needs the same parameters as the customer job: fix them in step 3, then press Enter on Copy parameters.',
    ]);
  });
  it('reports what validateJob still rejects', () => {
    // Both slots 2 and 3 named silver_orders: the per-slot checks complain first.
    const s = apply(base, setTask('orders', 2, { task_key: 'silver_orders' }));
    expect(problems(6, s)[0]).toBe('The lab names this task gold_daily_orders, not "silver_orders".');
  });
});

describe('step 7: the table update trigger', () => {
  const base = doneUpTo(7);
  const trig = (patch: object) => apply(base, { type: 'trigger/set', job: 'orders', patch });
  it('needs the orders job and a table update trigger', () => {
    expect(problems(7, doneUpTo(5))).toEqual(['Create the orders job first (step 6): the trigger goes on the orders pipeline.']);
    expect(problems(7, trig({ type: 'none' }))[0]).toMatch(/^Add a trigger: set Trigger type to Table update/);
    expect(problems(7, trig({ type: 'file_arrival' }))[0]).toMatch(/^File arrival starts a job when files land in a volume/);
    expect(problems(7, trig({ type: 'continuous' }))[0]).toMatch(/^Continuous keeps the job always running/);
  });
  it('a bare silver_customers gets the full name explained', () => {
    expect(problems(7, trig({ table: 'silver_customers' }))).toEqual([
      '"silver_customers" alone is not enough: a table update trigger needs the full Unity Catalog name, catalog.schema.table. Yours is retailhub_ana.silver.silver_customers.',
    ]);
  });
  it('explains each wrong part', () => {
    expect(problems(7, trig({ table: 'silver.silver_customers' }))).toEqual(['"silver.silver_customers" has no catalog. Use the full name catalog.schema.table: retailhub_ana.silver.silver_customers.']);
    expect(problems(7, trig({ table: 'retailhub_trainer.silver.silver_customers' }))).toEqual([
      "The catalog retailhub_trainer is the trainer's, from the reference YAML; yours is retailhub_ana. Use retailhub_ana.silver.silver_customers.",
    ]);
    expect(problems(7, trig({ table: 'retailhub_ana.bronze.silver_customer' }))).toEqual([
      'The schema is silver, not bronze; the table is silver_customers (plural); silver_customer is the task that writes it. Use retailhub_ana.silver.silver_customers.',
    ]);
    expect(problems(7, trig({ table: 'retailhub_ana.silver.bronze_customers' }))).toEqual([
      'The table is silver_customers: the orders pipeline starts when the cleansed customers are updated, not the raw bronze_customers. Use retailhub_ana.silver.silver_customers.',
    ]);
    expect(problems(7, trig({ table: 'other.silver.silver_customers' }))).toEqual(['The catalog is retailhub_ana (your catalog parameter), not other. Use retailhub_ana.silver.silver_customers.']);
    expect(problems(7, trig({ table: '' }))).toEqual(['Enter the table to watch: retailhub_ana.silver.silver_customers.']);
    expect(problems(7, trig({ table: 'a..b' }))[0]).toMatch(/is not a table name of the form catalog.schema.table/);
  });
  it('accepts backticks and upper case (Unity Catalog names are case-insensitive)', () => {
    expect(checkStep(7, trig({ table: '`RetailHub_Ana`.silver.`silver_customers`' })).ok).toBe(true);
  });
  it('rejects a paused trigger', () => {
    expect(problems(7, trig({ paused: true }))).toEqual(['The trigger is paused, so it would never start the job: set its status to Active.']);
  });
});

describe('step 8: Run now', () => {
  const base = doneUpTo(7);
  it('asks for a run, then for a new run after an edit', () => {
    expect(problems(8, base)).toEqual(['Press Enter on Run now to run the customer pipeline.']);
    const ran = apply(base, { type: 'run/record', record: planPipelineRun(base, { startAt: 0, runId: 1 }).record });
    const edited = apply(ran, setTask('orders', 0, { notebook_path: '/Workspace/x/bronze_orders' }));
    expect(problems(8, edited)).toEqual(['You changed the jobs after the last run: press Enter on Run now to run them again.']);
  });
  it('explains a run in which the orders job did not start', () => {
    const s = apply(base, { type: 'trigger/set', job: 'orders', patch: { table: 'silver_customers' } });
    const ran = apply(s, { type: 'run/record', record: planPipelineRun(s, { startAt: 0, runId: 1 }).record });
    expect(problems(8, ran)).toEqual([
      'The orders pipeline did not start. Its trigger watches silver_customers, but the customer pipeline updated retailhub_ana.bronze.bronze_customers, retailhub_ana.silver.silver_customers (step 7).',
    ]);
  });
  it('reports failed runs', () => {
    const s = base;
    const fp = jobsFingerprint(toJobSpecs(s));
    const entry = { jobName: 'x', runId: 1, launched: 'manual' as const, startedAt: 0, durationSeconds: 1 };
    const ran = apply(s, {
      type: 'run/record',
      record: { fingerprint: fp, at: 0, history: [{ ...entry, job: 'orders', result: 'FAILED' }, { ...entry, job: 'customer', result: 'FAILED' }] },
    });
    expect(problems(8, ran)).toEqual(['The customer pipeline run ended FAILED; it has to succeed to update silver_customers.', 'The orders pipeline run ended FAILED.']);
  });
});

describe('message helpers', () => {
  it('firstDifference is 1-based', () => {
    expect(firstDifference('abc', 'abd')).toBe(3);
    expect(firstDifference('ab', 'abc')).toBe(3);
  });
  it('explainValue is silent on an exact match', () => {
    expect(explainValue('x', 'a', 'a', 'n')).toBeUndefined();
    expect(explainTriggerTable(doneUpTo(2), 'retailhub_ana.silver.silver_customers')).toBeUndefined();
  });
});
