// Renders a class report for a terminal (80 columns), as CSV, or as JSON. Every string that came
// from a result file goes through `inert` (or `inertJson`) first: file content is never printed raw.
import type { ClassReport, LearnerRow } from './report';
import { displayWidth, padEnd, padStart, truncate, truncateStart, wrap } from '../text/width';
import { inert, inertJson } from './sanitize';

export const REPORT_WIDTH = 80;
const BAR_WIDTH = 26;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

export const OUTCOME_SYMBOL = { passed: '✓', failed: '✗', error: '!', unanswered: '·', 'needs-review': '?' } as const;

// ---- text ------------------------------------------------------------------------------------

export function renderText(report: ClassReport, options: { title?: string } = {}): string {
  const out: string[] = [];
  const line = (text = '') => out.push(truncate(text, REPORT_WIDTH));

  line(`${inert(options.title ?? 'Drill report')} · ${inert(report.labId)}`);
  if (report.seed) {
    const how = report.seed.source === 'given' ? 'given' : 'most common';
    line(`Seed ${quote(report.seed.seed)} (${how}: ${report.seed.agreeing} of ${report.seed.total} files)`);
  }
  line(
    `Learners ${report.learners} · finished ${report.finished} · unfinished ${report.unfinished}` +
      ` · score mean ${percent(report.meanScore)} · median ${percent(report.medianScore)}`,
  );
  if (report.altered > 0) {
    line(`Altered: ${report.altered} learner file(s) claim verdicts the engine does not give (see Notes)`);
  }
  if (report.notCounted.length > 0) line(`Not counted: ${report.notCounted.length} file(s), listed at the end`);

  line();
  line('Pass rate per task');
  // A class of thousands makes "2500/5000" wider than the column: the bar gives up the room.
  const passedText = (task: ClassReport['tasks'][number]): string => `${task.passed}/${task.drilled - task.needsReview}`;
  const passedWidth = Math.max(7, ...report.tasks.map((task) => passedText(task).length));
  const barWidth = Math.max(6, BAR_WIDTH - (passedWidth - 7));
  line(`  ${padStart('#', 2)} ${padEnd('Task', 24)} ${' '.repeat(barWidth)} ${padStart('', 4)}  ${padStart('passed', passedWidth)}  ${padStart('median', 6)}`);
  if (report.tasks.length === 0) line('  no results');
  for (const task of report.tasks) {
    line(
      `  ${padStart(String(task.task), 2)} ${padEnd(inert(task.topic), 24)} ${bar(task.passRate ?? 0, barWidth)} ` +
        `${padStart(percent(task.passRate), 4)}  ${padStart(passedText(task), passedWidth)}  ` +
        padStart(task.medianSeconds === null ? '–' : duration(task.medianSeconds), 6),
    );
  }

  line();
  line('Most common wrong answers');
  let anyWrong = false;
  for (const task of report.tasks) {
    const blanks = task.blanks.filter((b) => b.wrong.length > 0);
    if (blanks.length === 0) continue;
    anyWrong = true;
    line(`  Task ${task.task} · ${inert(task.title)}`);
    for (const blank of blanks) {
      line(`    ${inert(blank.label)} · expected ${answerText(blank.answer)} · ${blank.wrongTotal} wrong`);
      for (const wrong of blank.wrong) {
        const count = padStart(`${wrong.count}×`, 5);
        line(`    ${count}  ${truncate(answerText(wrong.answer), REPORT_WIDTH - 11)}`);
        for (const said of wrong.explanation) {
          // The first line of each explanation carries the arrow; its wrapped rest is indented under it.
          wrap(inert(said), REPORT_WIDTH - 13)
            .slice(0, 3)
            .forEach((piece, i) => line(`           ${i === 0 ? '→ ' : '  '}${piece}`));
        }
      }
    }
  }
  if (!anyWrong) line('  none');

  line();
  line('Learners');
  out.push(...learnerTable(report));

  if (report.notCounted.length > 0) {
    line();
    line(`Not counted (${report.notCounted.length})`);
    for (const item of report.notCounted) {
      line(`  ${truncateStart(inert(item.path), REPORT_WIDTH - 2)}`);
      for (const piece of wrap(inert(item.reason), REPORT_WIDTH - 6)) line(`      ${piece}`);
    }
  }
  return `${out.join('\n')}\n`;
}

function learnerTable(report: ClassReport): string[] {
  const numbers = report.tasks.map((t) => t.task);
  const taskCols = Math.max(0, numbers.length * 2 - 1);
  const fixed = 2 + 1 + 5 + 2 + taskCols + 2 + 6 + 2 + 18;
  const nameWidth = Math.max(10, REPORT_WIDTH - fixed);
  const row = (name: string, score: string, tasks: string, time: string, status: string) =>
    truncate(
      `  ${padEnd(name, nameWidth)} ${padStart(score, 5)}  ${padEnd(tasks, taskCols)}  ${padStart(time, 6)}  ${status}`.trimEnd(),
      REPORT_WIDTH,
    );
  const lines = [row('Name', 'Score', numbers.map((n) => String(n % 10)).join(' '), 'Time', 'Status')];
  if (report.learnerRows.length === 0) lines.push('  no learners');
  for (const learner of report.learnerRows) {
    const byTask = new Map(learner.tasks.map((t) => [t.task, t]));
    const cells = numbers.map((n) => {
      const t = byTask.get(n);
      return t ? OUTCOME_SYMBOL[t.outcome] : ' ';
    });
    lines.push(
      row(inert(learner.learner), `${learner.passed}/${learner.total}`, cells.join(' '), learner.source === 'notebook' ? '–' : duration(learner.seconds), status(learner)),
    );
  }
  lines.push(
    `  ${OUTCOME_SYMBOL.passed} passed  ${OUTCOME_SYMBOL.failed} failed  ${OUTCOME_SYMBOL.error} error  ${OUTCOME_SYMBOL.unanswered} not submitted  ${OUTCOME_SYMBOL['needs-review']} needs a human look`,
  );
  const notes = report.learnerRows.flatMap((learner) =>
    learner.tasks.flatMap((t) => {
      const said: string[] = [];
      if (t.recordedOutcome !== undefined) said.push(`the file says ${t.recordedOutcome}, the engine says ${t.outcome}`);
      if (t.outcome === 'needs-review') said.push(t.message);
      if (t.note !== undefined) said.push(t.note);
      return said.map((text) => `${inert(learner.learner)} · task ${t.task}: ${inert(text)}`);
    }),
  );
  if (notes.length > 0) {
    lines.push('', 'Notes');
    for (const note of notes) {
      const [first = '', ...rest] = wrap(note, REPORT_WIDTH - 4);
      lines.push(`  ${first}`, ...rest.map((piece) => `    ${piece}`));
    }
  }
  return lines;
}

function status(learner: LearnerRow): string {
  const base = learner.source === 'notebook' ? 'notebook' : !learner.finished ? 'unfinished' : learner.endReason === 'time-up' ? 'time up' : 'finished';
  return learner.altered ? `${base} ALTERED` : base;
}

/** A bar of \`width\` cells with eighth-block resolution. */
export function bar(fraction: number, width = BAR_WIDTH): string {
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * width * 8);
  const full = Math.floor(eighths / 8);
  const text = '█'.repeat(full) + (EIGHTHS[eighths % 8] ?? '');
  return text + ' '.repeat(width - displayWidth(text));
}

function percent(value: number | null): string {
  return value === null ? '–' : `${Math.round(value * 100)}%`;
}

/** 42s, 1m42s, 12m03s, 1h02m. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

function answerText(answer: string): string {
  return answer === '' ? '(empty)' : inert(answer);
}

function quote(text: string): string {
  return `"${inert(text)}"`;
}

// ---- CSV -------------------------------------------------------------------------------------

export const CSV_HEADER = [
  'learner',
  'file',
  'finished',
  'end_reason',
  'seed',
  'task',
  'title',
  'outcome',
  'attempts',
  'seconds',
  'answers',
  'message',
  'error_type',
  'altered',
  'recorded_outcome',
  'graded',
  'note',
] as const;

/** One row per learner per task of their drill; RFC 4180 (CRLF, quoted when needed). */
export function renderCsv(report: ClassReport): string {
  const titles = new Map(report.tasks.map((t) => [t.task, t.title]));
  const rows: string[][] = [[...CSV_HEADER]];
  for (const learner of report.learnerRows) {
    for (const t of learner.tasks) {
      rows.push([
        textCell(learner.learner),
        textCell(learner.path),
        String(learner.finished),
        learner.endReason ?? '',
        textCell(learner.seed ?? ''),
        String(t.task),
        textCell(titles.get(t.task) ?? ''),
        t.outcome,
        String(t.attempts),
        String(t.seconds),
        // JSON keeps answers apart losslessly; inertJson escapes what JSON.stringify leaves raw.
        guardFormula(inertJson(JSON.stringify(t.answers))),
        textCell(t.message),
        textCell(t.errorType ?? ''),
        String(learner.altered),
        t.recordedOutcome ?? '',
        t.graded,
        textCell(t.note ?? ''),
      ]);
    }
  }
  return rows.map((cells) => cells.map(csvQuote).join(',')).join('\r\n') + '\r\n';
}

function textCell(text: string): string {
  return guardFormula(inert(text));
}

/** A spreadsheet would run `=…`, `+…`, `-…`, `@…` as a formula: a leading `'` keeps it text. */
export function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvQuote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

// ---- JSON ------------------------------------------------------------------------------------

export const REPORT_JSON_FORMAT = 'lakeflow-lab/class-report';

export function reportJsonValue(report: ClassReport) {
  return {
    format: REPORT_JSON_FORMAT,
    version: 1,
    labId: report.labId,
    seed: report.seed,
    summary: {
      learners: report.learners,
      finished: report.finished,
      unfinished: report.unfinished,
      altered: report.altered,
      meanScore: report.meanScore,
      medianScore: report.medianScore,
    },
    tasks: report.tasks,
    learners: report.learnerRows.map((row) => ({
      learner: row.learner,
      file: row.path,
      source: row.source,
      altered: row.altered,
      finished: row.finished,
      endReason: row.endReason,
      seed: row.seed,
      passed: row.passed,
      total: row.total,
      score: row.score,
      seconds: row.seconds,
      tasks: row.tasks.map((t) => ({ ...t, answers: [...t.answers] })),
    })),
    notCounted: report.notCounted.map((item) => ({ file: item.path, reason: item.reason })),
  };
}

/** Pretty JSON; strings keep their exact value, but no raw control or bidi character is emitted. */
export function renderJson(report: ClassReport): string {
  return `${inertJson(JSON.stringify(reportJsonValue(report), null, 2))}\n`;
}
