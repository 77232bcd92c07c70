// The practice task screen: the prompt, the TODO cell with each `______` editable in place, a
// live helper for tasks whose answers can be explained while typed (CRON, DAG, SQL), hints,
// the notebook's verdict and, after a check that did not pass, the solution.
//
// Latency: the editor state lives here, but every row is built as a line object and cached, and
// rows are memoised on those objects, so a typed character repaints the edited cell line and the
// helper panel, not the prompt or the rest of the cell.

import { Box } from 'ink';
import { useFocusOwner, useKeypress } from '../../input/keypress';
import type { Key } from '../../input/key';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { checkTask } from '../../../checks/engine';
import type { Verdict } from '../../../checks/types';
import type { PracticeTask } from '../../../lessons/types';
import { cellLines, blankLineIndex } from '../../../practice/cell';
import { CronInsightCache, cronBlankIndices, cronToolsWanted } from '../../../practice/cron';
import { dagModel } from '../../../practice/dag';
import {
  canReveal,
  createEditor,
  editedSinceCheck,
  editorReducer,
  hintsRaised,
  isLastBlank,
  type EditorAction,
  type EditorMode,
  type EditorState,
  type Notice,
  type PracticeInitial,
} from '../../../practice/editor';
import { isSqlTask, sqlPreview } from '../../../practice/sql';
import { runTaskQuery, type TaskQueryOutcome } from '../../../practice/sql-run';
import { errorLine, RUN_IDLE, runReducer, type RunAction, type RunState } from '../../sql/run-state';
import { useOpenTables } from '../../sql/open-tables';
import { passedQueryNotes, queryRows } from './sql-run-layout';
import { startClock, takeSeconds, tickClock } from '../../../practice/time';
import { thumb } from '../../components/scroll';
import { TitleBar } from '../../components/TitleBar';
import { TuiContext, useBodySize } from '../../context';
import { displayWidth } from '../../../text/width';
import { layoutBlocks } from '../../markdown/layout';
import type { Segment } from '../../markdown/lines';
import { useTheme, type Role } from '../../theme';
import { keyLabel, KEYS, type Command, type KeySpec } from '../../keys';
import { keyHints, practiceKey, type KeyContext, type ScrollMove } from './keys';
import { Row, Scrollbar } from '../../components/Row';
import {
  CellRowCache,
  cellHeader,
  cellRows,
  fieldSegments,
  hasCursor,
  highlightCell,
  truncateP,
  type FieldLook,
  type PLine,
} from '../../components/code-cell';
import { cronPanel, dagPanel, hintRows, keyBar, noticeLine, resultRows, solutionHeader, sqlPanel } from './task-layout';
import { useCronTools } from './useCronTools';
import { useSettings } from '../../settings/context';
import { zoneProblem } from '../../../settings/schema';

export interface PracticeTaskViewProps {
  task: PracticeTask;
  /** What an earlier session left. The view reads it once: key the view by task id. */
  initial?: PracticeInitial;
  /** After every edit of an answer (each key stroke); the store debounces. */
  onChange: (answers: readonly string[]) => void;
  onCheck: (verdict: Verdict, answers: readonly string[]) => void;
  /** A hint was shown: `level` is 1 for the first hint of that blank. */
  onHint: (blankId: string, level: number) => void;
  /** The solution was revealed (once per task; it stays revealed). */
  onReveal: () => void;
  /** Esc in command mode. Inside the App, whose global Esc already goes back, pass a no-op. */
  onBack: () => void;
  /** Active seconds spent since the last report (on checks, hints, reveal, leaving). */
  onTime?: (seconds: number) => void;
  /** n / p (→ / ←) in command mode; without it those keys do nothing. */
  onNavigate?: (delta: 1 | -1) => void;
  /** The blank gained or lost the keyboard (the App suspends its letter keys while 'edit'). */
  onModeChange?: (mode: EditorMode) => void;
  /** Whether this screen's keys are live (false under an overlay). Default true. */
  active?: boolean;
  /** Defaults to the body size from the App (or the terminal). */
  width?: number;
  height?: number;
  /** For the title: "Task 3/8". */
  taskCount?: number;
  /** The verdict source; defaults to the notebook engine (checkTask). */
  check?: (task: PracticeTask, answers: readonly string[]) => Verdict;
  /** The clock for the CRON helper's next fire times. */
  now?: () => Date;
  /** Time zone the next fire times are shown in. Default: the machine's. */
  timeZone?: string;
}

const SCROLLBAR = 2;
const EMPTY: PLine = [];

type Anchor = 'cursor' | 'result' | 'hint' | 'solution' | 'picker' | 'query';

interface Group {
  id: string;
  rows: readonly PLine[];
}

function moved(at: number, move: ScrollMove, viewport: number, total: number): number {
  const page = Math.max(1, viewport - 1);
  const max = Math.max(0, total - viewport);
  const next =
    move === 'lineUp' ? at - 1 : move === 'lineDown' ? at + 1 : move === 'pageUp' ? at - page : move === 'pageDown' ? at + page : move === 'top' ? 0 : max;
  return Math.min(Math.max(0, next), max);
}

function ensureVisible(offset: number, viewport: number, start: number, end: number): number {
  if (end - start + 1 > viewport) return start;
  if (start < offset) return start;
  if (end > offset + viewport - 1) return end - viewport + 1;
  return offset;
}

/** The first key of a command, as the key table writes it. */
const keysOf = (command: Command): string => keyLabel(KEYS[command].keys[0] as KeySpec);

function noticeText(notice: Notice, task: PracticeTask, revealable: boolean): [string, Role] {
  const label = (i: number): string => task.blanks[i]?.label ?? `blank ${i + 1}`;
  switch (notice.kind) {
    case 'hint':
      return [`Hint ${notice.level}/${notice.of} for ${label(notice.blank)} (below the cell).`, 'accent'];
    case 'no-more-hints':
      return [
        `No more hints for ${label(notice.blank)}.` +
          (revealable ? ` ${keysOf('blankSolution')} (or ${keysOf('practiceSolution')}) shows the solution.` : ' After a failed check, the solution can be shown.'),
        'warning',
      ];
    case 'no-hints':
      return [`${label(notice.blank)} has no hints.`, 'warning'];
    case 'reveal-locked':
      return [`The solution opens after a check that did not pass: run one first (${keysOf('blankRun')}).`, 'warning'];
    case 'reveal-confirm':
      return [`Show the solution? It is recorded. Press ${keysOf('blankSolution')} (or ${keysOf('practiceSolution')}) again to confirm.`, 'warning'];
    case 'revealed':
      return ['The solution is shown at the bottom.', 'accent'];
    case 'no-options':
      return ['This blank has no options: type your answer.', 'warning'];
    case 'text':
      return [notice.message, 'warning'];
  }
}

function badgeFor(state: Pick<EditorState, 'passed' | 'attempts'>): Segment {
  if (state.passed) return { text: '✓ passed', roles: ['success'] };
  if (state.attempts > 0) return { text: `● ${state.attempts} ${state.attempts === 1 ? 'check' : 'checks'}`, roles: ['warning'] };
  return { text: '○ not yet', roles: ['muted'] };
}

export function PracticeTaskView(props: PracticeTaskViewProps) {
  const { task } = props;
  const active = props.active ?? true;
  const theme = useTheme();
  const { noColor } = theme;
  const body = useBodySize();
  const width = Math.max(24, props.width ?? body.width);
  const height = Math.max(5, props.height ?? body.height);
  const cw = width - SCROLLBAR;
  const viewport = height - 2;

  // ------------------------------------------------------------ state
  const [state, setState] = useState<EditorState>(() => createEditor(task, props.initial));
  const stateRef = useRef(state);
  const propsRef = useRef(props);
  propsRef.current = props;
  const [localNotice, setLocalNotice] = useState<string | null>(null);
  const clock = useRef(startClock());
  const anchor = useRef<Anchor | null>(null);
  const offsetRef = useRef(0);
  // Where the view stood when the current run of editing keys began: the cursor anchor is worked
  // out from it on every render, never from the frame before. A frame drawn in between (the CRON
  // helper still loading, shorter than once loaded) would otherwise leave its own offset behind,
  // and the view would end elsewhere depending on whether the helper arrived before the next key.
  const cursorBase = useRef(0);
  // Scroll keys pressed since then, replayed on top of the cursor anchor on every render (the same
  // reason: a line down taken while the helper was loading is a line down from where it ends).
  const cursorMoves = useRef<ScrollMove[]>([]);
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  // Editing a blank is a focus owner of its own: while it has the keyboard, letters are text
  // (the App's q / ? / Esc are off). It follows the editor's mode in the same call that changes it.
  const blankFocus = useFocusOwner('blank', { captures: true });
  const blankFocusRef = useRef(blankFocus);
  blankFocusRef.current = blankFocus;

  const apply = useCallback(
    (action: EditorAction): EditorState => {
      const prev = stateRef.current;
      const next = editorReducer(prev, action);
      if (next === prev) return prev;
      stateRef.current = next;
      setState(next);
      const p = propsRef.current;
      if (next.answers !== prev.answers) p.onChange(next.answers);
      for (const { blank, level } of hintsRaised(prev, next)) p.onHint(task.blanks[blank]?.id ?? String(blank), level);
      if (next.solutionRevealed && !prev.solutionRevealed) p.onReveal();
      if (next.mode !== prev.mode) {
        if (next.mode === 'edit') blankFocusRef.current.take();
        else blankFocusRef.current.release();
        p.onModeChange?.(next.mode);
      }
      return next;
    },
    [task],
  );

  const flushTime = useCallback(() => {
    const [seconds, rest] = takeSeconds(clock.current);
    clock.current = rest;
    if (seconds > 0) {
      apply({ type: 'time', seconds });
      propsRef.current.onTime?.(seconds);
    }
  }, [apply]);

  useEffect(() => () => flushTime(), [flushTime]);
  // Tell the host the starting mode too (its footer follows it); an editor that starts in a blank
  // takes the keyboard before the first key.
  useLayoutEffect(() => {
    if (stateRef.current.mode === 'edit') blankFocusRef.current.take();
  }, []);
  useEffect(() => propsRef.current.onModeChange?.(stateRef.current.mode), []);

  // ------------------------------------------------------------ the query on the system tables (SQL tasks)
  const isSql = useMemo(() => isSqlTask(task), [task]);
  const openTables = useOpenTables();
  const [queryRun, dispatchQuery] = useReducer(
    runReducer as (s: RunState<TaskQueryOutcome>, a: RunAction<TaskQueryOutcome>) => RunState<TaskQueryOutcome>,
    RUN_IDLE,
  );
  const queryId = useRef(0);
  const runQuery = useCallback(() => {
    if (!isSql) return;
    const id = ++queryId.current;
    const answers = stateRef.current.answers;
    dispatchQuery({ type: 'start', id, sql: sqlPreview(task, answers)?.text ?? '' });
    anchor.current = 'query';
    // The engine (and DuckDB with it) loads here, on the first press of the key.
    openTables()
      .then((tables) => runTaskQuery(tables, task, answers))
      .then(
        (value) => {
          anchor.current = 'query';
          dispatchQuery({ type: 'finish', id, value });
        },
        (error: unknown) => dispatchQuery({ type: 'fail', id, message: `The SQL engine could not run the query: ${errorLine(error)}` }),
      );
  }, [isSql, task, openTables]);

  const run = useCallback(() => {
    flushTime();
    const answers = stateRef.current.answers;
    const p = propsRef.current;
    let verdict: Verdict;
    try {
      verdict = (p.check ?? checkTask)(task, answers);
    } catch (error) {
      setLocalNotice(`The check could not run: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    apply({ type: 'checked', verdict, answers });
    anchor.current = 'result';
    p.onCheck(verdict, answers);
  }, [apply, flushTime, task]);

  // ------------------------------------------------------------ rows
  const template = useMemo(() => {
    const lines = cellLines(task.todoCell);
    return { lines, highlighted: highlightCell(task.todoCell), lineOf: blankLineIndex(lines) };
  }, [task]);

  const promptRows = useMemo(
    () => [...(layoutBlocks(task.prompt, { width: cw, noColor }) as PLine[]), EMPTY],
    [task, cw, noColor],
  );

  // Rebuilt only when what every row depends on changes; within it, per line (see CellRowCache).
  const cellCache = useMemo(() => new CellRowCache(template.lines, task.todoCell, cw), [template, task, cw]);

  const { answers, focus, mode, cursors } = state;
  const look = (b: number): FieldLook => (b !== focus ? 'idle' : mode === 'edit' ? 'edit' : 'focus');
  const inHeader = useMemo(() => cellHeader(state.attempts), [state.attempts]);
  const cellGroup: PLine[] = [inHeader];
  let cursorRow = -1;
  let focusRow = -1;
  const fieldView = { look, text: (b: number) => answers[b] ?? '', cursor: (b: number) => cursors[b] ?? 0 };
  cellCache.all(fieldView).forEach((rows, l) => {
    if (l === template.lineOf[focus]) {
      focusRow = cellGroup.length;
      const at = rows.findIndex(hasCursor);
      cursorRow = cellGroup.length + Math.max(0, at);
    }
    cellGroup.push(...rows);
  });

  const picker = state.picker;
  const options = task.blanks[focus]?.options;
  const pickerRows = useMemo((): PLine[] => {
    if (picker === null || !options) return [];
    const label = task.blanks[focus]?.label ?? '';
    return [
      truncateP([{ text: `Options for ${label}:`, roles: ['accent'] }], cw),
      ...options.map((o, i) =>
        truncateP(
          [
            { text: i === picker ? ' › ' : '   ', roles: ['accent'] },
            { text: `${i + 1} `, roles: ['muted'] },
            { text: o, roles: i === picker ? ['selection'] : [] },
          ],
          cw,
        ),
      ),
    ];
  }, [picker, options, task, focus, cw]);

  // Live helpers: each kind is decided from the lesson data, not the task number.
  const cronWanted = useMemo(() => cronBlankIndices(task).length > 0, [task]);
  const tools = useCronTools(cronWanted && cronToolsWanted(task, answers));
  // The `time-zone` setting, else the machine's (undefined: no Intl at all). Intl checks a set
  // zone only: a hand-edited file may name one this machine lacks.
  const zoneSetting = useSettings()['time-zone'];
  const settingZone = useMemo(() => (zoneSetting !== null && zoneProblem(zoneSetting) === null ? zoneSetting : undefined), [zoneSetting]);
  const timeZone = props.timeZone ?? settingZone;
  const nowFn = props.now;
  const insights = useMemo(() => new CronInsightCache(), []);
  const helperRows = useMemo((): PLine[] => {
    if (cronWanted) {
      const now = nowFn ? nowFn() : new Date();
      return cronPanel({ task, answers, focus, tools, now, timeZone, width: cw, noColor, cache: insights });
    }
    const dag = dagModel(task, answers);
    if (dag) return dagPanel(dag, cw);
    const sql = sqlPreview(task, answers);
    if (sql) return sqlPanel(sql, cw);
    return [];
  }, [cronWanted, task, answers, focus, tools, nowFn, timeZone, cw, noColor, insights]);

  const hintLevel = state.hintLevels[focus] ?? 0;
  const hints = useMemo(() => hintRows(task, focus, hintLevel, cw, noColor), [task, focus, hintLevel, cw, noColor]);

  const verdict = state.verdict;
  const edited = editedSinceCheck(state);
  const queryKey = keysOf(mode === 'edit' ? 'blankQuery' : 'practiceQuery');
  const checkedAnswers = state.checkedAnswers;
  const result = useMemo(() => {
    if (!verdict) return [];
    const queryNotes = isSql && verdict.outcome === 'passed' ? passedQueryNotes(queryRun, checkedAnswers ?? undefined, queryKey) : undefined;
    return resultRows({ task, verdict, attempts: state.attempts, edited, width: cw, noColor, ...(queryNotes ? { queryNotes } : {}) });
  }, [task, verdict, state.attempts, edited, cw, noColor, isSql, queryRun, checkedAnswers, queryKey]);
  const queryGroup = useMemo(() => queryRows({ run: queryRun, answers, width: cw, runKey: queryKey }), [queryRun, answers, cw, queryKey]);

  const solutionVisible = state.solutionVisible;
  const solution = useMemo((): PLine[] => {
    if (!solutionVisible) return [];
    const rows: PLine[] = [solutionHeader(cw)];
    template.lines.forEach((line, l) => {
      const hl = template.highlighted[l];
      if (!hl) return;
      rows.push(...cellRows(hl, line, (b) => fieldSegments(task.blanks[b]?.answer ?? '', 'idle', 0), cw));
    });
    return rows;
  }, [solutionVisible, template, task, cw]);

  // ------------------------------------------------------------ layout and scrolling
  const groups: Group[] = [
    { id: 'p', rows: promptRows },
    { id: 'c', rows: cellGroup },
    { id: 'k', rows: pickerRows },
    { id: 'h', rows: helperRows },
    { id: 'q', rows: queryGroup },
    { id: 'n', rows: hints },
    { id: 'r', rows: result },
    { id: 'o', rows: solution },
  ];
  const all: Array<{ id: string; line: PLine }> = [];
  const range = new Map<string, [number, number]>();
  for (const g of groups) {
    if (g.rows.length === 0) continue;
    if (g.id !== 'p' && g.id !== 'k' && all.length > 0) all.push({ id: `${g.id}-gap`, line: EMPTY });
    const start = all.length;
    g.rows.forEach((line, i) => all.push({ id: `${g.id}${i}`, line }));
    range.set(g.id, [start, all.length - 1]);
  }
  const total = all.length;
  const cellStart = range.get('c')?.[0] ?? 0;
  const caret = cellStart + (mode === 'edit' ? cursorRow : focusRow);

  let offset = Math.min(Math.max(0, offsetRef.current), Math.max(0, total - viewport));
  const want = anchor.current;
  if (want !== null) {
    // The cursor anchor holds until the next key: a render without a key (the live helper
    // filling in, a save) keeps the edited line and its helper in view, as typing would.
    if (want !== 'cursor') anchor.current = null;
    const span = (id: string): [number, number] | undefined => range.get(id);
    const withCaret = (r: [number, number] | undefined): void => {
      if (!r) return;
      // Keep the edited line in view too when both fit.
      const both: [number, number] = [Math.min(caret, r[0]), Math.max(caret, r[1])];
      offset = both[1] - both[0] + 1 <= viewport ? ensureVisible(offset, viewport, both[0], both[1]) : ensureVisible(offset, viewport, r[0], r[1]);
    };
    if (want === 'cursor') {
      // The edited line with a little context, and the live helper below it when it fits.
      const helper = span('k') ?? span('h');
      const context = Math.min(total - 1, caret + 3);
      const end = helper ? Math.max(context, Math.min(helper[1], caret - 1 + viewport - 1)) : context;
      offset = ensureVisible(cursorBase.current, viewport, Math.max(0, caret - 1), Math.max(caret, end));
      offset = Math.min(Math.max(0, offset), Math.max(0, total - viewport));
      for (const move of cursorMoves.current) offset = moved(offset, move, viewport, total);
    } else if (want === 'result') withCaret(span('r'));
    else if (want === 'hint') withCaret(span('n'));
    else if (want === 'picker') withCaret(span('k'));
    else if (want === 'solution') withCaret(span('o'));
    else if (want === 'query') {
      // The query's rows from their header down, as many as fit.
      const q = span('q');
      if (q) offset = Math.min(q[0], Math.max(0, total - viewport));
    }
    offset = Math.min(Math.max(0, offset), Math.max(0, total - viewport));
  }
  offsetRef.current = offset;

  // ------------------------------------------------------------ keys
  const keyContext = (s: EditorState): KeyContext => ({
    mode: s.mode,
    pickerOpen: s.picker !== null,
    hasOptions: (task.blanks[s.focus]?.options?.length ?? 0) > 0,
    fieldEmpty: (s.answers[s.focus] ?? '') === '',
    lastBlank: isLastBlank(s),
    solutionRevealed: s.solutionRevealed,
  });

  const scroll = useCallback(
    (move: ScrollMove) => {
      const at = offsetRef.current;
      offsetRef.current = moved(at, move, viewport, total);
      if (offsetRef.current !== at) repaint();
    },
    [viewport, total],
  );

  // One handler for the task and its blank: `within` gives it the keys while the blank has focus.
  useKeypress((input, key) => onKey(input, key), { isActive: active, within: true });

  const onKey = (input: string, key: Key): void => {
      // A key that moves nothing keeps the cursor anchor (and its base): the view then ends where
      // the editing keys alone put it, whenever the helper's rows come in.
      const held = anchor.current === 'cursor';
      clock.current = tickClock(clock.current, Date.now());
      setLocalNotice(null);
      const before = stateRef.current;
      const intent = practiceKey(input, key, keyContext(before));
      switch (intent.kind) {
        case 'action': {
          const type = intent.action.type;
          if (type === 'hint' || type === 'reveal') flushTime();
          const next = apply(intent.action);
          if (!held) anchor.current = null;
          if (type === 'hint' && next.hintLevels !== before.hintLevels) anchor.current = 'hint';
          else if ((type === 'reveal' || type === 'toggleSolution') && next.solutionVisible) anchor.current = 'solution';
          else if (next.picker !== null) anchor.current = 'picker';
          else if (next.answers !== before.answers || next.cursors !== before.cursors || next.focus !== before.focus || next.mode !== before.mode) {
            if (!held || cursorMoves.current.length > 0) {
              cursorBase.current = offsetRef.current;
              cursorMoves.current = [];
            }
            anchor.current = 'cursor';
          }
          return;
        }
        case 'run':
          anchor.current = null;
          return run();
        case 'query':
          anchor.current = null;
          return runQuery();
        case 'scroll':
          if (held) {
            cursorMoves.current.push(intent.move);
            return repaint();
          }
          return scroll(intent.move);
        case 'navigate':
          if (propsRef.current.onNavigate) {
            flushTime();
            propsRef.current.onNavigate(intent.delta);
          }
          return;
        case 'back':
          flushTime();
          return propsRef.current.onBack();
        case 'none':
          return;
      }
  };

  // ------------------------------------------------------------ frame
  const revealable = canReveal(state);
  // A notice longer than the bottom row goes to the App's status line, which wraps it (and `!`
  // keeps it): no message is cut. The row keeps the key bar meanwhile.
  const tui = useContext(TuiContext);
  const noticeShown = state.notice ? noticeText(state.notice, task, revealable) : null;
  const noticeFits = (text: string): boolean => displayWidth(text) <= width;
  const longNotice = localNotice !== null && !noticeFits(localNotice) ? localNotice : noticeShown && !noticeFits(noticeShown[0]) ? noticeShown[0] : null;
  useEffect(() => {
    if (longNotice !== null) tui?.setStatus(longNotice, 'info');
  }, [longNotice, state.notice, tui]);
  const bottom = useMemo((): PLine => {
    if (localNotice !== null && noticeFits(localNotice)) return noticeLine(localNotice, ['error'], width);
    if (noticeShown && noticeFits(noticeShown[0])) return noticeLine(noticeShown[0], [noticeShown[1]], width);
    const ctx = {
      mode,
      pickerOpen: picker !== null,
      hasOptions: (options?.length ?? 0) > 0,
      fieldEmpty: (answers[focus] ?? '') === '',
      lastBlank: focus >= task.blanks.length - 1,
      solutionRevealed: state.solutionRevealed,
      canReveal: revealable,
      canNavigate: props.onNavigate !== undefined,
      canQuery: isSql,
    };
    return keyBar(keyHints(ctx), width);
  }, [localNotice, state.notice, state.solutionRevealed, task, revealable, mode, picker, options, answers, focus, props.onNavigate, width, isSql]);

  const visible = all.slice(offset, offset + viewport);
  const bar = thumb({ offset, total, viewport });
  const { passed, attempts } = state;
  const badge = useMemo(() => badgeFor({ passed, attempts }), [passed, attempts]);
  const kicker = props.taskCount ? `Task ${task.number}/${props.taskCount}` : `Task ${task.number}`;

  return (
    <Box flexDirection="column" width={width}>
      <TitleBar kicker={kicker} title={task.title} badge={badge} width={width} />
      <Box flexDirection="row" height={viewport}>
        <Box flexDirection="column" width={cw} overflow="hidden">
          {visible.map((r) => (
            <Row key={r.id} line={r.line} />
          ))}
        </Box>
        <Box width={SCROLLBAR} flexShrink={0} justifyContent="flex-end">
          {bar ? <Scrollbar start={bar[0]} size={bar[1]} height={viewport} /> : null}
        </Box>
      </Box>
      <Row line={bottom} />
    </Box>
  );
}
