// Feedback a learner sees in a real pseudo-terminal at 80x24 (issue #11): a failed check shows
// what the assert compared, in full, and the live DAG helper reads None as Python does.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { Term, haveTmux, tempHome } from '../support/tmux';

const tmux = haveTmux();
if (!tmux) console.warn('tmux not found: end-to-end feedback tests SKIPPED');

let term: Term | undefined;
afterEach(() => term?.stop());

/**
 * Leaves the blank, then quits and waits for the exit, so nothing writes into its home after the
 * test. The q waits until the blank is left: an Escape and a q that reach
 * the app in one read are Alt+q, as in any terminal, and Alt+q types a q into the blank.
 */
async function quit(t: Term): Promise<void> {
  t.keys('Escape');
  await t.waitFor(/^(?![\s\S]*Esc commands)/);
  await t.pressUntil('q', '[exit 0]');
}

describe.skipIf(!tmux)('feedback in a real terminal at 80x24', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('a failed check shows the compared values under the notebook message, without truncation', async () => {
    term = new Term(tempHome()).start(['practice', '1']);
    await term.waitFor('Understanding Job Configuration');
    await term.pressUntil('Enter', 'Esc commands');
    ['"3"', 'refresh_pipeline', '30', '2', 'False'].forEach((answer, i) => {
      term!.type(answer);
      if (i < 4) term!.keys('Tab');
    });
    await term.waitFor('validate_runs_on_failure = False');
    term.keys('C-r');
    const screen = await term.waitFor('AssertionError: Expected 3 tasks, got 3');
    const lines = screen.split('\n').map((l) => l.replace(/[│█┆]\s*$/u, '').trimEnd());
    expect(lines).toContain("  num_tasks is '3' (str); the check compares it with 3 (int)");
    expect(lines).toContain("  '3' is text (it has quotes); 3 is a number: a number is typed without quotes");
    expect(screen.split('\n').every((l) => [...l].length <= 80)).toBe(true);
    await quit(term);
  }, 30_000);

  it('the Task 4 helper shows None as a value that is not a list, not as a name needing quotes', async () => {
    term = new Term(tempHome()).start(['practice', '4']);
    await term.waitFor('Task Dependencies');
    await term.pressUntil('Enter', 'Esc commands');
    term.type('None');
    const screen = await term.waitFor('None is a value, but not a list');
    const text = screen.replace(/[│█┆]/gu, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('✗ ingest: None is a value, but not a list (it is NoneType); write the dependencies in [ ] ([] for none).');
    expect(text).not.toMatch(/needs quotes|NameError/);
    await quit(term);
  }, 30_000);
});
