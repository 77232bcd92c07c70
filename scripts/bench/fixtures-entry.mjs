// Bundled with esbuild at bench time (see fixtures.mjs), so the bench generates its inputs from the
// same lesson data and result-file code the app ships, without a TypeScript loader.
import { LAB08 } from '../../src/lessons/lab08';
import { buildDrillConfig, createDrill, drillReducer } from '../../src/drill/drill-state';
import { buildDrillResult, labContentHash } from '../../src/drill/result-file';
import { fillBlanks } from '../../src/checks/engine';

const tasks = LAB08.practice.tasks;

/** A small deterministic PRNG (mulberry32): the same seed gives the same inputs on every run. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function referenceAnswers(taskNumber) {
  const task = tasks.find((t) => t.number === taskNumber);
  return task.blanks.map((b) => b.answer);
}

/** A plausible wrong (or differently written) answer for a blank, the way learners make them. */
function vary(blank, random) {
  const answer = blank.answer;
  const pick = (n) => Math.floor(random() * n);
  const wrongOption = (blank.options ?? []).filter((o) => o !== answer);
  const roll = random();
  if (wrongOption.length > 0 && roll < 0.2) return wrongOption[pick(wrongOption.length)];
  if (/^-?\d+$/.test(answer) && roll < 0.45) return String(Number(answer) + 1 + pick(500));
  if (roll < 0.5) return '';
  if (roll < 0.55) return ` ${answer} `;
  if (roll < 0.6) return answer.toUpperCase();
  if (answer.length > 1 && roll < 0.75) {
    // A typo: one character dropped, doubled or replaced.
    const at = pick(answer.length);
    const kind = pick(3);
    const letter = 'abcdefghijklmnopqrstuvwxyz_0123456789'[pick(37)];
    return kind === 0 ? answer.slice(0, at) + answer.slice(at + 1) : kind === 1 ? answer.slice(0, at + 1) + answer.slice(at) : answer.slice(0, at) + letter + answer.slice(at + 1);
  }
  if (roll < 0.85) return answer.replace(/"/g, "'");
  return `${answer}${'xyz_'[pick(4)]}${pick(100)}`;
}

/**
 * Answer sets: a fifth are the reference answers, the rest change one to three blanks at random,
 * so that nearly every set differs (the engine judges each one; nothing can be reused).
 */
export function answerSets(count, seed = 1) {
  const random = rng(seed);
  const out = [];
  for (let i = 0; i < count; i++) {
    const task = tasks[i % tasks.length];
    const answers = task.blanks.map((b) => b.answer);
    if (random() > 0.2) {
      const changes = 1 + Math.floor(random() * 3);
      for (let c = 0; c < changes; c++) {
        const index = Math.floor(random() * task.blanks.length);
        answers[index] = vary(task.blanks[index], random);
      }
    }
    out.push({ task: task.number, answers });
  }
  return out;
}

/** The two cells each answer set runs (the filled TODO cell, the verification cell), for CPython. */
export function cellsOf(sets) {
  return sets.map(({ task, answers }) => {
    const t = tasks.find((x) => x.number === task);
    return [fillBlanks(t.todoCell, answers), t.verifyCell];
  });
}

/**
 * Drill result files as the drill screen writes them: the reducer runs a whole drill (start, one
 * submission per task, finish) and buildDrillResult serialises it. Verdicts are synthetic (passed
 * for the reference answers, failed otherwise) so the generator does not depend on the engine.
 */
export function drillResults(count, { seed = 'bench-class', appVersion = '0.0.0' } = {}) {
  const random = rng(7);
  const labHash = labContentHash(LAB08);
  const numbers = tasks.map((t) => t.number);
  const settings = { minutes: 15, tasks: numbers, attempts: 2, feedback: true };
  const config = buildDrillConfig({ ...settings, seed }, LAB08);
  const results = [];
  const t0 = Date.UTC(2026, 2, 14, 10, 0, 0);
  for (let i = 0; i < count; i++) {
    const start = t0 + i * 1000;
    let state = drillReducer(createDrill(config), { type: 'start', nowMs: start });
    let now = start;
    for (const taskNumber of config.order) {
      now += 5_000 + Math.floor(random() * 60_000);
      const task = tasks.find((t) => t.number === taskNumber);
      const skip = random() < 0.1;
      if (!skip) {
        const answers = task.blanks.map((b) => (random() < 0.7 ? b.answer : vary(b, random)));
        const passed = answers.every((a, j) => a === task.blanks[j].answer);
        const verdict = passed
          ? { outcome: 'passed', output: [`Task ${taskNumber} PASSED`], message: `Task ${taskNumber} PASSED` }
          : { outcome: 'failed', output: [], message: `Task ${taskNumber}: not quite` };
        state = drillReducer(state, { type: 'submit', nowMs: now, task: taskNumber, answers, verdict });
      }
      state = drillReducer(state, { type: 'next', nowMs: now });
    }
    state = drillReducer(state, { type: 'finish', nowMs: now + 1000 });
    const meta = { labId: LAB08.id, labHash, appVersion, learner: `Learner ${String(i + 1).padStart(4, '0')}`, seed, settings };
    results.push(buildDrillResult(state, meta, now + 1000));
  }
  return results;
}
