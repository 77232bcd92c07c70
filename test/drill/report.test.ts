import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedResult } from '../../src/drill/report';
import {
  buildReport,
  classReport,
  learnerKey,
  loadResults,
  median,
  normaliseAnswer,
  screenResults,
} from '../../src/drill/report';
import type { DrillResult } from '../../src/drill/result-file';
import { parseUntrustedJson, validateDrillResult } from '../../src/drill/validate';
import { FIXTURE_HASH, FIXTURE_LAB, fakeDrill, fixtureJudge, referenceAnswers } from './fixtures';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lakeflow-report-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  return path;
}

const allRight = (tasks: number[]) => Object.fromEntries(tasks.map((n) => [n, referenceAnswers(n)]));

describe('loadResults on hostile input', () => {
  const dir = tempDir();
  const good = fakeDrill({ learner: 'Ada', submit: allRight([1, 2]) }).result;
  write(dir, 'good.json', good);
  write(dir, 'invalid.json', '{"format": "lakeflow-lab/drill-result", ');
  write(dir, 'empty.json', '');
  write(dir, 'latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  write(dir, 'huge.json', `{"learner":"${'x'.repeat(1024 * 1024 + 10)}"}`);
  write(dir, 'deep.json', '['.repeat(200_000) + ']'.repeat(200_000));
  write(dir, 'array.json', [good]);
  write(dir, 'wrong-type.json', { ...good, tasks: good.tasks.map((t, i) => (i === 0 ? { ...t, seconds: '12' } : t)) });
  write(dir, 'bad-outcome.json', { ...good, tasks: good.tasks.map((t, i) => (i === 0 ? { ...t, outcome: 'PASSED' } : t)) });
  write(dir, 'answers-not-strings.json', { ...good, tasks: good.tasks.map((t, i) => (i === 0 ? { ...t, answers: [3, true] } : t)) });
  write(dir, 'missing-task.json', { ...good, tasks: good.tasks.slice(1) });
  write(dir, 'newer.json', { ...good, version: 2 });
  write(dir, 'other-format.json', { ...good, format: 'something/else' });
  write(dir, 'bad-date.json', { ...good, startedAt: 'yesterday' });
  write(dir, 'blank-name.json', { ...good, learner: '   ' });
  // Valid apart from hostile keys: must be accepted, with the keys doing nothing.
  const polluted = JSON.stringify({ ...good, learner: 'Proto' }).replace(
    /^\{/,
    '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted2": true}}, ',
  ).replace('"tasks":[{', '"tasks":[{"__proto__":{"outcome":"passed","polluted3":true},');
  write(dir, 'proto.json', polluted);
  write(dir, 'only-proto.json', '{"__proto__": {"polluted": true, "format": "lakeflow-lab/drill-result"}}');
  // Skipped in folders: dot-files (leftover temp files) and non-JSON files.
  write(dir, '.20260314T090000Z-ada-abc.json.1234.tmp', '{');
  write(dir, 'notes.txt', 'hello');
  // One level of subfolders is read, deeper is not.
  mkdirSync(join(dir, 'usb-stick', 'deeper'), { recursive: true });
  write(join(dir, 'usb-stick'), 'grace.json', fakeDrill({ learner: 'Grace' }).result);
  write(join(dir, 'usb-stick', 'deeper'), 'hidden.json', fakeDrill({ learner: 'Too Deep' }).result);
  // A file given by name is read whatever its extension.
  const explicit = write(dir, 'by-name.result', fakeDrill({ learner: 'Named' }).result);

  const devNull = process.platform === 'win32' ? [] : ['/dev/null'];
  const { accepted, rejected } = loadResults([dir, explicit, join(dir, 'good.json'), join(dir, 'nope.json'), ...devNull]);
  const reasons = Object.fromEntries(rejected.map((r) => [r.path.slice(dir.length + 1) || r.path, r.reason]));

  it('accepts the valid files once each, including one level of subfolders', () => {
    expect(accepted.map((a) => a.result.learner).sort()).toEqual(['Ada', 'Grace', 'Named', 'Proto']);
  });

  it('rejects every bad file with a reason', () => {
    expect(reasons).toEqual({
      'invalid.json': 'not valid JSON',
      'empty.json': 'empty file',
      'latin1.json': 'not UTF-8 text',
      'huge.json': expect.stringMatching(/^too large \(1048\d+ bytes/),
      'deep.json': expect.stringMatching(/^(JSON nested too deeply|not a valid result file)/),
      'array.json': 'not a valid result file: the file: expected an object',
      'wrong-type.json': 'not a valid result file: tasks[0].seconds: expected a number',
      'bad-outcome.json': expect.stringMatching(/tasks\[0\]\.outcome: expected one of passed, failed, error, unanswered/),
      'answers-not-strings.json': 'not a valid result file: tasks[0].answers[0]: expected text',
      'missing-task.json': 'not a valid result file: tasks: not the same tasks as settings.tasks',
      'newer.json': expect.stringMatching(/version 2 is not supported/),
      'other-format.json': expect.stringMatching(/not a lakeflow-lab drill result/),
      'bad-date.json': 'not a valid result file: startedAt: expected an ISO timestamp',
      'blank-name.json': 'not a valid result file: learner: the name is blank',
      'only-proto.json': expect.stringMatching(/not a lakeflow-lab drill result/),
      'nope.json': 'no such file or folder',
      ...(devNull.length > 0 ? { '/dev/null': 'not a regular file' } : {}),
    });
  });

  it('lets __proto__ / constructor keys pollute nothing', () => {
    const proto = accepted.find((a) => a.result.learner === 'Proto')!.result;
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(Object.hasOwn(proto, '__proto__')).toBe(false);
    expect(Object.hasOwn(proto, 'constructor')).toBe(false);
    expect(proto.tasks[0]!.outcome).toBe(good.tasks[0]!.outcome);
    expect(Object.getPrototypeOf(proto.tasks[0])).toBe(Object.prototype);
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'polluted2', 'polluted3']) {
      expect(probe[key]).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>)[key]).toBeUndefined();
    }
    // Copying a parsed object with assignment (the classic pollution path) stays harmless too.
    const parsed = parseUntrustedJson('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
    const copy = Object.assign({}, parsed);
    expect((copy as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(['a']);
  });

  it('keeps only known fields', () => {
    const withExtra = validateDrillResult({ ...good, extra: 'ignored', settings: { ...good.settings, colour: 'red' } });
    expect(withExtra.ok && Object.keys(withExtra.result)).not.toContain('extra');
    expect(withExtra.ok && Object.keys(withExtra.result.settings)).toEqual(['minutes', 'tasks', 'attempts', 'feedback']);
  });
});

function loaded(result: DrillResult, path = `${result.learner}.json`): LoadedResult {
  return { path, result };
}

describe('screenResults', () => {
  const base = { labId: 'lab08', labHash: FIXTURE_HASH };
  const ada = loaded(fakeDrill({ learner: 'Ada' }).result);
  const bob = loaded(fakeDrill({ learner: 'Bob' }).result);
  const cy = loaded(fakeDrill({ learner: 'Cy' }).result);
  const otherSeed = loaded(fakeDrill({ learner: 'Dee', seed: '41' }).result);
  const otherLab = loaded(fakeDrill({ learner: 'Eve', labId: 'lab07' }).result);
  const otherHash = loaded(fakeDrill({ learner: 'Fay', labHash: 'f'.repeat(64) }).result);
  const adaEarlier = loaded(fakeDrill({ learner: ' ada ', startMs: Date.UTC(2026, 2, 14, 8, 0) }).result, 'ada-first.json');
  const adaLater = loaded(fakeDrill({ learner: 'ADA', startMs: Date.UTC(2026, 2, 14, 9, 30) }).result, 'ada-second.json');

  it('sets aside other labs, other lab content, other seeds and older duplicates', () => {
    const screened = screenResults([ada, bob, cy, otherSeed, otherLab, otherHash, adaEarlier, adaLater], base);
    expect(screened.counted.map((c) => c.path)).toEqual(['ada-second.json', 'Bob.json', 'Cy.json']);
    expect(screened.seed).toEqual({ seed: '42', source: 'majority', agreeing: 5, total: 6 });
    const excluded = Object.fromEntries(screened.excluded.map((e) => [e.path, e.reason]));
    expect(excluded).toEqual({
      'Eve.json': 'made for another lab (lab07, not lab08)',
      'Fay.json': expect.stringMatching(/^checked against different lab content/),
      'Dee.json': 'another seed ("41"; this session\'s is "42", the most common)',
      'Ada.json': 'an earlier drill by the same learner (the latest is ada-second.json)',
      'ada-first.json': 'an earlier drill by the same learner (the latest is ada-second.json)',
    });
  });

  it('uses the seed given with --seed instead of the majority', () => {
    const screened = screenResults([ada, bob, otherSeed], { ...base, seed: '41' });
    expect(screened.counted.map((c) => c.result.learner)).toEqual(['Dee']);
    expect(screened.seed).toEqual({ seed: '41', source: 'given', agreeing: 1, total: 3 });
  });

  it('breaks a seed tie the same way every time', () => {
    const a = screenResults([otherSeed, ada], base);
    const b = screenResults([ada, otherSeed], base);
    expect(a.seed?.seed).toBe('41');
    expect(b.seed?.seed).toBe('41');
  });

  it('compares learner names loosely', () => {
    expect(learnerKey('  Ada\u00a0 LOVELACE ')).toBe(learnerKey('ada lovelace'));
    expect(learnerKey('Ｆｕｌｌ')).toBe('full');
  });
});

describe('buildReport', () => {
  const results = [
    fakeDrill({ learner: 'Ada', submit: { ...allRight([1, 2, 3, 4]), 5: ['True'] } }).result,
    fakeDrill({ learner: 'Bob', submit: { ...allRight([1, 2]), 3: ['6 0 * * *', '0 * * * *'], 5: ['boom'] } }).result,
    fakeDrill({ learner: 'Cy', submit: { 1: ['3', 'refresh_pipeline'], 3: ['  6  0 * * * ', '0 * * * *'] }, finish: false }).result,
    fakeDrill({ learner: 'Dee', tasks: [3, 7], submit: { 3: ['0 6 * * *', '* * * * *'] } }).result,
  ].map((r) => loaded(r));
  const report = buildReport(results, FIXTURE_LAB, fixtureJudge);

  it('counts learners and scores', () => {
    expect(report).toMatchObject({ labId: 'lab08', learners: 4, finished: 3, unfinished: 1 });
    // Ada 4/8, Bob 2/8, Cy 1/8, Dee 0/2.
    expect(report.learnerRows.map((r) => [r.learner, r.passed, r.total])).toEqual([
      ['Ada', 4, 8],
      ['Bob', 2, 8],
      ['Cy', 1, 8],
      ['Dee', 0, 2],
    ]);
    expect(report.meanScore).toBeCloseTo((0.5 + 0.25 + 0.125 + 0) / 4);
    expect(report.medianScore).toBeCloseTo((0.25 + 0.125) / 2);
  });

  it('gives pass rates and median times per task', () => {
    const t3 = report.tasks.find((t) => t.task === 3)!;
    expect(t3).toMatchObject({ drilled: 4, passed: 1, failed: 3, errors: 0, unanswered: 0, passRate: 0.25, medianSeconds: 23 });
    const t5 = report.tasks.find((t) => t.task === 5)!;
    expect(t5).toMatchObject({ drilled: 3, passed: 0, failed: 1, errors: 1, unanswered: 1 });
    const t7 = report.tasks.find((t) => t.task === 7)!;
    expect(t7).toMatchObject({ drilled: 4, passed: 0, unanswered: 4, passRate: 0 });
    expect(report.tasks.map((t) => t.task)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.tasks.find((t) => t.task === 4)).toMatchObject({ title: 'Task Dependencies — DAG Design', topic: 'Dependencies (DAG)' });
    expect(report.tasks.find((t) => t.task === 3)).toMatchObject({ title: 'CRON Expressions', topic: 'CRON Expressions' });
  });

  it('groups wrong answers per blank, normalising whitespace and skipping right ones', () => {
    const t3 = report.tasks.find((t) => t.task === 3)!;
    expect(t3.blanks[0]).toMatchObject({ label: 'cron_daily_6am', answer: '0 6 * * *', wrongTotal: 2, wrong: [{ answer: '6 0 * * *', count: 2 }] });
    expect(t3.blanks[1]).toMatchObject({ label: 'cron_hourly', wrongTotal: 1, wrong: [{ answer: '* * * * *', count: 1 }] });
    const t5 = report.tasks.find((t) => t.task === 5)!;
    expect(t5.blanks[0]?.wrong).toEqual([
      { answer: 'True', count: 1, explanation: ['AssertionError: Expected False, got True'] },
      { answer: 'boom', count: 1, explanation: ['boom is not a name Python knows.'] },
    ]);
  });

  it('has an empty report for no results', () => {
    const empty = buildReport([], FIXTURE_LAB, fixtureJudge);
    expect(empty).toMatchObject({ learners: 0, meanScore: null, medianScore: null, tasks: [], learnerRows: [] });
  });

  it('helpers', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(normaliseAnswer('  0\t6  * *\n* ')).toBe('0 6 * * *');
  });
});

describe('files from a drill without feedback', () => {
  const quiet = fakeDrill({ learner: 'Quinn', feedback: false, submit: { 1: referenceAnswers(1), 3: ['6 0 * * *', '0 * * * *'], 5: ['boom'] } }).result;

  it('record no verdict, validate, and are judged by the engine without being marked altered', () => {
    expect(quiet.settings.feedback).toBe(false);
    for (const t of quiet.tasks) {
      expect(t).toMatchObject({ outcome: t.attempts === 0 ? 'unanswered' : 'submitted', message: '', errorType: null, explain: [] });
    }
    const checked = validateDrillResult(parseUntrustedJson(JSON.stringify(quiet)));
    expect(checked).toEqual({ ok: true, result: quiet });
    const report = buildReport([loaded(quiet)], FIXTURE_LAB, fixtureJudge);
    const row = report.learnerRows[0]!;
    expect(row.altered).toBe(false);
    expect(report.altered).toBe(0);
    expect(row.tasks.filter((t) => t.recordedOutcome !== undefined)).toEqual([]);
    expect(row.tasks.filter((t) => t.attempts > 0).map((t) => [t.task, t.outcome, t.message])).toEqual([
      [1, 'passed', 'Task 1 PASSED'],
      [3, 'failed', 'Expected 0 6 * * *, got 6 0 * * *'],
      [5, 'error', 'boom is not a name Python knows.'],
    ]);
    expect(row.passed).toBe(1);
    // The wrong answers count as for any drill.
    expect(report.tasks.find((t) => t.task === 3)?.blanks[0]).toMatchObject({ wrongTotal: 1, wrong: [{ answer: '6 0 * * *', count: 1 }] });
  });

  it('written before (feedback off, verdicts in the file) still validate and are still compared', () => {
    const older = fakeDrill({ learner: 'Olga', submit: { 1: ['9', 'x'] } }).result;
    const before = { ...older, settings: { ...older.settings, feedback: false } };
    const checked = validateDrillResult(parseUntrustedJson(JSON.stringify(before)));
    expect(checked.ok && checked.result.tasks.find((t) => t.task === 1)?.outcome).toBe('failed');
    const edited = { ...before, tasks: before.tasks.map((t) => (t.task === 1 ? { ...t, outcome: 'passed' as const } : t)) };
    const row = buildReport([loaded(edited)], FIXTURE_LAB, fixtureJudge).learnerRows[0]!;
    expect(row.altered).toBe(true);
    expect(row.tasks.find((t) => t.task === 1)).toMatchObject({ outcome: 'failed', recordedOutcome: 'passed' });
  });

  it('reject "submitted" where a drill never writes it', () => {
    const reason = (data: unknown) => {
      const v = validateDrillResult(parseUntrustedJson(JSON.stringify(data)));
      return v.ok ? 'accepted' : v.reason;
    };
    const task = (changes: Record<string, unknown>) => ({
      ...quiet,
      tasks: quiet.tasks.map((t) => (t.task === 1 ? { ...t, ...changes } : t)),
    });
    expect(reason({ ...quiet, settings: { ...quiet.settings, feedback: true } })).toBe('tasks[0]: outcome "submitted" is written only with feedback off');
    expect(reason(task({ message: 'Task 1 PASSED' }))).toBe('tasks[0]: a task recorded without feedback carries no verdict message');
    expect(reason(task({ errorType: 'NameError' }))).toBe('tasks[0]: a task recorded without feedback carries no verdict message');
    expect(reason(task({ explain: ['a hint'] }))).toBe('tasks[0]: a task recorded without feedback carries no verdict message');
    expect(reason(task({ attempts: 0 }))).toBe('tasks[0]: outcome "submitted" does not match 0 attempt(s)');
    expect(reason(task({ outcome: 'Submitted' }))).toMatch(/^tasks\[0\]\.outcome: expected one of /);
  });
});

describe('classReport over a mixed folder', () => {
  it('reports the good files and lists every other file with a reason', () => {
    const dir = tempDir();
    for (const name of ['Ada', 'Bob', 'Cy', 'Dan']) write(dir, `${name}.json`, fakeDrill({ learner: name, submit: allRight([1]) }).result);
    write(dir, 'unfinished.json', fakeDrill({ learner: 'Una', finish: false }).result);
    write(dir, 'lab07.json', fakeDrill({ learner: 'Eve', labId: 'lab07' }).result);
    write(dir, 'old-app.json', fakeDrill({ learner: 'Fay', labHash: '0'.repeat(64) }).result);
    write(dir, 'yesterday.json', fakeDrill({ learner: 'Gus', seed: 'yesterday' }).result);
    write(dir, 'ada-again.json', fakeDrill({ learner: 'ada', startMs: Date.UTC(2026, 2, 14, 7, 0) }).result);
    write(dir, 'broken.json', '{');
    const report = classReport([dir], FIXTURE_LAB, fixtureJudge, { labHash: FIXTURE_HASH });
    expect(report.learnerRows.map((r) => r.learner)).toEqual(['Ada', 'Bob', 'Cy', 'Dan', 'Una']);
    expect(report).toMatchObject({ learners: 5, finished: 4, unfinished: 1 });
    expect(report.notCounted.map((n) => n.path.slice(dir.length + 1)).sort()).toEqual(
      ['ada-again.json', 'broken.json', 'lab07.json', 'old-app.json', 'yesterday.json'].sort(),
    );
    expect(report.notCounted.every((n) => n.reason.length > 0)).toBe(true);
  });
});
