// `check --notebook` and `report` on notebooks, run as the built bin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { BIN } from '../support/tmux';
import { allReference, labCells, reference, toDatabricksSource, toIpynb } from '../notebook/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'llt-notebook-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => buildOnce(), 60_000);

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LAKEFLOW_LAB_HOME: dir, NO_COLOR: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const wrong3 = [...reference(3)];
wrong3[3] = '15 * * * *';
const good = join(dir, 'ana.ipynb');
writeFileSync(good, toIpynb(labCells(allReference())));
const bad = join(dir, 'bo.py');
writeFileSync(bad, toDatabricksSource(labCells({ ...allReference(), 3: wrong3 })));

describe('check --notebook', () => {
  it('gives the eight verdicts as JSON, exit 0 when all pass', () => {
    const r = run(['check', '--notebook', good, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const value = JSON.parse(r.stdout) as { learner: string; tasks: Array<{ task: number; outcome: string; message: string }> };
    expect(value.learner).toBe('ana');
    expect(value.tasks.map((t) => [t.task, t.outcome])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, 'passed']));
    expect(value.tasks[2]!.message).toMatch(/^Task 3 PASSED/);
  });

  it('prints one line per task and exits 1 when one fails', () => {
    const r = run(['check', '--notebook', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^Task 3 {2}FAILED {2}\(cell \d+\) {2}Expected '\*\/15 \* \* \* \*', got '15 \* \* \* \*'$/m);
    expect(r.stdout).toMatch(/7 of 8 tasks passed/);
  });

  it('refuses what it cannot read with one line, exit 2', () => {
    for (const args of [['check', '--notebook', join(dir, 'nope.ipynb')], ['check', '--notebook', join(dir, 'x.txt')], ['check', '3', '--notebook', good]]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('report with notebooks', () => {
  it('counts a notebook as a learner like any other in --json', () => {
    const r = run(['report', dir, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const value = JSON.parse(r.stdout) as { learners: Array<{ learner: string; source: string; passed: number; tasks: Array<{ task: number; outcome: string }> }> };
    expect(value.learners.map((l) => [l.learner, l.source, l.passed])).toEqual([
      ['ana', 'notebook', 8],
      ['bo', 'notebook', 7],
    ]);
  });
});

describe('report --live without a terminal', () => {
  it('checks the folder and options first, then asks for a terminal, each in one line with exit 2', () => {
    for (const [args, message] of [
      [['report', '--live', join(dir, 'nope')], /no such folder/],
      [['report', '--live', good], /not a folder/],
      [['report', '--live', dir, dir], /watches one folder/],
      [['report', '--live', dir, '--stuck', '0'], /--stuck takes whole minutes/],
      [['report', '--live', dir, '--csv'], /press w/],
      [['report', dir, '--anonymous'], /go with --live/],
      [['report', '--live', dir], /needs an interactive terminal/],
    ] as const) {
      const r = run([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }
  });
});
