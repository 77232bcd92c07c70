// `lakeflow-lab export bundle`: the learner's two jobs (or the lab's reference jobs for --name) as a
// databricks.yml that `databricks bundle validate` accepts.
import { existsSync, writeFileSync } from 'node:fs';
import { bundleYaml } from '../bundle/index';
import { learnerSlug, referenceJobs } from '../jobs/index';
import { openProgressStore } from '../progress/index';
import { checkAll, restoreBuilderState, toJobSpecs, type BuilderState } from '../workshop/index';
import { UsageError, writeOut } from './io';

export interface ExportArgs {
  out?: string;
  name?: string;
  /** Write the bundle even when workshop checkpoints do not pass. */
  allowIncomplete?: boolean;
}

/** What an unfinished workshop still lacks: the problems of every step whose checkpoint fails. */
export function missingForBundle(state: BuilderState): string[] {
  const missing: string[] = [];
  for (const [step, result] of Object.entries(checkAll(state))) {
    for (const problem of result.problems) missing.push(`step ${step}: ${problem}`);
  }
  return missing;
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
  const missing = missingForBundle(state);
  if (missing.length > 0) {
    if (!args.allowIncomplete) throw new IncompleteWorkshop(missing);
    process.stderr.write(`lakeflow-lab: the workshop is not finished; writing anyway (--allow-incomplete):\n${missing.map((m) => `  - ${m}`).join('\n')}\n`);
  }
  const who = state.learnerName.trim() === '' ? 'learner' : learnerSlug(state.learnerName);
  return bundleYaml(jobs, { bundleName: `lakeflow_lab_${who}` });
}

/** The workshop's checkpoints do not all pass: nothing is written, exit 1. */
export class IncompleteWorkshop extends Error {
  constructor(readonly missing: string[]) {
    super('the workshop is not finished');
  }
}

export function runExportBundle(args: ExportArgs): number {
  let yaml: string;
  try {
    yaml = exportYaml(args);
  } catch (error) {
    if (!(error instanceof IncompleteWorkshop)) throw error;
    process.stderr.write(
      `lakeflow-lab: the workshop is not finished, so no bundle was written. Missing:\n${error.missing.map((m) => `  - ${m}`).join('\n')}\n` +
        'Finish those steps, or pass --allow-incomplete to write what you have.\n',
    );
    return 1;
  }
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
