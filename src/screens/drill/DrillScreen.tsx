// The classroom drill: a lobby (settings, seed, the learner's name, Enter when the room starts),
// the tasks in the seed's order with a countdown that is always on screen, and the results.
// State and side effects live in DrillController; this file maps keys (from the key table) to
// its methods and draws its snapshots.

import { Box, Text } from 'ink';
import { useFocusOwner, useKeypress } from '../input/keypress';
import { useContext, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { wrongBlanks } from '../../checks/blame';
import { checkTask } from '../../checks/engine';
import { allLocked, isLocked } from '../../drill/drill-state';
import { createResultFile, saveResultFile } from '../../drill/result-file';
import { drillSettings, type DrillSettings } from '../../drill/settings';
import type { Lab } from '../../lessons/types';
import { blankLineIndex, cellLines } from '../../practice/cell';
import type { EditorAction } from '../../practice/editor';
import { Scrollable, SCROLLBAR_WIDTH } from '../components/Scrollable';
import { thumb } from '../components/scroll';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { textFieldAction } from '../input/text-field';
import { useFooter } from '../footer-context';
import { matchKey, type Command } from '../keys';
import { layoutBlocks } from '../markdown/layout';
import type { Line, Segment } from '../markdown/lines';
import { LinesView, LineRow } from '../markdown/LinesView';
import type { ScreenOf } from '../nav';
import { CellRowCache, cellHeader, hasCursor, type FieldLook, type PLine } from '../components/code-cell';
import { Row, Scrollbar } from '../components/Row';
import { useSession, type ProgressSession } from '../session';
import { useSettings } from '../settings/context';
import { drillDefaultsOf } from '../../settings/effective';
import type { Settings } from '../../settings/schema';
import { useTheme } from '../theme';
import { DrillController, type DrillSnapshot } from './controller';
import { DrillEnvContext, systemClock, type DrillEnv } from './env';
import { drillKeys, type DrillView } from './phase';
import { allDoneLines, clockRole, confirmLines, endLines, formatClock, lobbyLines, stripLine, submissionLines } from './drill-layout';

/** How often the countdown is looked at; it is redrawn only when the shown second changes. */
const TICK_MS = 250;

export function DrillScreen({ active }: { screen: ScreenOf<'drill'>; active: boolean }) {
  return <DrillFlow env={useContext(DrillEnvContext)} active={active} />;
}

export function viewOf(snap: DrillSnapshot, inGrace: boolean): DrillView {
  switch (snap.drill.phase) {
    case 'lobby':
      return snap.nameFixed ? 'lobby' : 'lobby-name';
    case 'running':
      return snap.confirming ? 'confirm' : 'running';
    case 'finished':
      return inGrace ? 'grace' : 'end';
  }
}

const EDIT: Partial<Record<Command, EditorAction>> = {
  prevBlank: { type: 'prev' },
  nextBlank: { type: 'next' },
};

/**
 * No arguments cannot be wrong: the defaults, a new seed, results under the data folder or the
 * `drill-out` setting, the `learner-name` setting as the name.
 */
function defaultSettings(session: ProgressSession, prefs: Settings): DrillSettings {
  const parsed = drillSettings({}, { dataDir: session.dataDir, defaults: drillDefaultsOf(prefs) });
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.settings;
}

function newController(env: DrillEnv, lab: Lab, session: ProgressSession, prefs: Settings): DrillController {
  const clock = env.clock ?? systemClock;
  return new DrillController({
    lab,
    settings: env.settings ?? defaultSettings(session, prefs),
    now: () => clock.now(),
    check: env.check ?? ((task, answers) => checkTask(task, answers)),
    blame: env.blame ?? ((task, answers) => wrongBlanks(task, answers)),
    files: env.files ?? { create: (dir, result) => createResultFile(dir, result), save: saveResultFile },
    progress: session,
    appVersion: env.appVersion ?? __APP_VERSION__,
  });
}

function DrillFlow({ env, active }: { env: DrillEnv; active: boolean }) {
  const { lab, navigate, setStatus } = useTui();
  const session = useSession();
  const { width, height } = useBodySize();
  const prefs = useSettings();
  const [controller] = useState(() => newController(env, lab, session, prefs));
  const snap = useSyncExternalStore(controller.subscribe, controller.get, controller.get);
  const view = viewOf(snap, snap.graceUntil !== null);
  const { glyph } = useTheme();
  const finished = snap.drill.phase === 'finished';
  const results = useMemo(
    (): Line[] =>
      finished
        ? endLines({
            drill: snap.drill,
            tasks: snap.tasks,
            learner: snap.name,
            resultPath: snap.resultPath,
            saveError: snap.saveError,
            glyph,
            width: Math.max(10, width - SCROLLBAR_WIDTH),
          })
        : [],
    [finished, snap.drill, snap.tasks, snap.name, snap.resultPath, snap.saveError, glyph, width],
  );
  const keys = drillKeys(view, { scrollable: results.length > Math.max(1, height - 2) });
  useFooter(keys.footer, active);

  // While letters are text (the name, the blanks, the confirmation), the drill's own focus owner
  // has the keyboard and the App's q / ? / Esc are off. It follows the controller in the same
  // call that changed it (a key, or the clock ending the drill), not a later render.
  const capture = useFocusOwner('drill', { captures: true });
  useLayoutEffect(() => {
    const follow = (): void => {
      const s = controller.get();
      if (drillKeys(viewOf(s, s.graceUntil !== null)).capture) capture.take();
      else capture.release();
    };
    follow();
    return controller.subscribe(follow);
  }, [controller, capture.take, capture.release]);

  const clock = env.clock ?? systemClock;
  // The clock is only watched while it matters: the drill runs, or keys wait out the grace period.
  const ticking = snap.drill.phase === 'running' || snap.graceUntil !== null;
  useEffect(() => (ticking ? clock.every(TICK_MS, () => controller.tick()) : undefined), [ticking, clock, controller]);
  // Ctrl+C, a signal or leaving the screen unmounts it: the file is saved once more. A layout
  // effect, because its cleanup runs inside the unmount itself, before the process exits.
  useLayoutEffect(() => () => controller.interrupt(), [controller]);

  useEffect(() => {
    if (snap.notice) setStatus(snap.notice.text, snap.notice.tone);
  }, [snap.notice, setStatus]);

  const scrollBy = useRef<((pages: 1 | -1) => void) | null>(null);

  useKeypress(
    (input, key) => {
      const s = controller.get();
      if (controller.inGrace()) return;
      switch (viewOf(s, false)) {
        case 'lobby-name': {
          const command = matchKey(input, key, ['drill-lobby', 'drill-name']);
          if (command === 'startDrill') controller.start();
          else if (command === 'leaveLobby') navigate({ type: 'back' });
          else {
            const edit = textFieldAction(input, key);
            if (edit) controller.editName(edit);
          }
          return;
        }
        case 'lobby':
          if (matchKey(input, key, 'drill-lobby') === 'startDrill') controller.start();
          return;
        case 'running': {
          const command = matchKey(input, key, 'drill');
          const edit = command ? EDIT[command] : undefined;
          if (edit) return controller.edit(edit);
          switch (command) {
            case 'submitTask':
              return controller.submit();
            case 'drillEnter':
              return controller.enter();
            case 'drillNextTask':
              return controller.move(1);
            case 'drillPrevTask':
              return controller.move(-1);
            case 'finishDrill':
              return controller.askFinish();
            case 'drillPageDown':
              return scrollBy.current?.(1);
            case 'drillPageUp':
              return scrollBy.current?.(-1);
            default: {
              const text = command === undefined ? textFieldAction(input, key) : undefined;
              if (text) controller.edit({ type: 'text', action: text });
              return;
            }
          }
        }
        case 'confirm': {
          const command = matchKey(input, key, 'drill-confirm');
          if (command === 'confirmFinish') controller.confirmFinish();
          else if (command === 'cancelFinish') controller.cancelFinish();
          return;
        }
        case 'end':
          if (matchKey(input, key, 'drill-end') === 'closeDrill') navigate({ type: 'back' });
          return;
        default:
          return;
      }
    },
    // One handler for every moment of the drill: `within` gives it the keys while its owner has them.
    { isActive: active, within: true },
  );

  if (snap.drill.phase === 'lobby') return <Lobby snap={snap} lab={lab} width={width} height={height} editing={view === 'lobby-name'} />;
  if (snap.drill.phase === 'finished') {
    return <End snap={snap} lines={results} width={width} height={height} active={active && view === 'end'} />;
  }
  return <Run snap={snap} width={width} height={height} scrollBy={scrollBy} />;
}

// ---------------------------------------------------------------- lobby

function Lobby({ snap, lab, width, height, editing }: { snap: DrillSnapshot; lab: Lab; width: number; height: number; editing: boolean }) {
  const lines = useMemo(
    () =>
      lobbyLines({
        settings: snap.settings,
        taskCount: lab.practice.tasks.length,
        name: snap.name,
        nameCursor: snap.nameCursor,
        nameFixed: snap.nameFixed,
        editing,
        startError: snap.startError,
        width,
      }),
    [snap.settings, snap.name, snap.nameCursor, snap.nameFixed, snap.startError, lab, editing, width],
  );
  return (
    <Box flexDirection="column">
      <TitleBar title="Classroom drill" badge={{ text: `seed ${snap.settings.seed}`, roles: ['accent'] }} width={width} />
      <Text> </Text>
      <LinesView lines={lines.top} count={Math.max(0, height - 2 - lines.bottom.length)} />
      <LinesView lines={lines.bottom} count={Math.max(1, height - 2)} />
    </Box>
  );
}

// ---------------------------------------------------------------- answering

const EMPTY: PLine = [];

function ensureVisible(offset: number, viewport: number, start: number, end: number): number {
  if (end - start + 1 > viewport) return start;
  if (start < offset) return start;
  if (end > offset + viewport - 1) return end - viewport + 1;
  return offset;
}

function Run({
  snap,
  width,
  height,
  scrollBy,
}: {
  snap: DrillSnapshot;
  width: number;
  height: number;
  scrollBy: { current: ((pages: 1 | -1) => void) | null };
}) {
  const theme = useTheme();
  const { noColor, glyph } = theme;
  const { drill } = snap;
  const index = drill.current;
  const task = snap.tasks[index];
  const editor = snap.editors[index];
  const cw = Math.max(10, width - SCROLLBAR_WIDTH);
  const confirm = useMemo(() => (snap.confirming ? confirmLines(drill, width) : []), [snap.confirming, drill, width]);
  const viewport = Math.max(1, height - 2 - confirm.length);

  const template = useMemo(() => {
    if (!task) return null;
    const lines = cellLines(task.todoCell);
    return { lines, lineOf: blankLineIndex(lines), cache: new CellRowCache(lines, task.todoCell, cw) };
  }, [task, cw]);
  const promptRows = useMemo(
    (): PLine[] => (task ? [...(layoutBlocks(task.prompt, { width: cw, noColor }) as PLine[]), EMPTY] : []),
    [task, cw, noColor],
  );

  const progress = drill.progress[index];
  const locked = isLocked(drill, index);
  const judged = progress?.judgedAnswers ?? null;
  const edited = judged !== null && progress !== undefined && judged.some((a, i) => a !== progress.answers[i]);
  const submission = useMemo(() => submissionLines(drill, index, cw, edited), [drill, index, cw, edited]);
  const finished = allLocked(drill);
  const done = useMemo(() => (finished ? allDoneLines(cw) : []), [finished, cw]);

  // Rows: the prompt, the cell with the learner's text in its blanks, then what the notebook said.
  const rows: PLine[] = [...promptRows];
  const cellStart = rows.length;
  rows.push(cellHeader(progress?.attempts ?? 0));
  let caret = cellStart;
  if (template && editor) {
    const look = (b: number): FieldLook => (locked || b !== editor.focus ? 'idle' : 'edit');
    const fields = { look, text: (b: number) => editor.answers[b] ?? '', cursor: (b: number) => editor.cursors[b] ?? 0 };
    template.cache.all(fields).forEach((lineRows, l) => {
      if (l === template.lineOf[editor.focus]) {
        const at = lineRows.findIndex(hasCursor);
        caret = rows.length + Math.max(0, at);
      }
      rows.push(...lineRows);
    });
  }
  let resultStart = -1;
  if (submission.length > 0) {
    rows.push(EMPTY);
    resultStart = rows.length;
    rows.push(...(submission as PLine[]));
  }
  rows.push(...(done as PLine[]));
  const total = rows.length;

  // Scrolling: follow the cursor after an edit or a change of task, the verdict after a submission.
  const offsets = useRef(new Map<number, number>());
  const seen = useRef<{ index: number; editor: unknown; submissions: number } | null>(null);
  const [, repaint] = useReducer((n: number) => n + 1, 0);
  const last = seen.current;
  let offset = offsets.current.get(index) ?? 0;
  if (last === null || last.index !== index || last.editor !== editor) {
    offset = ensureVisible(offset, viewport, Math.max(0, caret - 1), Math.min(total - 1, caret + 3));
  }
  if (last !== null && last.submissions !== snap.submissions && resultStart >= 0) {
    const end = Math.min(total - 1, resultStart + submission.length - 1);
    offset = end - caret + 1 <= viewport ? ensureVisible(offset, viewport, caret, end) : ensureVisible(offset, viewport, resultStart - 1, end);
  }
  offset = Math.min(Math.max(0, offset), Math.max(0, total - viewport));
  offsets.current.set(index, offset);
  seen.current = { index, editor, submissions: snap.submissions };

  scrollBy.current = (pages) => {
    const at = offsets.current.get(index) ?? 0;
    const next = Math.min(Math.max(0, at + pages * Math.max(1, viewport - 1)), Math.max(0, total - viewport));
    if (next !== at) {
      offsets.current.set(index, next);
      repaint();
    }
  };

  const seconds = Math.ceil(drill.remainingMs / 1000);
  const badge = useMemo((): Segment => ({ text: `${formatClock(seconds)} left`, roles: [clockRole(seconds), 'bold'] }), [seconds]);
  const strip = useMemo(() => stripLine({ drill, glyph, saved: snap.saveError === null, width }), [drill, glyph, snap.saveError, width]);
  const bar = thumb({ offset, total, viewport });
  const visible = rows.slice(offset, offset + viewport);

  return (
    <Box flexDirection="column" width={width}>
      <TitleBar
        kicker={`${index + 1}/${drill.progress.length}`}
        title={task ? `Task ${task.number}: ${task.title}` : 'Drill'}
        badge={badge}
        width={width}
      />
      <LineRow line={strip} />
      <Box flexDirection="row" height={viewport}>
        <Box flexDirection="column" width={cw} overflow="hidden">
          {visible.map((line, i) => (
            <Row key={offset + i} line={line} />
          ))}
        </Box>
        <Box width={SCROLLBAR_WIDTH} flexShrink={0} justifyContent="flex-end">
          {bar ? <Scrollbar start={bar[0]} size={bar[1]} height={viewport} /> : null}
        </Box>
      </Box>
      {confirm.map((line, i) => (
        <LineRow key={`c${i}`} line={line} />
      ))}
    </Box>
  );
}

// ---------------------------------------------------------------- results

function End({ snap, lines, width, height, active }: { snap: DrillSnapshot; lines: readonly Line[]; width: number; height: number; active: boolean }) {
  const reason = snap.drill.endReason === 'time-up' ? 'time is up' : 'finished';
  return (
    <Box flexDirection="column">
      <TitleBar title="Drill results" badge={{ text: reason, roles: ['muted'] }} width={width} />
      <Text> </Text>
      <Scrollable lines={lines} height={Math.max(1, height - 2)} active={active} />
    </Box>
  );
}
