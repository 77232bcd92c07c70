// The keypress layer's promise: keys that arrive together (a paste of keys, key repeat over ssh,
// a script) end in exactly the state the same keys reach when typed one at a time, on every screen.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons/lab08';
import { App } from '../../../src/screens/App';
import { DrillEnvContext, type DrillEnv } from '../../../src/screens/drill/env';
import { drillSettings } from '../../../src/drill/settings';
import { preloadScreens } from '../../../src/screens/lazy';
import type { Screen } from '../../../src/screens/nav';
import { registry } from '../../../src/screens/registry';
import { SessionContext } from '../../../src/screens/session';
import { createTheme, ThemeContext } from '../../../src/screens/theme';
import { memorySession } from '../../support/memory-session';
import { renderAt, settle } from '../helpers';

const KEYS: Record<string, string> = {
  down: '\u001B[B',
  up: '\u001B[A',
  left: '\u001B[D',
  right: '\u001B[C',
  tab: '\t',
  shiftTab: '\u001B[Z',
  enter: '\r',
  esc: '\u001B',
  backspace: '\u007F',
  home: '\u001B[H',
  ctrlA: '\u0001',
  ctrlE: '\u0005',
  ctrlK: '\u000B',
  ctrlU: '\u0015',
  a: 'a',
  x: 'x',
  space: ' ',
  one: '1',
  j: 'j',
  help: '?',
  messages: '!',
};

const mounted: Array<() => void> = [];
afterEach(() => {
  for (const unmount of mounted.splice(0)) unmount();
});

// The wall clock stands still for both runs of a sequence: what the app derives from it (the Job
// ID the workshop's Create Job assigns, times shown on screen) is the same whichever way the keys
// came. Only Date is faked; timers run as usual.
beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-03-14T10:00:00.000Z') });
  await preloadScreens(registry);
});
afterAll(() => {
  vi.useRealTimers();
});

/**
 * The drill's clock stands still and its result file is not written: both runs of a sequence see
 * the same time and the same file name.
 */
function drillEnv(): DrillEnv {
  const parsed = drillSettings({ out: '/results' }, { dataDir: '/results', randomSeed: () => 'abc234' });
  if (!parsed.ok) throw new Error(parsed.message);
  const t = Date.parse('2026-03-14T10:00:00.000Z');
  return {
    settings: parsed.settings,
    clock: { now: () => t, every: () => () => undefined },
    files: { create: () => '/results/drill.json', save: () => undefined },
    appVersion: 'test',
  };
}

async function finalState(initial: Screen, keys: string[], burst: boolean) {
  const memory = memorySession({ lab: LAB08 });
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor: true })}>
      <SessionContext.Provider value={memory.session}>
        <DrillEnvContext.Provider value={drillEnv()}>
          <App lab={LAB08} initial={initial} onExit={() => undefined} />
        </DrillEnvContext.Provider>
      </SessionContext.Provider>
    </ThemeContext.Provider>,
    { columns: 80, rows: 24 },
  );
  mounted.push(r.unmount);
  await quiet(r.frame);
  if (burst) await r.press(keys.join(''));
  else await r.press(...keys);
  await quiet(r.frame);
  // What the learner did, without the clock (seconds spent, save times differ between two runs).
  const p = memory.store.get();
  const tasks = Object.fromEntries(Object.entries(p.tasks).map(([id, t]) => [id, { answers: t.answers, attempts: t.attempts, hintsUsed: t.hintsUsed }]));
  const steps = Object.fromEntries(Object.entries(p.steps).map(([id, s]) => [id, s.done]));
  const state = { frame: r.frame(), progress: JSON.stringify({ tasks, steps, workshop: p.workshop?.entries ?? null }) };
  r.unmount();
  return state;
}

/**
 * Waits until the screen has stopped changing: what follows a key by itself (Home's review count,
 * loaded after the frame) is part of the end state, whichever way the keys came.
 */
async function quiet(frame: () => string): Promise<void> {
  let last = frame();
  let still = 0;
  for (let i = 0; i < 150 && still < 10; i++) {
    await settle();
    await new Promise((r) => setTimeout(r, 20));
    const now = frame();
    // Home draws its review count after its first frame, sometimes later than a still spell
    // under load: a Home without it is not the end state yet.
    const countPending = /Spaced review of what you learned(?! ·)/.test(now);
    // Likewise a helper still loading (the CRON helper of a practice task, the review cards).
    const loading = /Loading the /.test(now);
    still = now === last && !countPending && !loading ? still + 1 : 0;
    last = now;
  }
}

// Esc then a printable key in one read is Alt+key (as in every terminal): keep Esc out of that spot.
const sequence = fc
  .array(fc.constantFrom(...Object.keys(KEYS)), { minLength: 1, maxLength: 10 })
  .filter((names) => names.every((n, i) => n !== 'esc' || i === names.length - 1 || ['enter', 'tab', 'down', 'up', 'left', 'right', 'home', 'shiftTab'].includes(names[i + 1] as string)));

describe('a burst of keys ends where the same keys typed one at a time end', () => {
  // One of each screen of the registry (the type refuses a screen left out).
  const screens: { [N in keyof typeof registry]: Screen & { name: N } } = {
    home: { name: 'home' },
    'workshop-list': { name: 'workshop-list' },
    workshop: { name: 'workshop', step: 4 },
    'practice-list': { name: 'practice-list' },
    practice: { name: 'practice', task: 3 },
    doc: { name: 'doc', doc: 'workshop-intro' },
    'sql-lab': { name: 'sql-lab' },
    'sql-exercise': { name: 'sql-exercise', exercise: 'sql.timed-out' },
    drill: { name: 'drill' },
    review: { name: 'review', seed: 7 },
    progress: { name: 'progress' },
    sql: { name: 'sql' },
    settings: { name: 'settings' },
    help: { name: 'help' },
    messages: { name: 'messages' },
  };
  for (const screen of Object.values(screens)) {
    it(`on ${JSON.stringify(screen)}`, async () => {
      await fc.assert(
        fc.asyncProperty(sequence, async (names) => {
          const keys = names.map((n) => KEYS[n] as string);
          const slow = await finalState(screen, keys, false);
          const fast = await finalState(screen, keys, true);
          expect(fast.frame).toBe(slow.frame);
          expect(fast.progress).toBe(slow.progress);
        }),
        // Sequences that once ended differently (a list's selection set after the key; a count
        // drawn after the frame; the practice view's scroll left by a frame drawn while the CRON
        // helper was loading) are always tried.
        {
          numRuns: 8,
          examples: [
            [['backspace', 'enter', 'down']],
            [['ctrlA', 'j', 'ctrlK', 'x', 'one', 'left', 'ctrlE', 'j', 'space', 'a']],
            [['enter', 'tab', 'space', 'down']],
            [['enter', 'j', 'ctrlK']],
            [['one', 'x', 'down', 'ctrlU']],
            [['enter', 'messages', 'down', 'ctrlU']],
          ],
        },
      );
    }, 60_000);
  }
});
