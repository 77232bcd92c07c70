// "What goes in this blank?" for every practice blank. The answer is judged by the notebook
// itself: the learner's text goes into this blank, every other blank gets its reference answer,
// and the task's verification cell decides. Its assertion message is the "why".
import { BLANK, verdictHeadline } from '../../checks/engine';
import type { Verdict } from '../../checks/types';
import type { Blank, Lab, PracticeTask } from '../../lessons/types';
import { compareParsed, parseCron } from '../cron';
import { joinExplanation } from '../judge';
import type { Card, CardMaker, Judgement } from '../types';
import { topicOf } from './topics';

export type CheckFn = (task: PracticeTask, answers: readonly string[]) => Verdict;

const HOW_TO_TYPE: Partial<Record<Blank['kind'], string>> = {
  string: 'Type the text that goes inside the quotes.',
  'list-items': 'Type the items that go inside `[ ]`, separated by commas.',
  list: 'Type a Python list, e.g. `["a", "b"]`.',
  bool: 'Type a Python bool: `True` or `False`.',
  int: 'Type a whole number.',
  'sql-text': 'Type the text that goes inside the SQL quotes.',
  'sql-number': 'Type the number that goes into the SQL.',
};

/** The TODO cell line(s) around one blank, other blanks filled with their reference answers. */
export function blankContext(task: PracticeTask, index: number): string {
  const parts = task.todoCell.split(BLANK);
  let text = parts[0] ?? '';
  for (let i = 0; i < parts.length - 1; i++) {
    const fill = i === index ? BLANK : (task.blanks[i]?.answer ?? BLANK);
    text += fill + (parts[i + 1] ?? '');
  }
  const lines = text.split('\n');
  const marker = lines.findIndex((line) => line.includes(BLANK));
  if (marker === -1) return '';
  // Keep the comment just above when it is the question (Task 1's `# Q1: …`, Task 3's schedules).
  const start = marker > 0 && (lines[marker - 1] ?? '').trim().startsWith('#') ? marker - 1 : marker;
  return lines.slice(start, marker + 1).join('\n');
}

/**
 * The lab's cron check compares text, so `0 8 * * MON-FRI` fails it. The verdict stays the
 * notebook's, but the learner should hear that the schedule itself was right.
 */
function sameScheduleNote(answer: string, reference: string): string | undefined {
  const ref = parseCron(reference);
  if (!ref.ok || ref.flavor !== 'unix') return undefined;
  const mine = parseCron(answer);
  if (!mine.ok || !compareParsed(mine, ref).equivalent) return undefined;
  return `Your expression means the same schedule (${mine.description}), but the notebook compares the text exactly: write \`${reference}\` to pass it.`;
}

function judgeBlank(task: PracticeTask, index: number, check: CheckFn, explanation: string): (answer: string) => Judgement {
  const blank = task.blanks[index] as Blank;
  return (answer) => {
    const answers = task.blanks.map((b, i) => (i === index ? answer : b.answer));
    let verdict: Verdict;
    try {
      verdict = check(task, answers);
    } catch (error) {
      // The checks engine failing is not the learner's fault: fall back to the reference text.
      const same = answer.trim().replace(/\s+/g, ' ') === blank.answer.trim().replace(/\s+/g, ' ');
      return {
        correct: same,
        expected: blank.answer,
        explanation: joinExplanation(
          `The notebook check could not run (${(error as Error).message}); compared with the reference answer instead: ${same ? 'same' : 'different'}.`,
          explanation,
        ),
      };
    }
    if (verdict.outcome === 'passed') {
      return { correct: true, expected: blank.answer, explanation: joinExplanation(`Correct. The notebook says: ${verdict.message}`, explanation) };
    }
    const why = verdict.outcome === 'failed' ? verdictHeadline(verdict) : `${verdictHeadline(verdict)}\n${verdict.message}`;
    return { correct: false, expected: blank.answer, explanation: joinExplanation(`Not quite. The notebook says: ${why}`, sameScheduleNote(answer, blank.answer), explanation) };
  };
}

export function blankMakers(lab: Lab, check: CheckFn): CardMaker[] {
  return lab.practice.tasks.flatMap((task) =>
    task.blanks.map((blank, index): CardMaker => {
      const scheduleId = `blank.${blank.id}`;
      const topic = topicOf(task.topic);
      const explanation = joinExplanation(
        `Reference answer: \`${blank.answer}\`.`,
        blank.hints.length > 0 ? blank.hints[blank.hints.length - 1] : undefined,
        `Takeaway — ${task.takeaway.topic}: ${task.takeaway.text}.`,
      );
      const hasOptions = blank.options !== undefined && blank.options.length > 0;
      const how = hasOptions ? 'Pick one.' : (HOW_TO_TYPE[blank.kind] ?? '');
      const prompt = `Task ${task.number} — ${task.title}\n${blank.question}\nWhat goes in this blank (\`${blank.label}\`)? ${how}`.trim();
      const code = blankContext(task, index);
      const judge = judgeBlank(task, index, check, explanation);
      return {
        scheduleId,
        topic,
        source: 'blank',
        blankId: blank.id,
        make: (rng): Card => {
          const common = { id: scheduleId, scheduleId, topic, source: 'blank' as const, blankId: blank.id, prompt, explanation, judge };
          const withCode = code === '' ? common : { ...common, code };
          if (hasOptions) {
            return { ...withCode, kind: 'choice', options: rng.shuffle(blank.options ?? []) };
          }
          return { ...withCode, kind: 'typed', placeholder: blank.kind === 'list-items' ? 'a, b, c' : '' };
        },
      };
    }),
  );
}
