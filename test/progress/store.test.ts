import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nodeFsLayer, openProgressStore, parseProgressText, type Progress, type ProgressStore } from '../../src/progress';
import { deadPid, faultyFs, filesLike, manualClock, tempDir } from './helpers';

const stores: ProgressStore[] = [];
function open(dir: string, options: Parameters<typeof openProgressStore>[0] = {}): ProgressStore {
  const store = openProgressStore({ dir, ...options });
  stores.push(store);
  return store;
}

afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  vi.useRealTimers();
});

function onDisk(dir: string): Progress {
  const parsed = parseProgressText(readFileSync(join(dir, 'progress.json'), 'utf8'));
  if (parsed.kind !== 'ok') throw new Error(`file is ${parsed.kind}`);
  expect(parsed.issues).toEqual([]);
  return parsed.progress;
}

const validFile = (extra: Record<string, unknown> = {}): string =>
  JSON.stringify({
    format: 'lakeflow-lab/progress',
    version: 1,
    labId: 'lab08',
    learner: { name: 'Ada', updatedAt: 5 },
    tasks: {
      'practice.1': { answers: ['3', 'True'], attempts: 2, hintsUsed: 1, solutionRevealed: false, passed: true, firstPassedAt: 9, secondsSpent: 61, updatedAt: 10 },
      'practice.2': { answers: ['x'], attempts: 1, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 5, updatedAt: 11 },
    },
    steps: { 'workshop.1': { done: true, updatedAt: 3 } },
    cards: {},
    misses: {},
    last: null,
    workshop: null,
    ...extra,
  });

describe('round trip', () => {
  it('saves everything and a new instance loads exactly the same progress', () => {
    const dir = tempDir();
    const clock = manualClock();
    const a = open(dir, { now: clock.now });
    a.setLearner('Ada Lovelace');
    a.setAnswers('practice.1', ['3', 'True', '']);
    a.recordCheck('practice.1', { outcome: 'failed', message: 'Expected 3 tasks', output: ['noise'] } as never);
    a.useHint('practice.1');
    a.revealSolution('practice.1');
    a.addSeconds('practice.1', 12.5);
    a.recordCheck('practice.1', { outcome: 'passed', message: 'Task 1 PASSED' });
    a.setAnswers('practice.2', ['scheduled']);
    a.recordCheck('practice.2', { outcome: 'error', message: 'A name is not defined', errorType: 'NameError' });
    a.markStep('workshop.1');
    a.markStep('workshop.2', false);
    a.setCard('t1.num_tasks', { due: new Date(Date.UTC(2026, 0, 2)), reps: 3 });
    a.recordMiss('t1.num_tasks', '4', 'practice');
    a.recordMiss('t1.num_tasks', '5', 'drill');
    a.setLast({ screen: 'task', id: 'practice.2' });
    a.setWorkshop({ 'workshop.3': { catalog: 'retailhub_ada' } });
    expect(a.flush()).toBe(true);
    expect(a.hasUnsavedChanges).toBe(false);

    const b = open(dir);
    expect(b.get()).toEqual(a.get());
    expect(b.warnings).toEqual([]);

    const t1 = b.get().tasks['practice.1'];
    expect(t1).toMatchObject({ answers: ['3', 'True', ''], attempts: 2, hintsUsed: 1, solutionRevealed: true, passed: true, secondsSpent: 12.5 });
    expect(t1?.lastVerdict).toMatchObject({ outcome: 'passed', message: 'Task 1 PASSED' });
    expect(Object.keys(t1?.lastVerdict ?? {}).sort()).toEqual(['at', 'message', 'outcome']);
    expect(b.get().tasks['practice.2']?.lastVerdict).toMatchObject({ outcome: 'error', message: 'A name is not defined', errorType: 'NameError' });
    // A Date becomes its JSON form in memory too, so a card looks the same before and after a restart.
    expect(a.get().cards['t1.num_tasks']?.state).toEqual({ due: '2026-01-02T00:00:00.000Z', reps: 3 });
    expect(b.get().misses['t1.num_tasks']).toMatchObject({ count: 2, bySource: { practice: 1, drill: 1 }, sources: ['practice', 'drill'] });
    expect(b.get().misses['t1.num_tasks']?.recent.map((r) => r.answer)).toEqual(['4', '5']);
    expect(b.get().last).toMatchObject({ screen: 'task', id: 'practice.2' });
    expect(b.get().steps['workshop.2']?.done).toBe(false);
    const raw = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    expect(raw).toMatchObject({ format: 'lakeflow-lab/progress', version: 1, labId: 'lab08' });
  });

  it('keeps passed once passed, and the first pass time', () => {
    const clock = manualClock(1000);
    const s = open(tempDir(), { now: clock.now });
    s.recordCheck('practice.3', { outcome: 'passed', message: 'ok' });
    clock.tick();
    s.recordCheck('practice.3', { outcome: 'failed', message: 'no' }, ['changed']);
    const t = s.get().tasks['practice.3'];
    // The checked answers go with the verdict; the task's answers are what was typed (a check is not an edit).
    expect(t).toMatchObject({ passed: true, firstPassedAt: 1000, attempts: 2, answers: [], lastVerdict: { outcome: 'failed', message: 'no', at: 2000, answers: ['changed'] } });
  });

  it('ignores no-op and invalid changes (no needless writes)', () => {
    const s = open(tempDir());
    s.setAnswers('practice.1', ['a']);
    s.flush();
    const before = s.get();
    s.setAnswers('practice.1', ['a']);
    s.addSeconds('practice.1', Number.NaN);
    s.addSeconds('practice.1', -3);
    s.markStep('workshop.1', true);
    s.markStep('workshop.1', true);
    expect(s.get().tasks).toBe(before.tasks);
    expect(s.get().steps['workshop.1']?.done).toBe(true);
  });

  it('gives every change a stamp newer than the entry it replaces, even if the clock stalls', () => {
    const clock = manualClock(500);
    const s = open(tempDir(), { now: clock.now });
    s.setAnswers('practice.1', ['a']);
    s.setAnswers('practice.1', ['ab']);
    s.setAnswers('practice.1', ['abc']);
    expect(s.get().tasks['practice.1']?.updatedAt).toBe(502);
    clock.set(100); // the clock stepped back
    s.setAnswers('practice.1', ['abcd']);
    expect(s.get().tasks['practice.1']?.updatedAt).toBe(503);
  });

  it('tells subscribers about changes and gives new snapshots', () => {
    const s = open(tempDir());
    const seen: Progress[] = [];
    const off = s.subscribe(() => seen.push(s.get()));
    s.setAnswers('practice.1', ['a']);
    s.setAnswers('practice.1', ['ab']);
    off();
    s.setAnswers('practice.1', ['abc']);
    expect(seen).toHaveLength(2);
    expect(seen[0]).not.toBe(seen[1]);
    expect(seen[0]?.tasks['practice.1']?.answers).toEqual(['a']);
  });

  it('reset() forgets everything, on disk too', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), validFile());
    const s = open(dir);
    expect(Object.keys(s.get().tasks)).toEqual(['practice.1', 'practice.2']);
    s.reset();
    s.setAnswers('practice.4', ['new']);
    expect(s.flush()).toBe(true);
    const disk = onDisk(dir);
    expect(Object.keys(disk.tasks)).toEqual(['practice.4']);
    expect(disk.learner).toBeNull();
    expect(disk.steps).toEqual({});
  });
});

describe('process hooks (in-process, with a stand-in process object)', () => {
  function fakeProcess(): NodeJS.Process & { killed: Array<[number, string]> } {
    const proc = new EventEmitter() as unknown as NodeJS.Process & { killed: Array<[number, string]> };
    proc.killed = [];
    Object.assign(proc, { pid: 4242, kill: (pid: number, sig: string) => proc.killed.push([pid, sig]) });
    return proc;
  }

  it('a signal saves, then re-raises itself when nobody else handles it', () => {
    const dir = tempDir();
    const proc = fakeProcess();
    const s = open(dir);
    s.attachProcessHooks(proc);
    s.setAnswers('practice.1', ['typed']);
    proc.emit('SIGTERM', 'SIGTERM');
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['typed']);
    expect(proc.killed).toEqual([[4242, 'SIGTERM']]);
    expect(proc.listenerCount('exit')).toBe(0);
  });

  it('leaves the decision to the app when it handles the signal too', () => {
    const dir = tempDir();
    const proc = fakeProcess();
    proc.on('SIGINT', () => undefined);
    const s = open(dir);
    const detach = s.attachProcessHooks(proc);
    s.setAnswers('practice.1', ['typed']);
    proc.emit('SIGINT', 'SIGINT');
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['typed']);
    expect(proc.killed).toEqual([]);
    detach();
    expect(proc.listenerCount('SIGINT')).toBe(1);
    expect(proc.listenerCount('exit')).toBe(0);
  });
});

describe('debounced saving', () => {
  it('saves 300 ms after the last change, not before', () => {
    vi.useFakeTimers();
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    const s = open(dir);
    s.setAnswers('practice.1', ['a']);
    vi.advanceTimersByTime(200);
    s.setAnswers('practice.1', ['ab']);
    vi.advanceTimersByTime(299);
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['ab']);
  });

  it('still saves at least every second while the learner keeps typing', () => {
    vi.useFakeTimers();
    const dir = tempDir();
    const s = open(dir);
    let typed = '';
    for (let i = 0; i < 12; i++) {
      typed += 'x';
      s.setAnswers('practice.1', [typed]);
      s.scheduleSave();
      vi.advanceTimersByTime(100);
    }
    // 1.2 s of keys 100 ms apart: the 1 s cap forced a save although there was never 300 ms of quiet.
    expect(onDisk(dir).tasks['practice.1']?.answers[0]?.length).toBeGreaterThanOrEqual(10);
  });

  it('flush() writes at once and cancels the pending save', () => {
    vi.useFakeTimers();
    const dir = tempDir();
    const fs = faultyFs('EIO', []);
    const s = open(dir, { fs });
    s.setAnswers('practice.1', ['now']);
    expect(s.flush()).toBe(true);
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['now']);
    const renames = fs.calls.renameSync;
    vi.advanceTimersByTime(5000);
    expect(fs.calls.renameSync).toBe(renames);
    // Nothing changed: flushing again does no IO at all.
    expect(s.flush()).toBe(true);
    expect(fs.calls.renameSync).toBe(renames);
  });
});

describe('damaged files are moved aside, never deleted', () => {
  const cases: Array<[string, (file: string) => void, RegExp]> = [
    ['invalid JSON', (f) => writeFileSync(f, '{"format": "lakeflow-lab/progress", "version": 1, "tasks": {'), /not valid JSON/],
    ['an empty file', (f) => writeFileSync(f, ''), /empty/],
    ['another format', (f) => writeFileSync(f, JSON.stringify({ theme: 'dark', version: 1 })), /not a lakeflow-lab progress file/],
    ['a JSON array', (f) => writeFileSync(f, JSON.stringify([{ format: 'lakeflow-lab/progress' }])), /JSON array/],
    ['JSON null', (f) => writeFileSync(f, 'null'), /holds null/],
    ['binary junk', (f) => writeFileSync(f, Buffer.from([0x00, 0xff, 0xfe, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])), /not valid JSON/],
    ['a bad version', (f) => writeFileSync(f, validFile({ version: '1' })), /no valid "version"/],
    ['another lab', (f) => writeFileSync(f, validFile({ labId: 'lab07' })), /another lab/],
  ];

  it.each(cases)('%s', (_name, make, reason) => {
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    make(file);
    const original = readFileSync(file);
    const s = open(dir);

    expect(s.get().tasks).toEqual({});
    const backups = filesLike(dir, /^progress\.corrupt-.*\.json$/);
    expect(backups).toHaveLength(1);
    const backup = join(dir, backups[0] as string);
    expect(readFileSync(backup)).toEqual(original);
    expect(existsSync(file)).toBe(false);
    expect(s.warnings).toHaveLength(1);
    expect(s.warnings[0]).toMatchObject({ code: 'corrupt-moved', file: backup });
    expect(s.warnings[0]?.message).toMatch(reason);
    expect(s.warnings[0]?.message).toContain(backup);

    s.setAnswers('practice.1', ['fresh']);
    expect(s.flush()).toBe(true);
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['fresh']);
    expect(readFileSync(backup)).toEqual(original);
  });

  it('a folder where the file should be', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'progress.json'));
    writeFileSync(join(dir, 'progress.json', 'inside.txt'), 'kept');
    const s = open(dir);
    const [backup] = filesLike(dir, /^progress\.corrupt-/);
    expect(backup).toBeDefined();
    expect(readFileSync(join(dir, backup as string, 'inside.txt'), 'utf8')).toBe('kept');
    expect(s.warnings[0]).toMatchObject({ code: 'corrupt-moved' });
    expect(s.warnings[0]?.message).toMatch(/is a folder/);
    s.setAnswers('practice.1', ['ok']);
    expect(s.flush()).toBe(true);
    expect(statSync(join(dir, 'progress.json')).isFile()).toBe(true);
  });

  it('a file damaged while the app runs is moved aside at the next save, and memory is saved', () => {
    const dir = tempDir();
    const s = open(dir);
    s.setAnswers('practice.1', ['mine']);
    s.flush();
    writeFileSync(join(dir, 'progress.json'), 'garbage');
    s.setAnswers('practice.2', ['more']);
    expect(s.flush()).toBe(true);
    expect(filesLike(dir, /^progress\.corrupt-/)).toHaveLength(1);
    expect(Object.keys(onDisk(dir).tasks).sort()).toEqual(['practice.1', 'practice.2']);
  });

  it('two damaged files in a row get two distinct backups', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), 'one');
    const s = open(dir);
    writeFileSync(join(dir, 'progress.json'), 'two');
    s.setAnswers('practice.1', ['x']);
    s.flush();
    const backups = filesLike(dir, /^progress\.corrupt-/);
    expect(backups).toHaveLength(2);
    expect(backups.map((b) => readFileSync(join(dir, b), 'utf8')).sort()).toEqual(['one', 'two']);
    expect(s.warnings.filter((w) => w.code === 'corrupt-moved')).toHaveLength(2);
  });

  it('a damaged file that cannot be moved aside is never overwritten', () => {
    vi.useFakeTimers();
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    writeFileSync(file, '{ broken');
    let blocked = true;
    const fs = faultyFs('EACCES', ['renameSync'], { failing: () => blocked, filter: (to) => to.includes('corrupt') });
    const s = open(dir, { fs, retryDelaysMs: [1000] });
    expect(s.warnings[0]).toMatchObject({ code: 'corrupt-stuck' });
    s.setAnswers('practice.1', ['kept in memory']);
    expect(s.flush()).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('{ broken');
    expect(s.get().tasks['practice.1']?.answers).toEqual(['kept in memory']);

    blocked = false;
    vi.advanceTimersByTime(1000); // the retry
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['kept in memory']);
    const [backup] = filesLike(dir, /^progress\.corrupt-/);
    expect(readFileSync(join(dir, backup as string), 'utf8')).toBe('{ broken');
    expect(s.warnings.map((w) => w.code)).toEqual(['corrupt-moved']);
  });
});

describe('field-by-field validation', () => {
  it('drops only the bad entry, warns, and keeps a copy of the original file', () => {
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    const text = validFile({
      steps: { 'workshop.1': { done: 'yes', updatedAt: 3 }, 'workshop.2': { done: true, updatedAt: 4 } },
      misses: { 't1.num_tasks': { count: 2, recent: [{ answer: '4', at: 6 }], sources: ['drill'], updatedAt: 6 } },
    }).replace('"attempts":1', '"attempts":"one"');
    writeFileSync(file, text);
    const s = open(dir);
    expect(Object.keys(s.get().tasks)).toEqual(['practice.1']);
    expect(s.get().tasks['practice.1']?.answers).toEqual(['3', 'True']);
    expect(Object.keys(s.get().steps)).toEqual(['workshop.2']);
    // An entry with only a count (hand-written) is credited to the source it names.
    expect(s.get().misses['t1.num_tasks']).toMatchObject({ count: 2, bySource: { drill: 2 } });
    expect(s.get().learner?.name).toBe('Ada');

    expect(s.warnings).toHaveLength(1);
    const w = s.warnings[0];
    expect(w?.code).toBe('invalid-entries');
    expect(w?.message).toContain('tasks["practice.2"]: attempts must be a whole number');
    expect(w?.message).toContain('steps["workshop.1"]: done must be true or false');
    const [backup] = filesLike(dir, /^progress\.backup-/);
    expect(w?.file).toBe(join(dir, backup as string));
    expect(readFileSync(join(dir, backup as string), 'utf8')).toBe(text);
    // The file itself is not rewritten until there is something to save.
    expect(readFileSync(file, 'utf8')).toBe(text);
    s.setAnswers('practice.3', ['a']);
    s.flush();
    expect(Object.keys(onDisk(dir).tasks).sort()).toEqual(['practice.1', 'practice.3']);
    expect(filesLike(dir, /^progress\.backup-/)).toHaveLength(1);
  });

  it('a section of the wrong type is skipped whole, the rest loads', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), validFile({ tasks: ['a'], learner: 'Ada' }));
    const s = open(dir);
    expect(s.get().tasks).toEqual({});
    expect(s.get().learner).toBeNull();
    expect(s.get().steps['workshop.1']?.done).toBe(true);
    expect(s.warnings[0]?.message).toMatch(/tasks: must be an object keyed by id/);
  });

  it('missing counters default, unknown fields are dropped, a BOM is tolerated', () => {
    const dir = tempDir();
    const text = validFile({ tasks: { 'practice.1': { answers: ['a'], updatedAt: 1, mood: 'happy' } } });
    writeFileSync(join(dir, 'progress.json'), `\uFEFF${text}`);
    const s = open(dir);
    expect(s.get().tasks['practice.1']).toEqual({ answers: ['a'], answersAt: [1], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt: 1 });
    expect(s.warnings).toEqual([]);
  });
});

describe('a file from a newer lakeflow-lab', () => {
  it('is shown but never written: read-only with a warning', () => {
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    const text = validFile({ version: 2, newThing: { x: 1 } });
    writeFileSync(file, text);
    const mtime = statSync(file).mtimeMs;
    const s = open(dir);
    expect(s.isReadOnly).toBe(true);
    expect(s.warnings.map((w) => w.code)).toEqual(['future-version']);
    expect(s.warnings[0]?.message).toMatch(/newer lakeflow-lab.*version 2.*NOT be saved/s);
    expect(s.get().tasks['practice.1']?.answers).toEqual(['3', 'True']);

    s.setAnswers('practice.1', ['edited', 'True']);
    expect(s.get().tasks['practice.1']?.answers).toEqual(['edited', 'True']);
    expect(s.flush()).toBe(false);
    s.close();
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(filesLike(dir, /./)).toEqual(['progress.json']);
  });

  it('written by another instance mid-session: saving stops instead of downgrading it', () => {
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    const s = open(dir);
    s.setAnswers('practice.1', ['a']);
    s.flush();
    const newer = validFile({ version: 7 });
    writeFileSync(file, newer);
    s.setAnswers('practice.1', ['b']);
    expect(s.flush()).toBe(false);
    expect(s.isReadOnly).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(newer);
  });
});

describe('an unwritable folder', () => {
  it.each(['EACCES', 'ENOSPC', 'EROFS'])('%s: keeps working in memory, warns, retries, and recovers', (code) => {
    vi.useFakeTimers();
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), validFile());
    const before = readFileSync(join(dir, 'progress.json'), 'utf8');
    let broken = true;
    const fs = faultyFs(code, ['openSync', 'mkdirSync', 'assertWritable'], { failing: () => broken });
    const s = open(dir, { fs, retryDelaysMs: [1000, 2000] });
    expect(s.warnings.map((w) => w.code)).toEqual(['not-writable']);
    expect(s.warnings[0]?.message).toContain(code);
    expect(s.get().tasks['practice.1']?.answers).toEqual(['3', 'True']);

    s.setAnswers('practice.1', ['typed while broken', 'True']);
    expect(() => s.flush()).not.toThrow();
    expect(s.flush()).toBe(false);
    expect(s.hasUnsavedChanges).toBe(true);
    // The failed save replaces the start-up guess: one message, not two.
    expect(s.warnings.map((w) => w.code)).toEqual(['save-failed']);
    const failed = s.warnings.find((w) => w.code === 'save-failed');
    expect(failed?.message).toContain(code);
    expect(failed?.message).toContain('kept in memory');
    expect(failed?.message).toContain('LAKEFLOW_LAB_HOME');
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe(before);
    expect(filesLike(dir, /tmp/)).toEqual([]);

    vi.advanceTimersByTime(1000); // a retry, still failing
    expect(s.hasUnsavedChanges).toBe(true);
    broken = false;
    vi.advanceTimersByTime(2000); // the next retry succeeds
    expect(s.hasUnsavedChanges).toBe(false);
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['typed while broken', 'True']);
    expect(s.warnings).toEqual([]);
  });

  it('a disk that fills up halfway through a write leaves the old file whole', () => {
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    writeFileSync(file, validFile());
    const before = readFileSync(file, 'utf8');
    let writes = 0;
    const fs = { ...nodeFsLayer };
    fs.writeSync = (fd, data, offset, length) => {
      writes += 1;
      if (writes > 1) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      // The first call writes only part of the data, as a nearly full disk does.
      return nodeFsLayer.writeSync(fd, data, offset, Math.min(length, 10));
    };
    const s = open(dir, { fs });
    s.setAnswers('practice.1', ['y'.repeat(1000)]);
    expect(s.flush()).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(filesLike(dir, /tmp/)).toEqual([]);
    expect(s.warnings[0]?.message).toMatch(/ENOSPC: the disk is full/);
  });

  it('a crash between writing the temp file and the rename leaves the old file intact', () => {
    const dir = tempDir();
    const file = join(dir, 'progress.json');
    writeFileSync(file, validFile());
    const before = readFileSync(file, 'utf8');
    const fs = faultyFs('EIO', ['renameSync'], { filter: (to) => to === file });
    const s = open(dir, { fs });
    s.setAnswers('practice.1', ['new']);
    expect(s.flush()).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(fs.calls.fsyncSync).toBeGreaterThan(0);
  });

  it('a folder that cannot even be created (path through a file)', () => {
    const root = tempDir();
    writeFileSync(join(root, 'not-a-folder'), 'x');
    const s = open(join(root, 'not-a-folder', 'lab'));
    s.setAnswers('practice.1', ['still here']);
    expect(s.flush()).toBe(false);
    expect(s.get().tasks['practice.1']?.answers).toEqual(['still here']);
    expect(s.warnings.some((w) => w.code === 'save-failed' && /ENOTDIR/.test(w.message))).toBe(true);
  });

  const privileged = (() => {
    // chmod does not stop root (CAP_DAC_OVERRIDE): find out instead of assuming.
    const probe = tempDir();
    chmodSync(probe, 0o555);
    try {
      writeFileSync(join(probe, 'probe'), 'x');
      return true;
    } catch {
      return false;
    } finally {
      chmodSync(probe, 0o755);
    }
  })();

  it.skipIf(privileged)('a real read-only folder (chmod 555) [skipped when running as root: chmod blocks nothing]', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), validFile());
    chmodSync(dir, 0o555);
    try {
      const s = open(dir);
      expect(s.warnings.map((w) => w.code)).toContain('not-writable');
      s.setAnswers('practice.1', ['mem']);
      expect(s.flush()).toBe(false);
      expect(s.get().tasks['practice.1']?.answers).toEqual(['mem']);
      expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['3', 'True']);
      chmodSync(dir, 0o755);
      expect(s.flush()).toBe(true);
      expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['mem']);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});

describe('leftovers of a crashed save', () => {
  it('a complete temp file of a dead process is merged back in, then removed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), validFile());
    const temp = join(dir, `progress.json.tmp-${deadPid()}-1abc`);
    const inFlight = JSON.parse(validFile()) as Progress;
    inFlight.tasks['practice.2'] = { ...inFlight.tasks['practice.2']!, answers: ['the save that never landed'], updatedAt: 99 };
    writeFileSync(temp, JSON.stringify(inFlight));
    const s = open(dir);
    expect(s.get().tasks['practice.2']?.answers).toEqual(['the save that never landed']);
    expect(s.warnings).toMatchObject([{ code: 'recovered', level: 'info' }]);
    expect(existsSync(temp)).toBe(true); // kept until its content is safely in progress.json
    expect(s.flush()).toBe(true);
    expect(existsSync(temp)).toBe(false);
    expect(onDisk(dir).tasks['practice.2']?.answers).toEqual(['the save that never landed']);
  });

  it('a half-written temp file is removed and the file before it is used', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json'), validFile());
    const temp = join(dir, `progress.json.tmp-${deadPid()}-2abc`);
    writeFileSync(temp, validFile().slice(0, 50));
    const s = open(dir);
    expect(existsSync(temp)).toBe(false);
    expect(s.warnings).toEqual([]);
    expect(s.get().tasks['practice.1']?.answers).toEqual(['3', 'True']);
  });

  it('a temp file of a live process is left alone', () => {
    const dir = tempDir();
    const temp = join(dir, `progress.json.tmp-${process.ppid}-3abc`);
    writeFileSync(temp, validFile());
    const s = open(dir);
    expect(existsSync(temp)).toBe(true);
    expect(s.get().tasks).toEqual({});
  });

  it('a lock left by a dead process is taken over at once', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'progress.json.lock'), String(deadPid()));
    const s = open(dir, { lockTimeoutMs: 60_000 });
    s.setAnswers('practice.1', ['a']);
    expect(s.flush()).toBe(true);
    expect(existsSync(join(dir, 'progress.json.lock'))).toBe(false);
  });

  it('an empty lock (its owner was killed before writing its pid) is taken over once it is a second old', () => {
    const dir = tempDir();
    const lock = join(dir, 'progress.json.lock');
    writeFileSync(lock, '');
    const old = new Date(Date.now() - 2000);
    utimesSync(lock, old, old);
    const s = open(dir, { lockTimeoutMs: 60_000 });
    s.setAnswers('practice.1', ['a']);
    expect(s.flush()).toBe(true);
    expect(existsSync(join(dir, 'progress.json.lock'))).toBe(false);
  });

  it('a lock held by a live process is waited for, then the save goes ahead without touching it', () => {
    const dir = tempDir();
    const lock = join(dir, 'progress.json.lock');
    writeFileSync(lock, String(process.ppid));
    const s = open(dir, { lockTimeoutMs: 30 });
    s.setAnswers('practice.1', ['a']);
    expect(s.flush()).toBe(true);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.ppid));
    expect(onDisk(dir).tasks['practice.1']?.answers).toEqual(['a']);
  });
});
