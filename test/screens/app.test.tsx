import chalk from 'chalk';
import { Text } from 'ink';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, type AppProps } from '../../src/screens/App';
import { footerHints, KEYS, type Command } from '../../src/screens/keys';
import type { Screen } from '../../src/screens/nav';
import { preloadScreens } from '../../src/screens/lazy';
import { registry } from '../../src/screens/registry';
import type { Progress } from '../../src/progress';
import { SessionContext } from '../../src/screens/session';
import { createTheme, ThemeContext } from '../../src/screens/theme';
import { memorySession, type MemorySession } from '../support/memory-session';
import { FIXTURE_LAB } from './fixtures/lab';
import { hasColourCodes, KEY, renderAt, settle, visibleLines, widestLine } from './helpers';

// Tests run without a TTY, where chalk would print no styles at all: force full colour so
// the colour and NO_COLOR assertions below mean something.
beforeAll(async () => {
  chalk.level = 3;
  // Screens Home does not need load on first use (lazy.tsx); under vitest that first load
  // compiles TypeScript and can outlast waitFor, so load them all up front.
  await preloadScreens(registry);
});

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function renderApp(
  opts: { initial?: Screen; memory?: MemorySession; noColor?: boolean; columns?: number; rows?: number } & Partial<AppProps> = {},
) {
  const memory = opts.memory ?? memorySession({ lab: FIXTURE_LAB });
  const onExit = opts.onExit ?? vi.fn();
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: opts.noColor ?? false })}>
      <SessionContext.Provider value={memory.session}>
        <App lab={FIXTURE_LAB} initial={opts.initial} onExit={onExit} screens={opts.screens} />
      </SessionContext.Provider>
    </ThemeContext.Provider>,
    { columns: opts.columns ?? 80, rows: opts.rows ?? 24 },
  );
  mounted.push(r.unmount);
  return { ...r, ...memory, onExit };
}

function withProgress(progress: Partial<Progress>): MemorySession {
  return memorySession({ lab: FIXTURE_LAB, progress });
}

function task(fields: { attempts: number; passed?: boolean }): Progress['tasks'][string] {
  return { answers: [], attempts: fields.attempts, hintsUsed: 0, solutionRevealed: false, passed: fields.passed ?? false, secondsSpent: 0, updatedAt: 1 };
}

/** The footer is the last non-empty line of the frame. */
function footerOf(frame: string): string {
  const lines = visibleLines(frame).filter((l) => l.trim() !== '');
  return lines[lines.length - 1] ?? '';
}

function hintText(scopes: Parameters<typeof footerHints>[0], omit?: Command[]): string {
  return footerHints(scopes, omit)
    .map((h) => `${h.keys} ${h.label}`)
    .join('  ');
}

describe('Home', () => {
  it('shows the lab title, facts, quote and the menu with progress', async () => {
    const memory = withProgress({
      steps: { 'workshop.1': { done: true, updatedAt: 1 }, 'workshop.2': { done: true, updatedAt: 1 } },
      tasks: { 'practice.1': task({ attempts: 1, passed: true }), 'practice.2': task({ attempts: 1 }) },
    });
    const { waitFor } = renderApp({ memory });
    const frame = await waitFor('Continue');
    expect(frame).toContain('LAB 99: Fixture Jobs — Testing the Screens');
    expect(frame).toContain('~5 min · Day 1 · Beginner · After M99: Fixtures');
    expect(frame).toContain('“A quote to show on the home screen');
    // Steps marked done by hand whose checkpoints do not pass are not counted.
    expect(frame).toMatch(/Workshop\s+0\/3 ░░░░░░░░\s+Fixture Walkthrough/);
    expect(frame).toMatch(/Practice\s+1\/2 ████░░░░\s+Fixture Exercises/);
    expect(frame).toMatch(/Drill\s+A timed, seeded classroom drill/);
    expect(frame).toMatch(/Review\s+Spaced review of what you learned/);
    expect(frame).toContain('Progress');
    // Continue leads to the first thing not done: step 1, whose checkpoint does not pass.
    expect(frame).toContain('› Continue  Workshop · Step 1: Open the jobs page');
  });

  it('offers Continue to the first thing not done (not the last place visited); Enter goes there with its list below', async () => {
    const memory = withProgress({ last: { screen: 'workshop', id: 'workshop.2', updatedAt: 1 } });
    const { waitFor, press, frame } = renderApp({ memory });
    await waitFor('› Continue  Workshop · Step 1: Open the jobs page');
    await press(KEY.enter);
    expect(await waitFor('Step 1/3')).toContain('lakeflow-lab › Workshop › Step 1');
    await press(KEY.esc);
    expect(await waitFor('Overview')).toContain('› ○ Step 1');
    expect(frame()).toContain('lakeflow-lab › Workshop');
  });
});

describe('navigation', () => {
  it('moves with arrows and j/k, opens with Enter, goes back with Esc', async () => {
    const { waitFor, press, frame } = renderApp();
    await waitFor('Start');
    await press(KEY.down, KEY.enter);
    await waitFor('Reference');
    expect(frame()).toContain('Workshop  Fixture Walkthrough');
    expect(frame()).toContain('○ Step 1     Open the jobs page');
    await press(KEY.esc);
    // Home kept its cursor (on Workshop) while hidden under the list.
    await waitFor('› Workshop');
    await press('j', 'k', 'j', KEY.enter);
    await waitFor('Practice  Fixture Exercises');
    expect(frame()).toContain('○ Task 1    Count the tasks');
    await press(KEY.enter);
    const task = await waitFor('Task 1/2');
    expect(task).toContain('num_tasks = ______  # int');
    await press(KEY.right);
    await waitFor('Task 2/2');
    await press(KEY.esc);
    await waitFor('Practice  Fixture Exercises');
    await press(KEY.esc);
    await waitFor('› Practice');
  });

  it('pages through a long step, then steps with → and ← without stacking them', async () => {
    const { waitFor, press, frame } = renderApp({ initial: { name: 'workshop', step: 2 } });
    await waitFor('Step 2/3');
    expect(frame()).not.toContain('The very last line.');
    await press(KEY.end);
    await waitFor('The very last line.');
    await press(KEY.home);
    await waitFor('Parameters');
    await press(KEY.pageDown);
    expect(frame()).not.toContain('Parameters');
    await press(KEY.right);
    await waitFor('Step 3/3');
    await press(KEY.right);
    await waitFor('This is the last step.');
    await press(KEY.left, KEY.left);
    await waitFor('Step 1/3');
    await press(KEY.esc);
    await waitFor('Reference');
    expect(frame()).toContain('lakeflow-lab › Workshop\n');
  });

  it('remembers where the learner is, for Continue', async () => {
    const { waitFor, press, session, fs } = renderApp({ initial: { name: 'workshop', step: 1 } });
    await waitFor('Step 1/3');
    await press(KEY.right);
    await waitFor('Step 2/3');
    expect(session.summary().last).toEqual({ name: 'workshop', step: 2 });
    await vi.waitFor(() => expect(fs.saves).toBeGreaterThan(0));
  });

  it('d marks a step whose checkpoint has not passed as marked, never done; saves, and says so until the next key', async () => {
    const { waitFor, press, session, store, frame } = renderApp({ initial: { name: 'workshop', step: 1 } });
    await waitFor('○ not done');
    await press('d');
    await waitFor('marked done, checkpoint not passed');
    expect(session.summary().stepsDone).toEqual([]);
    expect(session.summary().stepsMarked).toEqual(['workshop.1']);
    await vi.waitFor(() => expect(store.hasUnsavedChanges).toBe(false));
    expect(frame()).toContain('Step 1 marked done, but its checkpoint has not passed');
    await press('j');
    expect(frame()).not.toContain('Step 1 marked done');
    await press('d');
    await waitFor('○ not done');
    expect(session.summary().stepsMarked).toEqual([]);
  });
});

describe('help and footer', () => {
  it('? shows every command of the key table; ? again or Esc closes it', async () => {
    // Tall enough for the whole help (every screen's keys: ~190 lines).
    const { waitFor, press, frame } = renderApp({ rows: 400 });
    await waitFor('Start');
    await press('?');
    await waitFor('Keys');
    // Descriptions may wrap under their key column: compare with the whitespace collapsed.
    const flat = frame().replace(/\s+/g, ' ');
    for (const command of Object.keys(KEYS) as Command[]) {
      expect(flat).toContain(KEYS[command].description);
    }
    expect(frame()).toContain('Everywhere');
    expect(frame()).toMatch(/↑ \/ k\s+Move up/);
    await press('?');
    await waitFor('Start');
    await press('?');
    await waitFor('Keys');
    await press(KEY.esc);
    await waitFor('Start');
  });

  it('footer hints come from the key table for the screen on top', async () => {
    const { waitFor, press, frame } = renderApp({ initial: { name: 'workshop', step: 1 } });
    await waitFor('Step 1/3');
    expect(footerOf(frame())).toBe(hintText(registry.workshop.scopes, [...(registry.workshop.omit ?? [])]));
    await press(KEY.esc);
    await waitFor('Reference');
    expect(footerOf(frame())).toBe(hintText(registry['workshop-list'].scopes));
    await press(KEY.esc);
    await waitFor('Continue');
    expect(footerOf(frame())).toBe(hintText(['list', 'global'], ['back']));
  });

  it('shows a warning from the store on the status line', async () => {
    const { waitFor, session, fs } = renderApp();
    await waitFor('Start');
    fs.failWrites = true;
    session.markStep('workshop.1', true);
    expect(session.flush()).toBe(false);
    const warning = session.summary().warnings.at(-1) ?? '';
    expect(warning).toMatch(/ENOSPC|EROFS/);
    expect(await waitFor(warning.slice(0, 30))).toContain(`! ${warning.slice(0, 60)}`);
  });
});

describe('quitting', () => {
  it('q flushes through onExit, then exits', async () => {
    let resolveFlush!: () => void;
    const onExit = vi.fn(() => new Promise<void>((r) => (resolveFlush = r)));
    const { waitFor, press, instance } = renderApp({ onExit });
    await waitFor('Start');
    const exited = instance.waitUntilExit();
    await press('q');
    expect(onExit).toHaveBeenCalledTimes(1);
    await waitFor('Saving progress…');
    resolveFlush();
    await expect(exited).resolves.toBe(0);
  });

  it('Ctrl+C exits with 130, flushing first', async () => {
    const { waitFor, press, instance, onExit } = renderApp({ initial: { name: 'workshop', step: 2 } });
    await waitFor('Step 2/3');
    const exited = instance.waitUntilExit();
    await press(KEY.ctrlC);
    await expect(exited).resolves.toBe(130);
    expect(onExit).toHaveBeenCalledTimes(1);
  });
});

describe('layout', () => {
  const screens: Screen[] = [
    { name: 'home' },
    { name: 'workshop-list' },
    { name: 'workshop', step: 1 },
    { name: 'workshop', step: 2 },
    { name: 'practice-list' },
    { name: 'practice', task: 1 },
    { name: 'doc', doc: 'workshop-intro' },
    { name: 'doc', doc: 'workshop-reference' },
    { name: 'doc', doc: 'summary' },
    { name: 'drill' },
    { name: 'progress' },
    { name: 'help' },
  ];

  it.each(screens.map((s) => [JSON.stringify(s), s] as const))('%s fits 80x24 (width and height)', async (_, screen) => {
    const { rawFrame, waitFor } = renderApp({ initial: screen });
    await waitFor('lakeflow-lab');
    expect(widestLine(rawFrame())).toBeLessThanOrEqual(80);
    // One spare row: a frame as tall as the terminal makes Ink repaint the whole screen.
    expect(visibleLines(rawFrame()).length).toBeLessThanOrEqual(23);
  });

  it('re-lays out on resize', async () => {
    const { rawFrame, waitFor, stdout } = renderApp({ initial: { name: 'workshop', step: 2 }, columns: 100, rows: 30 });
    await waitFor('Step 2/3');
    stdout.resize(50, 16);
    await settle();
    await vi.waitFor(() => expect(widestLine(rawFrame())).toBeLessThanOrEqual(50), { timeout: 1000 });
    expect(visibleLines(rawFrame()).length).toBeLessThanOrEqual(15);
    expect(rawFrame()).toContain('Step 2/3');
  });
});

describe('colour', () => {
  it('uses colour by default', async () => {
    const { rawFrame, waitFor } = renderApp({ initial: { name: 'workshop', step: 2 } });
    await waitFor('Step 2/3');
    expect(hasColourCodes(rawFrame())).toBe(true);
  });

  it.each([{ name: 'home' }, { name: 'workshop', step: 2 }, { name: 'practice-list' }, { name: 'practice', task: 2 }] as Screen[])(
    'prints no colour codes at all with noColor (%j)',
    async (screen) => {
      const { rawFrame, waitFor, stdout } = renderApp({ initial: screen, noColor: true });
      await waitFor('lakeflow-lab');
      for (const frame of stdout.frames) expect(hasColourCodes(frame)).toBe(false);
      // Styles other than colour remain: bold and inverse carry the meaning.
      expect(rawFrame()).toContain('\u001B[1m');
    },
  );
});

describe('checkpoint slot', () => {
  it('Tab gives the checkpoint the keyboard: global keys pause, Esc gives it back', async () => {
    const { WorkshopStepScreen } = await import('../../src/screens/workshop/WorkshopStepScreen');
    const onExit = vi.fn();
    const { waitFor, press, frame, session, instance } = renderApp({
      initial: { name: 'workshop', step: 1 },
      onExit,
      screens: {
        workshop: {
          ...registry.workshop,
          omit: [],
          component: (props) => (
            <WorkshopStepScreen
              {...props}
              checkpoint={(ctx) => <Text>{`[checkpoint ${ctx.step.id} ${ctx.focused ? 'focused' : 'idle'}]`}</Text>}
            />
          ),
        },
      },
    });
    await waitFor('[checkpoint workshop.1 idle]');
    expect(footerOf(frame())).toContain('Tab checkpoint');
    await press(KEY.tab);
    await waitFor('[checkpoint workshop.1 focused]');
    expect(footerOf(frame())).toBe(hintText(['form', 'field']));
    await press('q', '?', 'd');
    expect(onExit).not.toHaveBeenCalled();
    expect(frame()).not.toContain('Keys');
    expect(session.summary().stepsDone).toEqual([]);
    await press(KEY.esc);
    await waitFor('[checkpoint workshop.1 idle]');
    expect(frame()).toContain('Step 1/3');
    await press(KEY.tab);
    await waitFor('[checkpoint workshop.1 focused]');
    // Ctrl+C still quits while the field has the keyboard.
    const exited = instance.waitUntilExit();
    await press(KEY.ctrlC);
    await expect(exited).resolves.toBe(130);
    expect(onExit).toHaveBeenCalledTimes(1);
  });

  it('Esc from the checkpoint does not also go back', async () => {
    const { WorkshopStepScreen } = await import('../../src/screens/workshop/WorkshopStepScreen');
    const { waitFor, press, frame } = renderApp({
      initial: { name: 'workshop', step: 1 },
      screens: {
        workshop: {
          ...registry.workshop,
          component: (props) => (
            <WorkshopStepScreen {...props} checkpoint={(ctx) => <Text>{ctx.focused ? '[focused]' : '[idle]'}</Text>} />
          ),
        },
      },
    });
    await waitFor('[idle]');
    await press(KEY.tab);
    await waitFor('[focused]');
    await press(KEY.esc);
    await waitFor('[idle]');
    expect(frame()).toContain('Step 1/3');
    await press(KEY.esc);
    await waitFor('Reference');
  });
});

describe('selection without colour', () => {
  it('marks only the selected row in inverse video', async () => {
    const { rawFrame, waitFor, press } = renderApp({ noColor: true });
    await waitFor('Start');
    await press(KEY.down);
    await waitFor('› Workshop');
    const inverse = rawFrame()
      .split('\n')
      .filter((l) => l.includes('\u001B[7m'));
    expect(inverse).toHaveLength(1);
    expect(inverse[0]).toContain('Workshop');
  });
});
