import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import type { TaskProgress } from '../../../src/progress/types';
import { App } from '../../../src/screens/App';
import { preloadScreens } from '../../../src/screens/lazy';
import { registry } from '../../../src/screens/registry';
import { SessionContext } from '../../../src/screens/session';
import type { Screen } from '../../../src/screens/nav';
import { memorySession, type MemorySession } from '../../support/memory-session';
import { KEY, renderAt } from '../helpers';

function withTasks(tasks: Record<string, Partial<TaskProgress>>): MemorySession {
  const full: Record<string, TaskProgress> = {};
  for (const [id, t] of Object.entries(tasks)) {
    full[id] = { answers: [], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt: 1, ...t };
  }
  return memorySession({ progress: { tasks: full } });
}

// The screens are loaded on first use (lazy.tsx); under vitest that compiles them, which can
// outlast waitFor: load them up front.
beforeAll(() => preloadScreens(registry));

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function renderApp(initial: Screen, memory = memorySession()) {
  const onExit = vi.fn();
  const r = renderAt(
    <SessionContext.Provider value={memory.session}>
      <App lab={LAB08} initial={initial} onExit={onExit} />
    </SessionContext.Provider>,
    { columns: 80, rows: 30 },
  );
  mounted.push(r.unmount);
  const saved = (id: string): TaskProgress | undefined => memory.session.get().tasks[id];
  return { ...r, onExit, session: memory.session, saved };
}

describe('the practice editor inside the App', () => {
  it('letters typed in a blank are text, not the App\'s keys; Esc leaves the blank, a second Esc goes back', async () => {
    const app = renderApp({ name: 'practice', task: 3 });
    await app.waitFor('Task 3/8');
    await app.press(KEY.enter, 'q', '?', KEY.backspace, 'q');
    expect(app.onExit).not.toHaveBeenCalled();
    // q, ? typed, ? erased, q typed.
    expect(app.saved('practice.3')?.answers).toEqual(['qq', '', '', '']);
    expect(app.frame()).not.toContain('Help');
    await app.press(KEY.esc);
    // Still on the task, now out of the blank.
    expect(app.frame()).toContain('Task 3/8');
    expect(app.frame()).toContain('Enter fill in');
    await app.press(KEY.esc);
    await app.waitFor('Practice');
    expect(app.frame()).toContain('Task 3');
    expect(app.frame()).not.toContain('Task 3/8');
  });

  it('saves through the session, resumes from it, and n goes to the next task', async () => {
    const memory = withTasks({ 'practice.3': { answers: ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', ''], attempts: 1 } });
    const app = renderApp({ name: 'practice', task: 3 }, memory);
    await app.waitFor('Task 3/8');
    expect(app.frame()).toContain('● 1 check');
    // Straight to the last blank (4): the saved answers are in place.
    await app.press('4');
    await app.waitFor('cron_weekdays_8am = "0 8 * * 1-5"');
    for (const ch of '*/15 * * * *') await app.press(ch);
    await app.press(KEY.enter);
    await app.waitFor('Task 3 PASSED: CRON expressions correct');
    expect(app.saved('practice.3')).toMatchObject({ attempts: 2, passed: true, answers: ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *'] });
    expect(app.session.get().misses).toEqual({});
    // A pass leaves the blank: n is "next task".
    await app.press('n');
    await app.waitFor('Task 4/8');
  });
});

describe('saving a failed check', () => {
  it('records the attempt and, for each blank wrong on its own, a practice miss', async () => {
    const memory = withTasks({ 'practice.3': { answers: ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', ''], attempts: 0, hintsUsed: 1 } });
    const app = renderApp({ name: 'practice', task: 3 }, memory);
    await app.waitFor('Task 3/8');
    await app.press('4');
    for (const ch of '15 * * * *') await app.press(ch);
    await app.press(KEY.enter);
    await app.waitFor("Expected '*/15 * * * *', got '15 * * * *'");
    expect(app.saved('practice.3')).toMatchObject({ attempts: 1, passed: false, hintsUsed: 1 });
    const blank = LAB08.practice.tasks[2]?.blanks[3]?.id ?? '';
    expect(Object.keys(app.session.get().misses)).toEqual([blank]);
    expect(app.session.get().misses[blank]).toMatchObject({ count: 1, bySource: { practice: 1 } });
  });
});

// Keep the lab's data honest for the tests above.
it('task 3 has four blanks', () => {
  expect(LAB08.practice.tasks[2]?.blanks).toHaveLength(4);
});
