// The checks engine behind the class report. A class repeats the same answers many times, so every
// verdict is memoised by task and exact answers: thirty identical wrong answers cost one run.
import { wrongBlanks } from '../checks/blame';
import { checkTask } from '../checks/engine';
import type { Verdict } from '../checks/types';
import type { PracticeTask } from '../lessons/types';
import { gradeNotebook } from '../notebook/grade';
import type { ReportJudge } from './report';

/** The verdict when the engine itself fails (an interpreter bug must not take the report down). */
function engineFailure(error: unknown): Verdict {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    outcome: 'error',
    output: [],
    errorType: 'InternalError',
    pythonMessage: detail,
    message: `The checks engine could not judge this answer (${detail}); look at it by hand.`,
    cell: 'todo',
  };
}

export function engineJudge(tasks: readonly PracticeTask[]): ReportJudge {
  const byNumber = new Map(tasks.map((t) => [t.number, t]));
  const verdicts = new Map<string, Verdict>();
  const blames = new Map<string, number[]>();
  const key = (task: number, answers: readonly string[]) => `${task}\u0000${JSON.stringify(answers)}`;
  const taskOf = (n: number): PracticeTask => {
    const task = byNumber.get(n);
    if (!task) throw new RangeError(`no practice task ${n}`);
    return task;
  };

  const check = (n: number, answers: readonly string[]): Verdict => {
    const k = key(n, answers);
    let verdict = verdicts.get(k);
    if (!verdict) {
      try {
        verdict = checkTask(taskOf(n), answers);
      } catch (error) {
        verdict = engineFailure(error);
      }
      verdicts.set(k, verdict);
    }
    return verdict;
  };

  return {
    check,
    blame(n, answers) {
      const k = key(n, answers);
      let wrong = blames.get(k);
      if (!wrong) {
        try {
          wrong = wrongBlanks(taskOf(n), answers);
        } catch {
          // The engine failing is not the learner's wrong answer.
          wrong = [];
        }
        blames.set(k, wrong);
      }
      return wrong;
    },
    notebook(nb, path) {
      return gradeNotebook(nb, tasks, path);
    },
    explainBlank(n, blank, answer) {
      const trial = taskOf(n).blanks.map((b) => b.answer);
      trial[blank] = answer;
      return check(n, trial);
    },
  };
}
