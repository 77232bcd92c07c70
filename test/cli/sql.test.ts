// `lakeflow-lab sql`, run as a user or a script would: the built bin, real processes. And the
// promise that DuckDB loads only when a query runs: never at start-up, never for `check`.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { BIN } from '../support/tmux';
import { tempDir } from '../support/temp';
import { displayWidth } from '../../src/text/width';
import { emptyProgress } from '../../src/progress/types';
import { planPipelineRun, serializeBuilderState, workshopReducer } from '../../src/workshop';
import { doneUpTo } from '../workshop/helpers';

const DIST = resolve(__dirname, '../../dist');

function run(args: string[], input = '', extra: string[] = [], home = tempDir('llt-sql-')) {
  const result = spawnSync(process.execPath, [...extra, BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, LAKEFLOW_LAB_HOME: home, NO_COLOR: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const JOB_NAMES = 'SELECT DISTINCT name FROM system.lakeflow.jobs ORDER BY name';

beforeAll(() => buildOnce(), 60_000);

describe('lakeflow-lab sql', () => {
  it('prints rows as a table that fits 80 columns, with a row count', () => {
    const r = run(['sql', JOB_NAMES]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual(['name', '-------------------------', 'demo_customer_pipeline']);
    expect(r.stdout).toContain('(4 rows)');
    const wide = run(['sql', 'SELECT job_id, run_id, result_state, start_time, end_time, period_start_time FROM system.lakeflow.job_run_timeline LIMIT 5']);
    expect(wide.code).toBe(0);
    for (const line of wide.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(wide.stdout).toContain('(5 rows)');
  });

  it('--json prints an array of row objects, --csv a header and rows', () => {
    const json = run(['sql', '--json', "SELECT 1 AS n, 'a,b' AS s, NULL AS z"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([{ n: 1, s: 'a,b', z: null }]);
    const csv = run(['sql', '--csv', "SELECT 1 AS n, 'a,b' AS s, NULL AS z"]);
    expect(csv.stdout).toBe('n,s,z\r\n1,"a,b",\r\n');
  });

  it('reads the query from standard input when none is given', () => {
    const r = run(['sql', '--csv'], `${JOB_NAMES}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\r\n')[1]).toBe('demo_customer_pipeline');
  });

  it('a SQL error is one line on stderr naming the Databricks table, exit 1', () => {
    const r = run(['sql', 'SELECT nope FROM system.lakeflow.job_run_timeline']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^lakeflow-lab: .*nope/);
    const missing = run(['sql', 'SELECT * FROM system.lakeflow.runs']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('system.lakeflow');
    expect(missing.stderr).not.toMatch(/memory\.|"lakeflow"\./);
  });

  it('usage errors exit 2', () => {
    expect(run(['sql', '--csv', '--json', 'SELECT 1']).code).toBe(2);
    expect(run(['sql', '--seed', 'x', 'SELECT 1']).code).toBe(2);
    expect(run(['sql', '--notebook', 'x', 'SELECT 1']).code).toBe(2);
  });

  it("shows the learner's own Run nows from the progress file, under the jobs named from their name", () => {
    let state = doneUpTo(8, 'Zoe');
    const at = Math.floor((Date.now() - 10 * 60_000) / 1000) * 1000;
    const stamp = new Date(at).toISOString().slice(0, 19).replace('T', ' ');
    state = workshopReducer(state, { type: 'run/record', record: planPipelineRun(state, { startAt: at, runId: 1 }).record });
    const home = tempDir('llt-sql-');
    writeFileSync(join(home, 'progress.json'), JSON.stringify({ ...emptyProgress(), workshop: { entries: serializeBuilderState(state), updatedAt: Date.now() } }));
    const r = run(['sql', '--csv', `SELECT run_name, trigger_type, result_state FROM system.lakeflow.job_run_timeline WHERE start_time = TIMESTAMP '${stamp}'`], '', [], home);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('run_name,trigger_type,result_state\r\nzoe_customer_pipeline,ONE_TIME,SUCCEEDED\r\n');
  });

  it('--seed picks another history', () => {
    const q = 'SELECT count(*) AS n FROM system.lakeflow.job_task_run_timeline';
    const a = run(['sql', '--json', '--seed', '1', q]).stdout;
    expect(run(['sql', '--json', '--seed', '1', q]).stdout).toBe(a);
    expect(run(['sql', '--json', '--seed', '2', q]).stdout).not.toBe(a);
  });
});

describe('DuckDB loads only when a query runs', () => {
  /** Every dist file reachable from cli.js through static imports. */
  function staticGraph(): Set<string> {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:^|[;\s}])import\s*(?:[\w${},*\s]+from\s*)?["'](\.[^"']+)["']/g)) {
        visit(resolve(file, '..', m[1] as string));
      }
    };
    visit(join(DIST, 'cli.js'));
    return seen;
  }

  it('the bundle imports @duckdb/node-api only from a lazily loaded chunk', () => {
    const files = [join(DIST, 'cli.js'), ...readdirSync(join(DIST, 'chunks')).map((f) => join(DIST, 'chunks', f))];
    const withDuck = files.filter((f) => readFileSync(f, 'utf8').includes('@duckdb/node-api'));
    expect(withDuck.length).toBeGreaterThan(0);
    const eager = staticGraph();
    expect(eager.size).toBeGreaterThan(1);
    for (const f of withDuck) expect(eager.has(f)).toBe(false);
  });

  // The native library shows in the process's memory map once loaded (Linux).
  const mapsProbe = "--import=data:text/javascript,process.on('exit',()=>{try{if(require('node:fs').readFileSync('/proc/self/maps','utf8').includes('duckdb'))process.stderr.write('DUCKDB-LOADED\\n')}catch{}})".replace(
    'require(',
    "process.getBuiltinModule(",
  );
  const linux = process.platform === 'linux';

  it.skipIf(!linux)('is not loaded by --help or check, and is loaded by sql', () => {
    const help = run(['--help'], '', [mapsProbe]);
    expect(help.code).toBe(0);
    expect(help.stderr).not.toContain('DUCKDB-LOADED');
    const check = run(['check', '7', '--answers', '-'], '["FAILED", "7"]', [mapsProbe]);
    expect(check.code).toBe(0);
    expect(check.stderr).not.toContain('DUCKDB-LOADED');
    const sql = run(['sql', 'SELECT 1'], '', [mapsProbe]);
    expect(sql.code).toBe(0);
    expect(sql.stderr).toContain('DUCKDB-LOADED');
  });
});
