// Temporary: replaced when this command lands.
import { UsageError } from './io';
const notYet = (): never => { throw new UsageError('review is not available in this build yet'); };
export const runProgress = notYet, runReset = notYet, runExportBundle = notYet, runReport = notYet,
  runDrillCommand = notYet, runReviewCommand = notYet, startApp = notYet;
