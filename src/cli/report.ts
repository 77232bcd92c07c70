// `lakeflow-lab report PATH…`: the instructor's class summary from collected drill result files.
import { LAB08 } from '../lessons/lab08';
import { classReport } from '../drill/report';
import { renderCsv, renderJson, renderText } from '../drill/report-render';
import { labContentHash } from '../drill/result-file';
import { engineJudge } from '../drill/judge';
import { existsSync, statSync } from 'node:fs';
import { UsageError, inert, writeOut } from './io';

export interface ReportArgs {
  paths: string[];
  csv: boolean;
  json: boolean;
  seed?: string;
}

/** Exit 0 when at least one learner's result was counted, 1 when none was. */
export function runReport(args: ReportArgs): number {
  if (args.csv && args.json) throw new UsageError('choose one of --csv and --json');
  const report = classReport(args.paths, LAB08, engineJudge(LAB08.practice.tasks), {
    labHash: labContentHash(LAB08),
    ...(args.seed === undefined ? {} : { seed: args.seed }),
  });
  writeOut(args.csv ? renderCsv(report) : args.json ? renderJson(report) : renderText(report));
  return report.learners > 0 ? 0 : 1;
}

export interface LiveArgs {
  paths: string[];
  anonymous: boolean;
  stuck?: string;
  out?: string;
  csv: boolean;
  json: boolean;
  seed?: string;
  color: boolean;
  /** The `ascii` setting: draw the view with ASCII only. */
  ascii?: boolean;
}

/** `report --live DIR`: checked here without React; the view itself is loaded only when valid. */
export function liveOptions(args: LiveArgs): { dir: string; anonymous: boolean; stuckMinutes: number; outDir: string } {
  if (args.paths.length !== 1) throw new UsageError('report --live watches one folder: lakeflow-lab report --live DIR');
  if (args.csv || args.json) throw new UsageError('--live shows the report on screen; press w in it to write CSV and JSON');
  if (args.seed !== undefined) throw new UsageError('--seed does not apply to --live (the most common seed is taken)');
  const dir = args.paths[0] as string;
  let stats;
  try {
    stats = statSync(dir);
  } catch {
    throw new UsageError(`cannot watch ${inert(dir)}: no such folder`);
  }
  if (!stats.isDirectory()) throw new UsageError(`cannot watch ${inert(dir)}: not a folder`);
  let stuckMinutes = 5;
  if (args.stuck !== undefined) {
    if (!/^\d+$/.test(args.stuck) || Number(args.stuck) < 1 || Number(args.stuck) > 600) {
      throw new UsageError(`--stuck takes whole minutes from 1 to 600, got ${inert(args.stuck)}`);
    }
    stuckMinutes = Number(args.stuck);
  }
  const outDir = args.out ?? process.cwd();
  if (!existsSync(outDir) || !statSync(outDir).isDirectory()) throw new UsageError(`--out ${inert(outDir)} is not a folder`);
  return { dir, anonymous: args.anonymous, stuckMinutes, outDir };
}

export async function runLiveReport(args: LiveArgs): Promise<number> {
  const options = liveOptions(args);
  const { runLive } = await import('../screens/live/run-live');
  return runLive({ ...options, noColor: !args.color, ascii: args.ascii === true });
}
