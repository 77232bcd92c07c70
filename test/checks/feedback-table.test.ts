// The feedback table (issue #11): for typed answers, the explanation lines the learner sees. For a
// failed or passed verdict these are Verdict.explain (what the assert compared, notes on meaning,
// cautions); for an error, the advice in Verdict.message. Every row is also run under CPython to
// prove the explanation never changes the verdict, and CPython's own "Did you mean" is compared
// with the trainer's.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { LAB08 } from '../../src/lessons/lab08';
import { checkTask, fillBlanks } from '../../src/checks/engine';
import { FIXED_NOW, havePython, runPython } from '../support/python';

type Row = [task: number, typed: Record<string, string>, outcome: 'passed' | 'failed' | 'error', lines: string[]];

const ROWS: Row[] = [
  [1, {"0":"\"3\""}, 'failed', ["num_tasks is '3' (str); the check compares it with 3 (int)","'3' is text (it has quotes); 3 is a number: a number is typed without quotes"]],
  [1, {"0":"'3'"}, 'failed', ["num_tasks is '3' (str); the check compares it with 3 (int)","'3' is text (it has quotes); 3 is a number: a number is typed without quotes"]],
  [1, {"0":"3.5"}, 'failed', ["num_tasks is 3.5 (float); the check compares it with 3 (int)"]],
  [1, {"0":"None"}, 'failed', ["num_tasks is None (NoneType); the check compares it with 3 (int)"]],
  [1, {"0":"[3]"}, 'failed', ["num_tasks is [3] (list); the check compares it with 3 (int)"]],
  [1, {"0":"True"}, 'failed', ["num_tasks is True (bool); the check compares it with 3 (int)"]],
  [1, {"1":"refresh-pipeline"}, 'failed', ["first_task is 'refresh-pipeline' (str); the check compares it with 'refresh_pipeline' (str)"]],
  [1, {"1":"Refresh_Pipeline"}, 'failed', ["first_task is 'Refresh_Pipeline' (str); the check compares it with 'refresh_pipeline' (str)","only the case differs: 'Refresh_Pipeline' vs 'refresh_pipeline' (Python compares text exactly)"]],
  [1, {"1":" refresh_pipeline"}, 'failed', ["first_task is ' refresh_pipeline' (str); the check compares it with 'refresh_pipeline' (str)","only spaces at the start or end differ"]],
  [1, {"1":"'refresh_pipeline'"}, 'failed', ["first_task is \"'refresh_pipeline'\" (str); the check compares it with 'refresh_pipeline' (str)","the text holds the quote marks you typed: the cell's quotes already make it a string, so type refresh_pipeline only"]],
  [1, {"1":"\"refresh_pipeline\""}, 'error', ["The quotes are already there (blank 2: first_task): type the word only. A \" typed inside the cell's quotes ends the string early."]],
  [1, {"2":"1800"}, 'failed', ["timeout_minutes is 1800 (int); the check compares it with 30 (int)"]],
  [1, {"2":"\"30\""}, 'failed', ["timeout_minutes is '30' (str); the check compares it with 30 (int)","'30' is text (it has quotes); 30 is a number: a number is typed without quotes"]],
  [1, {"3":"3"}, 'failed', ["max_retries is 3 (int); the check compares it with 2 (int)"]],
  [1, {"4":"True"}, 'failed', ["validate_runs_on_failure is True (bool); the check compares it with False (bool)"]],
  [1, {"4":"0"}, 'passed', []],
  [1, {"4":"'False'"}, 'failed', ["validate_runs_on_failure is 'False' (str); the check compares it with False (bool)"]],
  [1, {"0":"three"}, 'error', ["This blank takes a number (blank 1: num_tasks): type it in digits, without quotes (Python reads a word as a variable name)."]],
  [1, {"0":"three tasks"}, 'error', ["This blank takes a number (blank 1: num_tasks): type it in digits, without quotes (Python reads a word as a variable name)."]],
  [1, {"2":"thirty"}, 'error', ["This blank takes a number (blank 3: timeout_minutes): type it in digits, without quotes (Python reads a word as a variable name)."]],
  [1, {"4":"no"}, 'error', ["This blank takes True or False (blank 5: validate_runs_on_failure): no is not a Python value."]],
  [1, {"4":"false"}, 'error', ["false is not a Python name (blank 5: validate_runs_on_failure): Python writes it False, with a capital letter."]],
  [1, {"4":"none"}, 'error', ["none is not a Python name (blank 5: validate_runs_on_failure): Python writes it None, with a capital letter."]],
  [1, {"0":"num_task"}, 'error', ["This blank takes a number (blank 1: num_tasks): type it in digits, without quotes (Python reads a word as a variable name)."]],
  [1, {"0":"______"}, 'error', ["A blank is still empty (blank 1: num_tasks): replace ______ with your answer."]],
  [2, {"0":"Scheduled"}, 'failed', ["trigger_daily_6am is 'Scheduled' (str); the check compares it with 'scheduled' (str)","only the case differs: 'Scheduled' vs 'scheduled' (Python compares text exactly)"]],
  [2, {"1":"file arrival"}, 'failed', ["trigger_new_files is 'file arrival' (str); the check compares it with 'file_arrival' (str)"]],
  [2, {"3":"\"manual\""}, 'error', ["The quotes are already there (blank 4: trigger_adhoc): type the word only. A \" typed inside the cell's quotes ends the string early."]],
  [2, {"3":"'manual'"}, 'failed', ["trigger_adhoc is \"'manual'\" (str); the check compares it with 'manual' (str)","the text holds the quote marks you typed: the cell's quotes already make it a string, so type manual only"]],
  [2, {"0":"\"scheduled"}, 'error', ["The quotes are already there (blank 1: trigger_daily_6am): type the word only. A \" typed inside the cell's quotes ends the string early."]],
  [2, {"2":"streaming"}, 'failed', ["trigger_streaming is 'streaming' (str); the check compares it with 'continuous' (str)"]],
  [3, {"1":"0 */1 * * *"}, 'failed', ["cron_hourly is '0 */1 * * *' (str); the check compares it with '0 * * * *' (str)","'0 */1 * * *' is the same schedule as '0 * * * *'; the notebook compares the exact text, so it still fails"]],
  [3, {"2":"0 8 * * MON-FRI"}, 'failed', ["cron_weekdays_8am is '0 8 * * MON-FRI' (str); the check compares it with '0 8 * * 1-5' (str)","'0 8 * * MON-FRI' is the same schedule as '0 8 * * 1-5'; the notebook compares the exact text, so it still fails"]],
  [3, {"0":"0 0 6 * * ?"}, 'failed', ["cron_daily_6am is '0 0 6 * * ?' (str); the check compares it with '0 6 * * *' (str)","'0 0 6 * * ?' is the same schedule as '0 6 * * *'; the notebook compares the exact text, so it still fails"]],
  [3, {"3":"0,15,30,45 * * * *"}, 'failed', ["cron_every_15min is '0,15,30,45 * * * *' (str); the check compares it with '*/15 * * * *' (str)","'0,15,30,45 * * * *' is the same schedule as '*/15 * * * *'; the notebook compares the exact text, so it still fails"]],
  [3, {"3":"15 * * * *"}, 'failed', ["cron_every_15min is '15 * * * *' (str); the check compares it with '*/15 * * * *' (str)"]],
  [3, {"2":"0 8 * * 1-6"}, 'failed', ["cron_weekdays_8am is '0 8 * * 1-6' (str); the check compares it with '0 8 * * 1-5' (str)"]],
  [3, {"1":"0 0 * * * ?"}, 'failed', ["cron_hourly is '0 0 * * * ?' (str); the check compares it with '0 * * * *' (str)","'0 0 * * * ?' is the same schedule as '0 * * * *'; the notebook compares the exact text, so it still fails"]],
  [3, {"2":"0 0 8 ? * MON-FRI"}, 'failed', ["cron_weekdays_8am is '0 0 8 ? * MON-FRI' (str); the check compares it with '0 8 * * 1-5' (str)","'0 0 8 ? * MON-FRI' is the same schedule as '0 8 * * 1-5'; the notebook compares the exact text, so it still fails"]],
  [3, {"2":"0 8 * * mon-fri"}, 'failed', ["cron_weekdays_8am is '0 8 * * mon-fri' (str); the check compares it with '0 8 * * 1-5' (str)","'0 8 * * mon-fri' is the same schedule as '0 8 * * 1-5'; the notebook compares the exact text, so it still fails"]],
  [4, {"0":"None"}, 'failed', ["task_dependencies[\"ingest\"] is None (NoneType); the check compares it with [] (list)","None is a value, but not a list"]],
  [4, {"0":"\"\""}, 'failed', ["task_dependencies[\"ingest\"] is '' (str); the check compares it with [] (list)"]],
  [4, {"0":"[None]"}, 'failed', ["task_dependencies[\"ingest\"] is [None] (list); the check compares it with [] (list)","extra: None"]],
  [4, {"0":"{}"}, 'failed', ["task_dependencies[\"ingest\"] is {} (dict); the check compares it with [] (list)"]],
  [4, {"1":"[\"Ingest\"]"}, 'failed', ["task_dependencies[\"build_dim_tables\"] is ['Ingest'] (list); the check compares it with ['ingest'] (list)","case differs: 'Ingest' vs 'ingest'"]],
  [4, {"1":"\"ingest\""}, 'failed', ["task_dependencies[\"build_dim_tables\"] is 'ingest' (str); the check compares it with ['ingest'] (list)"]],
  [4, {"1":"ingest"}, 'error', ["This blank takes a list (blank 2: task_dependencies[\"build_dim_tables\"]): square brackets around task names in quotes, like [\"ingest\"], or [] for none."]],
  [4, {"1":"(\"ingest\",)"}, 'failed', ["task_dependencies[\"build_dim_tables\"] is ('ingest',) (tuple); the check compares it with ['ingest'] (list)"]],
  [4, {"3":"[\"build_dim_tables\"]"}, 'failed', ["sorted(task_dependencies[\"generate_report\"]) is ['build_dim_tables'] (list); the check compares it with ['build_dim_tables', 'build_fact_tables'] (list)","missing: 'build_fact_tables'"]],
  [4, {"3":"[\"build_fact_tables\", \"ingest\"]"}, 'failed', ["sorted(task_dependencies[\"generate_report\"]) is ['build_fact_tables', 'ingest'] (list); the check compares it with ['build_dim_tables', 'build_fact_tables'] (list)","missing: 'build_dim_tables'","extra: 'ingest'"]],
  [4, {"4":"[\"generate_report\", \"generate_report\"]"}, 'failed', ["task_dependencies[\"send_notification\"] is ['generate_report', 'generate_report'] (list); the check compares it with ['generate_report'] (list)","extra: 'generate_report'"]],
  [4, {"2":"[\"ingest\", \"build_dim_tables\"]"}, 'failed', ["task_dependencies[\"build_fact_tables\"] is ['ingest', 'build_dim_tables'] (list); the check compares it with ['ingest'] (list)","extra: 'build_dim_tables'"]],
  [4, {"1":"{\"ingest\"}"}, 'failed', ["task_dependencies[\"build_dim_tables\"] is {'ingest'} (set); the check compares it with ['ingest'] (list)"]],
  [5, {"0":"\"build_fact_tables\", \"generate_report\""}, 'failed', ["sorted(repair_rerun_tasks) is ['build_fact_tables', 'generate_report'] (list)","expected_repair is ['build_fact_tables', 'generate_report', 'send_notification'] (list)","missing: 'send_notification'"]],
  [5, {"0":"\"build_fact_tables\", \"generate_report\", \"send_notification\", \"ingest\""}, 'failed', ["sorted(repair_rerun_tasks) is ['build_fact_tables', 'generate_report', 'ingest', 'send_notification'] (list)","expected_repair is ['build_fact_tables', 'generate_report', 'send_notification'] (list)","extra: 'ingest'"]],
  [5, {"0":"build_fact_tables"}, 'error', ["build_fact_tables is not defined (blank 1: repair_rerun_tasks): text needs quotes in Python — type \"build_fact_tables\" (with the quotes) if you meant the string."]],
  [5, {"1":"True"}, 'failed', ["ingest_reruns is True (bool); the check compares it with False (bool)"]],
  [5, {"3":"yes"}, 'error', ["This blank takes True or False (blank 4: repair_is_cheaper): yes is not a Python value."]],
  [5, {"0":"\"Build_fact_tables\", \"generate_report\", \"send_notification\""}, 'failed', ["sorted(repair_rerun_tasks) is ['Build_fact_tables', 'generate_report', 'send_notification'] (list)","expected_repair is ['build_fact_tables', 'generate_report', 'send_notification'] (list)","case differs: 'Build_fact_tables' vs 'build_fact_tables'"]],
  [6, {"2":"rows_processed"}, 'error', ["The dictionary has no key 15420 (blank 3: task_values[…] (task key)): rows_processed is a variable, so its value 15420 was looked up. A key written as text needs quotes: \"rows_processed\"."]],
  [6, {"3":"\"rows_processed"}, 'error', ["A string is not closed (blank 4: task_values[…][…] (value key)): unterminated string literal (detected at line 17). A quote typed inside quotes ends the string early."]],
  [6, {"0":"rows_proccessed"}, 'error', ["rows_proccessed is not defined (blank 1: task_values[\"refresh_pipeline\"][\"rows_processed\"]): did you mean `rows_processed`?"]],
  [6, {"0":"\"rows_processed\""}, 'failed', ["task_values[\"refresh_pipeline\"][\"rows_processed\"] is 'rows_processed' (str); the check compares it with 15420 (int)"]],
  [6, {"1":"processing_tme"}, 'error', ["processing_tme is not defined (blank 2: task_values[\"refresh_pipeline\"][\"processing_time\"]): did you mean `processing_time`?"]],
  [6, {"2":"refresh_pipeline"}, 'error', ["refresh_pipeline is not defined (blank 3: task_values[…] (task key)): text needs quotes in Python — type \"refresh_pipeline\" (with the quotes) if you meant the string."]],
  [6, {"3":"rows_processed"}, 'error', ["The dictionary has no key 15420 (blank 4: task_values[…][…] (value key)): rows_processed is a variable, so its value 15420 was looked up. A key written as text needs quotes: \"rows_processed\"."]],
  [6, {"2":"\"refresh_pipeline","3":"\"rows_processed\""}, 'error', ["A string is not closed (blank 3: task_values[…] (task key)): unterminated string literal (detected at line 17). A quote typed inside quotes ends the string early."]],
  [6, {"0":"15420"}, 'passed', []],
  [6, {"1":"datetime.now().isoformat()"}, 'failed', ["task_values[\"refresh_pipeline\"][\"processing_time\"] is '2026-11-23T09:30:15.123001' (str)","processing_time is '2026-11-23T09:30:15.123000' (str)"]],
  [7, {"0":"failed"}, 'passed', ["On Databricks result_state = 'failed' finds no runs: result_state values are upper case (FAILED) and string comparison is case-sensitive by default (UTF8_BINARY collation). The check passes only because it upper-cases the query first."]],
  [7, {"1":"17"}, 'passed', ["INTERVAL 17 DAYS looks back 17 days, not the last 7: the check passes only because it looks for a 7 anywhere in the query text."]],
  [7, {"0":"Failed","1":"70"}, 'passed', ["On Databricks result_state = 'Failed' finds no runs: result_state values are upper case (FAILED) and string comparison is case-sensitive by default (UTF8_BINARY collation). The check passes only because it upper-cases the query first.","INTERVAL 70 DAYS looks back 70 days, not the last 7: the check passes only because it looks for a 7 anywhere in the query text."]],
  [7, {"0":"SUCCESS"}, 'failed', ["the check looks for 'FAILED' in query_failed_runs.upper() (a str of 206 characters): it is not there"]],
  [7, {"1":"seven"}, 'failed', ["the check looks for '7' in query_failed_runs (a str of 209 characters): it is not there"]],
  [7, {"0":"FAILED"}, 'passed', []],
  [8, {"0":"job cluster"}, 'failed', ["nightly_etl is 'job cluster' (str); the check compares it with 'job_cluster' (str)"]],
  [8, {"0":"Job_Cluster"}, 'failed', ["nightly_etl is 'Job_Cluster' (str); the check compares it with 'job_cluster' (str)","only the case differs: 'Job_Cluster' vs 'job_cluster' (Python compares text exactly)"]],
  [8, {"1":"all-purpose"}, 'failed', ["interactive_dev is 'all-purpose' (str); the check compares it with 'all_purpose' (str)"]],
  [8, {"3":"\"job_cluster\""}, 'error', ["The quotes are already there (blank 4: ml_training): type the word only. A \" typed inside the cell's quotes ends the string early."]],
  [8, {"2":"job_cluster"}, 'failed', ["adhoc_analysis is 'job_cluster' (str); the check compares it with 'all_purpose' (str)"]],
  // Value-caused errors: the verification cell raises on a value one blank produced (blamed on it);
  // when two blanks each reproduce the error alone, the engine cannot tell: the cell.
  [4, {"3":"None"}, 'error', ["A value that is not a list was used as one (blank 4: task_dependencies[\"generate_report\"]): 'NoneType' object is not iterable."]],
  [6, {"2":"rows_processed","3":"rows_processed"}, 'error', ["The dictionary has no key 15420. Check the spelling and the quotes of the key."]],
  [1, {"0":"num_tasks"}, 'error', ["This blank takes a number (blank 1: num_tasks): type it in digits, without quotes (Python reads a word as a variable name)."]],
  [5, {"0":"1, 2"}, 'failed', ["sorted(repair_rerun_tasks) is [1, 2] (list)","expected_repair is ['build_fact_tables', 'generate_report', 'send_notification'] (list)","missing: 'build_fact_tables', 'generate_report', 'send_notification'","extra: 1, 2"]],
];

const task = (n: number) => LAB08.practice.tasks[n - 1]!;
function answersOf(row: Row): string[] {
  const answers = task(row[0]).blanks.map((b) => b.answer);
  for (const [i, typed] of Object.entries(row[1])) answers[Number(i)] = typed;
  return answers;
}

describe('feedback table (answers -> explanation lines)', () => {
  it('has at least 60 rows over all 8 tasks', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(ROWS.map((r) => r[0])).size).toBe(8);
  });

  it.each(ROWS.map((r) => [`task ${r[0]} ${JSON.stringify(r[1])}`, r] as const))('%s', (_label, row) => {
    const verdict = checkTask(task(row[0]), answersOf(row), { now: FIXED_NOW });
    expect(verdict.outcome).toBe(row[2]);
    const lines = verdict.outcome === 'error' ? [verdict.message] : (verdict.explain ?? []);
    expect(lines).toEqual(row[3]);
  });
});

const python = havePython();
describe.skipIf(!python)('the explanations never change the verdict (CPython)', () => {
  it('gives CPython\'s outcome, assertion message and error class for every row', () => {
    const results = runPython(ROWS.map((r) => [fillBlanks(task(r[0]).todoCell, answersOf(r)), task(r[0]).verifyCell]));
    ROWS.forEach((row, i) => {
      const py = results[i]!;
      const verdict = checkTask(task(row[0]), answersOf(row), { now: FIXED_NOW });
      const pyOutcome = py.error === null ? 'passed' : py.error.type === 'AssertionError' ? 'failed' : 'error';
      expect(verdict.outcome, JSON.stringify(row[1])).toBe(pyOutcome);
      if (verdict.outcome === 'failed') expect(verdict.message).toBe(py.error!.message);
      if (verdict.outcome === 'error') expect(verdict.errorType).toBe(py.error!.type);
      if (verdict.outcome === 'passed') expect(verdict.message).toBe(py.output[0]);
    });
  });

  it('suggests the name CPython\'s traceback suggests', () => {
    const rows = ROWS.filter((r) => r[3].some((l) => l.includes('did you mean')));
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      // CPython 3.11 computes the suggestion when it prints an uncaught exception (not in traceback.py).
      const script = 'import sys\nexec(compile(sys.stdin.read(), "<cell>", "exec"), {"__name__": "__main__"})';
      const run = spawnSync('python3', ['-c', script], { input: fillBlanks(task(row[0]).todoCell, answersOf(row)), encoding: 'utf8' });
      const cpython = /Did you mean: '([^']+)'\?/.exec(run.stderr)?.[1];
      const ours = /did you mean `([^`]+)`\?/.exec(row[3][0]!)?.[1];
      expect(ours).toBeDefined();
      expect(ours).toBe(cpython);
    }
  });
});
