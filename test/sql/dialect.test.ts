// Spark SQL as the lab and the docs write it: each form runs on the engine with Spark's meaning,
// or is refused with a message naming the Spark form. One DuckDB instance for the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSystemTables, type SystemTables } from '../../src/sql/index';
import { publicMessage, tokenize, translate } from '../../src/sql/dialect';
import { openEngine } from '../../src/sql/engine';
import { SqlError } from '../../src/sql/types';

const NOW = Date.UTC(2026, 11, 3, 8, 30, 15);
let db: SystemTables;

beforeAll(async () => {
  db = await openSystemTables({ seed: 5, now: NOW });
});
afterAll(async () => {
  await db.close();
});

const one = async (expr: string): Promise<unknown> => (await db.query(`SELECT ${expr} AS v`)).rows[0]?.[0];

async function refusal(sql: string): Promise<string> {
  try {
    await db.query(sql);
  } catch (error) {
    expect(error).toBeInstanceOf(SqlError);
    return (error as Error).message;
  }
  throw new Error(`no error for: ${sql}`);
}

describe('the tokenizer', () => {
  it('keeps strings, backticked names and comments whole', () => {
    const kinds = tokenize("SELECT 'it''s -- no', `a b`, \"x\" /* c, 'd' */ -- e\nFROM t").filter((t) => t.kind !== 'space');
    expect(kinds.map((t) => [t.kind, t.value ?? t.text])).toEqual([
      ['word', 'SELECT'], ['string', "it's -- no"], ['punct', ','], ['quoted', 'a b'], ['punct', ','], ['string', 'x'],
      ['comment', "/* c, 'd' */"], ['comment', '-- e'], ['word', 'FROM'], ['word', 't'],
    ]);
  });

  it('never rewrites inside strings or comments', () => {
    const { sql } = translate("SELECT 'system.lakeflow.jobs current_date()' -- date_sub(x, 1)\nFROM system.lakeflow.jobs");
    expect(sql).toContain("'system.lakeflow.jobs current_date()'");
    expect(sql).toContain('-- date_sub(x, 1)');
    expect(sql).toContain('FROM lakeflow.jobs');
  });

  it('says which quote is not closed', () => {
    expect(() => translate("SELECT 'open")).toThrow(/string starting with ' is not closed/);
    expect(() => translate('SELECT `open')).toThrow(/in backticks is not closed/);
    expect(() => translate('SELECT 1 /* open')).toThrow(/comment is not closed/);
  });
});

describe('names', () => {
  it('reads system.lakeflow.<table> in any case and with backticks', async () => {
    for (const name of ['system.lakeflow.jobs', 'SYSTEM.LAKEFLOW.JOBS', '`system`.`lakeflow`.`jobs`', 'system.workflow.jobs']) {
      expect((await db.query(`SELECT count(*) FROM ${name}`)).rows[0]?.[0]).toBe(9);
    }
  });

  it('names the tables as Databricks does in messages, never the internal schema', async () => {
    const message = await refusal('SELECT nope FROM system.lakeflow.job_run_timeline');
    expect(message).toMatch(/nope/);
    expect(await refusal('SELECT * FROM system.lakeflow.job_runs')).toMatch(/job_runs/);
    expect(publicMessage('Catalog Error: Table with name lakeflow.x does not exist!\nLINE 1: ...')).toBe('Catalog Error: Table with name system.lakeflow.x does not exist!');
    expect(await refusal('SELECT * FROM system.billing.usage')).toMatch(/system\.lakeflow.*not system\.billing/);
  });

  it('reads backticked column names', async () => {
    expect((await db.query('SELECT `job_id` FROM system.lakeflow.jobs LIMIT 1')).columns[0]?.name).toBe('job_id');
  });
});

describe('dates and times as Spark SQL writes them', () => {
  it('freezes current_date() and current_timestamp() to the history\'s now, with and without parentheses', async () => {
    expect(await one('current_date()')).toBe('2026-12-03');
    expect(await one('current_date')).toBe('2026-12-03');
    expect(await one('current_timestamp()')).toBe('2026-12-03 08:30:15');
    expect(await one('now()')).toBe('2026-12-03 08:30:15');
    expect((await db.query('SELECT current_date()')).columns[0]?.name).toBe('current_date()');
  });

  it('current_date() - INTERVAL 7 DAYS is a DATE, as in Spark', async () => {
    const r = await db.query('SELECT current_date() - INTERVAL 7 DAYS AS d, current_date + INTERVAL 1 WEEK AS w');
    expect(r.rows).toEqual([['2026-11-26', '2026-12-10']]);
    expect(r.columns.map((c) => c.type)).toEqual(['DATE', 'DATE']);
    // Hours make it a timestamp, as in Spark.
    expect(await one('current_date() - INTERVAL 1 DAY 2 HOURS')).toBe('2026-12-01 22:00:00');
  });

  it('INTERVAL n DAYS (and other units, several units, the ANSI form) moves dates and timestamps', async () => {
    expect(await one("CAST(current_date() - INTERVAL 7 DAYS AS DATE)")).toBe('2026-11-26');
    expect(await one("CAST(current_date() - INTERVAL '7' DAY AS DATE)")).toBe('2026-11-26');
    expect(await one('current_timestamp() - INTERVAL 1 DAY 2 HOURS')).toBe('2026-12-02 06:30:15');
    expect(await one('current_timestamp() + INTERVAL 1 WEEK')).toBe('2026-12-10 08:30:15');
    expect(await one("current_timestamp() - INTERVAL '3 hours'")).toBe('2026-12-03 05:30:15');
  });

  it('date_sub/date_add(date, n) count days as in Spark', async () => {
    expect(await one('date_sub(current_date(), 7)')).toBe('2026-11-26');
    expect(await one("date_add('2026-02-27', 2)")).toBe('2026-03-01');
    expect((await db.query('SELECT date_sub(current_date(), 7)')).columns[0]?.name).toBe('date_sub(current_date(), 7)');
    expect(await refusal('SELECT date_sub(current_date())')).toMatch(/date_sub\(date, days\) takes two arguments/);
  });

  it("datediff(end, start) is Spark's whole days; the unit form works too", async () => {
    expect(await one("datediff('2026-12-03', '2026-11-26')")).toBe(7);
    expect(await one("datediff(DAY, DATE '2026-11-26', DATE '2026-12-03')")).toBe(7);
  });

  it("SUM(period_end_time - period_start_time), the docs' duration per run, sums the intervals", async () => {
    const r = await db.query(
      'SELECT run_id, SUM(period_end_time - period_start_time) AS d, max(run_duration_seconds) AS s FROM system.lakeflow.job_run_timeline GROUP BY run_id HAVING count(*) = 1 ORDER BY s DESC LIMIT 1',
    );
    const seconds = r.rows[0]?.[2] as number;
    const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
    expect(r.rows[0]?.[1]).toBe(hms);
    expect((await db.query('SELECT sum(x) FROM (VALUES (1), (2)) t(x)')).rows).toEqual([[3]]);
    const seconds2 = await db.query('SELECT sum(unix_timestamp(end_time) - unix_timestamp(start_time)) FROM system.lakeflow.job_run_timeline');
    expect(typeof seconds2.rows[0]?.[0]).toBe('number');
  });

  it("CAST(SUM(period_end_time - period_start_time) AS LONG), the docs' form, is the run's seconds as Spark gives them", async () => {
    const r = await db.query(
      `SELECT run_id, CAST(SUM(period_end_time - period_start_time) AS LONG) AS d,
         SUM(unix_timestamp(period_end_time) - unix_timestamp(period_start_time)) AS u
       FROM system.lakeflow.job_run_timeline GROUP BY run_id`,
    );
    expect(r.rows.length).toBeGreaterThan(10);
    for (const row of r.rows) expect(row[1]).toBe(row[2]);
    expect(r.rows.some((row) => (row[1] as number) > 3600)).toBe(true);
    // One slice, BIGINT/INT spellings, extra brackets: Spark truncates to whole seconds (DAY TO SECOND ends in SECOND).
    expect(await one("CAST((TIMESTAMP '2026-12-03 10:00:01.9' - TIMESTAMP '2026-12-03 10:00:00') AS BIGINT)")).toBe(1);
    expect(await one("CAST(TIMESTAMP '2026-12-03 12:00:00' - TIMESTAMP '2026-12-03 10:00:00' AS INT)")).toBe(7200);
  });

  it('to_date, date_trunc, unix_timestamp, timestampdiff', async () => {
    expect(await one("to_date('2026-11-05 10:00:00')")).toBe('2026-11-05');
    expect(await one("date_trunc('HOUR', TIMESTAMP '2026-11-05 10:42:00')")).toBe('2026-11-05 10:00:00');
    expect(await one("unix_timestamp(TIMESTAMP '1970-01-02 00:00:00')")).toBe(86400);
    expect(await one("timestampdiff(MINUTE, TIMESTAMP '2026-11-05 10:00:00', TIMESTAMP '2026-11-05 11:30:00')")).toBe(90);
  });
});

describe('more Spark forms', () => {
  it('array[0] is the first element, as in Spark; list literals are left alone', async () => {
    expect(await one("(['a', 'b'])[0]")).toBe('a');
    expect(await one("CASE WHEN true THEN [0] ELSE [1] END")).toBe('[0]');
    const r = await db.query("SELECT compute_ids[0] AS first FROM system.lakeflow.job_run_timeline WHERE job_id = '684213977150412' LIMIT 1");
    expect(r.rows[0]?.[0]).toBe('1203-081532-retail01');
    expect(r.notes.join(' ')).toMatch(/count from 0/);
  });

  it("date_format and to_date read Spark's datetime patterns", async () => {
    expect(await one("date_format(TIMESTAMP '2026-11-05 07:08:09', 'yyyy-MM-dd HH:mm')")).toBe('2026-11-05 07:08');
    expect(await one("date_format(DATE '2026-11-05', 'EEE d MMM yyyy')")).toBe('Thu 5 Nov 2026');
    expect(await one("to_date('05/11/2026', 'dd/MM/yyyy')")).toBe('2026-11-05');
    expect(await refusal("SELECT date_format(current_date(), 'QQQ')")).toMatch(/pattern letters 'QQQ'/);
  });

  it("functions Spark has and DuckDB spells or counts differently", async () => {
    expect(await one('array(1, 2)')).toBe('[1,2]');
    expect(await one('try_divide(1, 0)')).toBeNull();
    expect(await one("dayofweek(DATE '2026-11-01')")).toBe(1); // a Sunday
    expect(await one("weekday(DATE '2026-11-02')")).toBe(0); // a Monday
    expect(await one('from_unixtime(86400)')).toBe('1970-01-02 00:00:00');
    expect(await one('timestamp_seconds(60)')).toBe('1970-01-01 00:01:00');
    expect(await one("add_months(DATE '2026-01-31', 1)")).toBe('2026-02-28');
    expect(await one("int('3') + bigint('4')")).toBe(7);
    expect(await one("date('2026-11-05 10:00:00')")).toBe('2026-11-05');
    expect(await one("element_at(array('a', 'b'), 1)")).toBe('a');
    expect(await one("element_at(MAP {'k': 'v'}, 'k')")).toBe('v');
    expect(await one("date_diff(DAY, DATE '2026-01-01', DATE '2026-01-05')")).toBe(4);
    expect((await db.query("SELECT dayofweek(DATE '2026-11-01')")).columns[0]?.name).toMatch(/^dayofweek\(/);
  });

  it('explode, array_join, size', async () => {
    expect((await db.query("SELECT explode(['a', 'b']) AS x")).rows).toEqual([['a'], ['b']]);
    expect(await one("array_join(['a', 'b'], '-')")).toBe('a-b');
    expect(await one("size(['a', 'b'])")).toBe(2);
  });

  it('DESCRIBE prints col_name, data_type and comment with Spark type names', async () => {
    const r = await db.query('DESCRIBE system.lakeflow.job_run_timeline');
    expect(r.columns.map((c) => c.name)).toEqual(['col_name', 'data_type', 'comment']);
    const types = Object.fromEntries(r.rows.map((row) => [row[0], row[1]]));
    expect(types).toMatchObject({ run_id: 'string', period_start_time: 'timestamp', compute_ids: 'array<string>', job_parameters: 'map<string,string>', run_duration_seconds: 'bigint' });
    expect(types.compute).toBe('array<struct<type:string,cluster_id:string,warehouse_id:string>>');
    expect(await refusal('DESCRIBE TABLE system.lakeflow.runs')).toMatch(/TABLE_OR_VIEW_NOT_FOUND.*system\.lakeflow\.runs/);
  });
});

describe('strings compare case-sensitively, as in Databricks (UTF8_BINARY)', () => {
  it("'failed' finds no run, 'FAILED' does; double quotes are strings as in Spark", async () => {
    const count = async (where: string): Promise<unknown> => (await db.query(`SELECT count(*) FROM system.lakeflow.job_run_timeline WHERE ${where}`)).rows[0]?.[0];
    expect(await count("result_state = 'failed'")).toBe(0);
    expect(await count("result_state = 'FAILED'")).toBeGreaterThan(0);
    expect(await count('result_state = "FAILED"')).toBe(await count("result_state = 'FAILED'"));
  });
});

describe('notes on spellings that match nothing', () => {
  it("say why 'failed' and 'SUCCESS' find no runs, and leave the query as written", async () => {
    const lower = await db.query("SELECT count(*) FROM system.lakeflow.job_run_timeline WHERE result_state = 'failed'");
    expect(lower.rows[0]?.[0]).toBe(0);
    expect(lower.notes).toEqual(["result_state = 'failed' matches nothing: values are upper case ('FAILED') and comparisons are case-sensitive, as on Databricks."]);
    expect((await db.query("SELECT 1 FROM system.lakeflow.job_run_timeline r WHERE 'SUCCESS' = r.result_state")).notes.join(' ')).toMatch(/spelled 'SUCCEEDED'/);
    expect((await db.query("SELECT 1 FROM system.lakeflow.job_run_timeline WHERE trigger_type NOT IN ('table', 'PERIODIC')")).notes.join(' ')).toMatch(/'TABLE'/);
    expect((await db.query("SELECT 1 FROM system.lakeflow.job_run_timeline WHERE result_state = 'FAILED'")).notes).toEqual([]);
    expect((await db.query("SELECT 'failed' AS result_state")).notes).toEqual([]);
  });
});

describe('QUALIFY and window functions', () => {
  it('the docs\' latest-row-per-job query returns one row per job', async () => {
    const r = await db.query('SELECT *, ROW_NUMBER() OVER (PARTITION BY workspace_id, job_id ORDER BY change_time DESC) AS rn FROM system.lakeflow.jobs QUALIFY rn = 1');
    expect(r.rows).toHaveLength(4);
  });
});

describe('what cannot run here', () => {
  it.each([
    ['SELECT * FROM system.lakeflow.jobs LATERAL VIEW explode(tags) t', /LATERAL VIEW/],
    ['SELECT * FROM system.lakeflow.jobs DISTRIBUTE BY job_id', /DISTRIBUTE BY/],
    ["SELECT * FROM system.lakeflow.jobs WHERE name RLIKE 'demo'", /RLIKE.*regexp_matches/],
    ['DROP TABLE system.lakeflow.jobs', /DROP: system tables are read-only/],
    ["INSERT INTO system.lakeflow.jobs VALUES (1)", /read-only/],
    ['SELECT 1; SELECT 2', /One statement at a time/],
    ['', /empty/],
  ])('%s', async (sql, message) => {
    expect(await refusal(sql)).toMatch(message);
  });

  it('reads no files and installs nothing', async () => {
    expect(await refusal("SELECT * FROM read_csv('/etc/passwd')")).toMatch(/disabled|external access/i);
    expect(await refusal("SELECT * FROM 'https://example.com/x.parquet'")).toMatch(/./);
  });

  it('keeps working after a refused query, with a trailing semicolon allowed', async () => {
    expect((await db.query('SELECT count(*) FROM system.lakeflow.jobs;')).rows[0]?.[0]).toBe(9);
  });
});

describe('notes', () => {
  it("say what the lab's start_time/end_time are called on Databricks", async () => {
    const r = await db.query('SELECT start_time FROM system.lakeflow.job_run_timeline LIMIT 1');
    expect(r.notes.join(' ')).toMatch(/period_start_time/);
    expect((await db.query('SELECT period_start_time FROM system.lakeflow.job_run_timeline LIMIT 1')).notes).toEqual([]);
  });

  it('DESCRIBE TABLE and SHOW TABLES IN system.lakeflow work', async () => {
    expect((await db.query('DESCRIBE TABLE `system`.lakeflow.job_run_timeline')).rows.map((r) => r[0])).toContain('period_start_time');
    expect((await db.query('SHOW TABLES IN system.lakeflow')).rows.map((r) => r[1])).toEqual(['job_run_timeline', 'job_task_run_timeline', 'job_tasks', 'jobs']);
  });
});

describe('limits: never a hang, never a flood', () => {
  it('shows the first 10,000 rows of a huge result, with a note', async () => {
    const r = await db.query('SELECT * FROM range(1000000000)');
    expect(r.rows).toHaveLength(10_000);
    expect(r.notes.join(' ')).toMatch(/first 10,000 rows/);
  });

  it('stops a query that runs too long, and the engine keeps working', async () => {
    const engine = await openEngine({ statements: [], loads: [] }, { timeLimitMs: 300 });
    try {
      await expect(engine.read('SELECT count(*) FROM range(100000000) a, range(100000000) b')).rejects.toThrow('The query ran for more than 300 ms and was stopped.');
      expect((await engine.read('SELECT 42')).rows).toEqual([[42]]);
    } finally {
      await engine.close();
    }
  });
});
