// The drill's screens as terminal lines, built before Ink sees them (pure, no Ink): the lobby,
// the line of tasks under the title, the verdict under the cell, and the results. Every line fits
// the width it is built for.

import type { Verdict } from '../../checks/types';
import { attemptsLeft, taskOutcome, visibleStatus, visibleVerdict, type DrillState } from '../../drill/drill-state';
import type { DrillSettings } from '../../drill/settings';
import type { PracticeTask } from '../../lessons/types';
import { describeKeys, keyLabel, KEYS, type KeySpec } from '../keys';
import { plainText } from '../markdown/inline';
import { hardWrap, lineWidth, truncateLine, wrapSegments, type Line, type Segment } from '../markdown/lines';
import { CUT_MARK, fieldWindow } from '../input/field-window';
import { displayWidth, padEnd, padStart } from '../../text/width';
import type { Glyphs, Role } from '../theme';

const MUTED: readonly Role[] = ['muted'];
const EMPTY: Line = [];

/** `mm:ss`; minutes keep counting past 59 (a drill lasts at most 180 minutes). */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** `m:ss` for the time spent on a task. */
export function formatSpent(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function plain(text: string, width: number, roles: readonly Role[] = [], indent = 0, first?: Line): Line[] {
  const pad: Line = indent > 0 ? [{ text: ' '.repeat(indent) }] : [];
  return wrapSegments([{ text, roles }], width, { first: first ?? pad, rest: pad });
}

/** Printed output keeps its spacing (Task 4 prints a diagram): hard-wrapped, not reflowed. */
function printed(text: string, roles: readonly Role[], width: number): Line[] {
  if (text === '') return [EMPTY];
  return hardWrap([{ text, roles }], Math.max(1, width));
}

function rule(title: string, width: number): Line {
  const head = `── ${title} `;
  return truncateLine([{ text: head, roles: ['accent'] }, { text: '─'.repeat(Math.max(0, width - displayWidth(head))), roles: MUTED }], width);
}

const key = (spec: KeySpec): string => keyLabel(spec);

// ---------------------------------------------------------------- the countdown

export function clockRole(seconds: number): Role {
  if (seconds <= 10) return 'failure';
  if (seconds <= 60) return 'warning';
  return 'accent';
}

// ---------------------------------------------------------------- the lobby

export interface LobbyInput {
  settings: DrillSettings;
  taskCount: number;
  name: string;
  /** The cursor in the name (UTF-16 index); default: at the end. */
  nameCursor?: number;
  nameFixed: boolean;
  /** The name field has the keyboard (draw the cursor). */
  editing: boolean;
  startError: string | null;
  width: number;
}

/** The command that gives the same drill on another machine. */
export function shareCommand(settings: DrillSettings, taskCount: number): string {
  const parts = ['lakeflow-lab drill', `--minutes ${settings.minutes}`];
  if (settings.tasks.length !== taskCount) parts.push(`--tasks ${settings.tasks.join(',')}`);
  parts.push(`--seed ${/^[\w.-]+$/.test(settings.seed) ? settings.seed : JSON.stringify(settings.seed)}`);
  if (settings.attempts !== 1) parts.push(`--attempts ${settings.attempts}`);
  if (!settings.feedback) parts.push('--no-feedback');
  return parts.join(' ');
}

/**
 * The lobby in two parts: `top` (what the drill is) may be cut on a short terminal, `bottom`
 * (the name and why the drill did not start) must always be seen.
 */
export function lobbyLines(input: LobbyInput): { top: Line[]; bottom: Line[] } {
  const { settings, width } = input;
  const lines: Line[] = [];
  lines.push(...plain("Everyone starts together: wait for your instructor's go, then press Enter.", width, ['italic']));
  lines.push(EMPTY);
  const labelWidth = 11;
  const row = (label: string, value: string, roles: readonly Role[] = []): void => {
    lines.push(
      ...wrapSegments([{ text: value, roles }], width, {
        first: [{ text: `  ${padEnd(label, labelWidth)}`, roles: MUTED }],
        rest: [{ text: ' '.repeat(2 + labelWidth) }],
      }),
    );
  };
  const all = settings.tasks.length === input.taskCount;
  const which = all ? `all ${input.taskCount}` : `${settings.tasks.length} of ${input.taskCount} (${settings.tasks.join(', ')})`;
  row('Tasks', `${which}, in an order set by the seed`);
  row('Time', `${settings.minutes} minute${settings.minutes === 1 ? '' : 's'}; at 00:00 the drill ends by itself`);
  row('Attempts', `${settings.attempts} per task`);
  row('Feedback', settings.feedback ? 'on: each submission is judged at once' : 'off: submissions are collected, your instructor debriefs');
  row('Seed', settings.seedGenerated ? `${settings.seed} (made up: share it so everyone gets the same order)` : settings.seed, ['bold']);
  if (settings.seedGenerated) row('Same drill', shareCommand(settings, input.taskCount), ['code']);
  row('Results', settings.out);
  lines.push(EMPTY);
  lines.push(
    ...plain(
      `No hints, no solutions, no live helpers. Letters go into the blanks: ${key(KEYS.submitTask.keys[0])} submits, ` +
        `${key(KEYS.drillNextTask.keys[0])} / ${key(KEYS.drillPrevTask.keys[0])} change task, ${key(KEYS.finishDrill.keys[0])} finishes early.`,
      width,
      MUTED,
      2,
    ),
  );
  lines.push(EMPTY);
  const top = lines.splice(0);
  const label: Segment = { text: '  Your name  ', roles: ['bold'] };
  if (input.nameFixed) {
    lines.push(truncateLine([label, { text: input.name, roles: ['accent'] }], width));
  } else {
    // The one text field's window: the cursor stays on screen, a mark shows where text is cut.
    const room = Math.max(1, width - lineWidth([label]));
    const cursorAt = input.editing ? (input.nameCursor ?? input.name.length) : input.name.length;
    const w = fieldWindow(input.name, cursorAt, 0, room);
    const cut = (on: boolean): Segment[] => (on ? [{ text: CUT_MARK, roles: MUTED }] : []);
    lines.push([
      label,
      ...cut(w.leftCut),
      { text: w.before, roles: ['selection'] },
      ...(input.editing ? [{ text: w.atCursor === '' ? ' ' : w.atCursor, roles: ['cursor'] } satisfies Segment] : [{ text: w.atCursor, roles: ['selection'] } satisfies Segment]),
      { text: w.after, roles: ['selection'] },
      ...cut(w.rightCut),
    ]);
    if (input.name === '') lines.push(...plain('Type your name as your instructor should see it.', width, MUTED, 13));
  }
  if (input.startError) {
    lines.push(EMPTY);
    lines.push(...plain(input.startError, width, ['error'], 2));
  }
  return { top, bottom: lines };
}

// ---------------------------------------------------------------- while answering

export interface StripInput {
  drill: DrillState;
  glyph: Glyphs;
  saved: boolean;
  width: number;
}

export function statusGlyph(drill: DrillState, index: number, glyph: Glyphs): Segment {
  switch (visibleStatus(drill, index)) {
    case 'passed':
      return { text: glyph.done, roles: ['success'] };
    case 'failed':
    case 'error':
      return { text: glyph.failed, roles: ['failure'] };
    case 'submitted':
      return { text: glyph.attempted, roles: ['accent'] };
    case 'unanswered':
      return { text: glyph.todo, roles: MUTED };
  }
}

/** What is left to do on a task: "1 attempt left", "passed", "no attempts left". */
export function attemptsText(drill: DrillState, index: number): string {
  const task = drill.progress[index];
  if (!task) return '';
  if (drill.config.feedback && task.verdict?.outcome === 'passed') return 'passed';
  const left = attemptsLeft(drill, index);
  if (left === 0) return 'no attempts left';
  return `${left} attempt${left === 1 ? '' : 's'} left`;
}

/** The line under the title: every task in drill order, the current one marked, and the save state. */
export function stripLine(input: StripInput): Line {
  const { drill, glyph, width } = input;
  const left: Segment[] = [];
  drill.progress.forEach((p, i) => {
    const current = i === drill.current;
    left.push({ text: current ? '[' : ' ', roles: current ? ['accent'] : [] });
    left.push({ text: `${p.task}`, roles: current ? ['selection'] : [] });
    left.push(statusGlyph(drill, i, glyph));
    left.push({ text: current ? ']' : ' ', roles: current ? ['accent'] : [] });
  });
  const right: Segment[] = [
    { text: attemptsText(drill, drill.current), roles: MUTED },
    { text: ' · ', roles: MUTED },
    input.saved ? { text: 'saved', roles: MUTED } : { text: 'NOT SAVED', roles: ['error'] },
  ];
  const lead: Segment = { text: 'Tasks ', roles: MUTED };
  const gap = width - lineWidth([lead]) - lineWidth(left) - lineWidth(right);
  if (gap >= 1) return [lead, ...left, { text: ' '.repeat(gap) }, ...right];
  return truncateLine([lead, ...left], width);
}

/** What the notebook says, as it would print it (no takeaways, no hints: it is a drill). */
export function verdictLines(verdict: Verdict, width: number): Line[] {
  const lines: Line[] = [];
  switch (verdict.outcome) {
    case 'passed': {
      const [first, ...rest] = verdict.output;
      lines.push(...printed(`${first ?? verdict.message}`, ['success'], width));
      for (const caution of verdict.explain ?? []) lines.push(...plain(caution, width, ['warning'], 2, [{ text: '! ', roles: ['warning'] }]));
      for (const line of rest) lines.push(...printed(line, [], width));
      return lines;
    }
    case 'failed':
      for (const line of verdict.output) lines.push(...printed(line, [], width));
      lines.push(...printed(verdict.message === '' ? 'AssertionError' : `AssertionError: ${verdict.message}`, ['failure'], width));
      for (const line of verdict.explain ?? []) lines.push(...plain(line, width, [], 2, [{ text: '  ' }]));
      return lines;
    case 'error': {
      for (const line of verdict.output) lines.push(...printed(line, [], width));
      const head = verdict.pythonMessage === '' ? verdict.errorType : `${verdict.errorType}: ${verdict.pythonMessage}`;
      lines.push(...printed(head, ['error'], width));
      lines.push(...plain(verdict.message, width, [], 2, [{ text: '→ ', roles: ['error'] }]));
      return lines;
    }
  }
}

/** The block under the cell after a submission: the verdict (feedback on) or only "submitted". */
export function submissionLines(drill: DrillState, index: number, width: number, edited: boolean): Line[] {
  const task = drill.progress[index];
  if (!task || task.attempts === 0) return [];
  const max = drill.config.maxAttempts;
  const title = `Submitted${max > 1 ? ` (attempt ${task.attempts} of ${max})` : ''}${edited ? ' · changed since' : ''}`;
  const lines: Line[] = [rule(title, width)];
  const verdict = visibleVerdict(drill, index);
  if (verdict) lines.push(...verdictLines(verdict, width));
  else lines.push(...plain('Your answers are saved for your instructor. No verdict is shown in this drill.', width, MUTED));
  const left = attemptsLeft(drill, index);
  if (verdict?.outcome === 'passed') lines.push(...plain(`Done. ${key(KEYS.drillNextTask.keys[0])} goes to the next task.`, width, MUTED));
  else if (left === 0) lines.push(...plain(`No attempts left on this task. ${key(KEYS.drillNextTask.keys[0])} goes to the next one.`, width, MUTED));
  else lines.push(...plain(`${left} attempt${left === 1 ? '' : 's'} left: change your answers and submit again (${key(KEYS.submitTask.keys[0])}).`, width, MUTED));
  return lines;
}

/** Shown under the cell when every task is passed or out of attempts. */
export function allDoneLines(width: number): Line[] {
  return [EMPTY, ...plain(`Every task is answered. ${describeKeys('finishDrill').split(' / ')[0]} finishes the drill.`, width, ['accent'])];
}

// ---------------------------------------------------------------- the finish question

export function confirmLines(drill: DrillState, width: number): Line[] {
  const unanswered = drill.progress.filter((p) => p.attempts === 0).length;
  const lines: Line[] = [rule('Finish the drill now?', width)];
  const rest =
    unanswered === 0
      ? 'Every task has a submission.'
      : `${unanswered} task${unanswered === 1 ? '' : 's'} not submitted will count as unanswered.`;
  lines.push(...plain(`${rest} Your time stops and the result file is closed.`, width));
  return lines;
}

// ---------------------------------------------------------------- the results

export interface EndInput {
  drill: DrillState;
  tasks: readonly PracticeTask[];
  learner: string;
  resultPath: string | null;
  saveError: string | null;
  glyph: Glyphs;
  width: number;
}

function outcomeText(drill: DrillState, index: number, glyph: Glyphs): Segment {
  const status = visibleStatus(drill, index);
  const mark = statusGlyph(drill, index, glyph);
  const words: Record<typeof status, string> = {
    passed: 'passed',
    failed: 'failed',
    error: 'error',
    submitted: 'submitted',
    unanswered: 'unanswered',
  };
  return { text: `${mark.text} ${words[status]}`, roles: mark.roles ?? [] };
}

export function endLines(input: EndInput): Line[] {
  const { drill, tasks, width, glyph } = input;
  const lines: Line[] = [];
  const total = drill.progress.length;
  const submitted = drill.progress.filter((p) => p.attempts > 0).length;
  lines.push(...plain(`${input.learner}: ${drill.endReason === 'time-up' ? 'time is up, the drill has ended.' : 'you finished the drill.'}`, width, ['bold']));
  if (drill.config.feedback) {
    const passed = drill.progress.filter((p) => p.verdict?.outcome === 'passed').length;
    lines.push(
      truncateLine(
        [
          { text: 'Score: ', roles: ['bold'] },
          { text: `${passed} of ${total}`, roles: [passed === total ? 'success' : 'accent', 'bold'] },
          { text: ` task${total === 1 ? '' : 's'} passed`, roles: ['bold'] },
          { text: ` · ${submitted} submitted`, roles: MUTED },
        ],
        width,
      ),
    );
  } else {
    lines.push(...plain(`${submitted} of ${total} task${total === 1 ? '' : 's'} submitted. Your instructor goes through the answers.`, width, ['bold']));
  }
  const used = drill.startedAtMs !== null && drill.endedAtMs !== null ? drill.endedAtMs - drill.startedAtMs : 0;
  lines.push(...plain(`Time used: ${formatSpent(used)} of ${formatSpent(drill.config.durationMs)}`, width, MUTED));
  lines.push(EMPTY);

  // The table: drill order, as the learner met the tasks.
  const resultWidth = 14;
  const timeWidth = 6;
  const triesWidth = 6;
  const nameWidth = Math.max(8, width - 4 - resultWidth - timeWidth - triesWidth - 1);
  lines.push(
    truncateLine(
      [{ text: `  # ${padEnd('Task', nameWidth)} ${padEnd('Result', resultWidth)}${padStart('Time', timeWidth)}${padStart('Tries', triesWidth)}`, roles: ['tableHeader'] }],
      width,
    ),
  );
  drill.progress.forEach((p, i) => {
    const task = tasks[i];
    const name = `Task ${p.task} · ${plainText(task?.topic ?? '')}`;
    const outcome = outcomeText(drill, i, glyph);
    lines.push(
      truncateLine(
        [
          { text: `${padStart(String(i + 1), 3)} ${padEnd(name, nameWidth)} ` },
          { text: padEnd(outcome.text, resultWidth), roles: outcome.roles ?? [] },
          { text: `${padStart(formatSpent(p.ms), timeWidth)}${padStart(String(p.attempts), triesWidth)}` },
        ],
        width,
      ),
    );
  });

  if (drill.config.feedback) {
    const missed = drill.progress.map((p, i) => ({ p, i })).filter(({ p }) => taskOutcome(p) !== 'passed');
    if (missed.length > 0) {
      lines.push(EMPTY);
      lines.push(rule('Misses', width));
      for (const { p, i } of missed) {
        lines.push(truncateLine([{ text: `Task ${p.task} · ${plainText(tasks[i]?.title ?? '')}`, roles: ['bold'] }], width));
        const verdict = p.verdict;
        if (!verdict) lines.push(...plain('Not answered.', width, MUTED, 2));
        else if (verdict.outcome === 'failed') {
          lines.push(...plain(verdict.message === '' ? 'AssertionError' : `AssertionError: ${verdict.message}`, width, ['failure'], 2));
        } else if (verdict.outcome === 'error') {
          const head = verdict.pythonMessage === '' ? verdict.errorType : `${verdict.errorType}: ${verdict.pythonMessage}`;
          lines.push(...plain(head, width, ['error'], 2));
          lines.push(...plain(verdict.message, width, [], 4));
        }
      }
    }
  }

  lines.push(EMPTY);
  if (input.resultPath !== null) {
    lines.push(...plain('Your result file (your instructor collects it):', width, ['bold']));
    lines.push(...hardWrap([{ text: '  ' }, { text: input.resultPath, roles: ['code'] }], width));
  }
  if (input.saveError !== null) lines.push(...plain(input.saveError, width, ['error']));
  return lines;
}
