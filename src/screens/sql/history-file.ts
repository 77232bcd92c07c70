// The SQL screen's query history kept between sessions: `sql-history.json` in the data folder
// (next to progress.json), a JSON array of the newest queries. Best effort: a missing, damaged
// or unwritable file means the history starts empty or stays in memory, never an error for the
// learner. Written whole through a temporary file and a rename, so a crash leaves the old file.

import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HISTORY_KEEP } from './query-history';

export const HISTORY_FILE = 'sql-history.json';
/** More than HISTORY_KEEP queries of a sane size never take this much. */
const MAX_BYTES = 1024 * 1024;

export function readHistoryFile(dir: string): string[] {
  try {
    const file = join(dir, HISTORY_FILE);
    const stat = statSync(file);
    if (!stat.isFile() || stat.size > MAX_BYTES) return [];
    const value: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!Array.isArray(value)) return [];
    return value.filter((q): q is string => typeof q === 'string' && q.trim() !== '').slice(-HISTORY_KEEP);
  } catch {
    return [];
  }
}

/** Saves the entries; false when the folder is missing or not writable (the history stays in memory). */
export function writeHistoryFile(dir: string, entries: readonly string[]): boolean {
  try {
    if (!existsSync(dir)) return false;
    const file = join(dir, HISTORY_FILE);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(entries.slice(-HISTORY_KEEP), null, 1)}\n`);
    renameSync(temp, file);
    return true;
  } catch {
    return false;
  }
}
