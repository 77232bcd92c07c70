// The SQL lab inside the App: reached from Practice after Task 7, an exercise screen with the
// query editor, x/Ctrl+X for rows, r/Ctrl+R for the verdict, hints, the solution only after a
// check that did not pass, and everything saved through the progress session. The engine is a
// fake (SqlLabContext) over hand-made histories: the real judge runs on them, DuckDB does not
// (test/sql/exercises.test.ts and the e2e test run the real engine).
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import { SQL_EXERCISES } from '../../../src/lessons/sql-exercises';
import { App } from '../../../src/screens/App';
import { preloadScreens } from '../../../src/screens/lazy';
import { registry } from '../../../src/screens/registry';
import { SessionContext } from '../../../src/screens/session';
import type { Screen } from '../../../src/screens/nav';
import { SqlLabContext } from '../../../src/screens/sql-lab/lab-context';
import { editorRows } from '../../../src/screens/sql-lab/SqlExerciseScreen';
import { exerciseReducer, initialExerciseState } from '../../../src/screens/sql-lab/exercise-state';
import { judgeQuery } from '../../../src/sql/judge';
import type { SqlLab } from '../../../src/sql/lab';
import { SqlError, type QueryResult, type SystemTables } from '../../../src/sql/types';
import { memorySession, type MemorySession } from '../../support/memory-session';
import { KEY, renderAt } from '../helpers';

const ctrl = (letter: string): string => String.fromCharCode(letter.charCodeAt(0) - 96);
const FIRST = SQL_EXERCISES[0]!;

const result = (rows: Array<[string, number]>): QueryResult => ({
  columns: [
    { name: 'job_id', type: 'VARCHAR' },
    { name: 'failed_runs', type: 'BIGINT' },
  ],
  rows,
  notes: [],
});

/** Two histories: the reference's rows differ between them, a right query follows them. */
const HISTORIES: Array<Record<string, QueryResult>> = [
  { right: result([['101', 2], ['102', 1]]), wrong: result([['101', 2]]) },
  { right: result([['101', 3]]), wrong: result([['101', 3]]) },
];

function fakeHistory(answers: Record<string, QueryResult>): SystemTables {
  return {
    query: (sql) => {
      const key = sql === FIRST.reference ? 'right' : sql.trim().toLowerCase().replace(/\s+/g, ' ');
      const found = answers[key];
      return found ? Promise.resolve(found) : Promise.reject(new SqlError(`Parser Error: syntax error at or near "${sql.split(' ')[0]}"`));
    },
    close: () => Promise.resolve(),
  };
}

function fakeLab(): SqlLab & { runs: string[] } {
  const histories = HISTORIES.map(fakeHistory);
  const runs: string[] = [];
  return {
    runs,
    run: (query) => {
      runs.push(query);
      return histories[0]!.query(query);
    },
    check: (exercise, query) => judgeQuery(exercise, query, histories),
    setLearner: () => undefined,
    close: () => Promise.resolve(),
  };
}

beforeAll(() => preloadScreens(registry));

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function renderApp(initial: Screen, memory: MemorySession = memorySession(), lab = fakeLab()) {
  const onExit = vi.fn();
  const r = renderAt(
    <SessionContext.Provider value={memory.session}>
      <SqlLabContext.Provider value={lab}>
        <App lab={LAB08} initial={initial} onExit={onExit} />
      </SqlLabContext.Provider>
    </SessionContext.Provider>,
    { columns: 80, rows: 30 },
  );
  mounted.push(r.unmount);
  const type = async (text: string): Promise<void> => r.press(...[...text]);
  return { ...r, onExit, lab, memory, type, saved: () => memory.session.get().sql[FIRST.id] };
}

describe('the SQL lab in Practice', () => {
  it('follows Task 7 in the practice list and lists every exercise', async () => {
    const app = renderApp({ name: 'practice-list' });
    const frame = await app.waitFor('SQL lab');
    const lines = frame.split('\n');
    const t7 = lines.findIndex((l) => l.includes('Task 7'));
    expect(lines[t7 + 1]).toContain('SQL lab');
    expect(lines[t7 + 2]).toContain('Task 8');
    await app.press(...Array.from({ length: 7 }, () => KEY.down), KEY.enter);
    await app.waitFor('SQL lab: monitoring queries');
    for (const e of SQL_EXERCISES) expect(app.frame()).toContain(e.title);
    await app.press(KEY.enter);
    await app.waitFor(FIRST.title);
    expect(app.frame()).toContain('Your query');
  });

  it('typing goes into the editor (q is text), x shows rows, r a verdict naming what differs; both saved', async () => {
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id });
    await app.waitFor(FIRST.title);
    await app.press(KEY.enter, 'q', '?', KEY.backspace, KEY.backspace);
    await app.type('wrong');
    expect(app.onExit).not.toHaveBeenCalled();
    expect(app.frame()).not.toContain('Help');
    await app.press(ctrl('x'));
    await app.waitFor('failed_runs');
    expect(app.frame()).toContain('101');
    expect(app.lab.runs).toEqual(['wrong']);
    await app.press(ctrl('r'));
    const frame = await app.waitFor('FAILED');
    expect(frame).toContain('1 row missing.');
    expect(frame).toContain("- ('102', 1)");
    expect(app.saved()).toMatchObject({ query: 'wrong', attempts: 1, passed: false, lastVerdict: { outcome: 'failed', query: 'wrong' } });
  });

  it('an engine error is one line with its message', async () => {
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id });
    await app.waitFor(FIRST.title);
    await app.press(KEY.enter);
    await app.type('SELEC');
    await app.press(ctrl('r'));
    await app.waitFor('ERROR');
    expect(app.frame()).toContain('Parser Error: syntax error at or near "SELEC"');
    expect(app.saved()?.lastVerdict?.outcome).toBe('error');
  });

  it('the solution waits for a check that did not pass; then it shows the reference and its source, and is saved', async () => {
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id });
    await app.waitFor(FIRST.title);
    await app.press('s');
    await app.waitFor('The solution opens after a check that did not pass');
    expect(app.frame()).not.toContain('Solution (Spark SQL)');
    await app.press(KEY.enter);
    await app.type('wrong');
    await app.press(ctrl('r'));
    await app.waitFor('FAILED');
    await app.press(ctrl('t'));
    const frame = await app.waitFor('Solution (Spark SQL)');
    expect(frame).toContain('COUNT(DISTINCT run_id) AS failed_runs');
    expect(app.saved()?.solutionRevealed).toBe(true);
  });

  it('hints come one at a time and their count is saved', async () => {
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id });
    await app.waitFor(FIRST.title);
    await app.press('h');
    await app.waitFor(`Hint 1/${FIRST.hints.length}`);
    await app.press('h');
    await app.waitFor(`Hint 2/${FIRST.hints.length}`);
    expect(app.saved()?.hintsShown).toBe(2);
  });

  it('a right query passes on every history; the lab list then marks it passed', async () => {
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id });
    await app.waitFor(FIRST.title);
    await app.press(KEY.enter);
    // Pasted as one block (bracketed paste keeps the line breaks): the reference itself.
    await app.press(`\u001B[200~${FIRST.reference}\u001B[201~`);
    await app.press(ctrl('r'));
    await app.waitFor('PASSED: the same rows as the reference on all 2 histories.');
    expect(app.saved()?.passed).toBe(true);
    await app.press(KEY.esc, KEY.esc);
    const list = await app.waitFor('1/9 passed');
    expect(list.split('\n').find((l) => l.includes(FIRST.title))).toContain('✓');
  });

  it('a restart shows the saved query and the last verdict', async () => {
    const memory = memorySession({
      progress: {
        sql: {
          [FIRST.id]: {
            query: 'SELECT saved_query',
            queryAt: 1,
            attempts: 1,
            hintsShown: 0,
            solutionRevealed: false,
            passed: false,
            updatedAt: 1,
            lastVerdict: { outcome: 'failed', message: 'Your query returned no rows.', at: 1, query: 'SELECT saved_query' },
          },
        },
      },
    });
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id }, memory);
    const frame = await app.waitFor('SELECT saved_query');
    expect(frame).toContain('Your query returned no rows.');
    // A check that did not pass was saved: the solution opens at once.
    await app.press('s');
    await app.waitFor('Solution (Spark SQL)');
  });

  it('n and p go to the neighbouring exercises', async () => {
    const app = renderApp({ name: 'sql-exercise', exercise: FIRST.id });
    await app.waitFor(FIRST.title);
    await app.press('n');
    await app.waitFor(SQL_EXERCISES[1]!.title);
    await app.press('p');
    await app.waitFor(FIRST.title);
    await app.press('p');
    await app.waitFor('This is the first exercise.');
  });
});

describe('editorRows', () => {
  it('grows with the query, from 3 rows up to 8, and leaves room below on a small terminal', () => {
    expect(editorRows(1, 30)).toBe(3);
    expect(editorRows(5, 30)).toBe(6);
    expect(editorRows(40, 30)).toBe(8);
    expect(editorRows(40, 20)).toBe(6);
    expect(editorRows(40, 10)).toBe(3);
  });
});

describe('the exercise reducer', () => {
  const verdict = (outcome: 'passed' | 'failed') => ({ outcome, message: outcome, details: [] });

  it('drops an answer that arrives after a newer request', () => {
    let s = initialExerciseState(undefined);
    s = exerciseReducer(s, { type: 'start', what: 'check', request: 1 });
    s = exerciseReducer(s, { type: 'start', what: 'run', request: 2 });
    const late = exerciseReducer(s, { type: 'verdict', request: 1, verdict: verdict('passed') });
    expect(late).toBe(s);
  });

  it('opens the solution only after a check that did not pass, and a pass is sticky', () => {
    let s = initialExerciseState(undefined);
    expect(exerciseReducer(s, { type: 'solution' })).toBe(s);
    s = exerciseReducer(s, { type: 'start', what: 'check', request: 1 });
    s = exerciseReducer(s, { type: 'verdict', request: 1, verdict: verdict('failed') });
    expect(exerciseReducer(s, { type: 'solution' }).view).toBe('solution');
    s = exerciseReducer(s, { type: 'start', what: 'check', request: 2 });
    s = exerciseReducer(s, { type: 'verdict', request: 2, verdict: verdict('passed') });
    s = exerciseReducer(s, { type: 'start', what: 'check', request: 3 });
    s = exerciseReducer(s, { type: 'verdict', request: 3, verdict: verdict('failed') });
    expect(s.passed).toBe(true);
  });

  it('hints stop at the last one', () => {
    let s = initialExerciseState(undefined);
    for (let i = 0; i < 5; i++) s = exerciseReducer(s, { type: 'hint', total: 3 });
    expect(s.hintsShown).toBe(3);
  });
});
