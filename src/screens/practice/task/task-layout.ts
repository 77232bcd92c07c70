// The practice screen as terminal rows, built before Ink sees them (pure, no Ink): the TODO cell
// with the learner's text in its blanks, the live helpers, hints, the verdict and the solution.
// Every row fits the width it is built for, so the view only slices a window out of them.

import { fitHints } from '../../components/Footer';
import type { CronInsight, CronTools } from '../../../practice/cron';
import { CronInsightCache, cronBlankText, formatFireTime, isCronBlank } from '../../../practice/cron';
import type { DagModel, DagSegKind } from '../../../practice/dag';
import type { SqlPreview } from '../../../practice/sql';
import type { CellLine } from '../../../practice/cell';
import type { Verdict } from '../../../checks/types';
import type { PracticeTask } from '../../../lessons/types';
import { highlight } from '../../markdown/highlight';
import { parseInline } from '../../markdown/inline';
import { hardWrap, truncateLine, wrapSegments, type Line, type Segment } from '../../markdown/lines';
import { displayWidth } from '../../text';
import type { Role, TextStyle } from '../../theme';

/** A segment with attributes no theme role gives (the cursor, the field underline). */
export interface PSeg extends Segment {
  readonly extra?: TextStyle;
  /** This segment is the cursor cell. */
  readonly cursor?: boolean;
}

export type PLine = readonly PSeg[];

const MUTED: readonly Role[] = ['muted'];

function padEnd(text: string, width: number): string {
  const w = displayWidth(text);
  return w >= width ? text : text + ' '.repeat(width - w);
}
const EMPTY_LINE: PLine = [];

/** Layout helpers keep extra props at run time (they spread segments); the types do not say so. */
const asP = (lines: readonly Line[]): PLine[] => lines as PLine[];

export function truncateP(line: PLine, width: number): PLine {
  return truncateLine(line, width) as PLine;
}

// ---------------------------------------------------------------- the cell

/** How a blank is drawn: focused while typing (with a cursor), focused in command mode, or not. */
export type FieldLook = 'edit' | 'focus' | 'idle';

export function fieldSegments(text: string, look: FieldLook, cursor: number): PSeg[] {
  if (look === 'idle') {
    if (text === '') return [{ text: '______', roles: ['codeBlank'] }];
    return [{ text, roles: ['accent'], extra: { underline: true } }];
  }
  const roles: readonly Role[] = ['selection'];
  const extra: TextStyle = { underline: true };
  if (look === 'focus') return [{ text: text === '' ? '______' : text, roles, extra }];
  const chars = Array.from(text);
  // The cursor is a UTF-16 index (the TextField's); the cell is drawn by code point.
  const at = Math.min(Array.from(text.slice(0, Math.max(0, cursor))).length, chars.length);
  const out: PSeg[] = [];
  const before = chars.slice(0, at).join('');
  if (before) out.push({ text: before, roles, extra });
  const under = chars[at];
  out.push({ text: under ?? ' ', roles, extra: { ...extra, inverse: true }, cursor: true });
  const after = chars.slice(at + 1).join('');
  if (after) out.push({ text: after, roles, extra });
  // An empty blank keeps its width, so the line does not jump when typing starts.
  if (text === '') out.push({ text: '_____', roles: MUTED });
  return out;
}

const GUTTER: PSeg = { text: '│ ', roles: MUTED };
const CONTINUED: PSeg = { text: '┆ ', roles: MUTED };

/** One cell line with fields in place of its blanks, wrapped to `width` behind a gutter. */
export function cellRows(highlighted: Line, line: CellLine, field: (blank: number) => PSeg[], width: number): PLine[] {
  const segs: PSeg[] = [];
  let next = 0;
  for (const seg of highlighted) {
    if (seg.text === '______' && seg.roles?.includes('codeBlank') && next < line.blanks.length) {
      segs.push(...field(line.blanks[next] as number));
      next++;
    } else {
      segs.push(seg);
    }
  }
  const room = Math.max(1, width - 2);
  return asP(hardWrap(segs, room)).map((part, i) => [i === 0 ? GUTTER : CONTINUED, ...part]);
}

/** The TODO cell highlighted once; blanks come out as separate `______` segments. */
export function highlightCell(todoCell: string): Line[] {
  return highlight(todoCell, 'python');
}

export interface FieldView {
  look: (blank: number) => FieldLook;
  text: (blank: number) => string;
  cursor: (blank: number) => number;
}

/**
 * The cell's rows, cached per cell line on exactly what the line shows (its blanks' text, look
 * and cursor). An edit rebuilds only the edited line: every other line comes back as the same
 * objects, which is what lets the memoised rows skip repainting.
 */
export class CellRowCache {
  private readonly rows = new Map<string, PLine[]>();
  private readonly highlighted: Line[];

  constructor(
    private readonly lines: readonly CellLine[],
    todoCell: string,
    private readonly width: number,
  ) {
    this.highlighted = highlightCell(todoCell);
  }

  line(l: number, view: FieldView): PLine[] {
    const line = this.lines[l];
    const hl = this.highlighted[l];
    if (!line || !hl) return [];
    const key =
      line.blanks.length === 0
        ? `${l}`
        : `${l}\u0001${line.blanks.map((b) => `${view.look(b)}\u0002${view.text(b)}\u0002${view.look(b) === 'edit' ? view.cursor(b) : ''}`).join('\u0003')}`;
    let rows = this.rows.get(key);
    if (!rows) {
      rows = cellRows(hl, line, (b) => fieldSegments(view.text(b), view.look(b), view.cursor(b)), this.width);
      // Earlier variants of an edited line are not shown again: drop them so typing does not grow the cache.
      if (line.blanks.length > 0) for (const k of this.rows.keys()) if (k.startsWith(`${l}\u0001`)) this.rows.delete(k);
      this.rows.set(key, rows);
    }
    return rows;
  }

  all(view: FieldView): PLine[][] {
    return this.lines.map((_, l) => this.line(l, view));
  }
}

export function cellHeader(attempts: number): PLine {
  return [{ text: `In [${attempts > 0 ? attempts : ' '}]:`, roles: MUTED }];
}

export function hasCursor(line: PLine): boolean {
  return line.some((s) => s.cursor === true);
}

// ---------------------------------------------------------------- helpers panel

function header(title: string, width: number): PLine {
  const head = `── ${title} `;
  const fill = Math.max(0, width - displayWidth(head));
  return truncateP([{ text: head, roles: ['accent'] }, { text: '─'.repeat(fill), roles: MUTED }], width);
}

function wrapInline(text: string, width: number, indent: number, roles: readonly Role[] = [], noColor = false, first?: PLine): PLine[] {
  const pad: PLine = [{ text: ' '.repeat(indent) }];
  return asP(wrapSegments(parseInline(text, { roles, keepCodeTicks: noColor }), width, { first: first ?? pad, rest: pad }));
}

/** Text that may hold the learner's own characters (`*`, `_`): wrapped without markdown. */
function wrapPlain(text: string, width: number, indent: number, roles: readonly Role[] = [], first?: PLine): PLine[] {
  const pad: PLine = [{ text: ' '.repeat(indent) }];
  return asP(wrapSegments([{ text, roles }], width, { first: first ?? pad, rest: pad }));
}

export interface CronPanelInput {
  task: PracticeTask;
  answers: readonly string[];
  focus: number;
  /** undefined while loading; null when loading failed. */
  tools: CronTools | undefined | null;
  now: Date;
  timeZone: string;
  width: number;
  noColor: boolean;
  /** Reuses the insights of blanks that did not change. */
  cache?: CronInsightCache;
}

export function cronPanel(input: CronPanelInput): PLine[] {
  const { task, answers, focus, tools, width, noColor } = input;
  const rows: PLine[] = [header('Live: what your schedules mean', width)];
  if (tools === undefined) return [...rows, [{ text: 'Loading the CRON helper…', roles: MUTED }]];
  if (tools === null) return [...rows, [{ text: 'The CRON helper could not be loaded.', roles: ['warning'] }]];
  const cache = input.cache ?? new CronInsightCache();
  const cron = task.blanks.map((b, i) => ({ b, i })).filter(({ b }) => isCronBlank(b));
  const labelWidth = Math.max(...cron.map(({ b }) => displayWidth(b.label)));
  for (const { b, i } of cron) {
    const typed = answers[i] ?? '';
    const read = cronBlankText(task, i, typed);
    const insight: CronInsight = read.ok
      ? cache.get(tools, read.text, { currentDate: input.now, timeZone: input.timeZone })
      : { state: 'invalid', input: typed, message: read.message };
    const focused = i === focus;
    const pointer: PSeg = focused ? { text: '› ', roles: ['accent'] } : { text: '  ' };
    const label: PSeg = { text: padEnd(b.label, labelWidth), roles: focused ? ['bold'] : [] };
    if (focused) {
      rows.push(...cronDetail(insight, [pointer, label, { text: '  ' }], width, noColor, input.timeZone));
    } else {
      rows.push(truncateP([pointer, label, { text: '  ' }, ...cronSummary(insight, noColor)], width));
    }
  }
  return rows;
}

function cronSummary(insight: CronInsight, noColor: boolean): PSeg[] {
  switch (insight.state) {
    case 'empty':
      return [{ text: '(empty)', roles: MUTED }];
    case 'invalid':
      return [{ text: '✗ ', roles: ['failure'] }, ...parseInline(insight.message, { keepCodeTicks: noColor, roles: ['failure'] })];
    case 'valid':
      return [{ text: insight.input, roles: ['code'] }, { text: '  ' }, { text: insight.description }];
  }
}

function cronDetail(insight: CronInsight, lead: PSeg[], width: number, noColor: boolean, timeZone: string): PLine[] {
  const indent = 4;
  switch (insight.state) {
    case 'empty':
      return [
        truncateP([...lead, { text: '(empty)', roles: MUTED }], width),
        ...wrapInline('Five fields: `minute hour day_of_month month day_of_week`.', width, indent, MUTED, noColor),
      ];
    case 'invalid':
      return [
        truncateP([...lead, { text: insight.input, roles: ['code'] }], width),
        ...wrapInline(insight.message, width, indent, ['failure'], noColor, [{ text: '  ✗ ', roles: ['failure'] }]),
      ];
    case 'valid': {
      const rows: PLine[] = [truncateP([...lead, { text: insight.input, roles: ['code'] }], width)];
      rows.push(...wrapInline(insight.description, width, indent, [], noColor));
      if (insight.next.length > 0) {
        const times = insight.next.map((d) => formatFireTime(d, timeZone)).join(' · ');
        rows.push(...wrapInline(`Next: ${times} (${timeZone})`, width, indent, MUTED, noColor));
      }
      if (insight.quartz !== null) {
        rows.push(
          truncateP(
            [{ text: ' '.repeat(indent) }, { text: 'Databricks (Quartz): ', roles: MUTED }, { text: insight.quartz, roles: ['code'] }],
            width,
          ),
        );
      }
      if (insight.quartzNote) rows.push(...wrapInline(insight.quartzNote, width, indent, ['warning'], noColor));
      for (const note of insight.notes) rows.push(...wrapInline(note, width, indent, ['warning'], noColor));
      return rows;
    }
  }
}

const DAG_ROLES: Record<DagSegKind, readonly Role[]> = {
  edge: MUTED,
  task: [],
  flag: ['failure'],
  pending: ['warning'],
  note: MUTED,
};

export function dagPanel(model: DagModel, width: number): PLine[] {
  const rows: PLine[] = [header('Live: the DAG your lists describe', width)];
  for (const line of model.lines) {
    rows.push(truncateP(line.map((s) => ({ text: s.text, roles: DAG_ROLES[s.kind] })), width));
  }
  for (const flag of model.flags) {
    const [mark, roles]: [string, readonly Role[]] =
      flag.severity === 'error' ? ['✗ ', ['failure']] : flag.severity === 'warning' ? ['! ', ['warning']] : ['… ', MUTED];
    rows.push(...wrapPlain(flag.message, width, 2, roles, [{ text: mark, roles }]));
  }
  return rows;
}

/** Adds `extra` to the columns [start, end) of a line, splitting segments where needed. */
export function overlay(line: PLine, start: number, end: number, extra: TextStyle): PLine {
  const out: PSeg[] = [];
  let col = 0;
  for (const seg of line) {
    const from = col;
    const to = col + seg.text.length;
    col = to;
    if (to <= start || from >= end) {
      out.push(seg);
      continue;
    }
    const a = Math.max(start, from) - from;
    const b = Math.min(end, to) - from;
    if (a > 0) out.push({ ...seg, text: seg.text.slice(0, a) });
    out.push({ ...seg, text: seg.text.slice(a, b), extra: { ...seg.extra, ...extra } });
    if (b < seg.text.length) out.push({ ...seg, text: seg.text.slice(b) });
  }
  return out;
}

export function sqlPanel(preview: SqlPreview, width: number): PLine[] {
  const rows: PLine[] = [header('Live: the query as it will run', width)];
  const lines = asP(highlight(preview.text, 'sql'));
  lines.forEach((line, l) => {
    let marked = line;
    for (const span of preview.spans) {
      if (span.line === l && !span.empty) marked = overlay(marked, span.start, span.end, { underline: true, bold: true });
    }
    asP(hardWrap(marked, Math.max(1, width - 2))).forEach((part, i) => rows.push([i === 0 ? GUTTER : CONTINUED, ...part]));
  });
  for (const issue of preview.issues) rows.push(...wrapPlain(issue, width, 2, ['warning'], [{ text: '! ', roles: ['warning'] }]));
  return rows;
}

// ---------------------------------------------------------------- hints, verdict, solution

export function hintRows(task: PracticeTask, blank: number, level: number, width: number, noColor: boolean): PLine[] {
  const b = task.blanks[blank];
  if (!b || level <= 0) return [];
  const rows: PLine[] = [header(`Hints for ${b.label} (${Math.min(level, b.hints.length)}/${b.hints.length})`, width)];
  b.hints.slice(0, level).forEach((hint, i) => {
    rows.push(...wrapInline(hint, width, 3, [], noColor, [{ text: `${i + 1}. `, roles: ['accent'] }]));
  });
  return rows;
}

export interface ResultInput {
  task: PracticeTask;
  verdict: Verdict;
  attempts: number;
  edited: boolean;
  width: number;
  noColor: boolean;
}

/** Printed output keeps its spacing (task 4 prints a diagram), so it is hard-wrapped, not reflowed. */
function printed(text: string, roles: readonly Role[], width: number): PLine[] {
  if (text === '') return [EMPTY_LINE];
  return asP(hardWrap([{ text, roles }], Math.max(1, width)));
}

export function resultRows(input: ResultInput): PLine[] {
  const { task, verdict, width, noColor } = input;
  const title = `Result of check ${input.attempts}${input.edited ? ' · answers changed since' : ''}`;
  const rows: PLine[] = [header(title, width)];
  switch (verdict.outcome) {
    case 'passed': {
      const [first, ...rest] = verdict.output;
      rows.push(...printed(first ?? verdict.message, ['success'], width));
      for (const caution of verdict.explain ?? []) {
        rows.push(...wrapPlain(caution, width, 2, ['warning'], [{ text: '! ', roles: ['warning'] }]));
      }
      for (const line of rest) rows.push(...printed(line, [], width));
      rows.push(EMPTY_LINE);
      rows.push(
        ...wrapInline(`**Key takeaway — ${task.takeaway.topic}:** ${task.takeaway.text}`, width, 2, [], noColor, [
          { text: '✓ ', roles: ['success'] },
        ]),
      );
      return rows;
    }
    case 'failed': {
      for (const line of verdict.output) rows.push(...printed(line, [], width));
      rows.push(...printed(verdict.message === '' ? 'AssertionError' : `AssertionError: ${verdict.message}`, ['failure'], width));
      const explain = verdict.explain ?? [];
      // What the assert compared (pytest style), wrapped in full: it is the reason for the verdict.
      for (const line of explain) rows.push(...wrapPlain(line, width, 2));
      if (explain.length === 0) rows.push(...wrapPlain('The verification cell expected something else: its message says what.', width, 2, MUTED));
      return rows;
    }
    case 'error': {
      for (const line of verdict.output) rows.push(...printed(line, [], width));
      const head = verdict.pythonMessage === '' ? verdict.errorType : `${verdict.errorType}: ${verdict.pythonMessage}`;
      rows.push(...printed(head, ['error'], width));
      rows.push(...wrapPlain(verdict.message, width, 2, [], [{ text: '→ ', roles: ['error'] }]));
      const where = verdict.cell === 'todo' ? 'your TODO cell' : 'the verification cell';
      const at = verdict.line !== undefined ? `${where}, line ${verdict.line}` : where;
      rows.push([{ text: `  (in ${at})`, roles: MUTED }]);
      return rows;
    }
  }
}

export function solutionHeader(width: number): PLine {
  return header('Solution (revealed)', width);
}

// ---------------------------------------------------------------- bottom line

export function keyBar(all: ReadonlyArray<{ keys: string; label: string }>, width: number): PLine {
  // Whole hints drop from the end until the rest fits: nothing is cut mid-word.
  const hints = fitHints(all, width);
  const segs: PSeg[] = [];
  hints.forEach((h, i) => {
    if (i > 0) segs.push({ text: '  ' });
    segs.push({ text: h.keys, roles: ['key'] }, { text: ` ${h.label}`, roles: MUTED });
  });
  return truncateP(segs, width);
}

export function noticeLine(text: string, roles: readonly Role[], width: number): PLine {
  return truncateP([{ text, roles }], width);
}

