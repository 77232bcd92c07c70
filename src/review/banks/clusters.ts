// Job cluster vs all-purpose cluster scenarios, with the cost reason (facts §h): all-purpose
// compute bills at a higher DBU rate, jobs compute terminates when the run ends, all-purpose
// auto-termination is tied to inactivity, and all-purpose is for interactive, shared work.

export type ClusterKind = 'job_cluster' | 'all_purpose';

export interface ClusterScenario {
  id: string;
  kind: ClusterKind;
  text: string;
  why: string;
}

export const CLUSTER_SCENARIOS: readonly ClusterScenario[] = [
  {
    id: 'nightly-etl',
    kind: 'job_cluster',
    text: 'Scheduled nightly ETL job that runs for 2 hours.',
    why: 'Automated and scheduled: a job cluster starts for the run and terminates when it ends, at the lower jobs-compute DBU rate.',
  },
  {
    id: 'weekly-ml',
    kind: 'job_cluster',
    text: 'Production ML model training triggered weekly.',
    why: 'A production, triggered workload: jobs compute is cheaper per DBU and is not left running between weekly runs.',
  },
  {
    id: 'shared-job-cluster',
    kind: 'job_cluster',
    text: 'An hourly job with four chained notebook tasks; start-up time per task should be as low as possible.',
    why: 'Declare one cluster in `job_clusters` and point every task at it with `job_cluster_key`: tasks share it, which cuts start-up latency, and it terminates with the run.',
  },
  {
    id: 'file-ingest-prod',
    kind: 'job_cluster',
    text: 'A production ingestion job started by a file arrival trigger several times a day.',
    why: 'Automated production work: jobs compute, terminated after each run, instead of an all-purpose cluster billed at a higher rate.',
  },
  {
    id: 'cut-cost',
    kind: 'job_cluster',
    text: 'A scheduled production job points at a shared interactive cluster through `existing_cluster_id`, and finance asks you to cut its cost.',
    why: 'Move it to jobs compute: all-purpose compute bills at a higher DBU rate, and Databricks does not recommend it for production jobs.',
  },
  {
    id: 'monthly-aggregate',
    kind: 'job_cluster',
    text: 'A 20-minute aggregation that a schedule runs once a month.',
    why: 'An all-purpose cluster would sit idle until its inactivity timeout; a job cluster exists only for the 20 minutes of the run.',
  },
  {
    id: 'interactive-dev',
    kind: 'all_purpose',
    text: 'Interactive notebook development and exploration.',
    why: 'Interactive work needs a cluster that stays up between commands: all-purpose (it stops only after an inactivity timeout).',
  },
  {
    id: 'adhoc-analyst',
    kind: 'all_purpose',
    text: 'Ad-hoc data investigation by an analyst.',
    why: 'Ad-hoc means interactive: an all-purpose cluster, used while the analyst works.',
  },
  {
    id: 'team-exploration',
    kind: 'all_purpose',
    text: 'Several data scientists explore a new dataset together in notebooks during the day.',
    why: 'All-purpose clusters can be shared by several users for interactive work; a job cluster exists only for one job run.',
  },
  {
    id: 'debug-step',
    kind: 'all_purpose',
    text: 'Debugging a failing notebook cell by cell before putting it back into the job.',
    why: 'Running cells one at a time is interactive work: an all-purpose cluster.',
  },
  {
    id: 'training-workshop',
    kind: 'all_purpose',
    text: 'A training workshop where every learner runs notebook cells on one shared cluster (the lab\'s "shared training cluster").',
    why: 'Shared and interactive: all-purpose. The lab notes that in production a job would use a dedicated job cluster instead.',
  },
];

/**
 * The four answers of every cluster card: each kind with a true and a false cost claim, so
 * picking the type is not enough: the reason has to be right too.
 */
export const CLUSTER_CHOICES = {
  jobRight: 'Job cluster: jobs compute bills at a lower DBU rate and terminates automatically when the run ends',
  jobWrong: 'Job cluster: it keeps running between runs, so the next run starts without waiting',
  apRight: 'All-purpose cluster: it stays up for interactive work and can be shared; it stops only after an inactivity timeout',
  apWrong: 'All-purpose cluster: it bills at a lower DBU rate than jobs compute',
} as const;

export const CLUSTER_FACTS =
  'Facts: all-purpose compute is billed at a higher DBU rate than jobs compute; jobs compute terminates when the run ends, all-purpose only after inactivity; Databricks does not recommend all-purpose compute for production jobs (serverless jobs compute is recommended for most workloads).';
