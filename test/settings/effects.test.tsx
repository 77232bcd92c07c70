// Each setting where it takes effect: the drill's name and folder, the workshop's name, the
// CRON helper's zone, review's settings and its cap at the exam date, colour and ASCII drawing,
// each with the flags and environment that win over it.
import { render } from 'ink-testing-library';
import { Text } from 'ink';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drillSettings } from '../../src/drill/settings';
import { LAB08 } from '../../src/lessons/lab08';
import type { PracticeTask } from '../../src/lessons/types';
import { buildSession } from '../../src/review/session';
import { runTui } from '../../src/screens/run';
import { PracticeTaskView } from '../../src/screens/practice/task/PracticeTaskView';
import { SettingsContext } from '../../src/screens/settings/context';
import { createTheme, ThemeContext, useTheme } from '../../src/screens/theme';
import { drillDefaultsOf, prepareColor, reviewSettingsOf } from '../../src/settings/effective';
import { openSettings, type SettingsStore } from '../../src/settings/store';
import { createWorkshopStore } from '../../src/workshop/store';
import { memorySession } from '../support/memory-session';
import { tempDir } from '../support/temp';
import { FakeStdin, FakeStdout, stripAnsi } from '../screens/helpers';

const store = async (values: Partial<Record<string, unknown>> = {}): Promise<SettingsStore> => {
  const s = await openSettings({ dir: tempDir('llt-effects-'), version: '0.1.0' });
  for (const [key, value] of Object.entries(values)) await s.set(key as never, value as never);
  return s;
};

const stops: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  while (stops.length) await stops.pop()?.();
});

/** The TUI on fake streams with `settings`; `q` ends it after the test. */
function tui(settings: SettingsStore, opts: Partial<Parameters<typeof runTui>[0]> = {}) {
  const stdout = new FakeStdout(80, 24);
  const stdin = new FakeStdin();
  const done = runTui({
    session: memorySession().session,
    settings,
    altScreen: false,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: new FakeStdout(80, 24) as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    onWarning: () => undefined,
    ...opts,
  });
  stops.push(async () => {
    stdin.write('q');
    await done;
  });
  // Ink rewrites only the lines that change: everything written so far holds the screen.
  const frame = () => stripAnsi(stdout.frames.join(''));
  const waitFor = (text: string | RegExp) =>
    vi.waitFor(() => expect(frame()).toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text), { timeout: 5000, interval: 10 });
  return { stdout, stdin, frame, waitFor };
}

describe('learner-name and drill-out', () => {
  it("are the drill's --name and result folder when those flags are absent; the flags win", async () => {
    const s = await store({ 'learner-name': 'Ada Lovelace', 'drill-out': '/srv/class' });
    const fromSettings = drillSettings({}, { dataDir: '/data', defaults: drillDefaultsOf(s.get()) });
    expect(fromSettings).toMatchObject({ ok: true, settings: { name: 'Ada Lovelace', out: '/srv/class' } });
    const flags = drillSettings({ name: 'Bo', out: '/tmp/x' }, { dataDir: '/data', defaults: drillDefaultsOf(s.get()) });
    expect(flags).toMatchObject({ ok: true, settings: { name: 'Bo', out: '/tmp/x' } });
    const none = drillSettings({}, { dataDir: '/data', defaults: drillDefaultsOf((await store()).get()) });
    expect(none).toMatchObject({ ok: true, settings: { name: null, out: join('/data', 'drills') } });
  });

  it("the drill opened from Home shows the setting's name and folder in its lobby", async () => {
    const out = tempDir('llt-drill-out-');
    const t = tui(await store({ 'learner-name': 'Ada Lovelace', 'drill-out': out }), { initial: { name: 'drill' } });
    await t.waitFor('Ada Lovelace');
    await t.waitFor(out);
  });

  it("fills in the workshop's name when none was typed, and never replaces one that was", () => {
    expect(createWorkshopStore(undefined, undefined, 'Ada').get().learnerName).toBe('Ada');
    const typed = createWorkshopStore(undefined).get();
    const saved = { ...typed, learnerName: 'Grace' };
    expect(createWorkshopStore(saved, undefined, 'Ada').get().learnerName).toBe('Grace');
  });
});

describe('time-zone', () => {
  const task3 = LAB08.practice.tasks.find((t) => t.number === 3) as PracticeTask;
  const NOW = new Date('2026-11-23T22:00:00Z');

  async function nextRuns(settings: SettingsStore): Promise<string> {
    const r = render(
      <SettingsContext.Provider value={settings}>
        <ThemeContext.Provider value={createTheme({ noColor: true })}>
          <PracticeTaskView task={task3} width={80} height={36} taskCount={8} now={() => NOW} onChange={vi.fn()} onCheck={vi.fn()} onHint={vi.fn()} onReveal={vi.fn()} onBack={vi.fn()} onNavigate={vi.fn()} onTime={vi.fn()} />
        </ThemeContext.Provider>
      </SettingsContext.Provider>,
    );
    stops.push(async () => r.unmount());
    r.stdin.write('\r');
    await new Promise((resolve) => setImmediate(resolve));
    for (const ch of '0 6 * * *') {
      r.stdin.write(ch);
      await new Promise((resolve) => setImmediate(resolve));
    }
    let line = '';
    await vi.waitFor(
      () => {
        line = /Next: [^\n]*/.exec(stripAnsi(r.lastFrame() ?? ''))?.[0] ?? '';
        expect(line).not.toBe('');
      },
      { timeout: 5000, interval: 10 },
    );
    return line;
  }

  it("gives the CRON helper's next fire times in the set zone", async () => {
    // 22:00 UTC is 07:00 the next day in Tokyo: the next 06:00 there is a day later.
    expect(await nextRuns(await store({ 'time-zone': 'Asia/Tokyo' }))).toContain('Next: Wed 25 Nov 06:00 · Thu 26 Nov 06:00 · Fri 27 Nov 06:00 (Asia/Tokyo)');
    expect(await nextRuns(await store({ 'time-zone': 'UTC' }))).toContain('Next: Tue 24 Nov 06:00 · Wed 25 Nov 06:00 · Thu 26 Nov 06:00 (UTC)');
  });
});

describe('review settings', () => {
  it("cap every interval at the exam date; flags (review --exam-date) win over the setting", async () => {
    const s = await store({ 'exam-date': '2026-10-16', 'desired-retention': 0.8, 'new-cards-per-day': 3, 'session-size': 4 });
    const at = new Date(2026, 8, 18);
    const session = buildSession({ lab: LAB08, progress: memorySession().session.get(), now: at, seed: 1, settings: reviewSettingsOf(s.get()) });
    expect(session.params).toMatchObject({ maxIntervalDays: 27, desiredRetention: 0.8 });
    expect(session.cards.length).toBeLessThanOrEqual(4);
    const flagged = buildSession({ lab: LAB08, progress: memorySession().session.get(), now: at, seed: 1, settings: { ...reviewSettingsOf(s.get()), examDate: '2026-09-25' } });
    expect(flagged.params.maxIntervalDays).toBe(6);
  });

  it('reach the review screen and Home: the exam date on the start panel, the new-card limit in the counts', async () => {
    const day = new Date(Date.now() + 10 * 86_400_000);
    const exam = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
    const s = await store({ 'exam-date': exam, 'new-cards-per-day': 3 });
    const home = tui(s);
    await home.waitFor('0 due · 3 new');
    const review = tui(s, { initial: { name: 'review' } });
    await review.waitFor(new RegExp(`${exam}, in 1[01] days: no card is scheduled past it`));
    const flag = tui(s, { initial: { name: 'review', settings: { examDate: '2099-01-01' } } });
    await flag.waitFor('2099-01-01');
  });
});

function ThemeProbe() {
  const theme = useTheme();
  return <Text>{`noColor=${theme.noColor} ascii=${theme.ascii} pointer=${theme.glyph.pointer} border=${theme.borderStyle}`}</Text>;
}

describe('color and ascii', () => {
  const probe = { home: { component: ThemeProbe, scopes: ['global'] as const, title: () => '' } };

  it('color never turns colour off at once; --no-color / NO_COLOR win over color always', async () => {
    const s = await store();
    const t = tui(s, { screens: probe as never });
    await t.waitFor('noColor=false ascii=false');
    await s.set('color', 'never');
    await t.waitFor('noColor=true');
    const before = t.stdout.frames.length;
    await s.set('color', 'always');
    await vi.waitFor(() => expect(stripAnsi(t.stdout.frames.slice(before).join(''))).toContain('noColor=false'), { timeout: 5000, interval: 10 });
    const flagged = tui(s, { screens: probe as never, noColor: true });
    await flagged.waitFor('noColor=true');
  });

  it('color always forces colour for the terminal library, unless the environment says no colour', () => {
    const env: NodeJS.ProcessEnv = {};
    prepareColor(true, { color: 'always' }, env);
    expect(env.FORCE_COLOR).toBe('1');
    const off: NodeJS.ProcessEnv = {};
    prepareColor(false, { color: 'always' }, off);
    prepareColor(true, { color: 'auto' }, off);
    expect(off.FORCE_COLOR).toBeUndefined();
  });

  it('ascii: the theme draws ASCII glyphs and classic borders, and nothing non-ASCII is drawn; off again, the symbols return', async () => {
    const s = await store({ ascii: true });
    const t = tui(s, { screens: probe as never });
    await t.waitFor('ascii=true pointer=> border=classic');
    await s.set('ascii', false);
    await t.waitFor('ascii=false pointer=› border=round');
    expect(t.frame()).not.toContain('ascii=true pointer=›');
  });

  it('ascii on the real Home and the help (rules drawn by layout code): no box-drawing, block, arrow or symbol reaches the terminal', async () => {
    const DRAWING = /[\u2190-\u21ff\u2500-\u25ff\u2700-\u27bf\u2022\u2026\u203a\u00b7\u2014]/;
    const s = await store({ ascii: true });
    const home = tui(s);
    await home.waitFor('Settings');
    await home.waitFor('0 due');
    expect(home.stdout.frames.join('')).not.toMatch(DRAWING);
    expect(home.frame()).toMatch(/^> Start/m);
    const help = tui(s, { initial: { name: 'help' } });
    await help.waitFor('Everywhere');
    await help.waitFor('^v');
    expect(help.stdout.frames.join('')).not.toMatch(DRAWING);
    // The control: without the setting the same screens draw those characters.
    const plain = tui(await store(), { initial: { name: 'help' } });
    await plain.waitFor('Everywhere');
    expect(plain.stdout.frames.join('')).toMatch(DRAWING);
  });
});
