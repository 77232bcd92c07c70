// The Settings screen in a real terminal (tmux, 80x24): a name typed in place and ASCII drawing
// switched on, each seen taking effect (the app redrawn in ASCII at once, the drill's lobby
// with the name), and both kept in settings.json for the next start and for `config`.
import { spawnSync } from 'node:child_process';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build';
import { BIN, haveTmux, tempHome, Term } from '../support/tmux';

const tmux = haveTmux();
// What ASCII drawing must never show: box drawing, blocks, arrows, pointers, bullets, radio marks.
const DRAWING = /[\u2190-\u21ff\u2500-\u25ff\u2713\u2717\u2022\u203a]/;

const terms: Term[] = [];
afterEach(() => {
  while (terms.length) terms.pop()?.stop();
});

describe.skipIf(!tmux)('the Settings screen in a terminal (tmux)', () => {
  beforeAll(() => buildOnce(), 60_000);

  it('types a name in place, switches ASCII drawing on, and both take effect and are kept', async () => {
    const home = tempHome();
    const term = new Term(home, 80, 24).start();
    terms.push(term);
    let screen = await term.waitFor('? help');
    expect(screen).toMatch(DRAWING);

    // Home → Settings (the last entry).
    await term.pressUntil('End', /› Settings/);
    await term.pressUntil('Enter', 'Saved in');
    // learner-name is the first setting: Enter opens its field on the row.
    await term.pressUntil('Enter', 'Enter save');
    term.type('Ada Lovelace');
    await term.waitFor(/learner-name +Ada Lovelace/);
    term.keys('Enter');
    await term.waitFor('learner-name: Ada Lovelace');

    // ascii is the one before the last; Space picks its next choice.
    term.keys('End');
    term.keys('k');
    await term.waitFor(/› ascii/);
    term.keys('Space');
    screen = await term.waitFor(/> ascii +\* true +o false/);
    expect(screen).not.toMatch(DRAWING);
    expect(screen).toContain('^v move');

    // Home, drawn in ASCII too.
    term.keys('Escape');
    screen = await term.waitFor(/> Settings +Your name/);
    expect(screen).toMatch(/Workshop +0\/8 -{8}/);
    expect(screen).not.toMatch(DRAWING);
    term.keys('q');
    await term.waitFor('[exit 0]');

    // Kept: `config` reads them back, the drill's lobby starts with the name, still in ASCII.
    const get = (key: string) =>
      spawnSync(process.execPath, [BIN, 'config', 'get', key], { env: { ...process.env, LAKEFLOW_LAB_HOME: home }, encoding: 'utf8' }).stdout;
    expect(get('learner-name')).toBe('Ada Lovelace\n');
    expect(get('ascii')).toBe('true\n');
    const drill = new Term(home, 80, 24).start(['drill', '--seed', '42']);
    terms.push(drill);
    screen = await drill.waitFor('seed 42');
    await drill.waitFor('Ada Lovelace');
    expect(drill.screen()).not.toMatch(DRAWING);
  });

  it("report --live follows the ascii setting too (its bars and separators)", async () => {
    const home = tempHome();
    const folder = tempHome();
    const live = (): Term => {
      const term = new Term(home, 80, 24).start(['report', '--live', folder]);
      terms.push(term);
      return term;
    };
    const plain = live();
    expect(await plain.waitFor('Job Configuration')).toMatch(DRAWING);
    plain.stop();
    spawnSync(process.execPath, [BIN, 'config', 'set', 'ascii', 'true'], { env: { ...process.env, LAKEFLOW_LAB_HOME: home } });
    const ascii = live();
    const screen = await ascii.waitFor('Job Configuration');
    expect(screen).toMatch(/Job Configuration \(JSON\) -{14}/);
    expect(screen).not.toMatch(DRAWING);
  });
});
