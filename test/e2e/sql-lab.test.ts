// The SQL lab in a real terminal, on the real engine: from the practice list to an exercise, a
// query typed into the editor, checked on the three judging histories, the verdict on screen and
// in progress.json; then the right query passes. The built bin under tmux at 80x24.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { Term, haveTmux, tempHome } from '../support/tmux';

const tmux = haveTmux();
if (!tmux) console.warn('tmux not found: end-to-end SQL lab tests SKIPPED');

let term: Term | undefined;
afterEach(() => term?.stop());

describe.skipIf(!tmux)('the SQL lab in a real terminal', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('opens from Practice, runs a typed query for its rows, checks it, shows the verdict, then passes', async () => {
    const home = tempHome();
    term = new Term(home).start(['practice']);
    await term.waitFor('SQL lab');
    // The list opens on Task 1; the SQL lab follows Task 7.
    await term.pressUntil('Down', /› +\S* *SQL lab/);
    await term.pressUntil('Enter', 'SQL lab: monitoring queries');
    term.keys('Down');
    await term.waitFor(/› +\S* *2\. +Runs that timed out/);
    await term.pressUntil('Enter', 'Your query');
    await term.pressUntil('Enter', 'Esc commands');
    // The API's spelling: no row has it.
    term.type("SELECT job_id, run_id, period_end_time FROM system.lakeflow.job_run_timeline WHERE result_state = 'TIMEDOUT'");
    term.keys('C-x');
    await term.waitFor('0 rows', 20_000);
    // The engine's note on the spelling, under the screen.
    await term.waitFor("result_state is spelled 'TIMED_OUT'");
    term.keys('C-r');
    const verdict = await term.waitFor('FAILED: Your query returned no rows.', 20_000);
    expect(verdict).toContain('On history 1 of 3:');
    const saved = () => JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).sql['sql.timed-out'];
    await expect.poll(() => saved()?.lastVerdict?.outcome, { timeout: 5000 }).toBe('failed');

    // Fix the spelling: TIMEDOUT -> TIMED_OUT (the cursor is at the end: back over "OUT'").
    term.keys('Left', 'Left', 'Left', 'Left');
    term.type('_');
    term.keys('C-r');
    await term.waitFor('PASSED: the same rows as the reference on all 3 histories.', 20_000);
    term.keys('Escape');
    await term.waitFor('r check');
    term.keys('q');
    await term.waitFor('[exit 0]');
    expect(saved()).toMatchObject({ passed: true, attempts: 2 });
    expect(saved().query).toContain("result_state = 'TIMED_OUT'");
  }, 90_000);
});
