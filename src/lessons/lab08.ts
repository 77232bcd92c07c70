// LAB 08 as data, transcribed from LAB08_lakeflow_jobs.md. The cells and YAML below are
// byte-for-byte copies of the lab (test/lessons checks this): the checks engine runs the cells
// as written, so never "tidy" their spacing. Hints paraphrase only what the lab itself says.

import type { Lab, PracticeTask } from './types';

// ---------------------------------------------------------------- verbatim text of the lab

const SETUP_CELL = `%run ../../setup/00_setup`;

const ORDERS_YAML = `resources:
  jobs:
    demo_orders_pipeline:
      name: demo_orders_pipeline
      trigger:
        pause_status: UNPAUSED
        table_update:
          table_names:
            - retailhub_trainer.silver.silver_customers
      tasks:
        - task_key: bronze_orders
          notebook_task:
            notebook_path: /Workspace/.../bronze_orders
            source: WORKSPACE
          existing_cluster_id: <CLUSTER_ID>
        - task_key: silver_orders
          depends_on:
            - task_key: bronze_orders
          notebook_task:
            notebook_path: /Workspace/.../silver_orders
            source: WORKSPACE
          existing_cluster_id: <CLUSTER_ID>
        - task_key: gold_daily_orders
          depends_on:
            - task_key: silver_orders
          notebook_task:
            notebook_path: /Workspace/.../gold_daily_orders
            source: WORKSPACE
          existing_cluster_id: <CLUSTER_ID>
        - task_key: gold_customer_orders_summary
          depends_on:
            - task_key: gold_daily_orders
          notebook_task:
            notebook_path: /Workspace/.../gold_customer_orders_summary
            source: WORKSPACE
          existing_cluster_id: <CLUSTER_ID>
      queue:
        enabled: true
      parameters:
        - name: catalog
          default: retailhub_trainer
        - name: source_path
          default: /Volumes/retailhub_trainer/default/datasets`;

const CUSTOMER_YAML = `resources:
  jobs:
    demo_customer_pipeline:
      name: demo_customer_pipeline
      tasks:
        - task_key: bronze_customer
          notebook_task:
            notebook_path: /Workspace/.../bronze_customers
            source: WORKSPACE
          existing_cluster_id: <CLUSTER_ID>
        - task_key: silver_customer
          depends_on:
            - task_key: bronze_customer
          notebook_task:
            notebook_path: /Workspace/.../silver_customers
            source: WORKSPACE
          existing_cluster_id: <CLUSTER_ID>
      queue:
        enabled: true
      parameters:
        - name: catalog
          default: retailhub_trainer
        - name: source_path
          default: /Volumes/retailhub_trainer/default/datasets`;

const T1_JOB_JSON = `{
  "name": "RetailHub_Daily_Refresh",
  "tasks": [
    {
      "task_key": "refresh_pipeline",
      "pipeline_task": { "pipeline_id": "<PIPELINE_ID>" },
      "timeout_seconds": 1800
    },
    {
      "task_key": "validate_results",
      "depends_on": [{ "task_key": "refresh_pipeline" }],
      "notebook_task": { "notebook_path": "/Workspace/.../task_01_validate" },
      "max_retries": 2,
      "retry_on_timeout": false
    },
    {
      "task_key": "generate_report",
      "depends_on": [{ "task_key": "validate_results" }],
      "notebook_task": { "notebook_path": "/Workspace/.../task_03_report" }
    }
  ],
  "trigger": {
    "periodic": { "interval": 1, "unit": "DAYS" }
  }
}`;

const T4_DAG_DIAGRAM = `  ingest
    ├── build_dim_tables ──┐
    └── build_fact_tables ─┤
                           └── generate_report
                                 └── send_notification`;

const T6_SET_SNIPPET = `dbutils.jobs.taskValues.set(key="row_count", value=42)`;

const T6_GET_SNIPPET = `count = dbutils.jobs.taskValues.get(taskKey="task_a", key="row_count")`;

const T1_TODO = `# TODO: Answer the questions about the job configuration above

# Q1: How many tasks does this job have?
num_tasks = ______  # int

# Q2: Which task runs first (has no dependencies)?
first_task = "______"  # str

# Q3: What is the maximum time (in minutes) the pipeline task can run before timeout?
timeout_minutes = ______  # int

# Q4: How many times will validate_results retry on failure?
max_retries = ______  # int

# Q5: If refresh_pipeline fails, will validate_results run?
validate_runs_on_failure = ______  # bool (True/False)`;

const T1_VERIFY = `# Verification
assert num_tasks == 3, f"Expected 3 tasks, got {num_tasks}"
assert first_task == "refresh_pipeline", f"First task should be refresh_pipeline, got {first_task}"
assert timeout_minutes == 30, f"1800 seconds = 30 minutes, got {timeout_minutes}"
assert max_retries == 2, f"Expected 2 retries, got {max_retries}"
assert validate_runs_on_failure == False, "Dependent tasks do NOT run if their dependency fails"
print("Task 1 PASSED: Job configuration understood correctly")`;

const T2_TODO = `# TODO: Fill in the correct trigger type for each scenario
# Options: "scheduled", "file_arrival", "continuous", "manual"

trigger_daily_6am = "______"
trigger_new_files = "______"
trigger_streaming = "______"
trigger_adhoc = "______"`;

const T2_VERIFY = `# Verification
assert trigger_daily_6am == "scheduled", f"Daily at 6 AM = scheduled trigger, got {trigger_daily_6am}"
assert trigger_new_files == "file_arrival", f"Process on file landing = file_arrival, got {trigger_new_files}"
assert trigger_streaming == "continuous", f"Minimal latency streaming = continuous, got {trigger_streaming}"
assert trigger_adhoc == "manual", f"Ad-hoc = manual, got {trigger_adhoc}"
print("Task 2 PASSED: Trigger types matched correctly")`;

const T3_TODO = `# TODO: Write CRON expressions

# Every day at 6:00 AM
cron_daily_6am = "______"

# Every hour (at minute 0)
cron_hourly = "______"

# Monday to Friday at 8:00 AM
cron_weekdays_8am = "______"

# Every 15 minutes
cron_every_15min = "______"`;

const T3_VERIFY = `# Verification
assert cron_daily_6am == "0 6 * * *", f"Expected '0 6 * * *', got '{cron_daily_6am}'"
assert cron_hourly == "0 * * * *", f"Expected '0 * * * *', got '{cron_hourly}'"
assert cron_weekdays_8am == "0 8 * * 1-5", f"Expected '0 8 * * 1-5', got '{cron_weekdays_8am}'"
assert cron_every_15min == "*/15 * * * *", f"Expected '*/15 * * * *', got '{cron_every_15min}'"
print("Task 3 PASSED: CRON expressions correct")`;

const T4_TODO = `# TODO: Define task dependencies
# Use a list of task names that each task depends on.
# An empty list [] means no dependencies (runs first).

task_dependencies = {
    "ingest":            ______,  # list of dependencies
    "build_dim_tables":  ______,  # list of dependencies
    "build_fact_tables": ______,  # list of dependencies
    "generate_report":   ______,  # list of dependencies
    "send_notification":  ______,  # list of dependencies
}`;

const T4_VERIFY = `# Verification
assert task_dependencies["ingest"] == [], "Ingest has no dependencies"
assert task_dependencies["build_dim_tables"] == ["ingest"], "DIM depends on ingest"
assert task_dependencies["build_fact_tables"] == ["ingest"], "FACT depends on ingest"
assert sorted(task_dependencies["generate_report"]) == ["build_dim_tables", "build_fact_tables"], \\
    "Report depends on BOTH dim and fact (fan-in)"
assert task_dependencies["send_notification"] == ["generate_report"], "Notification depends on report"
print("Task 4 PASSED: DAG dependencies correct")
print()
print("DAG structure:")
print("  ingest")
print("    +-- build_dim_tables")
print("    +-- build_fact_tables")
print("          +-- generate_report (waits for both)")
print("                +-- send_notification")`;

const T5_TODO = `# TODO: Answer Repair Run questions

# Q1: Which tasks will be RE-EXECUTED during a Repair Run?
# Options: list the task names that will run again
repair_rerun_tasks = [______]  # list of str

# Q2: Will 'ingest' run again during repair?
ingest_reruns = ______  # bool

# Q3: Will 'build_dim_tables' run again during repair?
dim_reruns = ______  # bool

# Q4: Is Repair Run cheaper than a full re-run? (less compute used)
repair_is_cheaper = ______  # bool`;

const T5_VERIFY = `# Verification
expected_repair = sorted(["build_fact_tables", "generate_report", "send_notification"])
assert sorted(repair_rerun_tasks) == expected_repair, \\
    f"Repair re-runs the failed task + all downstream. Expected {expected_repair}, got {sorted(repair_rerun_tasks)}"
assert ingest_reruns == False, "Ingest succeeded -- NOT re-executed in repair"
assert dim_reruns == False, "DIM succeeded -- NOT re-executed in repair"
assert repair_is_cheaper == True, "Repair skips successful tasks, using less compute"
print("Task 5 PASSED: Repair Run behavior understood correctly")`;

const T6_TODO = `# TODO: Complete the task value operations
# Since we are not inside a Job, we will simulate with a dictionary

# Simulated task values store
task_values = {}

# Task A: "refresh_pipeline" -- sets the number of rows processed
rows_processed = 15420
task_values["refresh_pipeline"] = {"rows_processed": ______}  # TODO: set the value

# Task A also sets the processing timestamp
from datetime import datetime
processing_time = datetime.now().isoformat()
task_values["refresh_pipeline"]["processing_time"] = ______  # TODO: set the value

# Task B: "validate_results" -- reads values from Task A
retrieved_rows = task_values[______][______]  # TODO: get rows_processed from refresh_pipeline
retrieved_time = task_values["refresh_pipeline"]["processing_time"]`;

const T6_VERIFY = `# Verification
assert task_values["refresh_pipeline"]["rows_processed"] == 15420, "rows_processed should be 15420"
assert task_values["refresh_pipeline"]["processing_time"] == processing_time, "processing_time should match"
assert retrieved_rows == 15420, "Should retrieve 15420 from refresh_pipeline"
print("Task 6 PASSED: Task value passing works correctly")
print(f"  rows_processed: {retrieved_rows}")
print(f"  processing_time: {retrieved_time}")`;

const T7_TODO = `# TODO: Write a SQL query to find all FAILED job runs in the last 7 days
# Columns available: job_id, run_id, result_state, start_time, end_time

query_failed_runs = """
SELECT job_id, run_id, result_state, start_time, end_time
FROM system.lakeflow.job_run_timeline
WHERE result_state = '______'
  AND start_time >= current_date() - INTERVAL ______ DAYS
ORDER BY start_time DESC
"""`;

const T7_VERIFY = `# Verification
assert "FAILED" in query_failed_runs.upper(), "Should filter for FAILED result_state"
assert "7" in query_failed_runs, "Should look back 7 days"
assert "ORDER BY" in query_failed_runs.upper(), "Should order results"
print("Task 7 PASSED: System table query is correct")`;

const T8_TODO = `# TODO: Assign the correct cluster type
# Options: "job_cluster" or "all_purpose"

# Scenario 1: Scheduled nightly ETL job that runs for 2 hours
nightly_etl = "______"

# Scenario 2: Interactive notebook development and exploration
interactive_dev = "______"

# Scenario 3: Ad-hoc data investigation by an analyst
adhoc_analysis = "______"

# Scenario 4: Production ML model training triggered weekly
ml_training = "______"`;

const T8_VERIFY = `# Verification
assert nightly_etl == "job_cluster", "Scheduled ETL -> job cluster (cheaper, auto-terminates)"
assert interactive_dev == "all_purpose", "Interactive work -> all-purpose (stays running)"
assert adhoc_analysis == "all_purpose", "Ad-hoc analysis -> all-purpose (interactive)"
assert ml_training == "job_cluster", "Scheduled ML training -> job cluster (cost-effective)"
print("Task 8 PASSED: Cluster type selection correct")
print()
print("Key insight:")
print("  job_cluster -> automated/scheduled workloads (cost-optimized)")
print("  all_purpose -> interactive/development work (long-running)")`;

// ---------------------------------------------------------------- summary takeaways

// Each practice task points at one row of the summary table; the rows keep the table's order.
const TAKEAWAY = {
  jobConfig: {
    topic: 'Job Configuration',
    text: 'Jobs are defined as JSON/YAML with tasks, dependencies, triggers, and compute settings',
  },
  triggers: {
    topic: 'Trigger Types',
    text: '`scheduled`, `file_arrival`, `continuous`, `manual` — choose based on latency requirements',
  },
  cron: { topic: 'CRON Expressions', text: '5-field format: `minute hour day month weekday`' },
  dag: { topic: 'DAG Dependencies', text: 'Fan-out (parallel) and fan-in (wait for all) patterns' },
  repair: { topic: 'Repair Runs', text: 'Re-execute only the failed task + downstream — saves compute cost' },
  taskValues: { topic: 'Task Values', text: '`dbutils.jobs.taskValues` for passing data between tasks' },
  systemTables: { topic: 'System Tables', text: '`system.lakeflow.job_run_timeline` for monitoring and auditing' },
  clusters: { topic: 'Cluster Selection', text: 'Job clusters for automation, All-purpose for interactive work' },
} as const;

const TRIGGER_OPTIONS = ['scheduled', 'file_arrival', 'continuous', 'manual'];
const CLUSTER_OPTIONS = ['job_cluster', 'all_purpose'];
const BOOL_OPTIONS = ['True', 'False'];

const TRIGGER_OPTIONS_HINT = 'Options: `scheduled`, `file_arrival`, `continuous`, `manual`.';
const CRON_FORMAT_HINT = 'Standard 5-field format: `minute hour day_of_month month day_of_week`.';
const CLUSTER_RULE_HINT =
  'Rule of thumb: **Job clusters** for automated/scheduled workloads (cost-optimized, auto-terminates); **All-purpose clusters** for interactive/development work (long-running, shared).';

// ---------------------------------------------------------------- practice tasks

const TASK_1: PracticeTask = {
  id: 'practice.1',
  number: 1,
  title: 'Understanding Job Configuration (JSON)',
  topic: 'Job Configuration (JSON)',
  skills: 'Reading job definitions, timeouts, retries',
  prompt: [
    {
      kind: 'paragraph',
      text: 'Databricks Jobs can be configured via UI or programmatically via **REST API / JSON / YAML**.\nExamine the job configuration below and answer the questions.',
    },
    { kind: 'code', lang: 'json', code: T1_JOB_JSON },
    { kind: 'note', text: '**Hint:** Pay attention to `timeout_seconds`, `max_retries`, and the `depends_on` chains.' },
  ],
  todoCell: T1_TODO,
  verifyCell: T1_VERIFY,
  blanks: [
    {
      id: 't1.num_tasks',
      kind: 'int',
      label: 'num_tasks',
      question: 'How many tasks does this job have?',
      answer: '3',
      hints: [
        'Count the objects in the `tasks` array of the JSON configuration.',
        'Each task is one object with its own `task_key`.',
        'The task keys are `refresh_pipeline`, `validate_results` and `generate_report`: type how many that is, as a bare number.',
      ],
    },
    {
      id: 't1.first_task',
      kind: 'string',
      label: 'first_task',
      question: 'Which task runs first (has no dependencies)?',
      answer: 'refresh_pipeline',
      hints: [
        'The task that runs first is the one without a `depends_on` entry.',
        'Follow the `depends_on` chain backwards: `generate_report` waits for `validate_results`, which waits for…',
        'It is the pipeline task (the one with `pipeline_task` and `timeout_seconds`): type its `task_key` inside the quotes.',
      ],
    },
    {
      id: 't1.timeout_minutes',
      kind: 'int',
      label: 'timeout_minutes',
      question: 'What is the maximum time (in minutes) the pipeline task can run before timeout?',
      answer: '30',
      hints: [
        'Look at `timeout_seconds` on the pipeline task.',
        'It is given in seconds (1800), but the question asks for minutes.',
        'Divide 1800 seconds by 60 seconds per minute and type the result.',
      ],
    },
    {
      id: 't1.max_retries',
      kind: 'int',
      label: 'max_retries',
      question: 'How many times will validate_results retry on failure?',
      answer: '2',
      hints: [
        'Look at the settings of the `validate_results` task.',
        'The lab hint says to pay attention to `max_retries`: its value is the number of retries.',
      ],
    },
    {
      id: 't1.validate_runs_on_failure',
      kind: 'bool',
      label: 'validate_runs_on_failure',
      question: 'If refresh_pipeline fails, will validate_results run?',
      options: BOOL_OPTIONS,
      answer: 'False',
      hints: [
        '`validate_results` has `depends_on` → `refresh_pipeline`.',
        'In the workshop, a task that **Depends on** another "runs only after" that one succeeds.',
        'With the default `run_if` (All succeeded) a failed dependency means the dependent task does not start (with `ALL_DONE` it would): answer with a Python bool.',
      ],
    },
  ],
  takeaway: TAKEAWAY.jobConfig,
};

const TASK_2: PracticeTask = {
  id: 'practice.2',
  number: 2,
  title: 'Trigger Types',
  topic: 'Trigger Types',
  skills: 'Matching scenarios to trigger types',
  prompt: [
    { kind: 'paragraph', text: 'Match each business scenario to the correct **trigger type**.' },
    {
      kind: 'table',
      header: ['Scenario', 'Trigger Type'],
      align: [null, 'center'],
      rows: [
        ['Run ETL pipeline every day at 6 AM', '?'],
        ['Process files as soon as they land in a Volume', '?'],
        ['Continuously process streaming data with minimal latency', '?'],
        ['Run only when manually triggered by a data engineer', '?'],
      ],
    },
    { kind: 'note', text: '**Options:** `scheduled`, `file_arrival`, `continuous`, `manual`' },
  ],
  todoCell: T2_TODO,
  verifyCell: T2_VERIFY,
  blanks: [
    {
      id: 't2.trigger_daily_6am',
      kind: 'string',
      label: 'trigger_daily_6am',
      question: 'Run ETL pipeline every day at 6 AM',
      options: TRIGGER_OPTIONS,
      answer: 'scheduled',
      hints: [
        TRIGGER_OPTIONS_HINT,
        'The job starts at a fixed time of day, not in response to data.',
        'A fixed timetable like this is what a CRON expression describes (Task 3 writes one for each "schedule").',
      ],
    },
    {
      id: 't2.trigger_new_files',
      kind: 'string',
      label: 'trigger_new_files',
      question: 'Process files as soon as they land in a Volume',
      options: TRIGGER_OPTIONS,
      answer: 'file_arrival',
      hints: [
        TRIGGER_OPTIONS_HINT,
        'The job reacts to an event (files landing in a Volume), not to the clock.',
        'The trigger is named after that event: a file that arrives.',
      ],
    },
    {
      id: 't2.trigger_streaming',
      kind: 'string',
      label: 'trigger_streaming',
      question: 'Continuously process streaming data with minimal latency',
      options: TRIGGER_OPTIONS,
      answer: 'continuous',
      hints: [
        TRIGGER_OPTIONS_HINT,
        'The summary says to choose a trigger "based on latency requirements": here latency must be minimal.',
        'The job never waits for a time or a file: it keeps running, as the first word of the scenario says.',
      ],
    },
    {
      id: 't2.trigger_adhoc',
      kind: 'string',
      label: 'trigger_adhoc',
      question: 'Run only when manually triggered by a data engineer',
      options: TRIGGER_OPTIONS,
      answer: 'manual',
      hints: [
        TRIGGER_OPTIONS_HINT,
        'No timetable, no file, no stream: a person decides when it runs.',
        'Like the workshop\'s `customer_pipeline`, which has **no trigger** and runs on demand when you click **Run now**.',
      ],
    },
  ],
  takeaway: TAKEAWAY.triggers,
};

const TASK_3: PracticeTask = {
  id: 'practice.3',
  number: 3,
  title: 'CRON Expressions',
  topic: 'CRON Expressions',
  skills: 'Writing schedule expressions',
  prompt: [
    { kind: 'paragraph', text: 'Write the CRON expression for each schedule using the standard 5-field format.' },
    { kind: 'paragraph', text: '**Format:** `minute hour day_of_month month day_of_week`' },
    {
      kind: 'table',
      header: ['Field', 'Allowed Values'],
      align: [null, null],
      rows: [
        ['Minute', '`0–59`'],
        ['Hour', '`0–23`'],
        ['Day of month', '`1–31`'],
        ['Month', '`1–12`'],
        ['Day of week', '`0–6` (0 = Sunday) or `1-5` for Mon–Fri'],
      ],
    },
    { kind: 'note', text: '**Tip:** Use `*` for "every" and `*/N` for "every N units".' },
  ],
  todoCell: T3_TODO,
  verifyCell: T3_VERIFY,
  blanks: [
    {
      id: 't3.cron_daily_6am',
      kind: 'string',
      label: 'cron_daily_6am',
      question: 'Every day at 6:00 AM',
      answer: '0 6 * * *',
      hints: [
        CRON_FORMAT_HINT,
        'Use `*` for "every": every day of the month, every month, every day of the week.',
        'Fix the minute at 0 and the hour at 6 (hours run `0–23`); the last three fields are all "every".',
      ],
    },
    {
      id: 't3.cron_hourly',
      kind: 'string',
      label: 'cron_hourly',
      question: 'Every hour (at minute 0)',
      answer: '0 * * * *',
      hints: [
        CRON_FORMAT_HINT,
        'Only the minute is fixed; the hour is "every".',
        'Minute 0, then `*` in the hour field and in the three remaining fields.',
      ],
    },
    {
      id: 't3.cron_weekdays_8am',
      kind: 'string',
      label: 'cron_weekdays_8am',
      question: 'Monday to Friday at 8:00 AM',
      answer: '0 8 * * 1-5',
      hints: [
        CRON_FORMAT_HINT,
        'The day-of-week field takes `1-5` for Mon–Fri.',
        'Minute 0, hour 8, `*` for day of month and month, then the Mon–Fri range as the fifth field.',
      ],
    },
    {
      id: 't3.cron_every_15min',
      kind: 'string',
      label: 'cron_every_15min',
      question: 'Every 15 minutes',
      answer: '*/15 * * * *',
      hints: [
        CRON_FORMAT_HINT,
        'Use `*/N` for "every N units".',
        'Put the `*/N` step with N = 15 in the minute field; the hour, day, month and weekday fields stay "every".',
      ],
    },
  ],
  takeaway: TAKEAWAY.cron,
};

const TASK_4: PracticeTask = {
  id: 'practice.4',
  number: 4,
  title: 'Task Dependencies — DAG Design',
  topic: 'Task Dependencies (DAG)',
  skills: 'Fan-out / fan-in patterns',
  prompt: [
    { kind: 'paragraph', text: 'Design a task dependency graph (DAG) for the following requirements:' },
    {
      kind: 'list',
      ordered: true,
      items: [
        '**`ingest`** — runs first (no dependencies)',
        '**`build_dim_tables`** and **`build_fact_tables`** — run **in parallel** after `ingest` completes *(fan-out)*',
        '**`generate_report`** — runs only after **both** DIM and FACT tasks complete *(fan-in)*',
        '**`send_notification`** — runs after `generate_report`',
      ],
    },
    { kind: 'code', lang: '', code: T4_DAG_DIAGRAM },
    { kind: 'paragraph', text: 'Define the dependencies for each task as a list.' },
  ],
  todoCell: T4_TODO,
  verifyCell: T4_VERIFY,
  blanks: [
    {
      id: 't4.ingest',
      kind: 'list',
      label: 'task_dependencies["ingest"]',
      question: 'Which tasks does `ingest` depend on?',
      answer: '[]',
      hints: [
        'Requirement 1: `ingest` runs first.',
        'A task that runs first has no dependencies.',
        'The TODO comment shows how to write "no dependencies" as a list.',
      ],
    },
    {
      id: 't4.build_dim_tables',
      kind: 'list',
      label: 'task_dependencies["build_dim_tables"]',
      question: 'Which tasks does `build_dim_tables` depend on?',
      answer: '["ingest"]',
      hints: [
        'Requirement 2: DIM and FACT run in parallel after `ingest` completes (fan-out).',
        'DIM waits for exactly one task.',
        'A one-item list holding the first task\'s name as a quoted string.',
      ],
    },
    {
      id: 't4.build_fact_tables',
      kind: 'list',
      label: 'task_dependencies["build_fact_tables"]',
      question: 'Which tasks does `build_fact_tables` depend on?',
      answer: '["ingest"]',
      hints: [
        'Requirement 2: FACT runs in parallel with DIM after `ingest` completes (fan-out).',
        'Its dependency list is the same as `build_dim_tables`\'s.',
        'A one-item list holding the first task\'s name as a quoted string.',
      ],
    },
    {
      id: 't4.generate_report',
      kind: 'list',
      label: 'task_dependencies["generate_report"]',
      question: 'Which tasks does `generate_report` depend on?',
      answer: '["build_dim_tables", "build_fact_tables"]',
      hints: [
        'Requirement 3: `generate_report` runs only after **both** DIM and FACT tasks complete (fan-in).',
        'Fan-in means "wait for all": the list has more than one entry.',
        'List both build tasks\' names as quoted strings, separated by a comma (the check sorts them, so order does not matter).',
      ],
    },
    {
      id: 't4.send_notification',
      kind: 'list',
      label: 'task_dependencies["send_notification"]',
      question: 'Which tasks does `send_notification` depend on?',
      answer: '["generate_report"]',
      hints: [
        'Requirement 4: `send_notification` runs after one other task.',
        'It is the last node of the DAG, right below the report.',
        'A one-item list holding the report task\'s name as a quoted string.',
      ],
    },
  ],
  takeaway: TAKEAWAY.dag,
};

const TASK_5: PracticeTask = {
  id: 'practice.5',
  number: 5,
  title: 'Repair Run Scenarios',
  topic: 'Repair Runs',
  skills: 'Understanding re-execution scope',
  prompt: [
    {
      kind: 'paragraph',
      text: 'The job from Task 4 ran, but **`build_fact_tables` failed**. All other completed tasks succeeded.',
    },
    { kind: 'paragraph', text: 'Answer the following questions about **Repair Run** behavior.' },
    {
      kind: 'note',
      text: '**Reminder:** A Repair Run re-executes only the **failed task** and all its **downstream dependents** — it skips tasks that already succeeded.',
    },
  ],
  todoCell: T5_TODO,
  verifyCell: T5_VERIFY,
  blanks: [
    {
      id: 't5.repair_rerun_tasks',
      kind: 'list-items',
      label: 'repair_rerun_tasks',
      question: '`build_fact_tables` failed: which tasks will be RE-EXECUTED during a Repair Run?',
      answer: '"build_fact_tables", "generate_report", "send_notification"',
      hints: [
        'A Repair Run re-executes only the failed task and all its downstream dependents.',
        'Start from the failed task, `build_fact_tables`, and follow the Task 4 DAG downwards.',
        'Three quoted names, separated by commas: the failed task, the report that waits for it, and the notification after the report.',
      ],
    },
    {
      id: 't5.ingest_reruns',
      kind: 'bool',
      label: 'ingest_reruns',
      question: 'Will \'ingest\' run again during repair?',
      options: BOOL_OPTIONS,
      answer: 'False',
      hints: [
        'A Repair Run skips tasks that already succeeded.',
        '`ingest` is upstream of the failure, and it completed successfully.',
        'A succeeded upstream task is not re-executed: answer with a Python bool.',
      ],
    },
    {
      id: 't5.dim_reruns',
      kind: 'bool',
      label: 'dim_reruns',
      question: 'Will \'build_dim_tables\' run again during repair?',
      options: BOOL_OPTIONS,
      answer: 'False',
      hints: [
        'Repair re-runs the failed task and its downstream dependents only.',
        '`build_dim_tables` ran in parallel with FACT (fan-out) and succeeded.',
        'It is a sibling of the failed task, not downstream of it, so repair skips it: answer with a Python bool.',
      ],
    },
    {
      id: 't5.repair_is_cheaper',
      kind: 'bool',
      label: 'repair_is_cheaper',
      question: 'Is Repair Run cheaper than a full re-run? (less compute used)',
      options: BOOL_OPTIONS,
      answer: 'True',
      hints: [
        'Compare the work: a full re-run runs every task; a repair runs only the failed task + downstream.',
        'The summary: Repair Runs "saves compute cost".',
        'Skipping the tasks that succeeded means less compute is used: answer with a Python bool.',
      ],
    },
  ],
  takeaway: TAKEAWAY.repair,
};

const TASK_6: PracticeTask = {
  id: 'practice.6',
  number: 6,
  title: 'Passing Parameters Between Tasks (`dbutils.jobs.taskValues`)',
  topic: 'Task Values',
  skills: 'Passing parameters between tasks',
  prompt: [
    { kind: 'paragraph', text: 'Tasks within a Lakeflow Job can share data using **`dbutils.jobs.taskValues`**.' },
    { kind: 'paragraph', text: '**Setting a value (in Task A):**' },
    { kind: 'code', lang: 'python', code: T6_SET_SNIPPET },
    { kind: 'paragraph', text: '**Getting a value (in Task B, which depends on Task A):**' },
    { kind: 'code', lang: 'python', code: T6_GET_SNIPPET },
    {
      kind: 'note',
      text: 'Since we are not running inside a Job, the code below **simulates** this mechanism using a dictionary. Complete the missing values.',
    },
  ],
  todoCell: T6_TODO,
  verifyCell: T6_VERIFY,
  blanks: [
    {
      id: 't6.rows_processed',
      kind: 'expression',
      label: 'task_values["refresh_pipeline"]["rows_processed"]',
      question: 'Task A (`refresh_pipeline`) sets the number of rows processed: what value goes under `rows_processed`?',
      answer: 'rows_processed',
      hints: [
        'Task A stores the number of rows it processed, like `taskValues.set(key=..., value=...)`.',
        'The line just above already holds that number (15420) in a variable.',
        'Type that variable\'s name without quotes: it is spelled like the key.',
      ],
    },
    {
      id: 't6.processing_time',
      kind: 'expression',
      label: 'task_values["refresh_pipeline"]["processing_time"]',
      question: 'Task A also sets the processing timestamp: what value goes under `processing_time`?',
      answer: 'processing_time',
      hints: [
        'Task A also stores when it ran.',
        'The line above computes it with `datetime.now().isoformat()` and assigns it to a variable.',
        'Type that variable\'s name without quotes: the verification compares against it, and it is spelled like the key.',
      ],
    },
    {
      id: 't6.get_task_key',
      kind: 'expression',
      label: 'task_values[…] (task key)',
      question: 'Task B reads `rows_processed`: which task key does it read from?',
      answer: '"refresh_pipeline"',
      hints: [
        'Reading a value names the task that set it: `taskValues.get(taskKey=..., key=...)`. The first subscript plays the `taskKey` role.',
        'The TODO comment says: get rows_processed from refresh_pipeline.',
        'Copy the first subscript of the `retrieved_time` line below: a dictionary key is a quoted string.',
      ],
    },
    {
      id: 't6.get_key',
      kind: 'expression',
      label: 'task_values[…][…] (value key)',
      question: 'Task B reads from `refresh_pipeline`: which key holds the row count?',
      answer: '"rows_processed"',
      hints: [
        'The second subscript plays the `key` role of `taskValues.get(taskKey=..., key=...)`.',
        'Use the key Task A set the row count under.',
        'Like the second subscript of the `retrieved_time` line, but for the rows: a quoted string.',
      ],
    },
  ],
  takeaway: TAKEAWAY.taskValues,
};

const TASK_7: PracticeTask = {
  id: 'practice.7',
  number: 7,
  title: 'Job Monitoring via System Tables',
  topic: 'System Tables',
  skills: 'SQL queries for job monitoring',
  prompt: [
    {
      kind: 'paragraph',
      text: 'Databricks **system tables** provide metadata about job executions for monitoring and auditing.',
    },
    {
      kind: 'table',
      header: ['System Table', 'Content'],
      align: [null, null],
      rows: [
        ['`system.lakeflow.job_run_timeline`', 'Job-level run history (status, duration, result)'],
        ['`system.lakeflow.job_task_run_timeline`', 'Task-level run details (per-task status, timing)'],
      ],
    },
    { kind: 'paragraph', text: 'Write a SQL query to find all **failed** job runs in the last **7 days**.' },
  ],
  todoCell: T7_TODO,
  verifyCell: T7_VERIFY,
  blanks: [
    {
      id: 't7.result_state',
      kind: 'sql-text',
      label: 'result_state',
      question: 'Which `result_state` marks a failed job run?',
      answer: 'FAILED',
      hints: [
        'The `WHERE` clause filters job runs on `result_state`.',
        'The task asks for **failed** job runs.',
        'Type the state the way the TODO comment spells it (in capitals), inside the existing quotes.',
      ],
      cautions: [
        {
          when: 'case-differs',
          text:
            "On Databricks result_state = '{answer}' finds no runs: result_state values are upper case (FAILED) and string comparison is case-sensitive by default (UTF8_BINARY collation). The check passes only because it upper-cases the query first.",
          source: 'https://docs.databricks.com/aws/en/admin/system-tables/jobs; https://docs.databricks.com/sql/language-manual/sql-ref-collation.html',
        },
      ],
    },
    {
      id: 't7.days',
      kind: 'sql-number',
      label: 'INTERVAL … DAYS',
      question: 'How many days back should the query look for failed runs?',
      answer: '7',
      hints: [
        'This blank sets how far back `start_time` may go from `current_date()` (the lab\'s simplified column: the real `job_run_timeline` calls it `period_start_time`).',
        'Read the task sentence again: failed job runs in the last how many days?',
        'One week: type just the number, no quotes.',
      ],
      cautions: [
        {
          when: 'differs',
          text:
            'INTERVAL {answer} DAYS looks back {answer} days, not the last 7: the check passes only because it looks for a 7 anywhere in the query text.',
          source: 'https://docs.databricks.com/sql/language-manual/functions/make_dt_interval.html (INTERVAL days DAYS)',
        },
      ],
    },
  ],
  takeaway: TAKEAWAY.systemTables,
};

const TASK_8: PracticeTask = {
  id: 'practice.8',
  number: 8,
  title: 'Job Cluster vs. All-Purpose Cluster',
  topic: 'Cluster Selection',
  skills: 'Job cluster vs. All-purpose cluster',
  prompt: [
    { kind: 'paragraph', text: 'Choose the correct **cluster type** for each scenario.' },
    {
      kind: 'table',
      header: ['Scenario', 'Cluster Type'],
      align: [null, 'center'],
      rows: [
        ['Scheduled nightly ETL job (runs 2 hours)', '?'],
        ['Interactive notebook development', '?'],
        ['Ad-hoc data investigation by an analyst', '?'],
        ['Production ML model training (weekly)', '?'],
      ],
    },
    {
      kind: 'note',
      text: '**Rule of thumb:** Use **Job clusters** for automated/scheduled workloads (cost-optimized, auto-terminates). Use **All-purpose clusters** for interactive/development work (long-running, shared).',
    },
  ],
  todoCell: T8_TODO,
  verifyCell: T8_VERIFY,
  blanks: [
    {
      id: 't8.nightly_etl',
      kind: 'string',
      label: 'nightly_etl',
      question: 'Scheduled nightly ETL job that runs for 2 hours',
      options: CLUSTER_OPTIONS,
      answer: 'job_cluster',
      hints: [
        CLUSTER_RULE_HINT,
        'A scheduled nightly job runs unattended: it is an automated workload.',
        'Pick the cost-optimized cluster that auto-terminates when the job is done.',
      ],
    },
    {
      id: 't8.interactive_dev',
      kind: 'string',
      label: 'interactive_dev',
      question: 'Interactive notebook development and exploration',
      options: CLUSTER_OPTIONS,
      answer: 'all_purpose',
      hints: [
        CLUSTER_RULE_HINT,
        'Notebook development is interactive work: someone is typing and running cells.',
        'Pick the long-running, shared cluster meant for development.',
      ],
    },
    {
      id: 't8.adhoc_analysis',
      kind: 'string',
      label: 'adhoc_analysis',
      question: 'Ad-hoc data investigation by an analyst',
      options: CLUSTER_OPTIONS,
      answer: 'all_purpose',
      hints: [
        CLUSTER_RULE_HINT,
        'An analyst investigating ad hoc works interactively, not on a schedule.',
        'Pick the long-running, shared cluster, the same as for notebook development.',
      ],
    },
    {
      id: 't8.ml_training',
      kind: 'string',
      label: 'ml_training',
      question: 'Production ML model training triggered weekly',
      options: CLUSTER_OPTIONS,
      answer: 'job_cluster',
      hints: [
        CLUSTER_RULE_HINT,
        'Training triggered weekly in production is a scheduled workload, even though it is ML.',
        'Pick the cost-optimized cluster that auto-terminates, the same as for the nightly ETL.',
      ],
    },
  ],
  takeaway: TAKEAWAY.clusters,
};

// ---------------------------------------------------------------- the lab

export const LAB08: Lab = {
  id: 'lab08',
  title: 'LAB 08: Lakeflow Jobs — Triggers, Dependencies & Orchestration',
  duration: '~30 min',
  day: '3',
  difficulty: 'Intermediate',
  module: 'M08: Lakeflow Jobs & Orchestration',
  quote:
    'The RetailHub pipeline works — now automate it. Configure triggers, define task dependencies, handle failures with repair runs, and monitor via system tables.',
  structure: [
    {
      kind: 'table',
      header: ['Section', 'Focus', 'Format'],
      align: [null, null, null],
      rows: [
        ['**Section 1: Workshop**', 'Hands-on job creation in Databricks UI', 'Guided walkthrough with screenshots'],
        [
          '**Section 2: Practice**',
          'Orchestration concepts & configuration',
          'Fill-in-the-blank exercises with verification',
        ],
      ],
    },
  ],
  setup: [{ kind: 'code', lang: 'python', code: SETUP_CELL }],
  workshop: {
    title: 'Section 1: Workshop — Creating & Running Jobs in Databricks UI',
    intro: [
      { kind: 'paragraph', text: 'In this section you will create two Lakeflow Jobs through the Databricks UI:' },
      {
        kind: 'table',
        header: ['Job', 'Tasks', 'Purpose'],
        align: [null, null, null],
        rows: [
          ['**customer_pipeline**', '`bronze_customer` → `silver_customer`', 'Ingest and cleanse customer data'],
          [
            '**orders_pipeline**',
            '`bronze_orders` → `silver_orders` → `gold_daily_orders` → `gold_summary`',
            'Full orders medallion pipeline, triggered by customer updates',
          ],
        ],
      },
      {
        kind: 'note',
        text: '**Goal:** Create both jobs, configure task dependencies, set up a **Table Update trigger** so the orders pipeline runs automatically when `silver_customers` is updated, then execute the pipeline end-to-end.',
      },
    ],
    steps: [
      {
        id: 'workshop.1',
        number: 1,
        title: 'Create a New Job — `customer_pipeline`',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Navigate to **Jobs & Pipelines** in the left sidebar, then click **Create Job**.',
          },
          { kind: 'image', caption: 'Create Job', file: '6f524625f8464c29a2572b0a324333a5.webp' },
        ],
      },
      {
        id: 'workshop.2',
        number: 2,
        title: 'Set the Job Name',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Enter a **unique name** for your job (e.g., `<your_name>_customer_pipeline`).',
          },
          { kind: 'image', caption: 'Job Name', file: 'ae8ab8cafdcf4690b5d9665cbf058798.webp' },
          {
            kind: 'note',
            text: '**Note:** The job name does not need to be globally unique — each job is identified by a unique **Job ID** assigned automatically by Databricks.',
          },
          { kind: 'image', caption: 'Job Details — ID & Creator', file: '460925af2b214f93a2252aed0ea86936.webp' },
        ],
      },
      {
        id: 'workshop.3',
        number: 3,
        title: 'Configure Job Parameters',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Add the following **job parameters** so that all tasks share the same catalog and source path:',
          },
          {
            kind: 'table',
            header: ['Parameter', 'Value'],
            align: [null, null],
            rows: [
              ['`catalog`', '`retailhub_<your_name>`'],
              ['`source_path`', '`/Volumes/retailhub_<your_name>/default/datasets`'],
            ],
          },
          { kind: 'image', caption: 'Job Parameters', file: 'e24f8fbe50f642e0a28054972140dcb1.webp' },
        ],
      },
      {
        id: 'workshop.4',
        number: 4,
        title: 'Add the First Task — `bronze_customer`',
        blocks: [
          { kind: 'paragraph', text: 'Click **Add task** and configure:' },
          {
            kind: 'table',
            header: ['Field', 'Value'],
            align: [null, null],
            rows: [
              ['**Task name**', '`bronze_customer`'],
              ['**Type**', 'Notebook'],
              ['**Source**', 'Workspace'],
              ['**Path**', 'Path to your `bronze_customers` notebook'],
              [
                '**Compute**',
                'Shared training cluster *(for workshop only — in production, use a dedicated Job cluster)*',
              ],
            ],
          },
          { kind: 'image', caption: 'Add Task', file: '8d2245e891b849e5966aae38a0e33c5f.webp' },
          { kind: 'image', caption: 'Task Configuration', file: 'c89c69190d40463faae2b5186c78c271.webp' },
          { kind: 'paragraph', text: 'Click **Create task** when done.' },
        ],
      },
      {
        id: 'workshop.5',
        number: 5,
        title: 'Add the Second Task — `silver_customer`',
        blocks: [
          { kind: 'paragraph', text: 'Repeat the same process for `silver_customer`:' },
          {
            kind: 'list',
            ordered: false,
            items: [
              'Set **Depends on** → `bronze_customer` (so it runs only after bronze succeeds)',
              'Point the notebook path to your `silver_customers` notebook',
            ],
          },
          { kind: 'paragraph', text: 'Your completed job should look like this:' },
          { kind: 'image', caption: 'Customer Pipeline — 2 Tasks', file: '8bdeb6d46c284e3c85bf1c04f4b27657.webp' },
        ],
      },
      {
        id: 'workshop.6',
        number: 6,
        title: 'Create the Second Job — `orders_pipeline`',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Create a **new job** following the same steps as above. Name it `<your_name>_orders_pipeline` and add all four medallion tasks with proper dependencies.',
          },
          { kind: 'paragraph', text: 'Your completed pipeline should look like this:' },
          { kind: 'image', caption: 'Orders Pipeline — 4 Tasks', file: '119b8804bea74938aff23d816140bf4b.webp' },
        ],
      },
      {
        id: 'workshop.7',
        number: 7,
        title: 'Configure a Table Update Trigger',
        blocks: [
          {
            kind: 'paragraph',
            text: 'Navigate to the **Triggers** tab of the `orders_pipeline` job and add a **Table Update** trigger on `silver_customers`.',
          },
          {
            kind: 'paragraph',
            text: 'This means the orders pipeline will **start automatically** whenever the `silver_customers` table is updated by the customer pipeline.',
          },
          {
            kind: 'image',
            caption: 'Table Update Trigger Configuration',
            file: 'd4dd6298fc9b41e9bc784878ccd8dc3a.webp',
          },
        ],
      },
      {
        id: 'workshop.8',
        number: 8,
        title: 'Run the Pipeline',
        blocks: [
          { kind: 'paragraph', text: 'Click **Run now** on the `customer_pipeline` job first.' },
          { kind: 'image', caption: 'Run Job', file: '73685979cbb243b3af4e01fdcadb1a32.webp' },
          {
            kind: 'note',
            text: '**Expected result:** The customer pipeline completes successfully, which updates `silver_customers`. This triggers the orders pipeline automatically — both jobs should show a successful run in the **Run History** tab.',
          },
        ],
      },
    ],
    reference: {
      ordersYaml: ORDERS_YAML,
      customerYaml: CUSTOMER_YAML,
      blocks: [
        { kind: 'heading', level: 3, text: 'Reference: YAML Definition — `orders_pipeline`' },
        {
          kind: 'note',
          text: 'The YAML below shows the **Databricks Asset Bundle** definition for the orders pipeline. This is the programmatic equivalent of what you configured in the UI above.',
        },
        { kind: 'code', lang: 'yaml', code: ORDERS_YAML },
        { kind: 'heading', level: 3, text: 'Reference: YAML Definition — `customer_pipeline`' },
        { kind: 'code', lang: 'yaml', code: CUSTOMER_YAML },
        {
          kind: 'note',
          text: '**Key differences:** The customer pipeline has **no trigger** (runs manually or on-demand), while the orders pipeline uses a **table_update trigger** on `silver_customers`.',
        },
      ],
    },
  },
  practice: {
    title: 'Section 2: Practice — Orchestration Concepts & Configuration',
    intro: [
      {
        kind: 'paragraph',
        text: 'Complete the exercises below to reinforce your understanding of Lakeflow Jobs orchestration.',
      },
      {
        kind: 'table',
        header: ['Task', 'Topic', 'Skills Tested'],
        align: [null, null, null],
        rows: [
          ['1', 'Job Configuration (JSON)', 'Reading job definitions, timeouts, retries'],
          ['2', 'Trigger Types', 'Matching scenarios to trigger types'],
          ['3', 'CRON Expressions', 'Writing schedule expressions'],
          ['4', 'Task Dependencies (DAG)', 'Fan-out / fan-in patterns'],
          ['5', 'Repair Runs', 'Understanding re-execution scope'],
          ['6', 'Task Values', 'Passing parameters between tasks'],
          ['7', 'System Tables', 'SQL queries for job monitoring'],
          ['8', 'Cluster Selection', 'Job cluster vs. All-purpose cluster'],
        ],
      },
    ],
    tasks: [TASK_1, TASK_2, TASK_3, TASK_4, TASK_5, TASK_6, TASK_7, TASK_8],
  },
  summary: {
    workshop: [
      {
        kind: 'paragraph',
        text: 'You created two Lakeflow Jobs through the Databricks UI, configured task dependencies, set up a **Table Update trigger**, and executed the full pipeline end-to-end.',
      },
    ],
    practice: [{ kind: 'paragraph', text: 'You reinforced key orchestration concepts:' }],
    takeawayHeader: ['Topic', 'Key Takeaway'],
    takeaways: [
      TAKEAWAY.jobConfig,
      TAKEAWAY.triggers,
      TAKEAWAY.cron,
      TAKEAWAY.dag,
      TAKEAWAY.repair,
      TAKEAWAY.taskValues,
      TAKEAWAY.systemTables,
      TAKEAWAY.clusters,
    ],
    examTip:
      'Focus on **when** to use each trigger type, how repair runs scope re-execution, and the cost implications of cluster selection.',
  },
};
