// The Section 2 cells of LAB 08, verbatim (TODO cell, then Verification cell, per task).
// lab-fixture.test.ts checks they still match the lab markdown in ../shared (test/support/shared.ts).

export interface LabTask {
  number: number;
  todo: string;
  verify: string;
  /** The reference answer for each ______ in `todo`, in order, exactly as typed. */
  answers: string[];
}

export const LAB_TASKS: LabTask[] = [
  {
    number: 1,
    todo: "# TODO: Answer the questions about the job configuration above\n\n# Q1: How many tasks does this job have?\nnum_tasks = ______  # int\n\n# Q2: Which task runs first (has no dependencies)?\nfirst_task = \"______\"  # str\n\n# Q3: What is the maximum time (in minutes) the pipeline task can run before timeout?\ntimeout_minutes = ______  # int\n\n# Q4: How many times will validate_results retry on failure?\nmax_retries = ______  # int\n\n# Q5: If refresh_pipeline fails, will validate_results run?\nvalidate_runs_on_failure = ______  # bool (True/False)",
    verify: "# Verification\nassert num_tasks == 3, f\"Expected 3 tasks, got {num_tasks}\"\nassert first_task == \"refresh_pipeline\", f\"First task should be refresh_pipeline, got {first_task}\"\nassert timeout_minutes == 30, f\"1800 seconds = 30 minutes, got {timeout_minutes}\"\nassert max_retries == 2, f\"Expected 2 retries, got {max_retries}\"\nassert validate_runs_on_failure == False, \"Dependent tasks do NOT run if their dependency fails\"\nprint(\"Task 1 PASSED: Job configuration understood correctly\")",
    answers: ["3", "refresh_pipeline", "30", "2", "False"],
  },
  {
    number: 2,
    todo: "# TODO: Fill in the correct trigger type for each scenario\n# Options: \"scheduled\", \"file_arrival\", \"continuous\", \"manual\"\n\ntrigger_daily_6am = \"______\"\ntrigger_new_files = \"______\"\ntrigger_streaming = \"______\"\ntrigger_adhoc = \"______\"",
    verify: "# Verification\nassert trigger_daily_6am == \"scheduled\", f\"Daily at 6 AM = scheduled trigger, got {trigger_daily_6am}\"\nassert trigger_new_files == \"file_arrival\", f\"Process on file landing = file_arrival, got {trigger_new_files}\"\nassert trigger_streaming == \"continuous\", f\"Minimal latency streaming = continuous, got {trigger_streaming}\"\nassert trigger_adhoc == \"manual\", f\"Ad-hoc = manual, got {trigger_adhoc}\"\nprint(\"Task 2 PASSED: Trigger types matched correctly\")",
    answers: ["scheduled", "file_arrival", "continuous", "manual"],
  },
  {
    number: 3,
    todo: "# TODO: Write CRON expressions\n\n# Every day at 6:00 AM\ncron_daily_6am = \"______\"\n\n# Every hour (at minute 0)\ncron_hourly = \"______\"\n\n# Monday to Friday at 8:00 AM\ncron_weekdays_8am = \"______\"\n\n# Every 15 minutes\ncron_every_15min = \"______\"",
    verify: "# Verification\nassert cron_daily_6am == \"0 6 * * *\", f\"Expected '0 6 * * *', got '{cron_daily_6am}'\"\nassert cron_hourly == \"0 * * * *\", f\"Expected '0 * * * *', got '{cron_hourly}'\"\nassert cron_weekdays_8am == \"0 8 * * 1-5\", f\"Expected '0 8 * * 1-5', got '{cron_weekdays_8am}'\"\nassert cron_every_15min == \"*/15 * * * *\", f\"Expected '*/15 * * * *', got '{cron_every_15min}'\"\nprint(\"Task 3 PASSED: CRON expressions correct\")",
    answers: ["0 6 * * *", "0 * * * *", "0 8 * * 1-5", "*/15 * * * *"],
  },
  {
    number: 4,
    todo: "# TODO: Define task dependencies\n# Use a list of task names that each task depends on.\n# An empty list [] means no dependencies (runs first).\n\ntask_dependencies = {\n    \"ingest\":            ______,  # list of dependencies\n    \"build_dim_tables\":  ______,  # list of dependencies\n    \"build_fact_tables\": ______,  # list of dependencies\n    \"generate_report\":   ______,  # list of dependencies\n    \"send_notification\":  ______,  # list of dependencies\n}",
    verify: "# Verification\nassert task_dependencies[\"ingest\"] == [], \"Ingest has no dependencies\"\nassert task_dependencies[\"build_dim_tables\"] == [\"ingest\"], \"DIM depends on ingest\"\nassert task_dependencies[\"build_fact_tables\"] == [\"ingest\"], \"FACT depends on ingest\"\nassert sorted(task_dependencies[\"generate_report\"]) == [\"build_dim_tables\", \"build_fact_tables\"], \\\n    \"Report depends on BOTH dim and fact (fan-in)\"\nassert task_dependencies[\"send_notification\"] == [\"generate_report\"], \"Notification depends on report\"\nprint(\"Task 4 PASSED: DAG dependencies correct\")\nprint()\nprint(\"DAG structure:\")\nprint(\"  ingest\")\nprint(\"    +-- build_dim_tables\")\nprint(\"    +-- build_fact_tables\")\nprint(\"          +-- generate_report (waits for both)\")\nprint(\"                +-- send_notification\")",
    answers: ["[]", "[\"ingest\"]", "[\"ingest\"]", "[\"build_dim_tables\", \"build_fact_tables\"]", "[\"generate_report\"]"],
  },
  {
    number: 5,
    todo: "# TODO: Answer Repair Run questions\n\n# Q1: Which tasks will be RE-EXECUTED during a Repair Run?\n# Options: list the task names that will run again\nrepair_rerun_tasks = [______]  # list of str\n\n# Q2: Will 'ingest' run again during repair?\ningest_reruns = ______  # bool\n\n# Q3: Will 'build_dim_tables' run again during repair?\ndim_reruns = ______  # bool\n\n# Q4: Is Repair Run cheaper than a full re-run? (less compute used)\nrepair_is_cheaper = ______  # bool",
    verify: "# Verification\nexpected_repair = sorted([\"build_fact_tables\", \"generate_report\", \"send_notification\"])\nassert sorted(repair_rerun_tasks) == expected_repair, \\\n    f\"Repair re-runs the failed task + all downstream. Expected {expected_repair}, got {sorted(repair_rerun_tasks)}\"\nassert ingest_reruns == False, \"Ingest succeeded -- NOT re-executed in repair\"\nassert dim_reruns == False, \"DIM succeeded -- NOT re-executed in repair\"\nassert repair_is_cheaper == True, \"Repair skips successful tasks, using less compute\"\nprint(\"Task 5 PASSED: Repair Run behavior understood correctly\")",
    answers: ["\"build_fact_tables\", \"generate_report\", \"send_notification\"", "False", "False", "True"],
  },
  {
    number: 6,
    todo: "# TODO: Complete the task value operations\n# Since we are not inside a Job, we will simulate with a dictionary\n\n# Simulated task values store\ntask_values = {}\n\n# Task A: \"refresh_pipeline\" -- sets the number of rows processed\nrows_processed = 15420\ntask_values[\"refresh_pipeline\"] = {\"rows_processed\": ______}  # TODO: set the value\n\n# Task A also sets the processing timestamp\nfrom datetime import datetime\nprocessing_time = datetime.now().isoformat()\ntask_values[\"refresh_pipeline\"][\"processing_time\"] = ______  # TODO: set the value\n\n# Task B: \"validate_results\" -- reads values from Task A\nretrieved_rows = task_values[______][______]  # TODO: get rows_processed from refresh_pipeline\nretrieved_time = task_values[\"refresh_pipeline\"][\"processing_time\"]",
    verify: "# Verification\nassert task_values[\"refresh_pipeline\"][\"rows_processed\"] == 15420, \"rows_processed should be 15420\"\nassert task_values[\"refresh_pipeline\"][\"processing_time\"] == processing_time, \"processing_time should match\"\nassert retrieved_rows == 15420, \"Should retrieve 15420 from refresh_pipeline\"\nprint(\"Task 6 PASSED: Task value passing works correctly\")\nprint(f\"  rows_processed: {retrieved_rows}\")\nprint(f\"  processing_time: {retrieved_time}\")",
    answers: ["rows_processed", "processing_time", "\"refresh_pipeline\"", "\"rows_processed\""],
  },
  {
    number: 7,
    todo: "# TODO: Write a SQL query to find all FAILED job runs in the last 7 days\n# Columns available: job_id, run_id, result_state, start_time, end_time\n\nquery_failed_runs = \"\"\"\nSELECT job_id, run_id, result_state, start_time, end_time\nFROM system.lakeflow.job_run_timeline\nWHERE result_state = '______'\n  AND start_time >= current_date() - INTERVAL ______ DAYS\nORDER BY start_time DESC\n\"\"\"",
    verify: "# Verification\nassert \"FAILED\" in query_failed_runs.upper(), \"Should filter for FAILED result_state\"\nassert \"7\" in query_failed_runs, \"Should look back 7 days\"\nassert \"ORDER BY\" in query_failed_runs.upper(), \"Should order results\"\nprint(\"Task 7 PASSED: System table query is correct\")",
    answers: ["FAILED", "7"],
  },
  {
    number: 8,
    todo: "# TODO: Assign the correct cluster type\n# Options: \"job_cluster\" or \"all_purpose\"\n\n# Scenario 1: Scheduled nightly ETL job that runs for 2 hours\nnightly_etl = \"______\"\n\n# Scenario 2: Interactive notebook development and exploration\ninteractive_dev = \"______\"\n\n# Scenario 3: Ad-hoc data investigation by an analyst\nadhoc_analysis = \"______\"\n\n# Scenario 4: Production ML model training triggered weekly\nml_training = \"______\"",
    verify: "# Verification\nassert nightly_etl == \"job_cluster\", \"Scheduled ETL -> job cluster (cheaper, auto-terminates)\"\nassert interactive_dev == \"all_purpose\", \"Interactive work -> all-purpose (stays running)\"\nassert adhoc_analysis == \"all_purpose\", \"Ad-hoc analysis -> all-purpose (interactive)\"\nassert ml_training == \"job_cluster\", \"Scheduled ML training -> job cluster (cost-effective)\"\nprint(\"Task 8 PASSED: Cluster type selection correct\")\nprint()\nprint(\"Key insight:\")\nprint(\"  job_cluster -> automated/scheduled workloads (cost-optimized)\")\nprint(\"  all_purpose -> interactive/development work (long-running)\")",
    answers: ["job_cluster", "all_purpose", "all_purpose", "job_cluster"],
  },
];

/** Replaces each ______ in order with the given texts. */
export function fill(todo: string, texts: string[]): string {
  let i = 0;
  return todo.replace(/______/g, () => texts[i++] ?? '______');
}
