// `npm run bench --quick` end to end: one run of every row against a fresh build, checking that the
// results file has every row and the figures each row promises. No timing is asserted: this suite
// runs on busy CI machines; the figures themselves are for `npm run bench`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

function ptyLoads(): boolean {
  try {
    createRequire(import.meta.url)('node-pty');
    return true;
  } catch {
    return false;
  }
}

const out = mkdtempSync(join(tmpdir(), 'lakeflow-bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const ROW_FIELDS: Record<string, string[]> = {
  coldStart: ['median', 'min', 'max', 'baseline', 'ratio'],
  check: ['median', 'min', 'max', 'baseline', 'ratio'],
  keystroke: ['median', 'p90', 'min', 'max', 'mode', 'screen'],
  memory: ['median', 'min', 'max', 'tasksOpened'],
  batch: ['median', 'sets', 'setsPerSecond'],
  report: ['median', 'files'],
};

describe.skipIf(!ptyLoads())('npm run bench -- --quick', () => {
  it('writes every row, each with its figures or the reason it is unavailable', () => {
    const stdout = execFileSync(process.execPath, [resolve(__dirname, '../../scripts/bench.mjs'), '--quick', '--build', '--json', '--out', out], {
      encoding: 'utf8',
      timeout: 90_000,
    });
    const printed = JSON.parse(stdout);
    const latest = JSON.parse(readFileSync(join(out, 'latest.json'), 'utf8'));
    expect(latest).toEqual(printed);
    expect(latest.quick).toBe(true);
    expect(Object.keys(latest.machine)).toEqual(expect.arrayContaining(['nproc', 'cpu', 'node', 'loadavgBefore', 'loadavgAfter']));
    for (const [row, fields] of Object.entries(ROW_FIELDS)) {
      const result = latest.rows[row];
      expect(result, row).toBeDefined();
      expect(result).toHaveProperty('target');
      expect(result).toHaveProperty('met');
      if (result.available) {
        for (const field of fields) expect(result, `${row}.${field}`).toHaveProperty(field);
      } else {
        expect(typeof result.reason, `${row} is unavailable without a reason`).toBe('string');
      }
    }
    // Home, the practice screen and the report need nothing unfinished: they must measure.
    expect(latest.rows.coldStart.available).toBe(true);
    expect(latest.rows.keystroke.available).toBe(true);
    expect(latest.rows.memory.available).toBe(true);
    expect(latest.rows.report.available).toBe(true);
  }, 120_000);
});
