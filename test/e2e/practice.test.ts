// A learner's session in a real pseudo-terminal: the built bin under tmux at 80x24.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { Term, haveTmux, tempHome } from '../support/tmux';
import { LAB08 } from '../../src/lessons/lab08';

const tmux = haveTmux();
if (!tmux) console.warn('tmux not found: end-to-end practice tests SKIPPED');

const ANSWERS = ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *'];
let term: Term | undefined;

afterEach(() => term?.stop());

function savedAnswers(home: string): string[] | undefined {
  try {
    const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    return progress.tasks['practice.3']?.answers;
  } catch {
    return undefined;
  }
}

describe.skipIf(!tmux)('practice in a real terminal', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('passes task 3, then shows it done with its answers after a restart', async () => {
    const home = tempHome();
    term = new Term(home).start(['practice', '3']);
    await term.waitFor('CRON Expressions');
    await term.pressUntil('Enter', 'Esc commands');
    // The live helper, from the built bundle: words, the next fire times and the Quartz form.
    term.type(ANSWERS[0]!);
    await term.waitFor(/Next: .* 06:00/);
    await term.waitFor('Databricks (Quartz): 0 0 6 * * ?');
    term.keys('C-u');
    ANSWERS.forEach((answer, i) => {
      term!.type(answer);
      if (i < ANSWERS.length - 1) term!.keys('Tab');
    });
    term.keys('Enter');
    await term.waitFor('Task 3 PASSED: CRON expressions correct');
    await term.waitFor('r run');
    term.keys('q');
    await term.waitFor('[exit 0]');
    term.stop();

    term = new Term(home).start([]);
    const home1 = await term.waitFor('Continue');
    expect(home1).toMatch(/Practice\s+1\/8/);
    // Continue leads to the first thing not done (workshop step 1); Practice is two rows down.
    expect(home1).toContain('Workshop · Step 1');
    term.keys('Down', 'Down');
    await term.pressUntil('Enter', '✓ passed');
    await term.pressUntil('Enter', 'Esc commands');
    const cell = await term.waitFor('cron_every_15min = "*/15 * * * *"');
    for (const answer of ANSWERS.slice(0, 3)) expect(cell + term.screen()).toContain(answer);
  }, 40_000);

  it('resumes exactly: each blank hint level and the last check result come back after a restart', async () => {
    const home = tempHome();
    term = new Term(home).start(['practice', '3']);
    await term.waitFor('CRON Expressions');
    await term.pressUntil('Enter', 'Esc commands');
    // Every hint of the first blank, up to "no more".
    let hints = 0;
    for (;;) {
      term.keys('C-g');
      const shown = await term.waitFor(new RegExp(`Hint ${hints + 1}/\\d|No more hints for`));
      if (/No more hints for/.test(shown)) break;
      hints += 1;
      expect(hints).toBeLessThan(10);
    }
    expect(hints).toBeGreaterThan(0);
    term.type('0 7 * * *');
    term.keys('C-r');
    await term.waitFor("Expected '0 6 * * *', got '0 7 * * *'");
    term.keys('Escape');
    await term.waitFor('r run');
    term.keys('q');
    await term.waitFor('[exit 0]');
    term.stop();
    const saved = () => JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).tasks['practice.3'];
    expect(saved().hintsUsed).toBe(hints);

    term = new Term(home).start(['practice', '3']);
    await term.waitFor('● 1 check');
    await term.pressUntil('Enter', 'Tab next blank');
    // The last check shows again under the cell, in full, without running it (attempts stay 1).
    await term.pressUntil('NPage', "Expected '0 6 * * *', got '0 7 * * *'");
    term.keys('C-g');
    await term.waitFor('No more hints for');
    term.keys('Escape');
    await term.waitFor('r run');
    term.keys('q');
    await term.waitFor('[exit 0]');
    expect(saved().hintsUsed).toBe(hints);
    expect(saved().attempts).toBe(1);
  }, 60_000);

  it('loses at most the last second of typing when killed with SIGKILL', async () => {
    const home = tempHome();
    term = new Term(home).start(['practice', '3']);
    await term.waitFor('CRON Expressions');
    await term.pressUntil('Enter', 'Esc commands');
    term.type('0 6 * * *');
    term.keys('Tab');
    term.type('0 * * * *');
    await term.waitFor('cron_hourly = "0 * * * *');
    // The store saves at least once a second while typing; wait past that, then kill mid-word.
    await new Promise((r) => setTimeout(r, 1300));
    term.keys('Tab');
    term.type('0 8');
    const pid = term.appPid();
    expect(pid).not.toBeNull();
    process.kill(pid!, 'SIGKILL');
    await term.waitFor(/\[exit \d+\]/);
    const saved = savedAnswers(home);
    expect(saved?.slice(0, 2)).toEqual(['0 6 * * *', '0 * * * *']);
  }, 40_000);

  it('all eight tasks can be completed with the keyboard alone, one after another', async () => {
    const home = tempHome();
    const t = (term = new Term(home).start(['practice', '1']));
    for (const task of LAB08.practice.tasks) {
      await t.waitFor(`Task ${task.number}/8`);
      await t.pressUntil('Enter', 'Esc commands');
      for (const blank of task.blanks) {
        t.type(blank.answer);
        // Enter moves to the next blank, and on the last one runs the check.
        t.keys('Enter');
      }
      await t.waitFor(`Task ${task.number} PASSED`);
      // A passing check hands the keys back to the screen (command mode).
      await t.waitFor('r run');
      if (task.number < 8) await t.pressUntil('n', `Task ${task.number + 1}/8`);
    }
    t.keys('q');
    await t.waitFor('[exit 0]');
    const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8'));
    expect(LAB08.practice.tasks.every((task) => progress.tasks[task.id]?.passed === true)).toBe(true);
  }, 60_000);
});
