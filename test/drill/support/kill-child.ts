// Run as a child process by result-file.test.ts (bundled with esbuild at test time): a learner's
// drill that saves after every submission, then keeps saving until it is killed with SIGKILL.
import { drillReducer, submitAction } from '../../../src/drill/drill-state';
import type { DrillResultMeta } from '../../../src/drill/result-file';
import { buildDrillResult, createResultFile, saveResultFile } from '../../../src/drill/result-file';
import { fakeDrill, FIXTURE_HASH, fixtureCheck, referenceAnswers } from '../fixtures';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: kill-child OUT_DIR');

const meta: DrillResultMeta = {
  labId: 'lab08',
  labHash: FIXTURE_HASH,
  appVersion: 'child',
  learner: 'Killed Learner',
  seed: '42',
  settings: { minutes: 10, tasks: [1, 2, 3, 4, 5, 6, 7, 8], attempts: 1, feedback: true },
};

// A started drill with nothing submitted, taken from the fixture runner.
let { state } = fakeDrill({ learner: meta.learner, finish: false });
let now = state.clockMs ?? 0;
const lastMoment = (state.deadlineMs ?? 0) - 1;
const path = createResultFile(outDir, buildDrillResult(state, meta, now));
process.stdout.write(`created ${path}\n`);

for (let i = 0; i < 3; i++) {
  state = drillReducer(state, { type: 'goto', nowMs: (now += 5000), index: i });
  const task = state.progress[i]!.task;
  const answers = i === 1 ? referenceAnswers(task).map(() => 'wrong') : referenceAnswers(task);
  answers.forEach((value, blank) => {
    state = drillReducer(state, { type: 'type', blank, value });
  });
  state = drillReducer(state, submitAction(state, fixtureCheck, (now += 5000))!);
  saveResultFile(path, buildDrillResult(state, meta, now));
  process.stdout.write(`saved ${i + 1}\n`);
}

// Keep rewriting (as a screen would on every tick) so the kill lands at an arbitrary point,
// quite possibly in the middle of a write.
process.stdout.write('looping\n');
for (;;) {
  now = Math.min(now + 1, lastMoment);
  state = drillReducer(state, { type: 'tick', nowMs: now });
  saveResultFile(path, buildDrillResult(state, meta, now));
}
