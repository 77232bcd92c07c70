// `report --live` end to end in a real terminal (tmux, 80x24): result files are dropped into the
// class folder while the view runs, and the view follows: learners appear, the pass-rate chart and
// the most common wrong answer change, a half-written file waits until it is complete, `w` writes
// the report, `q` quits (Ctrl+C too). With --anonymous no name reaches the screen.
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { tempDir } from '../support/temp';
import { haveTmux, tempHome, Term } from '../support/tmux';
import { labResult, reference } from '../drill/lab-results';

const tmux = haveTmux();
const terms: Term[] = [];
afterEach(() => {
  while (terms.length) terms.pop()?.stop();
});

/** Written the way the drill writes: a dot-file first, renamed into place. */
function drop(dir: string, name: string, content: string): void {
  const temp = join(dir, `.${name}.tmp`);
  writeFileSync(temp, content);
  renameSync(temp, join(dir, name));
}

const wrong3 = [...reference(3)];
wrong3[3] = '15 * * * *';
/** A drill of tasks 3 and 4 in which only task 3 was submitted so far. */
function fileOf(learner: string, answers3: string[]): string {
  const { result } = labResult(learner, { 3: { answers: answers3 }, 4: { answers: reference(4) } });
  const t4 = result.tasks.find((t) => t.task === 4)!;
  Object.assign(t4, { answers: t4.answers.map(() => ''), outcome: 'unanswered', message: '', errorType: null, attempts: 0 });
  return JSON.stringify({ ...result, finished: false, endedAt: null, endReason: null });
}

describe.skipIf(!tmux)('report --live', () => {
  beforeAll(() => buildOnce(), 120_000);

  it('follows the folder as files appear and change, writes the report on w, quits on q', async () => {
    const dir = tempDir('llt-live-');
    const out = tempDir('llt-live-out-');
    const term = new Term(tempHome(), 80, 24).start(['report', '--live', dir, '--out', out, '--stuck', '1']);
    terms.push(term);
    await term.waitFor('waiting for result files');

    drop(dir, 'ada.json', fileOf('Ada', reference(3)));
    let screen = await term.waitFor(/Ada\s+T4\s+1\/2\s+1\/2/);
    expect(screen).toMatch(/· 1 learner\s*$/m);
    expect(screen).toMatch(/^ 3 CRON Expressions\s+█+\s+100%\s+1\/1/m);

    drop(dir, 'bo.json', fileOf('Bo', wrong3));
    screen = await term.waitFor(/Bo\s+T4\s+1\/2\s+0\/2/);
    expect(screen).toMatch(/^ 3 CRON Expressions\s+█+░+\s+50%\s+1\/2\s+15 \* \* \* \* ×1/m);

    // Half a file (a synced folder mid-copy): not listed as bad while fresh, counted once complete.
    const carla = fileOf('Carla', wrong3);
    writeFileSync(join(dir, 'carla.json'), carla.slice(0, 200));
    screen = await term.waitFor('1 file(s) being written');
    expect(screen).not.toContain('Carla');
    writeFileSync(join(dir, 'carla.json'), carla);
    screen = await term.waitFor(/Carla\s+T4/);
    expect(screen).toMatch(/15 \* \* \* \* ×2/);
    expect(screen).not.toContain('being written');

    await term.pressUntil('Tab', 'Most common wrong answer per blank');
    screen = await term.waitFor(/T3 · cron_every_15min · 15 \* \* \* \* ×2/);
    for (const line of screen.split('\n')) expect(line.length).toBeLessThanOrEqual(80);

    await term.pressUntil('w', /Wrote .*class-report-.*\.csv/);
    const written = readdirSync(out).sort();
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^class-report-.*\.csv$/);
    expect(written[1]).toMatch(/^class-report-.*\.json$/);

    term.keys('q');
    await term.waitFor('[exit 0]');
  });

  it('--anonymous shows numbers, never names', async () => {
    const dir = tempDir('llt-live-');
    drop(dir, 'ada.json', fileOf('Ada Secret', reference(3)));
    const term = new Term(tempHome(), 80, 24).start(['report', '--live', dir, '--anonymous', '--out', tempDir('llt-live-out-')]);
    terms.push(term);
    const screen = await term.waitFor(/Learner 1\s+T4\s+1\/2/);
    expect(screen).not.toContain('Secret');
    expect(screen).toContain('Learners (anonymous)');
    // Ctrl+C arrives as a key in raw mode: it quits as q does.
    term.keys('C-c');
    await term.waitFor('[exit 0]');
  });
});
