// Which compute for which work. Three honest options on every card (none is a false claim):
// classic jobs compute (a job cluster), serverless jobs compute, all-purpose compute. Each
// scenario says what rules the other two out, so exactly one answer is defensible:
// - interactive or shared exploration → all-purpose (facts §h);
// - automated work with nothing serverless lacks → serverless, the recommended default;
// - automated work that needs what serverless does not support (R, RDD APIs, Maven
//   coordinates) or a workspace without serverless → a job cluster.
import type { DocRef } from '../types';

export type ClusterKind = 'job_cluster' | 'serverless' | 'all_purpose';

export interface ClusterScenario {
  id: string;
  kind: ClusterKind;
  text: string;
  why: string;
  doc?: DocRef;
}

export const CLUSTER_OPTIONS: Record<ClusterKind, string> = {
  job_cluster: 'Classic jobs compute (job cluster)',
  serverless: 'Serverless compute for jobs',
  all_purpose: 'All-purpose compute (interactive)',
};

export const CLUSTER_DOC: DocRef = { title: 'Configure compute for jobs', url: 'https://docs.databricks.com/jobs/compute.html' };
export const SERVERLESS_LIMITS_DOC: DocRef = {
  title: 'Serverless compute limitations',
  url: 'https://docs.databricks.com/compute/serverless/limitations.html',
};
export const CLASSIC_JOBS_DOC: DocRef = {
  title: 'Configure classic compute for Lakeflow Jobs',
  url: 'https://learn.microsoft.com/en-sg/Azure/databricks/jobs/run-classic-jobs',
};

const NO_SERVERLESS = 'The workspace does not have serverless compute enabled.';

export const CLUSTER_SCENARIOS: readonly ClusterScenario[] = [
  // ---- classic jobs compute: automated, and serverless is ruled out
  {
    id: 'nightly-etl',
    kind: 'job_cluster',
    text: `Scheduled nightly ETL job that runs for 2 hours. ${NO_SERVERLESS}`,
    why: 'Automated and scheduled, without serverless: a job cluster starts for the run and terminates when it ends, at the lower jobs-compute DBU rate. All-purpose compute is billed at a higher rate and is not recommended for production jobs.',
    doc: CLASSIC_JOBS_DOC,
  },
  {
    id: 'weekly-ml-r',
    kind: 'job_cluster',
    text: 'Production model training, triggered weekly, written in R notebooks.',
    why: 'Serverless compute does not support R, so an automated R workload runs on classic jobs compute: a job cluster that exists only for the run.',
    doc: SERVERLESS_LIMITS_DOC,
  },
  {
    id: 'rdd-legacy',
    kind: 'job_cluster',
    text: 'A scheduled production job whose legacy Python code still uses Spark RDD APIs (`sc.parallelize`, `rdd.map`).',
    why: 'Serverless compute supports only Spark Connect APIs, not Spark RDD APIs; an automated job that needs them runs on a classic job cluster.',
    doc: SERVERLESS_LIMITS_DOC,
  },
  {
    id: 'maven-library',
    kind: 'job_cluster',
    text: 'A scheduled ingestion job that installs a connector from Maven coordinates on its compute.',
    why: 'Maven coordinates are not supported on serverless compute; automated work that needs them runs on classic jobs compute.',
    doc: SERVERLESS_LIMITS_DOC,
  },
  {
    id: 'shared-job-cluster',
    kind: 'job_cluster',
    text: `An hourly job with four chained notebook tasks that should share one cluster to cut start-up time. ${NO_SERVERLESS}`,
    why: 'Declare one cluster in `job_clusters` and point every task at it with `job_cluster_key`: tasks share it, and it terminates with the run.',
    doc: CLASSIC_JOBS_DOC,
  },
  {
    id: 'cut-cost',
    kind: 'job_cluster',
    text: `A scheduled production job runs on a shared interactive cluster (\`existing_cluster_id\`) and finance asks you to cut its cost. ${NO_SERVERLESS}`,
    why: 'Move it to jobs compute: all-purpose compute bills at a higher DBU rate, and Databricks does not recommend it for production jobs.',
    doc: CLASSIC_JOBS_DOC,
  },
  // ---- serverless: automated, nothing it lacks
  {
    id: 'new-python-etl',
    kind: 'serverless',
    text: 'A new scheduled Python/SQL ETL job in a workspace with serverless enabled; nobody wants to size or manage clusters.',
    why: 'Serverless compute for jobs is the recommended default for tasks that support it: Databricks provisions and scales the compute, and nothing here needs classic compute.',
  },
  {
    id: 'fast-start',
    kind: 'serverless',
    text: 'A file-arrival job in Python; nobody on the team wants to configure, size or tune a cluster for it, and serverless is enabled.',
    why: 'Serverless compute requires no configuration, is always available and scales with the workload; it is the default for job tasks that support it. Nothing here needs classic compute.',
    doc: { title: 'Compute configuration best practices', url: 'https://learn.microsoft.com/en-us/azure/databricks/clusters/cluster-config-best-practices' },
  },
  {
    id: 'monthly-sql',
    kind: 'serverless',
    text: 'A 20-minute SQL and Python aggregation that a schedule runs once a month; serverless is enabled and the team wants no cluster configuration.',
    why: 'Automated, Python and SQL only, nothing serverless does not support: serverless compute for jobs, the default for tasks that support it.',
  },
  // ---- all-purpose: interactive
  {
    id: 'interactive-dev',
    kind: 'all_purpose',
    text: 'Interactive notebook development and exploration in Scala.',
    why: 'Interactive work needs compute that stays up between commands: all-purpose compute (it runs until terminated, or until an optional auto-termination timeout). Jobs compute exists only for a job run.',
  },
  {
    id: 'adhoc-analyst',
    kind: 'all_purpose',
    text: 'Ad-hoc data investigation by an analyst, cell by cell, during the afternoon.',
    why: 'Ad-hoc means interactive: all-purpose compute, used while the analyst works. Jobs compute (classic or serverless) is for job runs, not for a notebook session.',
  },
  {
    id: 'team-exploration',
    kind: 'all_purpose',
    text: 'Several data scientists explore a new dataset together in notebooks on one cluster they all attach to.',
    why: 'All-purpose compute can be shared by several users for interactive work; a job cluster exists only for one job run.',
  },
  {
    id: 'training-workshop',
    kind: 'all_purpose',
    text: 'A training workshop where every learner runs notebook cells on one shared cluster (the lab\'s "shared training cluster").',
    why: 'Shared and interactive: all-purpose. The lab notes that in production a job would use dedicated jobs compute instead.',
  },
];

export const CLUSTER_FACTS =
  'All-purpose compute is billed at a higher DBU rate than jobs compute and runs until it is terminated (auto-termination after inactivity is optional); jobs compute terminates when the run ends; Databricks does not recommend all-purpose compute for production jobs, and serverless compute for jobs is the recommended default for tasks that support it.';
