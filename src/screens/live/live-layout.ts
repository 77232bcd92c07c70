// What the live class view draws, as lines of styled segments for a given terminal size. Pure:
// the component (LiveView.tsx) only feeds it the latest scan and the keys' state, so every rule
// (what fits 80x24, what a stuck learner looks like, what --anonymous hides) is tested without Ink.
import type { ClassReport } from '../../drill/report';
import { ago, type LiveLearner } from '../../drill/live';
import { inert } from '../../drill/sanitize';
import { displayWidth, padEnd, padStart, truncate, truncateStart, wrap } from '../../text/width';
import type { Role } from '../theme';

export interface Segment {
  text: string;
  role?: Role;
}
export type Line = Segment[];

export type LivePane = 'learners' | 'answers' | 'files';

export interface LiveLayoutInput {
  dir: string;
  report: ClassReport;
  learners: readonly LiveLearner[];
  /** Every lab task, so the chart has a row per task before anyone has answered it. */
  labTasks: ReadonlyArray<{ number: number; topic: string }>;
  pending: number;
  nowMs: number;
  width: number;
  height: number;
  pane: LivePane;
  scroll: number;
  notice: { text: string; tone: 'info' | 'success' | 'error' } | null;
  anonymous: boolean;
  stuckMinutes: number;
}

export interface LiveLayout {
  /** Exactly `height - 1` lines (the footer is the last row). */
  lines: Line[];
  /** How far the lower pane can scroll. */
  maxScroll: number;
}

const BAR_MIN = 8;

export function liveLayout(input: LiveLayoutInput): LiveLayout {
  const { width, report } = input;
  const lines: Line[] = [];
  const clock = new Date(input.nowMs).toTimeString().slice(0, 8);
  const right = `${clock} · ${report.learners} learner${report.learners === 1 ? '' : 's'}`;
  const left = `Live class · `;
  const dirWidth = Math.max(4, width - displayWidth(left) - displayWidth(right) - 1);
  const dir = truncateStart(inert(input.dir), dirWidth);
  lines.push([
    { text: left, role: 'heading' },
    { text: dir, role: 'muted' },
    { text: ' '.repeat(Math.max(1, width - displayWidth(left) - displayWidth(dir) - displayWidth(right))) },
    { text: right, role: 'heading' },
  ]);

  // One row per lab task: pass-rate bar, passed/judged, and the task's most common wrong answer.
  const topicWidth = 24;
  const wrongWidth = Math.max(0, Math.min(24, width - 3 - topicWidth - 1 - BAR_MIN - 5 - 7 - 2));
  const barWidth = Math.max(BAR_MIN, width - 3 - topicWidth - 1 - 5 - 7 - (wrongWidth > 0 ? wrongWidth + 2 : 0));
  lines.push([
    { text: truncate(`${padEnd(' # Task', 3 + topicWidth)} ${padEnd('pass rate', barWidth + 5)} ${padStart('passed', 6)}${wrongWidth > 0 ? `  ${'most common wrong'}` : ''}`, width), role: 'muted' },
  ]);
  const byNumber = new Map(report.tasks.map((t) => [t.task, t]));
  for (const labTask of input.labTasks) {
    const stats = byNumber.get(labTask.number);
    const judged = stats ? stats.drilled - stats.needsReview : 0;
    const rate = stats?.passRate ?? null;
    const filled = rate === null ? 0 : Math.round(rate * barWidth);
    const top = stats
      ? stats.blanks
          .flatMap((b) => (b.wrong[0] ? [{ label: b.label, ...b.wrong[0] }] : []))
          .sort((a, b) => b.count - a.count)[0]
      : undefined;
    const line: Line = [
      { text: `${padStart(String(labTask.number), 2)} ${padEnd(inert(labTask.topic), topicWidth)} ` },
      { text: '█'.repeat(filled), role: 'barFull' },
      { text: '░'.repeat(barWidth - filled), role: 'barEmpty' },
      { text: ` ${padStart(rate === null ? '–' : `${Math.round(rate * 100)}%`, 4)} ${padStart(stats ? `${stats.passed}/${judged}` : '', 6)}` },
    ];
    if (wrongWidth > 0 && top) {
      line.push({ text: '  ' }, { text: truncate(`${answerText(top.answer)} ×${top.count}`, wrongWidth), role: 'failure' });
    }
    lines.push(line);
  }

  // The lower pane: learners, or the most common wrong answer of every blank.
  const stuck = input.learners.filter((l) => l.stuck).length;
  const bodyRows = Math.max(1, input.height - 1 - lines.length - 2 - 1);
  const rows: Line[] = input.pane === 'learners' ? learnerRows(input, width) : input.pane === 'answers' ? answerRows(report, width) : fileRows(report, width);
  const maxScroll = Math.max(0, rows.length - bodyRows);
  const scroll = Math.min(Math.max(0, input.scroll), maxScroll);
  const title =
    input.pane === 'learners'
      ? `Learners${input.anonymous ? ' (anonymous)' : ''} · ${stuck} stuck (no change for ${input.stuckMinutes} min)`
      : input.pane === 'answers'
        ? 'Most common wrong answer per blank'
        : `Files not counted (${report.notCounted.length})`;
  const more = maxScroll > 0 ? ` · ${scroll + 1}-${Math.min(rows.length, scroll + bodyRows)} of ${rows.length}` : '';
  lines.push([{ text: truncate(`${title}${more}`, width), role: 'heading' }]);
  if (input.pane === 'learners') {
    const nameWidth = Math.max(8, width - LEARNER_FIXED);
    lines.push([{ text: truncate(`  ${padEnd('Name', nameWidth)} ${padStart('task', 4)} ${padStart('done', 6)} ${padStart('passed', 6)} ${padStart('last', 6)}`, width), role: 'muted' }]);
  } else if (input.pane === 'answers') {
    lines.push([{ text: truncate('  task · blank · wrong answer × how many', width), role: 'muted' }]);
  } else {
    lines.push([{ text: truncate('  file: why it is not counted', width), role: 'muted' }]);
  }
  const visible = rows.slice(scroll, scroll + bodyRows);
  const empty = { learners: '  waiting for result files…', answers: '  no wrong answers yet', files: '  every file is counted' }[input.pane];
  if (rows.length === 0) visible.push([{ text: empty, role: 'muted' }]);
  lines.push(...visible);
  while (lines.length < input.height - 2) lines.push([]);

  // The status line: the last action, or what the scan could not count yet.
  const parts: string[] = [];
  if (input.pending > 0) parts.push(`${input.pending} file(s) being written`);
  if (report.notCounted.length > 0) parts.push(`${report.notCounted.length} file(s) not counted (Tab shows why)`);
  if (report.altered > 0) parts.push(`${report.altered} altered`);
  // A status longer than the row wraps and takes rows from the list: a written file's path, or
  // why the report could not be written, is read in full.
  const role: Role = input.notice ? (input.notice.tone === 'error' ? 'error' : input.notice.tone === 'success' ? 'success' : 'accent') : 'muted';
  const status: Line[] = wrap(input.notice ? input.notice.text : parts.join(' · '), width)
    .slice(0, Math.max(1, input.height - 4))
    .map((text) => [{ text, role }]);
  lines.length = Math.min(lines.length, input.height - 1 - status.length);
  lines.push(...status);
  return { lines, maxScroll };
}

/** Columns besides the name: indent, task, done, passed, last, and the state word. */
const LEARNER_FIXED = 2 + 1 + 4 + 1 + 6 + 1 + 6 + 1 + 6 + 9;

function learnerRows(input: LiveLayoutInput, width: number): Line[] {
  const nameWidth = Math.max(8, width - LEARNER_FIXED);
  return input.learners.map((l) => {
    const task = l.source === 'notebook' ? 'nb' : l.currentTask === null ? 'done' : `T${l.currentTask}`;
    const text = `  ${padEnd(inert(l.name), nameWidth)} ${padStart(task, 4)} ${padStart(`${l.done}/${l.total}`, 6)} ${padStart(`${l.passed}/${l.total}`, 6)} ${padStart(ago(input.nowMs, l.lastActivityMs), 6)}`;
    const line: Line = [{ text: truncate(text, width) }];
    const room = width - displayWidth(text);
    if (l.stuck && room >= 6) line.push({ text: ' stuck', role: 'error' });
    else if (l.finished && l.source === 'drill' && room >= 9) line.push({ text: ' finished', role: 'success' });
    return line;
  });
}

function answerRows(report: ClassReport, width: number): Line[] {
  const out: Line[] = [];
  for (const task of report.tasks) {
    for (const blank of task.blanks) {
      const top = blank.wrong[0];
      if (!top) continue;
      const head = `  T${task.task} · ${inert(blank.label)} · `;
      out.push([
        { text: truncate(head, Math.max(10, width - 12)) },
        { text: truncate(`${answerText(top.answer)} ×${top.count}`, Math.max(8, width - displayWidth(truncate(head, Math.max(10, width - 12))))), role: 'failure' },
      ]);
    }
  }
  return out;
}

function fileRows(report: ClassReport, width: number): Line[] {
  return report.notCounted.map((item) => {
    const name = truncateStart(inert(item.path.split(/[\\/]/).pop() ?? item.path), Math.max(8, Math.floor(width / 3)));
    return [{ text: `  ${name}: ` }, { text: truncate(inert(item.reason), Math.max(4, width - displayWidth(name) - 4)), role: 'muted' }];
  });
}

function answerText(answer: string): string {
  return answer === '' ? '(empty)' : inert(answer);
}
