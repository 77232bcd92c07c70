// The four system.lakeflow tables built from a History: their columns (the Databricks reference,
// facts §g, https://docs.databricks.com/aws/en/admin/system-tables/jobs) and their rows. Pure:
// rows are plain values, turned into SQL literals by `insertStatement` for the engine.
//
// Value spellings: result_state SUCCEEDED/FAILED/TIMED_OUT/CANCELLED/SKIPPED (the tables' own, not
// the API's SUCCESS/TIMEDOUT/CANCELED); trigger_type and termination_code from the Jobs API enums
// (TriggerType, TerminationCodeCode). Choices the reference does not settle are marked GUESS.

import { topoOrder } from '../jobs/graph';
import { REFERENCE_CLUSTER_ID } from '../jobs/reference';
import type { RunResult } from '../jobs/simulate';
import { triggersOf } from '../jobs/triggers';
import type { JobSpec, TaskResultState, TaskSpec } from '../jobs/types';
import { HOUR, type History, type HistoryRun, type JobVersion } from './history';

export const ACCOUNT_ID = 'a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const WORKSPACE_ID = '1234567890123456';
/** The shared training cluster (the lab's `<CLUSTER_ID>`) as an id the tables can show. */
export const SHARED_CLUSTER_ID = '1203-081532-retail01';

export type Cell =
  | string
  | number
  | boolean
  | null
  | { ts: number }
  | { list: Cell[] }
  | { map: Record<string, string> }
  | { struct: Record<string, Cell> };

export interface ColumnDef {
  name: string;
  /** DuckDB type. */
  type: string;
  /** What the column holds here, for the SQL screen's table list. */
  doc: string;
}

export interface TableDef {
  name: 'jobs' | 'job_tasks' | 'job_run_timeline' | 'job_task_run_timeline';
  doc: string;
  columns: ColumnDef[];
}

const COMPUTE = 'STRUCT(type VARCHAR, cluster_id VARCHAR, warehouse_id VARCHAR)[]';
const HEALTH = 'STRUCT(metric VARCHAR, op VARCHAR, value BIGINT)[]';
const TRIGGER =
  'STRUCT(pause_status VARCHAR, schedule STRUCT(quartz_cron_expression VARCHAR, timezone_id VARCHAR), table_update STRUCT(table_names VARCHAR[], "condition" VARCHAR), file_arrival STRUCT(url VARCHAR), periodic STRUCT("interval" BIGINT, unit VARCHAR))';

const c = (name: string, type: string, doc: string): ColumnDef => ({ name, type, doc });
const ids = [
  c('account_id', 'VARCHAR', 'the account'),
  c('workspace_id', 'VARCHAR', 'the workspace'),
  c('job_id', 'VARCHAR', 'the job (unique within a workspace)'),
];

export const TABLES: readonly TableDef[] = [
  {
    name: 'jobs',
    doc: 'SCD2: one row per version of a job; latest per job: QUALIFY ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) = 1',
    columns: [
      ...ids,
      c('name', 'VARCHAR', 'job name'),
      c('description', 'VARCHAR', 'job description'),
      c('creator_id', 'VARCHAR', 'who created the job'),
      c('tags', 'MAP(VARCHAR, VARCHAR)', 'custom tags'),
      c('change_time', 'TIMESTAMP', 'when this version was written (UTC)'),
      c('delete_time', 'TIMESTAMP', 'when the job was deleted (UTC), else NULL'),
      c('run_as', 'VARCHAR', 'the identity runs use'),
      c('trigger', TRIGGER, 'trigger settings'),
      c('trigger_type', 'VARCHAR', 'CRON, TABLE, FILE_ARRIVAL, PERIODIC, CONTINUOUS or NULL (manual)'),
      c('run_as_user_name', 'VARCHAR', 'the run-as user'),
      c('creator_user_name', 'VARCHAR', 'the creator'),
      c('paused', 'BOOLEAN', 'the trigger is paused'),
      c('timeout_seconds', 'BIGINT', 'job timeout (0: none)'),
      c('health_rules', HEALTH, 'health rules'),
      c('deployment', 'STRUCT(kind VARCHAR, metadata_file_path VARCHAR)', 'how the job was deployed'),
      c('create_time', 'TIMESTAMP', 'when the job was created (UTC)'),
    ],
  },
  {
    name: 'job_tasks',
    doc: 'SCD2: one row per version of a task',
    columns: [
      ...ids,
      c('task_key', 'VARCHAR', 'the task'),
      c('depends_on_keys', 'VARCHAR[]', 'task keys it depends on'),
      c('change_time', 'TIMESTAMP', 'when this version was written (UTC)'),
      c('delete_time', 'TIMESTAMP', 'when the task was deleted (UTC), else NULL'),
      c('timeout_seconds', 'BIGINT', 'task timeout (0: none)'),
      c('health_rules', HEALTH, 'health rules'),
    ],
  },
  {
    name: 'job_run_timeline',
    doc: 'one row per hourly slice of a job run; result_state only on the row that ends the run (or a repair of it)',
    columns: [
      ...ids,
      c('run_id', 'VARCHAR', 'the job run'),
      c('period_start_time', 'TIMESTAMP', 'start of this slice (UTC)'),
      c('period_end_time', 'TIMESTAMP', 'end of this slice (UTC)'),
      c('trigger_type', 'VARCHAR', 'PERIODIC, ONE_TIME, TABLE, FILE_ARRIVAL, CONTINUOUS'),
      c('run_type', 'VARCHAR', 'JOB_RUN, WORKFLOW_RUN or SUBMIT_RUN'),
      c('run_name', 'VARCHAR', 'run name'),
      c('compute_ids', 'VARCHAR[]', 'clusters used'),
      c('result_state', 'VARCHAR', 'SUCCEEDED, FAILED, TIMED_OUT, CANCELLED; NULL until the last slice'),
      c('termination_code', 'VARCHAR', 'SUCCESS, RUN_EXECUTION_ERROR, CANCELED, ...; last slice only'),
      c('job_parameters', 'MAP(VARCHAR, VARCHAR)', 'job parameters of the run'),
      c('source_task_run_id', 'VARCHAR', 'the Run Job task that started it, else NULL'),
      c('root_task_run_id', 'VARCHAR', 'the root Run Job task, else NULL'),
      c('compute', COMPUTE, 'compute used'),
      c('termination_type', 'VARCHAR', 'SUCCESS or CLIENT_ERROR; last slice only'),
      c('setup_duration_seconds', 'BIGINT', 'last slice only'),
      c('queue_duration_seconds', 'BIGINT', 'last slice only'),
      c('run_duration_seconds', 'BIGINT', 'whole run or repair; last slice only'),
      c('cleanup_duration_seconds', 'BIGINT', 'last slice only'),
      c('execution_duration_seconds', 'BIGINT', 'last slice only'),
      c('start_time', 'TIMESTAMP', "the lab's simplified column: start of the run (or repair); not in the real table"),
      c('end_time', 'TIMESTAMP', "the lab's simplified column: end of the run (or repair); not in the real table"),
    ],
  },
  {
    name: 'job_task_run_timeline',
    doc: 'one row per hourly slice of a task run (each retry is a new task run); result_state only on the last slice',
    columns: [
      ...ids,
      c('run_id', 'VARCHAR', 'the task run'),
      c('job_run_id', 'VARCHAR', 'the job run it belongs to'),
      c('parent_run_id', 'VARCHAR', 'the parent run'),
      c('period_start_time', 'TIMESTAMP', 'start of this slice (UTC)'),
      c('period_end_time', 'TIMESTAMP', 'end of this slice (UTC)'),
      c('task_key', 'VARCHAR', 'the task'),
      c('compute_ids', 'VARCHAR[]', 'clusters used'),
      c('result_state', 'VARCHAR', 'SUCCEEDED, FAILED, TIMED_OUT, CANCELLED, SKIPPED; last slice only'),
      c('termination_code', 'VARCHAR', 'last slice only'),
      c('compute', COMPUTE, 'compute used'),
      c('termination_type', 'VARCHAR', 'last slice only'),
      c('task_parameters', 'MAP(VARCHAR, VARCHAR)', 'task parameters'),
      c('setup_duration_seconds', 'BIGINT', 'last slice only'),
      c('cleanup_duration_seconds', 'BIGINT', 'last slice only'),
      c('execution_duration_seconds', 'BIGINT', 'last slice only'),
      c('start_time', 'TIMESTAMP', "the lab's simplified column: start of the task run; not in the real table"),
      c('end_time', 'TIMESTAMP', "the lab's simplified column: end of the task run; not in the real table"),
    ],
  },
];

export type Row = Record<string, Cell>;

/** A DuckDB column type as Databricks names it (DESCRIBE): string, bigint, array<string>, struct<a:string>... */
export function sparkType(duck: string): string {
  const t = duck.trim();
  if (t.endsWith('[]')) return `array<${sparkType(t.slice(0, -2))}>`;
  const m = /^(MAP|STRUCT)\((.*)\)$/s.exec(t);
  if (m) {
    const parts = splitTopLevel(m[2] as string);
    if (m[1] === 'MAP') return `map<${parts.map(sparkType).join(',')}>`;
    return `struct<${parts
      .map((p) => {
        const f = /^"?([^"\s]+)"?\s+(.*)$/s.exec(p.trim()) as RegExpExecArray;
        return `${f[1]}:${sparkType(f[2] as string)}`;
      })
      .join(',')}>`;
  }
  const simple: Record<string, string> = { VARCHAR: 'string', BIGINT: 'bigint', INTEGER: 'int', BOOLEAN: 'boolean', TIMESTAMP: 'timestamp', DATE: 'date', DOUBLE: 'double' };
  return simple[t] ?? t.toLowerCase();
}

function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (cur.trim() !== '') out.push(cur);
  return out;
}

// ---- slicing -------------------------------------------------------------------------------

/**
 * A run from `start` to `end` (epoch ms) as hourly slices. GUESS: slices end on clock hours (the
 * reference says "hourly slices" without saying where they are cut). A run of zero length is one
 * slice.
 */
export function hourlySlices(start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  while (true) {
    const nextHour = (Math.floor(from / HOUR) + 1) * HOUR;
    if (end <= nextHour) {
      out.push([from, end]);
      return out;
    }
    out.push([from, nextHour]);
    from = nextHour;
  }
}

// ---- states --------------------------------------------------------------------------------

export interface Ending {
  result_state: string;
  termination_code: string;
  termination_type: string;
}

/**
 * A job run's (or repair's) ending. GUESS for TIMED_OUT: the simulator says FAILED for a run whose
 * only unsuccessful tasks timed out; the run is reported TIMED_OUT then, with termination_code
 * CANCELED ("canceled during execution by the platform; for example, if the maximum run duration
 * was exceeded", API TerminationCodeCode).
 */
export function jobEnding(run: RunResult): Ending {
  const states = Object.values(run.tasks).map((t) => t.state);
  switch (run.result) {
    case 'SUCCESS':
      return { result_state: 'SUCCEEDED', termination_code: 'SUCCESS', termination_type: 'SUCCESS' };
    case 'SUCCESS_WITH_FAILURES':
      return { result_state: 'SUCCEEDED', termination_code: 'SUCCESS_WITH_FAILURES', termination_type: 'SUCCESS' };
    case 'CANCELED':
      return { result_state: 'CANCELLED', termination_code: 'USER_CANCELED', termination_type: 'SUCCESS' };
    case 'FAILED':
      if (states.includes('TIMEDOUT') && !states.includes('FAILED')) return { result_state: 'TIMED_OUT', termination_code: 'CANCELED', termination_type: 'CLIENT_ERROR' };
      return { result_state: 'FAILED', termination_code: 'RUN_EXECUTION_ERROR', termination_type: 'CLIENT_ERROR' };
  }
}

/** One task attempt's or skipped task's ending. */
export function taskEnding(state: TaskResultState): Ending {
  switch (state) {
    case 'SUCCESS':
      return { result_state: 'SUCCEEDED', termination_code: 'SUCCESS', termination_type: 'SUCCESS' };
    case 'FAILED':
      return { result_state: 'FAILED', termination_code: 'RUN_EXECUTION_ERROR', termination_type: 'CLIENT_ERROR' };
    case 'TIMEDOUT':
      return { result_state: 'TIMED_OUT', termination_code: 'CANCELED', termination_type: 'CLIENT_ERROR' };
    case 'CANCELED':
      return { result_state: 'CANCELLED', termination_code: 'USER_CANCELED', termination_type: 'SUCCESS' };
    case 'DISABLED':
      return { result_state: 'SKIPPED', termination_code: 'DISABLED', termination_type: 'SUCCESS' };
    default:
      // Upstream failed/canceled and excluded tasks never ran: "SKIPPED: Run was never executed".
      return { result_state: 'SKIPPED', termination_code: 'SKIPPED', termination_type: 'SUCCESS' };
  }
}

// ---- rows ----------------------------------------------------------------------------------

function computeOf(task: TaskSpec, runId: string): { ids: string[]; compute: Cell } {
  switch (task.compute.kind) {
    case 'existing_cluster': {
      const id = task.compute.id === REFERENCE_CLUSTER_ID || task.compute.id === '' ? SHARED_CLUSTER_ID : task.compute.id;
      return { ids: [id], compute: { list: [{ struct: { type: 'CLASSIC', cluster_id: id, warehouse_id: null } }] } };
    }
    case 'job_cluster': {
      const id = `${runId.slice(-6)}-job-${task.compute.key}`;
      return { ids: [id], compute: { list: [{ struct: { type: 'CLASSIC', cluster_id: id, warehouse_id: null } }] } };
    }
    case 'serverless':
      return { ids: [], compute: { list: [{ struct: { type: 'SERVERLESS', cluster_id: null, warehouse_id: null } }] } };
  }
}

function jobCompute(spec: JobSpec, runId: string): { ids: string[]; compute: Cell } {
  const ids: string[] = [];
  const list: Cell[] = [];
  for (const t of spec.tasks) {
    const c = computeOf(t, runId);
    const key = JSON.stringify(c.compute);
    if (!list.some((x) => JSON.stringify({ list: [x] }) === key)) list.push(...(c.compute as { list: Cell[] }).list);
    for (const id of c.ids) if (!ids.includes(id)) ids.push(id);
  }
  return { ids, compute: { list } };
}

const parameters = (spec: JobSpec): Cell => ({ map: Object.fromEntries(spec.parameters.map((p) => [p.name, p.default])) });

/** The run's segments: the original run, then its repair (same run_id). */
export function runSegments(r: HistoryRun): Array<{ start: number; run: RunResult; repair: boolean }> {
  const out = [{ start: r.start, run: r.run, repair: false }];
  if (r.repair) out.push({ start: r.repair.start, run: r.repair.run, repair: true });
  return out;
}

export function jobRunRows(r: HistoryRun): Row[] {
  const rows: Row[] = [];
  const { ids: computeIds, compute } = jobCompute(r.spec, r.runId);
  for (const seg of runSegments(r)) {
    const end = seg.start + seg.run.duration * 1000;
    const slices = hourlySlices(seg.start, end);
    const ending = jobEnding(seg.run);
    slices.forEach(([from, to], i) => {
      const last = i === slices.length - 1;
      rows.push({
        account_id: ACCOUNT_ID,
        workspace_id: WORKSPACE_ID,
        job_id: r.jobId,
        run_id: r.runId,
        period_start_time: { ts: from },
        period_end_time: { ts: to },
        // GUESS: a repair keeps the run's trigger_type (it is the same run).
        trigger_type: r.trigger,
        run_type: 'JOB_RUN',
        run_name: r.spec.name,
        compute_ids: { list: computeIds },
        result_state: last ? ending.result_state : null,
        termination_code: last ? ending.termination_code : null,
        job_parameters: parameters(r.spec),
        source_task_run_id: null,
        root_task_run_id: null,
        compute,
        termination_type: last ? ending.termination_type : null,
        setup_duration_seconds: last ? 0 : null,
        queue_duration_seconds: last ? 0 : null,
        run_duration_seconds: last ? seg.run.duration : null,
        cleanup_duration_seconds: last ? 0 : null,
        execution_duration_seconds: last ? seg.run.duration : null,
        start_time: { ts: seg.start },
        end_time: { ts: end },
      });
    });
  }
  return rows;
}

/**
 * Task runs: every attempt of a task that ran is its own task run (a retry gets a new run_id);
 * tasks skipped by their run_if get one zero-length SKIPPED row; tasks a repair kept get none.
 * Task run ids follow the job run id.
 */
export function taskRunRows(r: HistoryRun): Row[] {
  const rows: Row[] = [];
  const byKey = new Map(r.spec.tasks.map((t) => [t.task_key, t]));
  let n = 0;
  const nextId = (): string => String(BigInt(r.runId) + BigInt(++n));
  for (const seg of runSegments(r)) {
    for (const key of topoOrder(r.spec)) {
      const t = seg.run.tasks[key];
      const spec = byKey.get(key);
      if (!t || !spec || t.kept) continue;
      const pieces = t.ran
        ? t.attempts.map((a) => ({ from: seg.start + a.start * 1000, to: seg.start + a.end * 1000, ending: taskEnding(a.result) }))
        : [{ from: seg.start + t.ready * 1000, to: seg.start + t.ready * 1000, ending: taskEnding(t.state) }];
      for (const p of pieces) {
        const id = nextId();
        const { ids: computeIds, compute } = computeOf(spec, r.runId);
        const slices = hourlySlices(p.from, p.to);
        slices.forEach(([from, to], i) => {
          const last = i === slices.length - 1;
          rows.push({
            account_id: ACCOUNT_ID,
            workspace_id: WORKSPACE_ID,
            job_id: r.jobId,
            run_id: id,
            job_run_id: r.runId,
            parent_run_id: r.runId,
            period_start_time: { ts: from },
            period_end_time: { ts: to },
            task_key: key,
            compute_ids: { list: computeIds },
            result_state: last ? p.ending.result_state : null,
            termination_code: last ? p.ending.termination_code : null,
            compute,
            termination_type: last ? p.ending.termination_type : null,
            task_parameters: { map: {} },
            setup_duration_seconds: last ? 0 : null,
            cleanup_duration_seconds: last ? 0 : null,
            execution_duration_seconds: last ? Math.round((p.to - p.from) / 1000) : null,
            start_time: { ts: p.from },
            end_time: { ts: p.to },
          });
        });
      }
    }
  }
  return rows;
}

/** GUESS: the jobs table's trigger_type spellings (the reference names the column, not its values). */
function jobTriggerType(spec: JobSpec): string | null {
  const t = triggersOf(spec)[0];
  if (!t) return null;
  switch (t.kind) {
    case 'schedule':
      return 'CRON';
    case 'table_update':
      return 'TABLE';
    case 'file_arrival':
      return 'FILE_ARRIVAL';
    case 'periodic':
      return 'PERIODIC';
    case 'continuous':
      return 'CONTINUOUS';
  }
}

function triggerStruct(spec: JobSpec): Cell {
  const t = triggersOf(spec)[0];
  if (!t) return null;
  const none = { schedule: null, table_update: null, file_arrival: null, periodic: null };
  const pause = { pause_status: t.paused === true ? 'PAUSED' : 'UNPAUSED' };
  switch (t.kind) {
    case 'schedule':
      return { struct: { ...pause, ...none, schedule: { struct: { quartz_cron_expression: t.quartz_cron_expression, timezone_id: t.timezone_id } } } };
    case 'table_update':
      return { struct: { ...pause, ...none, table_update: { struct: { table_names: { list: t.table_names }, condition: t.condition ?? 'ANY_UPDATED' } } } };
    case 'file_arrival':
      return { struct: { ...pause, ...none, file_arrival: { struct: { url: t.url } } } };
    case 'periodic':
      return { struct: { ...pause, ...none, periodic: { struct: { interval: t.interval, unit: t.unit } } } };
    case 'continuous':
      return { struct: { ...pause, ...none } };
  }
}

const CREATOR_ID = '5829104736251840';

export function jobRows(versions: readonly JobVersion[], slug: string): Row[] {
  const user = `${slug}@retailhub.example.com`;
  return versions.map((v) => {
    const trigger = triggersOf(v.spec)[0];
    return {
      account_id: ACCOUNT_ID,
      workspace_id: WORKSPACE_ID,
      job_id: v.jobId,
      name: v.spec.name,
      description: null,
      creator_id: CREATOR_ID,
      tags: { map: { team: 'retailhub' } },
      change_time: { ts: v.changeTime },
      delete_time: v.deleteTime === null ? null : { ts: v.deleteTime },
      run_as: CREATOR_ID,
      trigger: triggerStruct(v.spec),
      trigger_type: jobTriggerType(v.spec),
      run_as_user_name: user,
      creator_user_name: user,
      paused: trigger ? trigger.paused === true : false,
      timeout_seconds: 0,
      health_rules: { list: [] },
      deployment: null,
      create_time: { ts: v.createTime },
    };
  });
}

/** job_tasks: a row when a task first appears, when its dependencies or timeout change, and when it (or its job) is deleted. */
export function jobTaskRows(versions: readonly JobVersion[]): Row[] {
  const rows: Row[] = [];
  const last = new Map<string, Map<string, string>>();
  const sorted = [...versions].sort((a, b) => a.changeTime - b.changeTime);
  const row = (v: JobVersion, t: TaskSpec, deleted: number | null): Row => ({
    account_id: ACCOUNT_ID,
    workspace_id: WORKSPACE_ID,
    job_id: v.jobId,
    task_key: t.task_key,
    depends_on_keys: { list: [...t.depends_on] },
    change_time: { ts: deleted ?? v.changeTime },
    delete_time: deleted === null ? null : { ts: deleted },
    timeout_seconds: t.timeout_seconds ?? 0,
    health_rules: { list: [] },
  });
  for (const v of sorted) {
    const seen = last.get(v.jobId) ?? new Map<string, string>();
    const previous = new Map(seen);
    const now = new Map<string, string>();
    for (const t of v.spec.tasks) {
      const sig = JSON.stringify([t.depends_on, t.timeout_seconds ?? 0]);
      now.set(t.task_key, sig);
      if (v.deleteTime !== null) rows.push(row(v, t, v.deleteTime));
      else if (previous.get(t.task_key) !== sig) rows.push(row(v, t, null));
    }
    if (v.deleteTime === null) {
      for (const key of previous.keys()) {
        if (!now.has(key)) rows.push({ ...row(v, { task_key: key, depends_on: [] } as unknown as TaskSpec, v.changeTime) });
      }
    }
    last.set(v.jobId, now);
  }
  return rows;
}

/** Every table's rows for a history. */
export function tableRows(history: History): Record<TableDef['name'], Row[]> {
  return {
    jobs: jobRows(history.versions, history.slug),
    job_tasks: jobTaskRows(history.versions),
    job_run_timeline: history.runs.flatMap(jobRunRows),
    job_task_run_timeline: history.runs.flatMap(taskRunRows),
  };
}

// ---- SQL literals ----------------------------------------------------------------------------

function stamp(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

export function literal(cell: Cell): string {
  if (cell === null) return 'NULL';
  if (typeof cell === 'string') return quote(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'true' : 'false';
  if ('ts' in cell) return `TIMESTAMP '${stamp(cell.ts)}'`;
  if ('list' in cell) return `[${cell.list.map(literal).join(', ')}]`;
  if ('map' in cell) return `MAP {${Object.entries(cell.map).map(([k, v]) => `${quote(k)}: ${quote(v)}`).join(', ')}}`;
  return `{${Object.entries(cell.struct).map(([k, v]) => `${quote(k)}: ${literal(v)}`).join(', ')}}`;
}

export function createStatement(table: TableDef, schema: string): string {
  return `CREATE TABLE ${schema}.${table.name} (${table.columns.map((col) => `"${col.name}" ${col.type}`).join(', ')})`;
}

/** One INSERT for all rows of a table (one round trip), or undefined when there are none. */
export function insertStatement(table: TableDef, schema: string, rows: readonly Row[]): string | undefined {
  if (rows.length === 0) return undefined;
  const values = rows.map((row) => `(${table.columns.map((col) => literal(row[col.name] ?? null)).join(', ')})`);
  return `INSERT INTO ${schema}.${table.name} VALUES ${values.join(',\n')}`;
}
