// `lakeflow-lab check --notebook FILE`: one notebook's eight verdicts, graded the way `report`
// grades it. Loaded by check.ts only for --notebook, so `check TASK` does not read the notebook
// and drill-file readers.
import { LAB08 } from '../lessons/lab08';
import { readNotebookFile } from '../drill/report';
import { inertJson } from '../drill/sanitize';
import { gradeNotebook } from '../notebook/grade';
import { notebookKind } from '../notebook/parse';
import { UsageError, inert, writeOut } from './io';

/** `check --notebook FILE`: one notebook's eight verdicts, graded the way `report` grades it. */
export function runNotebookCheck(path: string, json: boolean): number {
  const kind = notebookKind(path);
  if (kind === null) throw new UsageError(`cannot tell what ${inert(path)} is: a notebook ends in .ipynb (Jupyter) or .py (Databricks source)`);
  const read = readNotebookFile(path, kind);
  if (!read.ok) throw new UsageError(`cannot grade ${inert(path)}: ${read.reason}`);
  const grade = gradeNotebook(read.notebook, LAB08.practice.tasks, path);
  if (json) {
    writeOut(
      inertJson(
        JSON.stringify({
          learner: grade.learner,
          nameFrom: grade.nameFrom,
          format: read.notebook.format,
          tasks: grade.tasks.map((t) => ({
            task: t.task,
            outcome: t.outcome,
            message: t.message,
            errorType: t.errorType,
            pythonMessage: t.pythonMessage,
            graded: t.graded,
            answers: t.answers,
            cell: t.cell,
            notes: t.notes,
            explain: t.explain,
            output: t.output,
          })),
        }),
      ),
    );
  } else {
    const lines = [`${inert(grade.learner)} · ${read.notebook.format === 'ipynb' ? 'Jupyter notebook' : 'Databricks source notebook'}`];
    for (const t of grade.tasks) {
      const where = t.cell === null ? 'no cell' : `cell ${t.cell + 1}`;
      lines.push(`Task ${t.task}  ${NOTEBOOK_WORDS[t.outcome]}  (${where})  ${inert(t.message)}`);
      for (const note of t.notes) lines.push(`        note: ${inert(note)}`);
    }
    const passed = grade.tasks.filter((t) => t.outcome === 'passed').length;
    lines.push(`${passed} of ${grade.tasks.length} tasks passed`);
    writeOut(lines.join('\n'));
  }
  return grade.tasks.every((t) => t.outcome === 'passed') ? 0 : 1;
}

const NOTEBOOK_WORDS = {
  passed: 'PASSED',
  failed: 'FAILED',
  error: 'ERROR ',
  unanswered: 'EMPTY ',
  'needs-review': 'LOOK  ',
} as const;
