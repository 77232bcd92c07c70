// `lakeflow-lab export bundle`: the learner's two jobs (or the lab's reference jobs for --name) as a
// databricks.yml that `databricks bundle validate` accepts.
import { existsSync, writeFileSync } from 'node:fs';
import { bundleYaml } from '../bundle/index';
import { learnerSlug, referenceJobs } from '../jobs/index';
import { openProgressStore } from '../progress/index';
import { restoreBuilderState, toJobSpecs } from '../workshop/index';
import { UsageError, writeOut } from './io';

export interface ExportArgs {
  out?: string;
  name?: string;
}

export function exportYaml(args: ExportArgs): string {
  if (args.name !== undefined) {
    if (args.name.trim() === '') throw new UsageError('--name needs a name, e.g. --name alice');
    return bundleYaml(referenceJobs(args.name), { bundleName: `lakeflow_lab_${learnerSlug(args.name)}` });
  }
  const store = openProgressStore();
  const state = restoreBuilderState(store.get().workshop?.entries);
  store.close();
  const jobs = toJobSpecs(state);
  if (jobs.length === 0) {
    throw new UsageError('no jobs built yet: do the workshop steps first, or pass --name NAME for the lab\'s reference jobs');
  }
  const who = state.learnerName.trim() === '' ? 'learner' : learnerSlug(state.learnerName);
  return bundleYaml(jobs, { bundleName: `lakeflow_lab_${who}` });
}

export function runExportBundle(args: ExportArgs): number {
  const yaml = exportYaml(args);
  const out = args.out ?? 'databricks.yml';
  if (out === '-') {
    writeOut(yaml);
    return 0;
  }
  if (args.out === undefined && existsSync(out)) {
    throw new UsageError('databricks.yml already exists here: pass --out FILE to choose where to write (or --out - for stdout)');
  }
  try {
    writeFileSync(out, yaml);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
  process.stderr.write(`wrote ${out}\n`);
  return 0;
}
