// Drill result files for the real lab, each task's recorded verdict made by the real engine
// (unless a test overrides it, as an edited file would).
import { checkTask } from '../../src/checks/engine';
import type { LoadedResult } from '../../src/drill/report';
import { labContentHash, type DrillResult } from '../../src/drill/result-file';
import { LAB08 } from '../../src/lessons/lab08';

export const task = (n: number) => LAB08.practice.tasks.find((t) => t.number === n)!;
export const reference = (n: number) => task(n).blanks.map((b) => b.answer);

export function labResult(
  learner: string,
  tasks: Record<number, { answers: string[]; outcome?: DrillResult['tasks'][number]['outcome'] }>,
  options: { savedAt?: string } = {},
): LoadedResult {
  const numbers = Object.keys(tasks).map(Number);
  const at = '2026-03-14T09:00:00.000Z';
  const savedAt = options.savedAt ?? at;
  return {
    path: `/class/${learner}.json`,
    result: {
      format: 'lakeflow-lab/drill-result',
      version: 1,
      labId: 'lab08',
      labHash: labContentHash(LAB08),
      appVersion: 'test',
      learner,
      seed: '42',
      settings: { minutes: 10, tasks: numbers, attempts: 1, feedback: true },
      order: numbers,
      startedAt: at,
      endedAt: at,
      savedAt,
      finished: true,
      endReason: 'finished-early',
      tasks: numbers.map((n) => {
        const { answers, outcome } = tasks[n]!;
        const verdict = checkTask(task(n), answers);
        return {
          task: n,
          answers,
          outcome: outcome ?? verdict.outcome,
          message: verdict.message,
          errorType: verdict.outcome === 'error' ? verdict.errorType : null,
          seconds: 30,
          attempts: 1,
        };
      }),
    },
  };
}

