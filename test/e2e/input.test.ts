// The input pipeline in a real terminal (the built bin under tmux at 80x24): bursts land like
// keys typed one at a time, text fields edit like a shell, a huge paste is text, and no message
// is cut off.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { Term, haveTmux, tempHome } from '../support/tmux';

const tmux = haveTmux();
if (!tmux) console.warn('tmux not found: end-to-end input tests SKIPPED');

let term: Term | undefined;
afterEach(() => term?.stop());

/** Ends the app and waits for it: a session killed mid-save could write into a removed home. */
async function quit(t: Term): Promise<void> {
  t.keys('C-c');
  await t.waitFor('[exit ');
}

const DOWN = '\u001B[B';
const RIGHT = '\u001B[C';

/** The line of the screen that holds `label`. */
function lineOf(screen: string, label: string): string {
  return screen.split('\n').find((l) => l.includes(label)) ?? '';
}

function saved(home: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')) as Record<string, unknown>;
}

describe.skipIf(!tmux)('input in a real terminal', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('a burst on the workshop task form (four Downs, two Rights) selects the second compute choice', async () => {
    const t = (term = new Term(tempHome()).start(['workshop', '4']));
    await t.waitFor('Step 4/8');
    await t.pressUntil('Tab', '› Task name');
    t.paste(DOWN.repeat(4) + RIGHT.repeat(2));
    const screen = await t.waitFor(/› Compute .*● Job cluster/);
    expect(lineOf(screen, 'Compute')).toMatch(/○ Shared training cluster\s+● Job cluster\s+○ Serverless/);
    await quit(t);
  }, 30_000);

  it('Ctrl+U, Ctrl+A, Ctrl+E, Home, End and Ctrl+K in a workshop field behave as in a shell', async () => {
    const t = (term = new Term(tempHome()).start(['workshop', '2']));
    await t.waitFor('Step 2/8');
    await t.pressUntil('Tab', /› Your name/);
    const name = async (pattern: RegExp) => expect(lineOf(await t.waitFor(pattern), 'Your name')).toMatch(pattern);
    t.type('alice');
    await name(/Your name\s+alice\s*$/m);
    t.keys('C-u');
    await name(/Your name\s+e\.g\. Ana\s*$/m);
    t.type('bob');
    t.keys('C-a');
    t.type('x');
    await name(/Your name\s+xbob\s*$/m);
    t.keys('C-e');
    t.type('y');
    await name(/Your name\s+xboby\s*$/m);
    t.keys('Home');
    t.type('<');
    await name(/Your name\s+<xboby\s*$/m);
    t.keys('End', 'Left', 'Left');
    t.type('-');
    await name(/Your name\s+<xbo-by\s*$/m);
    t.keys('C-k');
    await name(/Your name\s+<xbo-\s*$/m);
    t.keys('C-a', 'C-k');
    await name(/Your name\s*e\.g\. Ana/);
  }, 30_000);

  it('typing a 60-character source path keeps its end on screen', async () => {
    const t = (term = new Term(tempHome()).start(['workshop', '3']));
    await t.waitFor('Step 3/8');
    await t.pressUntil('Tab', /› .*catalog/);
    const path = '/Volumes/retailhub_alexandria/default/datasets/orders/2026/x9';
    expect(path.length).toBeGreaterThanOrEqual(60);
    // Key name, its value, then the second parameter's value.
    t.keys('Tab', 'Tab', 'Tab');
    t.type(path);
    const screen = await t.waitFor('orders/2026/x9');
    const line = lineOf(screen, 'orders/2026/x9');
    expect(line).toContain('…');
    expect(line.length).toBeLessThanOrEqual(80);
    await quit(t);
  }, 30_000);

  it('a 200 KB bracketed paste with BEL, ESC and newlines leaves the app responsive, inserts capped text and records no hint', async () => {
    const home = tempHome();
    const t = (term = new Term(home).start(['practice', '4']));
    await t.waitFor('Task 4/8');
    await t.pressUntil('Enter', 'Esc commands');
    const chunk = 'ab\u0007cd\u001B[A\u001Bq\nef ';
    const text = chunk.repeat(Math.ceil(200_000 / chunk.length)).slice(0, 200_000);
    t.paste(text, true);
    await t.waitFor(/Cut at 2,000 characters, the\s+field's limit\./, 20_000);
    // Still responsive: Esc leaves the blank and q quits, as usual.
    t.keys('Escape');
    await t.waitFor('Enter fill in');
    t.keys('q');
    await t.waitFor('[exit 0]');
    const progress = saved(home) as { tasks: Record<string, { answers: string[]; hintsUsed: number }> };
    const task = progress.tasks['practice.4'];
    expect(task?.answers[0]?.length).toBe(2000);
    // BEL and ESC dropped, the newline a space.
    expect(task?.answers[0]).toMatch(/^abcd\[Aq ef abcd\[Aq ef /);
    // BEL is not Ctrl+G: no hint was shown or recorded.
    expect(task?.hintsUsed ?? 0).toBe(0);
  }, 60_000);

  it("the corrupt-progress warning shows the backup file's name in full, and what to do", async () => {
    const home = tempHome();
    writeFileSync(join(home, 'progress.json'), '{ not json');
    const t = (term = new Term(home).start([]));
    const screen = await t.waitFor('open the old file in a text editor');
    // The backup's whole path on one line of the screen: nothing of it cut or broken.
    const backup = new RegExp(`${home.replace(/[/.]/g, '\\$&')}/progress\\.corrupt-[-0-9TZ.]+\\.json`);
    expect(screen.split('\n').some((line) => backup.test(line))).toBe(true);
    expect(screen).not.toContain('shows it all');
    // `!` shows it in full too.
    t.keys('!');
    await t.waitFor('Warnings (your progress file)');
    await quit(t);
  }, 30_000);

  it("? on a practice task shows that screen's keys on its first page", async () => {
    const t = (term = new Term(tempHome()).start(['practice', '4']));
    await t.waitFor('Task 4/8');
    await t.pressUntil('?', 'Keys');
    const screen = t.screen();
    expect(screen).toContain('Practice task (reading; Esc from a blank)');
    expect(screen).toMatch(/r \/ Ctrl\+R\s+Run the check/);
    expect(screen).toContain('Practice task: typing in a blank');
    await quit(t);
  }, 30_000);
});
