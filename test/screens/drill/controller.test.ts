// The drill session without a terminal: start, typing, submissions, the clock, the end, and what
// happens to the result file and the learner's misses at each step.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wrongBlanks } from '../../../src/checks/blame';
import { checkTask } from '../../../src/checks/engine';
import { engineJudge } from '../../../src/drill/judge';
import { classReport } from '../../../src/drill/report';
import { createResultFile, labContentHash, saveResultFile } from '../../../src/drill/result-file';
import { shuffleTasks } from '../../../src/drill/shuffle';
import { LAB08 } from '../../../src/lessons/lab08';
import type { DrillOptions } from '../../../src/drill/settings';
import { DrillController, GRACE_MS, normalizeName, type CheckFn, type ResultFiles } from '../../../src/screens/drill/controller';
import { attemptsText, submissionLines } from '../../../src/screens/drill/drill-layout';
import { countingFiles, drillMisses, ManualClock, readResults, sessionWithName, settingsFor, tempDir } from './harness';

const real: ResultFiles = { create: createResultFile, save: saveResultFile };

function controller(options: DrillOptions, opts: { files?: ResultFiles; out?: string; name?: string | null; check?: CheckFn } = {}) {
  const out = opts.out ?? tempDir();
  const clock = new ManualClock();
  const session = sessionWithName(opts.name ?? null);
  const c = new DrillController({
    lab: LAB08,
    settings: settingsFor(options, out),
    now: clock.now,
    check: opts.check ?? ((task, answers) => checkTask(task, answers)),
    blame: (task, answers) => wrongBlanks(task, answers),
    files: opts.files ?? real,
    progress: session,
    appVersion: 'test',
  });
  return { c, clock, session, out };
}

const reference = (n: number): string[] => LAB08.practice.tasks.find((t) => t.number === n)!.blanks.map((b) => b.answer);

function typeAll(c: DrillController, answers: readonly string[]): void {
  answers.forEach((answer, i) => {
    if (i > 0) c.edit({ type: 'next' });
    c.edit({ type: 'insert', text: answer });
  });
}

describe('DrillController', () => {
  it('does not start without a name, then starts, creates the file and saves the name', () => {
    const { c, session, out } = controller({ tasks: '1-3', seed: '7' });
    expect(c.start()).toBe(false);
    expect(c.get().startError).toMatch(/name/);
    c.typeName('  Ada\u001b[31m  Lovelace ');
    expect(c.start()).toBe(true);
    expect(c.get().name).toBe('Ada[31m Lovelace');
    expect(session.learnerName()).toBe('Ada[31m Lovelace');
    expect(c.get().drill.config.order).toEqual(shuffleTasks([1, 2, 3], '7'));
    const [file] = readResults(out);
    expect(file?.result).toMatchObject({ learner: 'Ada[31m Lovelace', finished: false, labId: 'lab08' });
    // A second start is a no-op.
    expect(c.start()).toBe(false);
    expect(readResults(out)).toHaveLength(1);
  });

  it('stays in the lobby, saying why, when the result folder cannot be written', () => {
    const parent = tempDir();
    const blocker = join(parent, 'not-a-folder');
    writeFileSync(blocker, 'x');
    const { c } = controller({ tasks: '1' }, { out: join(blocker, 'drills'), name: 'Ada' });
    expect(c.start()).toBe(false);
    expect(c.get().drill.phase).toBe('lobby');
    expect(c.get().startError).toMatch(/Could not create your result file in .*not-a-folder/);
  });

  it('keeps typing, submissions and the file in step; a locked task refuses typing', () => {
    const files = countingFiles(real);
    const { c, out, clock } = controller({ tasks: '2', attempts: '2' }, { files, name: 'Bo' });
    c.start();
    clock.advance(5000);
    typeAll(c, ['scheduled', 'file_arrival', 'continuous', 'manuel']);
    expect(c.get().drill.progress[0]?.answers).toEqual(['scheduled', 'file_arrival', 'continuous', 'manuel']);
    c.submit();
    expect(c.get().drill.progress[0]?.verdict?.outcome).toBe('failed');
    expect(c.get().notice?.text).toBe('AssertionError: Ad-hoc = manual, got manuel');
    expect(files.saves).toBe(1);
    // One attempt left: fix the last blank and submit again.
    c.edit({ type: 'backspace' });
    c.edit({ type: 'backspace' });
    c.edit({ type: 'insert', text: 'al' });
    c.submit();
    expect(c.get().drill.progress[0]?.verdict?.outcome).toBe('passed');
    expect(files.saves).toBe(2);
    c.edit({ type: 'insert', text: 'x' });
    expect(c.get().drill.progress[0]?.answers[3]).toBe('manual');
    expect(c.get().notice?.text).toMatch(/passed/);
    c.submit();
    expect(c.get().drill.progress[0]?.attempts).toBe(2);
    expect(files.saves).toBe(2);
    const saved = readResults(out)[0]?.result.tasks[0];
    expect(saved).toMatchObject({ outcome: 'passed', attempts: 2, seconds: 5 });
  });

  it('records only the blanks that are wrong on their own as misses, and none without feedback', () => {
    const answers = [...reference(1)];
    answers[0] = '4';
    answers[3] = '3';
    const loud = controller({ tasks: '1' }, { name: 'Cy' });
    loud.c.start();
    typeAll(loud.c, answers);
    loud.c.submit();
    expect(drillMisses(loud.session)).toEqual([
      { blankId: 't1.num_tasks', typed: '4' },
      { blankId: 't1.max_retries', typed: '3' },
    ]);
    // The review deck would tell the learner which answers were wrong: nothing is recorded.
    const quiet = controller({ tasks: '1', noFeedback: true }, { name: 'Cy' });
    quiet.c.start();
    typeAll(quiet.c, answers);
    quiet.c.submit();
    expect(quiet.c.get().notice?.text).toBe('Submitted');
    expect(quiet.c.get().drill.progress[0]).toMatchObject({ attempts: 1, verdict: null });
    expect(drillMisses(quiet.session)).toEqual([]);
  });

  it('without feedback shows the same thing after a right and a wrong submission', () => {
    const seen = (answers: readonly string[]) => {
      const { c } = controller({ tasks: '3', attempts: '2', noFeedback: true }, { name: 'Eve' });
      c.start();
      typeAll(c, answers);
      c.submit();
      const s = c.get();
      return {
        view: {
          notice: s.notice,
          attempts: attemptsText(s.drill, 0),
          block: submissionLines(s.drill, 0, 80, false).map((line) => line.map((seg) => seg.text).join('')),
        },
      };
    };
    const right = seen(reference(3));
    const wrong = seen(reference(3).map((a, i) => (i === 3 ? '15 * * * *' : a)));
    expect(checkTask(LAB08.practice.tasks.find((t) => t.number === 3)!, reference(3)).outcome).toBe('passed');
    expect(right.view).toEqual(wrong.view);
    expect(right.view.notice?.text).toBe('Submitted');
    expect(right.view.attempts).toBe('1 attempt left');
  });

  it('without feedback never runs the check: the engine failing shows nothing either', () => {
    const failing: CheckFn = () => {
      throw new Error('engine broke');
    };
    const quiet = controller({ tasks: '3', noFeedback: true }, { name: 'Fay', check: failing });
    quiet.c.start();
    typeAll(quiet.c, reference(3));
    quiet.c.submit();
    expect(quiet.c.get().notice).toEqual({ text: 'Submitted', tone: 'info' });
    expect(readResults(quiet.out)[0]?.result.tasks[0]).toMatchObject({ outcome: 'submitted', attempts: 1 });
    // With feedback on the same failure is said as it is.
    const loud = controller({ tasks: '3' }, { name: 'Fay', check: failing });
    loud.c.start();
    typeAll(loud.c, reference(3));
    loud.c.submit();
    expect(loud.c.get().notice?.text).toMatch(/^The check could not run/);
  });

  it('without feedback writes no verdict in the file: a right and a wrong submission differ only in the answers', () => {
    const wrongAnswers = reference(1).map((a, i) => (i === 0 ? '4' : a));
    const errorAnswers = reference(1).map((a, i) => (i === 0 ? 'boom' : a));
    const run = (answers: readonly string[]) => {
      const { c, clock, out } = controller({ tasks: '1,5', seed: 's1', attempts: '2', noFeedback: true }, { name: 'Eve' });
      c.start();
      // Task 1 is answered, task 5 left alone, whichever the seed shows first.
      if (shuffleTasks([1, 5], 's1')[0] !== 1) c.move(1);
      clock.advance(4000);
      typeAll(c, answers);
      c.submit();
      expect(c.get().drill.progress.find((p) => p.task === 1)?.attempts).toBe(1);
      clock.advance(1000);
      c.askFinish();
      c.confirmFinish();
      const [name] = readdirSync(out).filter((f) => f.endsWith('.json'));
      return { out, text: readFileSync(join(out, name as string), 'utf8') };
    };
    const task1 = LAB08.practice.tasks.find((t) => t.number === 1)!;
    const right = run(reference(1));
    const wrong = run(wrongAnswers);
    const error = run(errorAnswers);
    // The engine's own words for the wrong answers are nowhere in the learner's file.
    const verdicts = [checkTask(task1, wrongAnswers), checkTask(task1, errorAnswers)];
    expect(verdicts.map((v) => v.outcome)).toEqual(['failed', 'error']);
    for (const file of [right, wrong, error]) {
      expect(file.text).not.toMatch(/"(passed|failed|error)"/);
      expect(file.text).not.toMatch(/AssertionError|NameError|Error/);
      for (const v of verdicts) {
        expect(v.message).not.toBe('');
        expect(file.text).not.toContain(JSON.stringify(v.message).slice(1, -1));
        for (const line of v.explain ?? []) expect(file.text).not.toContain(JSON.stringify(line).slice(1, -1));
      }
    }
    // Apart from the answers and the clock readings the three files are the same bytes.
    const strip = (text: string) => {
      const data = JSON.parse(text) as { tasks: Array<Record<string, unknown>> } & Record<string, unknown>;
      for (const key of ['startedAt', 'endedAt', 'savedAt']) delete data[key];
      for (const t of data.tasks) {
        delete t.answers;
        delete t.seconds;
      }
      return JSON.stringify(data);
    };
    expect(strip(wrong.text)).toBe(strip(right.text));
    expect(strip(error.text)).toBe(strip(right.text));
    const first = readResults(right.out)[0]?.result;
    expect(first?.settings.feedback).toBe(false);
    expect(first?.tasks.find((t) => t.task === 1)).toMatchObject({ outcome: 'submitted', message: '', errorType: null, explain: [], attempts: 1 });
    expect(first?.tasks.find((t) => t.task === 5)).toMatchObject({ outcome: 'unanswered', message: '', attempts: 0 });

    // The instructor's report judges the answers again and gives the engine's verdicts, none "altered".
    const judge = engineJudge(LAB08.practice.tasks);
    const verdictOf = (out: string) => {
      const report = classReport([out], LAB08, judge, { labHash: labContentHash(LAB08) });
      expect(report.notCounted).toEqual([]);
      expect(report.altered).toBe(0);
      const row = report.learnerRows[0];
      expect(row?.altered).toBe(false);
      const task = row?.tasks.find((t) => t.task === 1);
      expect(task?.recordedOutcome).toBeUndefined();
      return { outcome: task?.outcome, message: task?.message, unanswered: row?.tasks.find((t) => t.task === 5)?.outcome };
    };
    expect(verdictOf(right.out)).toEqual({ outcome: 'passed', message: checkTask(task1, reference(1)).message, unanswered: 'unanswered' });
    expect(verdictOf(wrong.out)).toEqual({ outcome: 'failed', message: verdicts[0]?.message, unanswered: 'unanswered' });
    expect(verdictOf(error.out)).toEqual({ outcome: 'error', message: verdicts[1]?.message, unanswered: 'unanswered' });
  });

  it('ends at the deadline: a late submission does not count, keys wait out the grace period', () => {
    const { c, clock, out } = controller({ tasks: '3', minutes: '1' }, { name: 'Dee' });
    c.start();
    typeAll(c, reference(3));
    clock.advance(60_000);
    // The submission arrives after the deadline, before a tick noticed it.
    c.submit();
    const drill = c.get().drill;
    expect(drill.phase).toBe('finished');
    expect(drill.endReason).toBe('time-up');
    expect(drill.progress[0]?.attempts).toBe(0);
    expect(c.inGrace()).toBe(true);
    clock.advance(GRACE_MS);
    expect(c.inGrace()).toBe(false);
    c.tick();
    expect(c.get().graceUntil).toBeNull();
    const [file] = readResults(out);
    expect(file?.result).toMatchObject({ finished: true, endReason: 'time-up' });
    expect(file?.result.tasks[0]).toMatchObject({ outcome: 'unanswered', answers: reference(3) });
  });

  it('keeps going when a save fails, says so, and clears the warning once a save works', () => {
    let fail = false;
    const flaky: ResultFiles = {
      create: real.create,
      save(path, result) {
        if (fail) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
        real.save(path, result);
      },
    };
    const { c } = controller({ tasks: '3,8' }, { files: flaky, name: 'Eve' });
    c.start();
    fail = true;
    c.submit();
    expect(c.get().saveError).toMatch(/could not be saved \(ENOSPC: the disk is full\)/);
    expect(c.get().drill.progress[0]?.attempts).toBe(1);
    fail = false;
    c.move(1);
    c.submit();
    expect(c.get().saveError).toBeNull();
  });

  it('on interrupt saves the running drill unfinished, with the time so far', () => {
    const { c, clock, out } = controller({ tasks: '5' }, { name: 'Fay' });
    c.start();
    clock.advance(12_400);
    c.edit({ type: 'insert', text: '"ingest"' });
    c.interrupt();
    const [file] = readResults(out);
    expect(file?.result).toMatchObject({ finished: false, endedAt: null });
    expect(file?.result.tasks[0]).toMatchObject({ seconds: 12, answers: ['"ingest"', '', '', ''] });
  });
});

describe('normalizeName', () => {
  it('drops control characters and collapses spaces', () => {
    expect(normalizeName('  Ana\tMaria \u202e ')).toBe('Ana Maria');
    expect(normalizeName('Ana   Maria')).toBe('Ana Maria');
    expect(normalizeName('x'.repeat(100))).toHaveLength(60);
  });
});
