// One recall card per SQL lab exercise (src/lessons/sql-exercises.ts): the exercise's task on the
// front, the reference query on the back. A recall card and not a judged one: the review judge is
// synchronous and runs no engine, while an SQL answer is only judged fairly by its rows (the SQL
// lab in Practice does that, on three histories). The learner writes the query in their head,
// reveals the docs' form and rates themselves.
import type { SqlExercise } from '../../lessons/types';
import { SQL_EXERCISES } from '../../lessons/sql-exercises';
import type { Card, CardMaker } from '../types';
import { explain } from './make';

/** The system tables a prompt names: each must be on the card's front. */
function tablesNamed(prompt: string): string[] {
  return [...new Set(prompt.match(/system\.lakeflow\.\w+/g) ?? [])];
}

/** The query on one line, as the back's `Answer:` line shows it. */
export function oneLine(sql: string): string {
  return sql.trim().replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

export function sqlCardMaker(exercise: SqlExercise): CardMaker {
  const scheduleId = exercise.id;
  return {
    scheduleId,
    topic: 'system-tables',
    source: 'sql',
    make: (): Card => ({
      kind: 'self',
      id: scheduleId,
      scheduleId,
      topic: 'system-tables',
      source: 'sql',
      prompt: `SQL lab, **${exercise.title}**: write the query. ${exercise.prompt}`,
      answer: oneLine(exercise.reference),
      explanation: explain(`${exercise.explanation}\n\nTry it on rows in Practice, SQL lab: your query is judged by its result on three histories.`, exercise.doc),
      doc: exercise.doc,
      needs: tablesNamed(exercise.prompt),
    }),
  };
}

export function sqlMakers(exercises: readonly SqlExercise[] = SQL_EXERCISES): CardMaker[] {
  return exercises.map(sqlCardMaker);
}
