// What a SQL lab exercise screen draws, as lines (pure, no Ink): the task, and the lower pane
// when it is not a table of rows (ResultTable draws those): the verdict with what differed, the
// engine's message, the hints shown so far, the solution with where it comes from.

import type { SqlExercise } from '../../lessons/types';
import { describeFirstKey } from './keys';
import { highlight } from '../markdown/highlight';
import { parseInline } from '../markdown/inline';
import { hardWrap, wrapSegments, type Line, type Segment } from '../markdown/lines';
import type { Glyphs, Role } from '../theme';
import type { ExerciseState } from './exercise-state';

export interface LayoutOptions {
  width: number;
  noColor: boolean;
  glyphs: Readonly<Glyphs>;
}

function text(markdown: string, opts: LayoutOptions, roles: Role[] = []): Line[] {
  return wrapSegments(parseInline(markdown, { keepCodeTicks: opts.noColor, roles }), opts.width);
}

/** A line kept as typed (indentation matters), broken where it is too wide. */
function verbatim(line: string, width: number, roles: Role[] = []): Line[] {
  return hardWrap([{ text: line, roles }], width);
}

function code(sql: string, width: number): Line[] {
  return highlight(sql, 'sql').flatMap((line) => hardWrap(line, width));
}

export function promptLines(exercise: SqlExercise, opts: LayoutOptions): Line[] {
  return text(exercise.prompt, opts);
}

function mark(ok: boolean, label: string, glyphs: Readonly<Glyphs>): Segment {
  return ok ? { text: `${glyphs.done} ${label}`, roles: ['success'] } : { text: `${glyphs.failed} ${label}`, roles: ['failure'] };
}

function outputLines(state: ExerciseState, exercise: SqlExercise, opts: LayoutOptions): Line[] {
  const { output } = state;
  const w = opts.width;
  switch (output.kind) {
    case 'none':
      return text(
        `Write your query (${describeFirstKey('labEdit')} to type), then ${describeFirstKey('labRun')} runs it on your history and shows its rows, ${describeFirstKey('labCheck')} checks it: its rows against the reference's, on three other histories.`,
        opts,
        ['muted'],
      );
    case 'running':
      return text(output.what === 'run' ? 'Running your query on your history…' : 'Checking your query on three histories…', opts, ['muted']);
    case 'rows':
      // Drawn by ResultTable; nothing to lay out here.
      return [];
    case 'run-error':
      return [...wrapSegments([mark(false, 'The query could not run: ', opts.glyphs), { text: output.message, roles: ['error'] }], w)];
    case 'saved': {
      const head = output.outcome === 'passed' ? mark(true, 'Passed', opts.glyphs) : mark(false, output.outcome === 'error' ? 'Error' : 'Not yet', opts.glyphs);
      return [
        ...wrapSegments([head, { text: ` (your last check): ${output.message}` }], w),
        ...text(`Press ${describeFirstKey('labCheck')} to check again.`, opts, ['muted']),
      ];
    }
    case 'verdict': {
      const { verdict } = output;
      const lines: Line[] = [];
      if (verdict.outcome === 'passed') {
        lines.push(...wrapSegments([mark(true, verdict.message, opts.glyphs)], w));
        lines.push(...text(exercise.explanation, opts, ['muted']));
        return lines;
      }
      const label = verdict.outcome === 'error' ? 'ERROR: ' : 'FAILED: ';
      lines.push(...wrapSegments([mark(false, label, opts.glyphs), { text: verdict.message, roles: verdict.outcome === 'error' ? ['error'] : [] }], w));
      for (const detail of verdict.details) lines.push(...verbatim(detail, w, detail.startsWith('  ') ? ['code'] : ['muted']));
      const after =
        state.hintsShown < exercise.hints.length
          ? `${describeFirstKey('labHint')} for a hint, ${describeFirstKey('labSolution')} for the solution.`
          : `${describeFirstKey('labSolution')} for the solution.`;
      lines.push(...text(after, opts, ['muted']));
      return lines;
    }
  }
}

function hintLines(state: ExerciseState, exercise: SqlExercise, opts: LayoutOptions): Line[] {
  const lines: Line[] = [];
  const total = exercise.hints.length;
  exercise.hints.slice(0, state.hintsShown).forEach((hint, i) => {
    lines.push(...wrapSegments([{ text: `Hint ${i + 1}/${total}: `, roles: ['bold'] }, ...parseInline(hint, { keepCodeTicks: opts.noColor })], opts.width));
  });
  if (state.hintsShown >= total) lines.push(...text('That was the last hint.', opts, ['muted']));
  return lines;
}

function solutionLines(exercise: SqlExercise, opts: LayoutOptions): Line[] {
  return [
    [{ text: "Solution (Spark SQL):", roles: ['bold'] }],
    ...code(exercise.reference, opts.width),
    [],
    ...text(exercise.explanation, opts),
    ...text(`Source: ${exercise.doc.title} — ${exercise.doc.url}`, opts, ['muted']),
  ];
}

/** The lower pane's lines for the view in force (empty for rows: the table draws them). */
export function paneLines(state: ExerciseState, exercise: SqlExercise, opts: LayoutOptions): Line[] {
  switch (state.view) {
    case 'hints':
      return hintLines(state, exercise, opts);
    case 'solution':
      return solutionLines(exercise, opts);
    case 'output':
      return outputLines(state, exercise, opts);
  }
}
