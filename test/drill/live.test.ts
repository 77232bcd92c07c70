import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineJudge } from '../../src/drill/judge';
import { ago, FolderScanner, HALF_WRITTEN_MS, liveLearners, writeReportFiles } from '../../src/drill/live';
import type { ReportJudge } from '../../src/drill/report';
import { LAB08 } from '../../src/lessons/lab08';
import { tempDir } from '../support/temp';
import { allReference, labCells, toIpynb } from '../notebook/fixtures';
import { labResult, reference } from './lab-results';

const judge = engineJudge(LAB08.practice.tasks);

/** Counts notebook gradings, to see that an unchanged notebook is not read and graded again. */
function countingJudge(): { judge: ReportJudge; gradings: () => number } {
  let n = 0;
  return {
    judge: { ...judge, notebook: (nb, path) => (n++, judge.notebook!(nb, path)) },
    gradings: () => n,
  };
}

function partial(learner: string): string {
  const { result } = labResult(learner, { 3: { answers: reference(3) }, 4: { answers: reference(4) } });
  const t4 = result.tasks.find((t) => t.task === 4)!;
  Object.assign(t4, { answers: t4.answers.map(() => ''), outcome: 'unanswered', message: '', errorType: null, attempts: 0 });
  return JSON.stringify({ ...result, finished: false, endedAt: null, endReason: null });
}

describe('FolderScanner', () => {
  it('reads each file version once and follows changes', () => {
    const dir = tempDir('llt-live-');
    const counting = countingJudge();
    let now = Date.now();
    const scanner = new FolderScanner(dir, LAB08, counting.judge, () => now);
    expect(scanner.scan().report.learners).toBe(0);
    writeFileSync(join(dir, 'ada.json'), partial('Ada'));
    expect(scanner.scan().report.learnerRows.map((r) => r.learner)).toEqual(['Ada']);
    writeFileSync(join(dir, 'bo.ipynb'), toIpynb(labCells(allReference())));
    utimesSync(join(dir, 'bo.ipynb'), new Date(now - 60_000), new Date(now - 60_000));
    now += 1000;
    scanner.scan();
    expect(counting.gradings()).toBe(1);
    const scan = scanner.scan();
    expect(counting.gradings()).toBe(1);
    expect(scan.report.learnerRows.map((r) => [r.learner, r.source])).toEqual([
      ['Ada', 'drill'],
      ['bo', 'notebook'],
    ]);
    expect(scan.order.get(join(dir, 'ada.json'))).toEqual([3, 4]);
  });

  it('retries a half-written file while it is fresh, keeps the last good version, and rejects it once stale', () => {
    const dir = tempDir('llt-live-');
    const path = join(dir, 'cy.json');
    let now = Date.now();
    const scanner = new FolderScanner(dir, LAB08, judge, () => now);
    const full = partial('Cy');
    writeFileSync(path, full.slice(0, 100));
    let scan = scanner.scan();
    expect(scan.pending).toEqual([path]);
    expect(scan.report.notCounted).toEqual([]);
    writeFileSync(path, full);
    scan = scanner.scan();
    expect(scan.pending).toEqual([]);
    expect(scan.report.learnerRows.map((r) => r.learner)).toEqual(['Cy']);
    // Being rewritten: the last good version stays on screen.
    writeFileSync(path, full.slice(0, 50));
    scan = scanner.scan();
    expect(scan.report.learnerRows.map((r) => r.learner)).toEqual(['Cy']);
    // Still broken long after its last change: a bad file, listed with its reason.
    now += HALF_WRITTEN_MS + 1000;
    scan = scanner.scan();
    expect(scan.report.learnerRows).toEqual([]);
    expect(scan.report.notCounted).toEqual([{ path, reason: 'not valid JSON' }]);
  });

  it('keeps report limits: no link out of the folder, no FIFO opened', () => {
    const dir = tempDir('llt-live-');
    const outside = join(tempDir('llt-live-outside-'), 'x.json');
    writeFileSync(outside, partial('Outsider'));
    symlinkSync(outside, join(dir, 'x.json'));
    let fifo = false;
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.json')]);
      fifo = true;
    } catch {
      // no mkfifo: the link case still runs
    }
    const scan = new FolderScanner(dir, LAB08, judge).scan();
    expect(scan.report.learners).toBe(0);
    const reasons = scan.report.notCounted.map((n) => n.reason);
    expect(reasons).toContain('a link to a place outside the folder (not followed)');
    if (fifo) expect(reasons.some((r) => r.startsWith('not a regular file'))).toBe(true);
  });
});

describe('liveLearners', () => {
  const dir = tempDir('llt-live-');
  writeFileSync(join(dir, 'ada.json'), partial('Ada'));
  writeFileSync(join(dir, 'bo.json'), JSON.stringify(labResult('Bo', { 3: { answers: reference(3) } }).result));
  const t0 = Date.now();
  utimesSync(join(dir, 'ada.json'), new Date(t0 - 10 * 60_000), new Date(t0 - 10 * 60_000));
  const scan = new FolderScanner(dir, LAB08, judge, () => t0).scan();

  it('gives the current task, done/total, last activity and stuck', () => {
    const rows = liveLearners(scan, { nowMs: t0, stuckMs: 5 * 60_000, anonymous: null });
    expect(rows.map((r) => [r.name, r.currentTask, r.done, r.total, r.passed, r.stuck, r.finished])).toEqual([
      ['Ada', 4, 1, 2, 1, true, false],
      ['Bo', null, 1, 1, 1, false, true],
    ]);
    expect(ago(t0, rows[0]!.lastActivityMs)).toBe('10m');
  });

  it('--anonymous numbers learners once and keeps the numbers', () => {
    const numbers = new Map<string, number>();
    const first = liveLearners(scan, { nowMs: t0, stuckMs: 60_000, anonymous: numbers });
    expect(first.map((r) => r.name)).toEqual(['Learner 1', 'Learner 2']);
    writeFileSync(join(dir, 'aaron.json'), partial('Aaron'));
    const later = liveLearners(new FolderScanner(dir, LAB08, judge, () => t0).scan(), { nowMs: t0, stuckMs: 60_000, anonymous: numbers });
    expect(later.map((r) => r.name)).toEqual(['Learner 3', 'Learner 1', 'Learner 2']);
  });
});

describe('writeReportFiles', () => {
  it('writes CSV and JSON and never overwrites', () => {
    const dir = tempDir('llt-live-');
    writeFileSync(join(dir, 'ada.json'), partial('Ada'));
    const report = new FolderScanner(dir, LAB08, judge).scan().report;
    const out = tempDir('llt-live-out-');
    const a = writeReportFiles(report, out, Date.UTC(2026, 2, 14, 10, 0, 0));
    const b = writeReportFiles(report, out, Date.UTC(2026, 2, 14, 10, 0, 0));
    expect(readdirSync(out).sort()).toEqual([
      'class-report-20260314T100000Z-1.csv',
      'class-report-20260314T100000Z-1.json',
      'class-report-20260314T100000Z.csv',
      'class-report-20260314T100000Z.json',
    ]);
    expect(a.csv).not.toBe(b.csv);
    expect(JSON.parse(readFileSync(a.json, 'utf8'))).toMatchObject({ summary: { learners: 1 } });
  });
});
