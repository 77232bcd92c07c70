// Triggers: which API field each one lives in, and when a table-update trigger fires.

import type { JobSpec, TableUpdateCondition, TriggerSpec } from './types';

/** The job's triggers as a list, without the "manual" placeholder. */
export function triggersOf(job: JobSpec): Exclude<TriggerSpec, { kind: 'manual' }>[] {
  const list = job.trigger === undefined ? [] : Array.isArray(job.trigger) ? job.trigger : [job.trigger];
  return list.filter((t): t is Exclude<TriggerSpec, { kind: 'manual' }> => t.kind !== 'manual');
}

/**
 * Which JobSettings field a trigger is written to (facts §b): cron schedules and continuous mode
 * have their own top-level fields, the others share the `trigger` object.
 */
export function triggerField(trigger: TriggerSpec): 'schedule' | 'continuous' | 'trigger' | null {
  switch (trigger.kind) {
    case 'manual':
      return null;
    case 'schedule':
      return 'schedule';
    case 'continuous':
      return 'continuous';
    default:
      return 'trigger';
  }
}

/** Unity Catalog names are case-insensitive; backticks only quote. */
export function normaliseTableName(name: string): string {
  return name.replace(/`/g, '').trim().toLowerCase();
}

/** `catalog.schema.table`, three non-empty parts without spaces. */
export function isFullyQualifiedTable(name: string): boolean {
  return /^[^.\s]+\.[^.\s]+\.[^.\s]+$/.test(name.replace(/`/g, '').trim());
}

/**
 * Whether a table-update trigger starts a run, given the tables updated since the job last ran.
 * ANY_UPDATED (the default) needs one of the monitored tables, ALL_UPDATED needs every one
 * (schema: `TableUpdateTriggerConfiguration.condition`). A paused trigger never fires; any
 * other kind of trigger is not a table-update trigger and returns false.
 */
export function tableUpdateFires(trigger: TriggerSpec | undefined, updatedTables: Iterable<string>): boolean {
  if (trigger === undefined || trigger.kind !== 'table_update' || trigger.paused === true) return false;
  const watched = trigger.table_names.map(normaliseTableName).filter((t) => t.length > 0);
  if (watched.length === 0) return false;
  const updated = new Set([...updatedTables].map(normaliseTableName));
  const condition: TableUpdateCondition = trigger.condition ?? 'ANY_UPDATED';
  return condition === 'ALL_UPDATED' ? watched.every((t) => updated.has(t)) : watched.some((t) => updated.has(t));
}

/** Whether any of the job's table-update triggers fires for these updated tables. */
export function jobFiresOnTableUpdate(job: JobSpec, updatedTables: Iterable<string>): boolean {
  const updated = [...updatedTables];
  return triggersOf(job).some((t) => tableUpdateFires(t, updated));
}
