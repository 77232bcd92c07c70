// Exam topics beyond the lab: run_if, retries and notifications, serverless, parameters and
// dynamic value references, If/else and For each, queueing, continuous jobs, table-update
// triggers, system tables, bundles. Every card carries the doc page its fact was looked up in.
import type { CardMaker } from '../types';

export function examMakers(): CardMaker[] {
  return [];
}
