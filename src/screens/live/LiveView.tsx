// The live class view for a projector: the folder learners write to, scanned on every change (and
// on a steady poll), drawn full screen. Keys come from the one key table (scope 'live' + global).
import { Box, Text, useApp } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { FolderScanner, liveLearners, watchFolder, writeReportFiles, type LiveScan } from '../../drill/live';
import type { ReportJudge } from '../../drill/report';
import type { Lab } from '../../lessons/types';
import { Footer } from '../components/Footer';
import { useKeypress } from '../input/keypress';
import { commandsIn, describeKeys, KEYS, matchKey, type Command, type Scope } from '../keys';
import { useTerminalSize } from '../terminal';
import { useTheme } from '../theme';
import { liveLayout, type LivePane } from './live-layout';

export interface LiveViewProps {
  dir: string;
  lab: Lab;
  judge: ReportJudge;
  anonymous: boolean;
  stuckMinutes: number;
  /** Where `w` writes the report. */
  outDir: string;
  now?: () => number;
  /** Poll interval (tests may shorten it). */
  pollMs?: number;
}

const SCOPES: readonly Scope[] = ['live', 'global'];
// The view is the whole app here: there is nothing to go back to.
const OMIT: readonly Command[] = ['back'];

export interface LiveUi {
  pane: LivePane;
  scroll: number;
  help: boolean;
  notice: { text: string; tone: 'info' | 'success' | 'error' } | null;
}

export type LiveAction =
  | { type: 'pane' }
  | { type: 'scroll'; delta: number; max: number }
  | { type: 'help' }
  | { type: 'notice'; notice: LiveUi['notice'] };

const NEXT_PANE: Record<LivePane, LivePane> = { learners: 'answers', answers: 'files', files: 'learners' };

export function liveReducer(state: LiveUi, action: LiveAction): LiveUi {
  switch (action.type) {
    case 'pane':
      return { ...state, pane: NEXT_PANE[state.pane], scroll: 0 };
    case 'scroll': {
      const scroll = Math.min(action.max, Math.max(0, state.scroll + action.delta));
      return scroll === state.scroll ? state : { ...state, scroll };
    }
    case 'help':
      return { ...state, help: !state.help };
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

export function LiveView(props: LiveViewProps) {
  const { exit } = useApp();
  const theme = useTheme();
  const size = useTerminalSize();
  const now = props.now ?? Date.now;
  const scanner = useMemo(() => new FolderScanner(props.dir, props.lab, props.judge, now), [props.dir, props.lab, props.judge, now]);
  const [scan, setScan] = useState<LiveScan>(() => scanner.scan());
  const [clock, setClock] = useState(now());
  const [ui, dispatch] = useReducer(liveReducer, { pane: 'learners', scroll: 0, help: false, notice: null });
  // Numbers given with --anonymous stay with a learner for the whole session.
  const numbers = useRef(new Map<string, number>());

  useEffect(() => {
    const rescan = () => {
      setScan(scanner.scan());
      setClock(now());
    };
    const stop = watchFolder(props.dir, rescan, props.pollMs);
    return stop;
  }, [scanner, props.dir, props.pollMs, now]);

  const learners = useMemo(
    () =>
      liveLearners(scan, {
        nowMs: clock,
        stuckMs: props.stuckMinutes * 60_000,
        anonymous: props.anonymous ? numbers.current : null,
      }),
    [scan, clock, props.stuckMinutes, props.anonymous],
  );
  const layout = liveLayout({
    dir: props.dir,
    report: scan.report,
    learners,
    labTasks: props.lab.practice.tasks.map((t) => ({ number: t.number, topic: t.topic })),
    pending: scan.pending.length,
    nowMs: clock,
    width: size.columns,
    height: size.rows,
    pane: ui.pane,
    scroll: ui.scroll,
    notice: ui.notice,
    anonymous: props.anonymous,
    stuckMinutes: props.stuckMinutes,
  });

  const write = useCallback(() => {
    try {
      const files = writeReportFiles(scan.report, props.outDir, now());
      dispatch({ type: 'notice', notice: { text: `Wrote ${files.csv} and .json`, tone: 'success' } });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      dispatch({ type: 'notice', notice: { text: `Could not write the report to ${props.outDir} (${code ?? (error as Error).message})`, tone: 'error' } });
    }
  }, [scan, props.outDir, now]);

  useKeypress((input, key) => {
    const command = matchKey(input, key, ['always', ...SCOPES]);
    if (command === 'forceQuit') {
      exit();
      return;
    }
    if (ui.help && command !== 'quit') {
      dispatch({ type: 'help' });
      return;
    }
    switch (command) {
      case 'quit':
        exit();
        return;
      case 'help':
        dispatch({ type: 'help' });
        return;
      case 'liveWriteReport':
        write();
        return;
      case 'livePane':
        dispatch({ type: 'pane' });
        return;
      case 'liveUp':
        dispatch({ type: 'scroll', delta: -1, max: layout.maxScroll });
        return;
      case 'liveDown':
        dispatch({ type: 'scroll', delta: 1, max: layout.maxScroll });
        return;
      default:
        if (ui.notice) dispatch({ type: 'notice', notice: null });
    }
  });

  if (ui.help) {
    const commands = [...commandsIn('live'), 'quit', 'help'] as const;
    return (
      <Box flexDirection="column" width={size.columns} height={size.rows}>
        <Text {...theme.style('heading')}>Live class view: keys</Text>
        {commands.map((c) => (
          <Text key={c} wrap="truncate-end">
            <Text {...theme.style('key')}>{`  ${describeKeys(c).padEnd(10)}`}</Text>
            {` ${KEYS[c].description}`}
          </Text>
        ))}
        <Text {...theme.style('muted')}>{`  Learners are "stuck" after ${props.stuckMinutes} min without a change to their file (--stuck MIN).`}</Text>
        <Text {...theme.style('muted')}>  Any key closes this help.</Text>
      </Box>
    );
  }

  return (
    <Box flexDirection="column" width={size.columns} height={size.rows}>
      {layout.lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line.length === 0
            ? ' '
            : line.map((seg, j) => (
                <Text key={j} {...(seg.role ? theme.style(seg.role) : {})}>
                  {seg.text}
                </Text>
              ))}
        </Text>
      ))}
      <Footer scopes={SCOPES} omit={OMIT} width={size.columns} />
    </Box>
  );
}
