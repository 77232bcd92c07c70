// `lakeflow-lab progress` and `lakeflow-lab reset`: the learner's saved work, outside the TUI.
import { createInterface } from 'node:readline/promises';
import { LAB08 } from '../lessons/lab08';
import { SQL_LAB_OUTLINE } from '../lessons/sql-lab-outline';
import { formatProgressJson, formatProgressText, openProgressStore, outlineFromLab } from '../progress/index';
import { stepStatus } from '../workshop/done';
import { UsageError, writeOut } from './io';

export function runProgress(args: { json: boolean }): number {
  const store = openProgressStore();
  const progress = store.get();
  const marked = new Set(Object.entries(progress.steps).filter(([, s]) => s.done).map(([id]) => id));
  // A step counts as done while its checkpoint passes on the saved builder, as in the app.
  const stepsDone = new Set(stepStatus({ steps: LAB08.workshop.steps, entries: progress.workshop?.entries, marked }).done);
  const outline = { ...outlineFromLab(LAB08), sqlExercises: SQL_LAB_OUTLINE.map((e) => ({ id: e.id, title: e.title })) };
  const options = { outline, file: store.file, warnings: store.warnings, stepsDone };
  writeOut(args.json ? formatProgressJson(store.get(), options) : formatProgressText(store.get(), options));
  store.close();
  return 0;
}

export async function runReset(args: { yes: boolean }): Promise<number> {
  const store = openProgressStore();
  try {
    if (!args.yes) {
      if (!process.stdin.isTTY) throw new UsageError('reset wipes your progress; to do it without a question, pass --yes');
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await rl.question(`Wipe all progress in ${store.file}? Type "yes" to confirm: `);
      rl.close();
      if (answer.trim().toLowerCase() !== 'yes') {
        writeOut('Nothing was changed.');
        return 1;
      }
    }
    store.reset();
    if (!store.flush()) {
      process.stderr.write(`lakeflow-lab: could not write ${store.file}: ${store.warnings.map((w) => w.message).join('; ')}\n`);
      return 1;
    }
    writeOut(`Progress wiped (${store.file}).`);
    return 0;
  } finally {
    store.close();
  }
}
