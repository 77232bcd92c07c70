// `lakeflow-lab report PATH…`: the instructor's class summary from collected drill result files.
import { LAB08 } from '../lessons/lab08';
import { classReport } from '../drill/report';
import { renderCsv, renderJson, renderText } from '../drill/report-render';
import { labContentHash } from '../drill/result-file';
import { engineJudge } from '../drill/judge';
import { UsageError, writeOut } from './io';

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
