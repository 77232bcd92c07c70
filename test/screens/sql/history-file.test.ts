import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HISTORY_FILE, readHistoryFile, writeHistoryFile } from '../../../src/screens/sql/history-file';
import { HISTORY_KEEP } from '../../../src/screens/sql/query-history';
import { removeTempDir, tempDir } from '../../support/temp';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) removeTempDir(d);
});
const dir = (): string => {
  const d = tempDir('llt-sqlhist-');
  dirs.push(d);
  return d;
};

describe('the SQL history file', () => {
  it('keeps the newest queries between sessions', () => {
    const d = dir();
    expect(readHistoryFile(d)).toEqual([]);
    const many = Array.from({ length: HISTORY_KEEP + 3 }, (_, i) => `SELECT ${i}`);
    expect(writeHistoryFile(d, many)).toBe(true);
    const back = readHistoryFile(d);
    expect(back).toHaveLength(HISTORY_KEEP);
    expect(back.at(-1)).toBe(`SELECT ${HISTORY_KEEP + 2}`);
    expect(existsSync(join(d, `${HISTORY_FILE}.${process.pid}.tmp`))).toBe(false);
  });

  it('reads a damaged or foreign file as no history, and does not create a missing folder', () => {
    const d = dir();
    writeFileSync(join(d, HISTORY_FILE), '{not json');
    expect(readHistoryFile(d)).toEqual([]);
    writeFileSync(join(d, HISTORY_FILE), JSON.stringify([1, 'SELECT 1', '  ', null]));
    expect(readHistoryFile(d)).toEqual(['SELECT 1']);
    const missing = join(d, 'nope');
    expect(writeHistoryFile(missing, ['SELECT 1'])).toBe(false);
    expect(existsSync(missing)).toBe(false);
    expect(readFileSync(join(d, HISTORY_FILE), 'utf8')).toContain('SELECT 1');
  });
});
