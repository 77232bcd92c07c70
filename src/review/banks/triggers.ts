// Trigger-type scenarios for "which trigger?" cards, written from the facts file §b (trigger
// types and their API fields), §a (schedules), §e (continuous jobs' retries) and the lab itself.
// Ids are stable: the scheduler remembers the last variant shown so it is not repeated.

export const TRIGGER_KINDS = ['scheduled', 'file_arrival', 'table_update', 'continuous', 'manual'] as const;

export const TRIGGER_DOC = { title: 'Automate jobs with schedules and triggers', url: 'https://docs.databricks.com/jobs/triggers' };
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** What each kind is in the Jobs UI and in the job's JSON/YAML. */
export const TRIGGER_FIELDS: Record<TriggerKind, string> = {
  scheduled: 'Scheduled: `schedule.quartz_cron_expression` + `timezone_id` (or `trigger.periodic` for a simple every-N interval)',
  file_arrival: 'File arrival: `trigger.file_arrival.url` (a Unity Catalog volume or external location)',
  table_update: 'Table update: `trigger.table_update.table_names` (`catalog.schema.table`), condition `ANY_UPDATED` or `ALL_UPDATED`',
  continuous: 'Continuous: top-level `continuous` (a new run starts as soon as the previous one ends)',
  manual: 'None (manual): no trigger field; started with **Run now** or `POST /api/2.2/jobs/run-now`',
};

/** When each kind is the right choice, in one phrase (used to say why a wrong pick is wrong). */
export const TRIGGER_FITS: Record<TriggerKind, string> = {
  scheduled: 'fits work that runs at clock times or at a fixed interval',
  file_arrival: 'fits work that must start when new files land in a storage location',
  table_update: 'fits work that must start when Unity Catalog tables are updated',
  continuous: 'fits always-on streaming work that needs minimal latency',
  manual: 'fits runs that a person (or an external caller of `run-now`) starts on demand',
};

export interface TriggerScenario {
  id: string;
  kind: TriggerKind;
  text: string;
  /** Why this kind, and why not the tempting alternative. */
  why: string;
}

export const TRIGGER_SCENARIOS: readonly TriggerScenario[] = [
  // ---- scheduled
  {
    id: 'daily-6am',
    kind: 'scheduled',
    text: 'Run the ETL pipeline every day at 6 AM.',
    why: 'A fixed time of day is a schedule: in Databricks the Quartz expression `0 0 6 * * ?` with a `timezone_id`.',
  },
  {
    id: 'weekday-paris',
    kind: 'scheduled',
    text: 'Refresh the finance mart at 07:30 every weekday, Paris time, before the office opens.',
    why: 'A clock time on given weekdays is a cron schedule; `timezone_id: Europe/Paris` is required alongside the Quartz expression.',
  },
  {
    id: 'hourly-utc',
    kind: 'scheduled',
    text: 'Compact a Delta table once an hour, every hour, with an exact cadence even across daylight-saving changes.',
    why: 'Hourly is a schedule. Databricks warns that with a DST time zone an hourly run may be skipped or delayed around the change: use UTC for an absolute cadence.',
  },
  {
    id: 'month-start',
    kind: 'scheduled',
    text: 'Produce the billing extract at 02:00 on the 1st of every month.',
    why: 'A calendar date and time: a cron schedule (`0 0 2 1 * ?` in Quartz).',
  },
  {
    id: 'every-12h',
    kind: 'scheduled',
    text: 'Retrain a small model every 12 hours; the exact clock time does not matter.',
    why: 'A simple interval is still time-based: the periodic ("simple") schedule, `trigger.periodic: {interval: 12, unit: HOURS}`.',
  },
  // ---- file arrival
  {
    id: 'volume-drop',
    kind: 'file_arrival',
    text: 'Process files as soon as they land in a Volume.',
    why: 'The job reacts to new files in a storage location: a file arrival trigger on the volume path (`trigger.file_arrival.url`).',
  },
  {
    id: 'partner-csv',
    kind: 'file_arrival',
    text: 'A partner uploads CSV exports to an external location at unpredictable times, a few times a day; ingest each upload promptly.',
    why: 'Unpredictable arrivals of files: a schedule would either run for nothing or lag. File arrival starts the job when files appear.',
  },
  {
    id: 'quiet-folder',
    kind: 'file_arrival',
    text: 'A batch of files trickles in over a few minutes; start the ingestion once the landing folder has been quiet for 5 minutes.',
    why: 'File arrival with `wait_after_last_change_seconds` (minimum 60 s) waits for the writes to settle before starting.',
  },
  {
    id: 'stop-polling',
    kind: 'file_arrival',
    text: 'Replace a notebook that polls a landing folder every minute for new uploads: the job should start only when an upload appears.',
    why: 'Polling for files is exactly what a file arrival trigger does for you, without running a cluster between uploads.',
  },
  // ---- table update
  {
    id: 'lab-silver-customers',
    kind: 'table_update',
    text: 'Start the orders pipeline whenever `silver_customers` is updated by the customer pipeline (the workshop\'s setup).',
    why: 'The job reacts to a table changing, not to files or a clock: a table update trigger on `silver_customers` (`trigger.table_update.table_names`).',
  },
  {
    id: 'both-tables',
    kind: 'table_update',
    text: 'Build a gold report only after both `silver_orders` and `silver_customers` have received new data.',
    why: 'A table update trigger on both tables with `condition: ALL_UPDATED` (the default `ANY_UPDATED` would fire on either one).',
  },
  {
    id: 'other-team-table',
    kind: 'table_update',
    text: 'Another team\'s job writes `sales.silver.transactions` at irregular times; refresh your aggregates each time that table changes.',
    why: 'You do not own their schedule, but you can react to their writes: a table update trigger on the Unity Catalog table.',
  },
  {
    id: 'debounced-tables',
    kind: 'table_update',
    text: 'Refresh a summary when any of three source tables changes, but at most once every 10 minutes.',
    why: 'A table update trigger (`ANY_UPDATED`) with `min_time_between_triggers_seconds: 600` limits how often it fires.',
  },
  // ---- continuous
  {
    id: 'low-latency-stream',
    kind: 'continuous',
    text: 'Continuously process streaming data with minimal latency.',
    why: 'Minimal latency on a stream means the job is always running: a continuous trigger starts a new run as soon as one ends.',
  },
  {
    id: 'kafka-24-7',
    kind: 'continuous',
    text: 'Keep a Structured Streaming job that reads from Kafka running 24/7, and start it again automatically whenever it stops.',
    why: 'Always on, restarted automatically: continuous mode (top-level `continuous`), not a schedule.',
  },
  {
    id: 'iot-alerts',
    kind: 'continuous',
    text: 'Near-real-time alerts from IoT sensors: the pipeline must never wait for a clock time or for a file batch.',
    why: 'Waiting for a time or a file adds latency; the latency requirement calls for a continuous job.',
  },
  {
    id: 'backoff-restart',
    kind: 'continuous',
    text: 'A streaming job must always be running: when a run fails or ends, Databricks should start a new run by itself, with growing back-off delays after failures.',
    why: 'A continuous job always has one run active and starts a new one when a run ends; after failures it restarts with exponential back-off. You cannot set task retry policies on it; `task_retry_mode: ON_FAILURE` (the default) retries a failed task inside the run while another task is still on its first attempt.',
  },
  // ---- manual
  {
    id: 'adhoc-engineer',
    kind: 'manual',
    text: 'Run only when manually triggered by a data engineer.',
    why: 'No timetable and no data event: no trigger at all (the UI\'s "None"), started with **Run now**.',
  },
  {
    id: 'one-off-backfill',
    kind: 'manual',
    text: 'A one-off backfill of last year\'s data, run once after a bug fix.',
    why: 'Something that runs once, when a person decides, needs no trigger: run it manually.',
  },
  {
    id: 'workshop-customer',
    kind: 'manual',
    text: 'The workshop\'s `customer_pipeline`, started with **Run now** when the trainer says so.',
    why: 'The lab\'s reference YAML gives `customer_pipeline` no trigger: it "runs manually or on-demand".',
  },
  {
    id: 'external-orchestrator',
    kind: 'manual',
    text: 'An external orchestrator starts the job through the Jobs REST API (`run-now`) when its own upstream steps finish.',
    why: 'The job itself has no trigger; whoever calls `POST /api/2.2/jobs/run-now` decides when it runs, exactly like **Run now**.',
  },
  {
    id: 'debug-rerun',
    kind: 'manual',
    text: 'While debugging a notebook change, run the job again only when you choose to.',
    why: 'Runs on demand, by a person: no trigger (manual).',
  },
];
