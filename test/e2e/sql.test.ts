// SQL in a real terminal: the built bin under tmux at 80x24, DuckDB and all. Task 7's query runs
// from the practice screen and shows rows; the SQL screen runs a query and shows a result table.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { buildOnce } from '../support/build';
import { Term, haveTmux, tempHome } from '../support/tmux';

const tmux = haveTmux();
if (!tmux) console.warn('tmux not found: end-to-end SQL tests SKIPPED');

const task7 = LAB08.practice.tasks.find((t) => t.number === 7);
const REFERENCE = task7?.blanks.map((b) => b.answer) ?? [];

let term: Term | undefined;
afterEach(() => term?.stop());

/** No row of the screen is wider than the terminal, and none ends cut mid-word by the edge. */
function fitsIn80(screen: string): void {
  for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
}

describe.skipIf(!tmux)('SQL in a real terminal', () => {
  beforeAll(() => buildOnce(), 60_000);

  it("task 7: the reference answers, then Ctrl+X runs the query from the practice screen and shows its rows", async () => {
    expect(REFERENCE).toEqual(['FAILED', '7']);
    term = new Term(tempHome()).start(['practice', '7']);
    await term.waitFor('Job Monitoring via System Tables');
    // Into the first blank (the key bar then offers the blank's keys, the query's among them).
    await term.pressUntil('Enter', 'Ctrl+X query');
    term.type(REFERENCE[0] as string);
    term.keys('Tab');
    term.type(REFERENCE[1] as string);
    await term.waitFor('AND start_time >= current_date() - INTERVAL 7 DAYS');
    term.keys('C-x');
    // All five columns side by side within 80 columns, and rows of failed runs under them.
    const screen = await term.waitFor(/job_id\s+run_id\s+result_state\s+start_time\s+end_time/, 30_000);
    const rows = await term.waitFor(/FAILED\s+20\d\d-\d\d-\d\d \d\d:\d\d:\d\d\s+20\d\d-\d\d-\d\d \d\d:\d\d:\d\d/);
    expect(rows).toMatch(/\d+ rows?/);
    fitsIn80(screen);
    // The check itself: PASSED, and under it what the rows showed.
    term.keys('C-r');
    await term.waitFor('Task 7 PASSED: System table query is correct');
    await term.pressUntil('PageDown', /your query returns the same (\d+ rows|row) as the lab's/);
    fitsIn80(term.screen());
    // Quitting saves and ends the process, the loaded engine notwithstanding.
    term.keys('q');
    await term.waitFor('[exit 0]', 15_000);
  }, 90_000);

  it('lakeflow-lab sql opens the SQL screen: Ctrl+R runs the query and shows a result table; q quits', async () => {
    term = new Term(tempHome()).start(['sql']);
    const first = await term.waitFor('Ctrl+R run');
    expect(first).toContain('FROM system.lakeflow.job_run_timeline');
    term.keys('C-r');
    const screen = await term.waitFor(/\d+ rows · showing 1–\d+/, 30_000);
    expect(screen).toMatch(/job_id\s+run_id\s+result_state\s+period_start_time/);
    expect(screen).toMatch(/(SUCCEEDED|FAILED|TIMED_OUT)\s+20\d\d-\d\d-\d\d/);
    fitsIn80(screen);
    // The rows pane: ↓ scrolls the rows; q there quits (DuckDB does not hold the process).
    term.keys('Tab', 'Down');
    await term.waitFor(/rows · showing 2–/);
    term.keys('q');
    await term.waitFor('[exit 0]', 15_000);
  }, 90_000);
});
