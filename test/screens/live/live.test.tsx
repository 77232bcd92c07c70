import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineJudge } from '../../../src/drill/judge';
import { FolderScanner, liveLearners } from '../../../src/drill/live';
import { displayWidth } from '../../../src/text/width';
import { LAB08 } from '../../../src/lessons/lab08';
import { liveLayout, type LiveLayoutInput } from '../../../src/screens/live/live-layout';
import { LiveView, liveReducer } from '../../../src/screens/live/LiveView';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { labResult, reference } from '../../drill/lab-results';
import { tempDir } from '../../support/temp';
import { KEY, renderAt, visibleLines } from '../helpers';

const judge = engineJudge(LAB08.practice.tasks);
const wrong3 = [...reference(3)];
wrong3[3] = '15 * * * *';

function classDir(count: number): string {
  const dir = tempDir('llt-live-');
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? 'Mallory\u001b[2J\u202eevil' : `Learner name number ${i} that is rather long indeed`;
    writeFileSync(join(dir, `l${i}.json`), JSON.stringify(labResult(name, { 3: { answers: i % 2 ? wrong3 : reference(3) } }).result));
  }
  return dir;
}

function input(dir: string, overrides: Partial<LiveLayoutInput> = {}): LiveLayoutInput {
  const now = Date.now();
  const scan = new FolderScanner(dir, LAB08, judge, () => now).scan();
  return {
    dir,
    report: scan.report,
    learners: liveLearners(scan, { nowMs: now, stuckMs: 300_000, anonymous: null }),
    labTasks: LAB08.practice.tasks.map((t) => ({ number: t.number, topic: t.topic })),
    pending: 0,
    nowMs: now,
    width: 80,
    height: 24,
    pane: 'learners',
    scroll: 0,
    notice: null,
    anonymous: false,
    stuckMinutes: 5,
    ...overrides,
  };
}

const text = (line: Array<{ text: string }>) => line.map((s) => s.text).join('');

describe('liveLayout', () => {
  it('fills the screen but the footer, never wider than the terminal, at 80x24 and 60x16', () => {
    const dir = classDir(14);
    for (const [width, height] of [
      [80, 24],
      [60, 16],
      [120, 40],
    ] as const) {
      for (const pane of ['learners', 'answers'] as const) {
        const { lines } = liveLayout(input(dir, { width, height, pane }));
        expect(lines).toHaveLength(height - 1);
        for (const line of lines) expect(displayWidth(text(line)), text(line)).toBeLessThanOrEqual(width);
      }
    }
  });

  it('wraps a long notice (a written file\'s path) over the last rows instead of cutting it', () => {
    const dir = classDir(14);
    const path = `/home/trainer/classes/2026-03-14/afternoon-group/lakeflow-lab-report-${'x'.repeat(40)}.csv`;
    const notice = { text: `Wrote ${path} and .json`, tone: 'success' as const };
    const { lines } = liveLayout(input(dir, { notice }));
    expect(lines).toHaveLength(23);
    for (const line of lines) expect(displayWidth(text(line))).toBeLessThanOrEqual(80);
    // The last rows are the notice, whole (a path longer than a row breaks where the row ends).
    expect(lines.slice(-3).map(text).join('').replace(/\s+/g, '')).toBe(`Wrote${path}and.json`);
  });

  it('scrolls the learners that do not fit, and shows names inert', () => {
    const dir = classDir(14);
    const first = liveLayout(input(dir));
    expect(first.maxScroll).toBe(4);
    const all = first.lines.map(text).join('\n');
    expect(all).toMatch(/Learners · 0 stuck .* · 1-10 of 14/);
    expect(all).not.toContain('Mallory');
    const end = liveLayout(input(dir, { scroll: 99 })).lines.map(text).join('\n');
    expect(end).toMatch(/· 5-14 of 14/);
    expect(end).toContain('Mallory\\x1b[2J\\u202eevil');
    // eslint-disable-next-line no-control-regex
    expect(end).not.toMatch(/[\u001b\u202e]/);
  });

  it('lists the files not counted with their reason, inert', () => {
    const dir = classDir(2);
    writeFileSync(join(dir, 'evil\u001b[2J.json'), 'nope');
    const old = new Date(Date.now() - 60_000);
    utimesSync(join(dir, 'evil\u001b[2J.json'), old, old);
    const lines = liveLayout(input(dir, { pane: 'files' })).lines.map(text);
    expect(lines).toContain('Files not counted (1)');
    expect(lines).toContain('  evil\\x1b[2J.json: not valid JSON');
    expect(liveLayout(input(dir)).lines.map(text).at(-1)).toContain('1 file(s) not counted (Tab shows why)');
  });

  it('shows the most common wrong answer per task and per blank', () => {
    const dir = classDir(4);
    const lines = liveLayout(input(dir)).lines.map(text);
    expect(lines.find((l) => l.startsWith(' 3 CRON'))).toMatch(/50%\s+2\/4\s+15 \* \* \* \* ×2$/);
    const answers = liveLayout(input(dir, { pane: 'answers' })).lines.map(text);
    expect(answers).toContain('  T3 · cron_every_15min · 15 * * * * ×2');
  });
});

describe('liveReducer', () => {
  it('switches panes (back to the top) and clamps scrolling', () => {
    const s0 = { pane: 'learners' as const, scroll: 3, help: false, notice: null };
    expect(liveReducer(s0, { type: 'pane' })).toMatchObject({ pane: 'answers', scroll: 0 });
    expect(liveReducer({ ...s0, pane: 'answers' }, { type: 'pane' }).pane).toBe('files');
    expect(liveReducer({ ...s0, pane: 'files' }, { type: 'pane' }).pane).toBe('learners');
    expect(liveReducer(s0, { type: 'scroll', delta: 5, max: 4 }).scroll).toBe(4);
    expect(liveReducer(s0, { type: 'scroll', delta: -9, max: 4 }).scroll).toBe(0);
    expect(liveReducer(s0, { type: 'help' }).help).toBe(true);
  });
});

describe('LiveView', () => {
  it('draws the class, switches panes on Tab, writes the report on w, shows help on ?', async () => {
    const dir = classDir(2);
    const out = tempDir('llt-live-out-');
    const r = renderAt(
      <ThemeContext.Provider value={createTheme({ noColor: true })}>
        <LiveView dir={dir} lab={LAB08} judge={judge} anonymous={false} stuckMinutes={5} outDir={out} pollMs={50} />
      </ThemeContext.Provider>,
    );
    try {
      await r.waitFor('2 learners');
      expect(visibleLines(r.frame()).length).toBeLessThanOrEqual(24);
      expect(r.frame()).toMatch(/w write report\s+Tab next pane/);
      expect(r.frame()).not.toContain('Esc back');
      await r.press(KEY.tab);
      await r.waitFor('T3 · cron_every_15min · 15 * * * * ×1');
      await r.press('w');
      await r.waitFor('Wrote ');
      expect(readdirSync(out)).toHaveLength(2);
      await r.press('?');
      await r.waitFor('Live class view: keys');
      expect(r.frame()).toContain('Write the class report now');
      // A file dropped in while the view runs shows up by itself.
      await r.press('x');
      writeFileSync(join(dir, 'late.json'), JSON.stringify(labResult('Late Larry', { 3: { answers: reference(3) } }).result));
      writeFileSync(join(dir, 'broken.json'), '{"format": ');
      // answers → files not counted (the broken file is pending while fresh) → learners.
      await r.press(KEY.tab);
      await r.waitFor('Files not counted');
      await r.press(KEY.tab);
      await r.waitFor('Late Larry');
    } finally {
      r.instance.unmount();
    }
  });
});
