// The practice screen as terminal rows, built before Ink sees them (pure, no Ink): the TODO cell
// with the learner's text in its blanks, the live helpers, hints, the verdict and the solution.
// Every row fits the width it is built for, so the view only slices a window out of them.

import { fitHints } from '../../components/Footer';
import type { CronInsight, CronTools } from '../../../practice/cron';
import { CronInsightCache, cronBlankText, cronToolsWanted, formatFireTime, isCronBlank, zoneLabel } from '../../../practice/cron';
import type { DagModel, DagSegKind } from '../../../practice/dag';
import type { SqlPreview } from '../../../practice/sql';
import type { Verdict } from '../../../checks/types';
import type { PracticeTask } from '../../../lessons/types';
import { parseInline } from '../../markdown/inline';
import { asP, guttered, truncateP, type PLine, type PSeg } from '../../components/code-cell';
import { highlight } from '../../markdown/highlight';
import { hardWrap, wrapSegments } from '../../markdown/lines';
import { displayWidth, elideLongWords, padEnd } from '../../../text/width';
import type { Role, TextStyle } from '../../theme';
import type { PassedNote } from './sql-run-layout';

const MUTED: readonly Role[] = ['muted'];

const EMPTY_LINE: PLine = [];

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

/**
 * A live helper's message, redrawn on every key: it may quote what the learner typed, up to a
 * field's whole 2,000 characters. A word wider than a row is cut in its middle to fit one, so the
 * message stays a few rows long (wrapping it whole made 27 rows per quote, and the garbage of that
 * on every key). The check's verdict keeps the full text.
 */
function wrapLive(text: string, width: number, indent: number, roles: readonly Role[], first: PLine): PLine[] {
  return wrapPlain(elideLongWords(text, Math.max(1, width - indent)), width, indent, roles, first);
}

export interface CronPanelInput {
  task: PracticeTask;
  answers: readonly string[];
  focus: number;
  /** undefined while loading; null when loading failed. */
  tools: CronTools | undefined | null;
  now: Date;
  /** The schedule's zone; undefined: the machine's own. */
  timeZone: string | undefined;
  width: number;
  noColor: boolean;
  /** Reuses the insights of blanks that did not change. */
  cache?: CronInsightCache;
}

export function cronPanel(input: CronPanelInput): PLine[] {
  const { task, answers, focus, tools, width, noColor } = input;
  const rows: PLine[] = [header('Live: what your schedules mean', width)];
  const cron = task.blanks.map((b, i) => ({ b, i })).filter(({ b }) => isCronBlank(b));
  // Empty blanks need no CRON library (see cronToolsWanted): only typed text waits for it.
  if (cronToolsWanted(task, answers)) {
    if (tools === undefined) return [...rows, [{ text: 'Loading the CRON helper…', roles: MUTED }]];
    if (tools === null) return [...rows, [{ text: 'The CRON helper could not be loaded.', roles: ['warning'] }]];
  }
  const cache = input.cache ?? new CronInsightCache();
  const labelWidth = Math.max(...cron.map(({ b }) => displayWidth(b.label)));
  for (const { b, i } of cron) {
    const typed = answers[i] ?? '';
    const read = cronBlankText(task, i, typed);
    const insight: CronInsight = !read.ok
      ? { state: 'invalid', input: typed, message: read.message }
      : !tools || read.text.trim() === ''
        ? { state: 'empty' }
        : cache.get(tools, read.text, { currentDate: input.now, ...(input.timeZone === undefined ? {} : { timeZone: input.timeZone }) });
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

function cronDetail(insight: CronInsight, lead: PSeg[], width: number, noColor: boolean, timeZone: string | undefined): PLine[] {
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
        // Words cut as in wrapLive: the message may quote the whole typed text.
        ...wrapInline(elideLongWords(insight.message, Math.max(1, width - indent)), width, indent, ['failure'], noColor, [{ text: '  ✗ ', roles: ['failure'] }]),
      ];
    case 'valid': {
      const rows: PLine[] = [truncateP([...lead, { text: insight.input, roles: ['code'] }], width)];
      rows.push(...wrapInline(insight.description, width, indent, [], noColor));
      if (insight.next.length > 0) {
        const times = insight.next.map((d) => formatFireTime(d, timeZone)).join(' · ');
        rows.push(...wrapInline(`Next: ${times} (${zoneLabel(timeZone, insight.next[0] as Date)})`, width, indent, MUTED, noColor));
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
    rows.push(...wrapLive(flag.message, width, 2, roles, [{ text: mark, roles }]));
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
    rows.push(...guttered(marked, width));
  });
  for (const issue of preview.issues) rows.push(...wrapLive(issue, width, 2, ['warning'], [{ text: '! ', roles: ['warning'] }]));
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
  /**
   * A SQL task: what running the query showed, under the PASSED line; with replaceCautions the
   * verdict's text-based cautions give way to it (the query's rows say it for sure).
   */
  queryNotes?: { notes: readonly PassedNote[]; replaceCautions: boolean };
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
      const query = input.queryNotes;
      if (query?.replaceCautions !== true) {
        for (const caution of verdict.explain ?? []) {
          rows.push(...wrapPlain(caution, width, 2, ['warning'], [{ text: '! ', roles: ['warning'] }]));
        }
      }
      for (const note of query?.notes ?? []) {
        const roles: readonly Role[] = [note.tone];
        const mark = note.tone === 'success' ? '✓ ' : note.tone === 'warning' ? '! ' : '· ';
        rows.push(...wrapPlain(note.text, width, 2, roles, [{ text: mark, roles }]));
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

