// The drill screen inside the App, on the real lab and the real checks engine, with an injected
// clock and a temp results folder: the lobby, answering, feedback on and off, the end of time,
// the result file after each submission, the 80x24 fit and the footer's keys.
import chalk from 'chalk';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shuffleTasks } from '../../../src/drill/shuffle';
import { createResultFile, saveResultFile } from '../../../src/drill/result-file';
import { LAB08 } from '../../../src/lessons/lab08';
import { fitHints } from '../../../src/screens/components/Footer';
import { drillKeys, type DrillView } from '../../../src/screens/drill/phase';
import { footerHints } from '../../../src/screens/keys';
import { KEY, settle, visibleLines, widestLine } from '../helpers';
import { countingFiles, drillMisses, footerOf, readResults, renderDrill, sessionWithName } from './harness';

const CTRL = { r: '\u0012', n: '\u000e', p: '\u0010', f: '\u0006' } as const;
const SHIFT_TAB = '\u001B[Z';

beforeAll(() => {
  chalk.level = 3;
});

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function open(...args: Parameters<typeof renderDrill>) {
  const h = renderDrill(...args);
  mounted.push(h.unmount);
  return h;
}

type Harness = ReturnType<typeof open>;

const task = (n: number) => LAB08.practice.tasks.find((t) => t.number === n)!;

/** The footer the table gives for a moment of the drill, fitted to 80 columns like the App's. */
function expectedFooter(view: DrillView, scrollable = false): string {
  const { footer } = drillKeys(view, { scrollable });
  return fitHints(footerHints(footer.scopes, footer.omit), 80)
    .map((h) => `${h.keys} ${h.label}`)
    .join('  ');
}

function expectFits(h: Harness): void {
  const raw = h.rawFrame();
  expect(widestLine(raw)).toBeLessThanOrEqual(80);
  expect(visibleLines(raw).length).toBeLessThanOrEqual(23);
}

async function startAs(h: Harness, name: string): Promise<void> {
  await h.waitFor('Your name');
  await h.press(name, KEY.enter);
  await h.waitFor(' left');
}

/** Types every blank of the task on screen, Tab between blanks (no submit). */
async function fill(h: Harness, answers: readonly string[]): Promise<void> {
  for (let i = 0; i < answers.length; i++) {
    await h.press(answers[i] as string);
    if (i < answers.length - 1) await h.press(KEY.tab);
  }
}

const reference = (n: number): string[] => task(n).blanks.map((b) => b.answer);

describe('the lobby', () => {
  it('shows the settings and the seed, asks for a name, and starts on Enter', async () => {
    const h = open({ options: { tasks: '1,2,3', seed: '7', minutes: '5' } });
    const lobby = await h.waitFor('Your name');
    expect(lobby).toContain('Classroom drill');
    expect(lobby).toContain('seed 7');
    expect(lobby).toMatch(/Tasks\s+3 of 8 \(1, 2, 3\)/);
    expect(lobby).toMatch(/Time\s+5 minutes/);
    expect(lobby).toMatch(/Attempts\s+1 per task/);
    expect(lobby).toMatch(/Feedback\s+on/);
    expect(lobby).toContain(h.out);
    expect(footerOf(lobby)).toBe(expectedFooter('lobby-name'));
    expectFits(h);

    // No name, no start: the result file needs one.
    await h.press(KEY.enter);
    expect(await h.waitFor('Type your name first')).toContain('Your name');
    expect(readResults(h.out)).toHaveLength(0);

    // Letters are the name here, even q and ?: they neither quit nor open the help.
    await h.press('Ana q?');
    await h.waitFor('Ana q?');
    await h.press(KEY.backspace, KEY.backspace, KEY.backspace);
    await h.waitFor('Your name  Ana');

    await h.press(KEY.enter);
    const running = await h.waitFor('05:00 left');
    expect(running).toContain(`Task ${shuffleTasks([1, 2, 3], '7')[0]}:`);
    // The file exists from the start, unfinished, with the name given.
    const [file] = readResults(h.out);
    expect(file?.result).toMatchObject({ learner: 'Ana', seed: '7', finished: false, order: shuffleTasks([1, 2, 3], '7') });
    expect(file?.result.tasks.every((t) => t.outcome === 'unanswered')).toBe(true);
    expect(h.session.learnerName()).toBe('Ana');
  });

  it('prefills the saved name, shows a generated seed with the command to share, and Esc leaves', async () => {
    const h = open({ options: { tasks: '2-3' }, session: sessionWithName('Grace Hopper') });
    const lobby = await h.waitFor('Your name');
    expect(lobby).toContain('Your name  Grace Hopper');
    expect(lobby).toContain('abc234 (made up: share it');
    expect(lobby).toContain('lakeflow-lab drill --minutes 15 --tasks 2,3 --seed abc234');
    await h.press(KEY.esc);
    await h.waitFor('What you have done so far');
    expect(readResults(h.out)).toHaveLength(0);
  });

  it('with --name, asks nothing: Enter starts and the App keys work in the lobby', async () => {
    const h = open({ options: { tasks: '1', name: 'Ada' } });
    const lobby = await h.waitFor('Your name  Ada');
    expect(footerOf(lobby)).toBe(expectedFooter('lobby'));
    await h.press('?');
    await h.waitFor('Keys');
    await h.press('?');
    await h.waitFor('Your name  Ada');
    await h.press(KEY.enter);
    await h.waitFor('15:00 left');
    expect(readResults(h.out)[0]?.result.learner).toBe('Ada');
  });
});

describe('answering', () => {
  it('judges a submission at once, saves the file after each one, and records wrong blanks as misses', async () => {
    const files = countingFiles({ create: createResultFile, save: saveResultFile });
    const h = open({ options: { tasks: '1,2,3', seed: '7', minutes: '5' }, env: { files } });
    const order = shuffleTasks([1, 2, 3], '7');
    await startAs(h, 'Ana');
    const running = h.frame();
    expect(footerOf(running)).toBe(expectedFooter('running'));
    // No helpers in a drill: no hint or solution keys, no live panel (the lab's own text stays).
    expect(running).not.toMatch(/Ctrl\+G|Ctrl\+E|solution|Hints for|Live:/);
    expectFits(h);
    expect(files.creates).toBe(1);
    expect(files.saves).toBe(0);

    const first = order[0] as number;
    h.clock.advance(20_000);
    await fill(h, reference(first));
    await h.press(CTRL.r);
    const passed = await h.waitFor(`Task ${first} PASSED`);
    expect(passed).toContain('passed · saved');
    expect(files.saves).toBe(1);
    let saved = readResults(h.out)[0]?.result;
    expect(saved?.tasks.find((t) => t.task === first)).toMatchObject({ outcome: 'passed', attempts: 1, answers: reference(first), seconds: 20 });
    expect(saved?.finished).toBe(false);

    // Passed is locked: typing changes nothing.
    await h.press('x');
    expect(await h.waitFor('This task is passed')).not.toContain('x"');

    // The next task, answered wrong on its last blank: Enter on the last blank submits.
    const second = order[1] as number;
    await h.press(CTRL.n);
    await h.waitFor(`Task ${second}:`);
    const wrong = [...reference(second)];
    const lastBlank = task(second).blanks.length - 1;
    wrong[lastBlank] = 'nope';
    for (const answer of wrong) await h.press(answer, KEY.enter);
    const failed = await h.waitFor('AssertionError');
    expect(failed).toContain('No attempts left on this task');
    expect(files.saves).toBe(2);
    saved = readResults(h.out)[0]?.result;
    expect(saved?.tasks.find((t) => t.task === second)).toMatchObject({ outcome: 'failed', attempts: 1, answers: wrong });
    expect(drillMisses(h.session)).toEqual([{ blankId: task(second).blanks[lastBlank]!.id, typed: 'nope' }]);

    // Shift+Tab and ↑ move between blanks; Ctrl+P goes back a task.
    await h.press(CTRL.n, SHIFT_TAB);
    await h.press(CTRL.p, CTRL.p);
    await h.waitFor(`Task ${first}:`);
  });

  it('with --no-feedback says only "submitted", during the drill and after it', async () => {
    const h = open({ options: { tasks: '2,8', seed: '3', noFeedback: true } });
    const order = shuffleTasks([2, 8], '3');
    await startAs(h, 'Bo');
    const first = order[0] as number;
    const wrong = [...reference(first)];
    wrong[0] = 'manual';
    await fill(h, wrong);
    await h.press(CTRL.r);
    const after = await h.waitFor('── Submitted');
    expect(after).toContain('No verdict is shown');
    expect(after).not.toMatch(/PASSED|AssertionError|Error:/);
    expect(after).toMatch(/\[\d●\]/);
    // The file is the learner's too: it says "submitted", no verdict (the report judges the answers).
    expect(readResults(h.out)[0]?.result.tasks.find((t) => t.task === first)).toMatchObject({ outcome: 'submitted', message: '', explain: [] });

    await h.press(CTRL.f);
    await h.waitFor('Finish the drill now?');
    expect(footerOf(h.frame())).toBe(expectedFooter('confirm'));
    expectFits(h);
    await h.press('y');
    const end = await h.waitFor('Drill results');
    expect(end).toContain('1 of 2 tasks submitted');
    expect(end).not.toMatch(/Score|passed|failed|Misses/);
    expect(end).toMatch(/● submitted/);
    expect(end).toMatch(/○ unanswered/);
  });

  it('asks before finishing early: n keeps going, y ends with the misses and the file path', async () => {
    const h = open({ options: { tasks: '1,2,3', seed: '7', minutes: '5' } });
    const order = shuffleTasks([1, 2, 3], '7');
    await startAs(h, 'Cy');
    const first = order[0] as number;
    const wrong = [...reference(first)];
    wrong[0] = '99';
    await fill(h, wrong);
    await h.press(CTRL.r);
    await h.waitFor('AssertionError');
    h.clock.advance(30_000);

    await h.press(KEY.esc);
    await h.waitFor('Finish the drill now?');
    await h.press('n');
    await settle();
    expect(h.frame()).not.toContain('Finish the drill now?');
    expect(h.frame()).toContain(' left');

    await h.press(CTRL.f, 'y');
    const end = await h.waitFor('Drill results');
    expect(end).toContain('Cy: you finished the drill.');
    expect(end).toContain('Score: 0 of 3 tasks passed');
    expect(end).toMatch(/✗ failed\s+0:30\s+1/);
    expect(end).toContain('── Misses');
    expect(end).toContain('AssertionError:');
    expect(end).toContain('Not answered.');
    expect(footerOf(end)).toBe(expectedFooter('end', true));
    expectFits(h);
    const [file] = readResults(h.out);
    expect(file?.result).toMatchObject({ finished: true, endReason: 'finished-early' });
    // The path is on the end screen (scroll to its end to read it).
    await h.press(KEY.end);
    expect(await h.waitFor(file!.file)).toContain('Your result file');

    // Enter closes the results: back to Home.
    await h.press(KEY.enter);
    await h.waitFor('What you have done so far');
  });
});

describe('the clock', () => {
  it('counts down in mm:ss and at zero ends the drill: the rest counts as unanswered', async () => {
    const files = countingFiles({ create: createResultFile, save: saveResultFile });
    const h = open({ options: { tasks: '1,2,3', seed: '7', minutes: '2' }, env: { files } });
    const order = shuffleTasks([1, 2, 3], '7');
    await startAs(h, 'Dee');
    h.clock.advance(61_000);
    await h.waitFor('00:59 left');
    const first = order[0] as number;
    await fill(h, reference(first));
    await h.press(CTRL.r);
    await h.waitFor(`Task ${first} PASSED`);
    h.clock.advance(50_000);
    await h.waitFor('00:09 left');
    // Typed but never submitted when time runs out.
    await h.press(CTRL.n, 'half an answer');

    h.clock.advance(10_000);
    const grace = await h.waitFor('Dee: time is up');
    // For a moment keys do nothing: a learner still typing must not quit with a stray q.
    await h.press('q');
    expect(h.frame()).toContain('Dee: time is up');
    expect(footerOf(grace)).not.toContain('quit');
    h.clock.advance(2_000);
    await h.waitFor('Enter done');
    const end = h.frame();
    expect(end).toContain('time is up');
    expect(end).toContain('Score: 1 of 3 tasks passed');
    expect(end.match(/○ unanswered/g)).toHaveLength(2);
    expectFits(h);

    const [file] = readResults(h.out);
    expect(file?.result).toMatchObject({ finished: true, endReason: 'time-up' });
    expect(file?.result.tasks.map((t) => t.outcome).sort()).toEqual(['passed', 'unanswered', 'unanswered']);
    // What was typed is kept, but it does not count.
    expect(file?.result.tasks.find((t) => t.task === order[1])?.answers[0]).toBe('half an answer');
    expect(file?.result.endedAt).toBe(new Date(Date.parse(file!.result.startedAt) + 120_000).toISOString());
    // One write per submission, one at the end.
    expect(files.saves).toBe(2);
    // Nothing ticks after the end.
    expect(h.clock.running).toBe(0);
  });

  it('Ctrl+C saves the file once more, unfinished, with the time and the typing so far', async () => {
    const h = open({ options: { tasks: '4', minutes: '5' } });
    await startAs(h, 'Eve');
    h.clock.advance(42_000);
    await h.press('[]');
    const exited = h.instance.waitUntilExit();
    await h.press(KEY.ctrlC);
    await exited;
    const [file] = readResults(h.out);
    expect(file?.result).toMatchObject({ finished: false, endedAt: null });
    expect(file?.result.tasks[0]).toMatchObject({ outcome: 'unanswered', seconds: 42, answers: ['[]', '', '', '', ''] });
  });
});

describe('layout', () => {
  it('every task fits 80x24 while answering', async () => {
    const h = open({ options: { seed: '1' } });
    await startAs(h, 'Fay');
    for (let i = 0; i < 8; i++) {
      expectFits(h);
      await h.press(CTRL.n);
    }
  });
});
