import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import type { TaskProgress } from '../../../src/progress/types';
import { App } from '../../../src/screens/App';
import { registry } from '../../../src/screens/registry';
import { createMemoryStore } from '../../../src/screens/store-port';
import { PracticeProgressContext } from '../../../src/screens/practice/task/progress-port';
import { PracticeTaskRoute } from '../../../src/screens/practice/task/PracticeTaskRoute';
import { practicePortFor, type PracticeStoreLike } from '../../../src/screens/practice/task/store-adapter';
import type { Screen } from '../../../src/screens/nav';
import { KEY, renderAt } from '../helpers';

/** The progress store's practice methods, in memory, recording what was called. */
function fakeStore(tasks: Record<string, Partial<TaskProgress>> = {}) {
  const data: Record<string, TaskProgress> = {};
  for (const [id, t] of Object.entries(tasks)) {
    data[id] = { answers: [], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt: 0, ...t };
  }
  const log: string[] = [];
  const task = (id: string): TaskProgress =>
    (data[id] ??= { answers: [], attempts: 0, hintsUsed: 0, solutionRevealed: false, passed: false, secondsSpent: 0, updatedAt: 0 });
  const store: PracticeStoreLike = {
    get: () => ({ tasks: data }),
    setAnswers(id, answers) {
      task(id).answers = [...answers];
    },
    recordCheck(id, verdict, answers) {
      const t = task(id);
      t.attempts++;
      t.passed ||= verdict.outcome === 'passed';
      if (answers) t.answers = [...answers];
      log.push(`check ${id} ${verdict.outcome}`);
    },
    useHint(id) {
      task(id).hintsUsed++;
    },
    revealSolution(id) {
      task(id).solutionRevealed = true;
    },
    addSeconds(id, seconds) {
      task(id).secondsSpent += seconds;
    },
  };
  return { store, data, log };
}

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function renderApp(initial: Screen, progress = fakeStore()) {
  const onExit = vi.fn();
  const r = renderAt(
    <PracticeProgressContext.Provider value={practicePortFor(progress.store)}>
      <App
        lab={LAB08}
        store={createMemoryStore()}
        initial={initial}
        onExit={onExit}
        screens={{ practice: { ...registry.practice, component: PracticeTaskRoute } }}
      />
    </PracticeProgressContext.Provider>,
    { columns: 80, rows: 30 },
  );
  mounted.push(r.unmount);
  return { ...r, onExit, progress };
}

describe('the practice editor inside the App', () => {
  it('letters typed in a blank are text, not the App\'s keys; Esc leaves the blank, a second Esc goes back', async () => {
    const app = renderApp({ name: 'practice', task: 3 });
    await app.waitFor('Task 3/8');
    await app.press(KEY.enter, 'q', '?', KEY.backspace, 'q');
    expect(app.onExit).not.toHaveBeenCalled();
    // q, ? typed, ? erased, q typed.
    expect(app.progress.data['practice.3']?.answers).toEqual(['qq', '', '', '']);
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

  it('saves through the port, resumes from it, and n goes to the next task', async () => {
    const progress = fakeStore({ 'practice.3': { answers: ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', ''], attempts: 1 } });
    const app = renderApp({ name: 'practice', task: 3 }, progress);
    await app.waitFor('Task 3/8');
    expect(app.frame()).toContain('● 1 check');
    // Straight to the last blank (4): the saved answers are in place.
    await app.press('4');
    await app.waitFor('cron_weekdays_8am = "0 8 * * 1-5"');
    for (const ch of '*/15 * * * *') await app.press(ch);
    await app.press(KEY.enter);
    await app.waitFor('Task 3 PASSED: CRON expressions correct');
    expect(progress.log).toEqual(['check practice.3 passed']);
    expect(progress.data['practice.3']).toMatchObject({ attempts: 2, passed: true, answers: ['0 6 * * *', '0 * * * *', '0 8 * * 1-5', '*/15 * * * *'] });
    // A pass leaves the blank: n is "next task".
    await app.press('n');
    await app.waitFor('Task 4/8');
  });
});

describe('practicePortFor', () => {
  it('maps the store\'s task progress to the editor\'s starting point and back', () => {
    const progress = fakeStore({ 'practice.1': { answers: ['3'], attempts: 2, hintsUsed: 1, secondsSpent: 30, passed: false } });
    const port = practicePortFor(progress.store);
    expect(port.initial('practice.1')).toEqual({ answers: ['3'], attempts: 2, hintsUsed: 1, solutionRevealed: false, secondsSpent: 30, passed: false });
    expect(port.initial('practice.2')).toBeUndefined();
    port.hintShown('practice.1', 't1.num_tasks', 1);
    port.revealSolution('practice.1');
    port.addSeconds('practice.1', 5);
    expect(progress.data['practice.1']).toMatchObject({ hintsUsed: 2, solutionRevealed: true, secondsSpent: 35 });
  });
});

// Keep the lab's data honest for the tests above.
it('task 3 has four blanks', () => {
  expect(LAB08.practice.tasks[2]?.blanks).toHaveLength(4);
});
