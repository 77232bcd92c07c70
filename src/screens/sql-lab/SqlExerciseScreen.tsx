// A SQL lab exercise: the task, the query editor, and a lower pane with the rows of the last run
// (on the learner's history), the verdict of the last check (on three other histories), the
// hints or the solution. Reading keys are the practice task's (r check, h hint, s solution,
// n/p exercise) plus x to run; while typing they are Ctrl keys. The query, checks, hints and the
// solution are saved through the progress session.

import { Box, Text } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { SQL_EXERCISES, sqlExerciseById } from '../../lessons/sql-exercises';
import type { SqlExercise } from '../../lessons/types';
import { SqlError } from '../../sql/types';
import { SCROLLBAR_WIDTH, ScrollView, useScroll } from '../components/Scrollable';
import { TitleBar } from '../components/TitleBar';
import { useBodySize, useTui } from '../context';
import { useFooter } from '../footer-context';
import { useFocusOwner, useKeypress } from '../input/keypress';
import { LinesView } from '../markdown/LinesView';
import type { ScreenOf } from '../nav';
import { useSession } from '../session';
import { QueryEditor, useQueryEditor } from '../sql/QueryEditor';
import { QUERY_OPTIONS } from '../sql/query-editor';
import { ResultTable, useResultTable } from '../sql/ResultTable';
import { useTheme } from '../theme';
import { canShowSolution, exerciseReducer, initialExerciseState } from './exercise-state';
import { paneLines, promptLines } from './exercise-layout';
import { describeFirstKey, labKey, labScopes } from './keys';
import { useSqlLab } from './lab-context';

export interface SqlExerciseScreenProps {
  screen: ScreenOf<'sql-exercise'>;
  active: boolean;
}

export function SqlExerciseScreen({ screen, active }: SqlExerciseScreenProps) {
  const theme = useTheme();
  const exercise = sqlExerciseById(screen.exercise);
  if (!exercise) return <Text {...theme.style('error')}>There is no SQL exercise {screen.exercise} in this lab.</Text>;
  return <ExerciseView key={exercise.id} exercise={exercise} active={active} />;
}

/**
 * Rows the editor takes: its lines and one more to grow into, at least 3, at most 8 (less on a
 * small terminal); the rest goes to the rows and the verdict below.
 */
export function editorRows(lines: number, height: number): number {
  const most = Math.max(3, Math.min(8, height - 14));
  return Math.min(most, Math.max(3, lines + 1));
}

function ExerciseView({ exercise, active }: { exercise: SqlExercise; active: boolean }) {
  const { navigate, setStatus } = useTui();
  const session = useSession();
  const lab = useSqlLab();
  const theme = useTheme();
  const { width, height } = useBodySize();
  const index = SQL_EXERCISES.findIndex((e) => e.id === exercise.id);

  // Read once: the screen owns the state from then on and saves every change.
  const saved = useMemo(() => session.get().sql[exercise.id], [session, exercise.id]);
  const [state, dispatch] = useReducer(exerciseReducer, saved, initialExerciseState);
  const latest = useRef(state);
  latest.current = state;
  const editor = useQueryEditor(saved?.query ?? '', QUERY_OPTIONS, (message) => setStatus(message));

  useEffect(() => {
    session.setSqlQuery(exercise.id, editor.value);
  }, [session, exercise.id, editor.value]);

  // Typing is a focus owner of its own: while it has the keyboard letters are text (the App's
  // q / ? / Esc are off). Keys move it with take / release, in the same call.
  const editorFocus = useFocusOwner('editor', { captures: true });
  const editing = editorFocus.focused;
  useFooter({ scopes: labScopes(editing ? 'editor' : 'commands') }, active);

  const prompt = useMemo(() => promptLines(exercise, { width, noColor: theme.noColor, glyphs: theme.glyph }), [exercise, width, theme]);
  const editorHeight = editorRows(editor.state.lines.length, height);
  const promptHeight = Math.min(prompt.length, Math.max(2, height - editorHeight - 8));
  // Title, gap, prompt, gap, editor label, editor, gap: the rest is the lower pane.
  const paneHeight = Math.max(2, height - promptHeight - editorHeight - 5);

  const rows = state.view === 'output' && state.output.kind === 'rows' ? state.output.result : null;
  const table = useResultTable(rows, { width, height: paneHeight });
  const lines = useMemo(
    () => paneLines(state, exercise, { width: Math.max(10, width - SCROLLBAR_WIDTH), noColor: theme.noColor, glyphs: theme.glyph }),
    [state, exercise, width, theme],
  );
  const [scroll, scrollBy] = useScroll(lines.length, paneHeight);

  const request = useRef(0);
  const start = useCallback(
    (what: 'run' | 'check') => {
      const query = editor.value;
      if (query.trim() === '') {
        setStatus(`Write a query first: ${describeFirstKey('labEdit')} goes into the editor.`);
        return;
      }
      request.current += 1;
      const n = request.current;
      dispatch({ type: 'start', what, request: n });
      const failed = (error: unknown): void => {
        const message = error instanceof SqlError ? error.message : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
        dispatch({ type: 'runError', request: n, message });
      };
      if (what === 'run') {
        lab.run(query).then((result) => {
          dispatch({ type: 'rows', request: n, result });
          // The engine's notes on how it read the query (a state spelled the API's way…): the table has no room for them.
          if (result.notes.length > 0 && request.current === n) setStatus(result.notes.join(' '));
        }, failed);
        return;
      }
      lab.check(exercise, query).then((verdict) => {
        dispatch({ type: 'verdict', request: n, verdict });
        session.recordSqlCheck(exercise.id, { outcome: verdict.outcome, message: verdict.message }, query);
      }, failed);
    },
    [editor.value, exercise, lab, session, setStatus],
  );

  // One handler for the screen and its editor (`within`): the focus when the key arrived decides.
  useKeypress(
    (input, key, focus) => {
      const now = latest.current;
      const inEditor = focus.owner === editorFocus.id;
      const intent = labKey(input, key, inEditor ? 'editor' : 'commands', rows !== null);
      if (!intent) {
        if (inEditor) editor.onKey(input, key, editorHeight);
        return;
      }
      switch (intent.kind) {
        case 'edit':
          editorFocus.take();
          return;
        case 'leave':
          editorFocus.release();
          return;
        case 'run':
        case 'check':
          start(intent.kind);
          return;
        case 'hint': {
          const total = exercise.hints.length;
          if (now.hintsShown >= total) setStatus('That was the last hint.');
          dispatch({ type: 'hint', total });
          session.setSqlHints(exercise.id, Math.min(total, now.hintsShown + 1));
          return;
        }
        case 'solution':
          if (!canShowSolution(now)) {
            setStatus(`The solution opens after a check that did not pass: ${describeFirstKey('labCheck')} checks your query.`);
            return;
          }
          if (now.view !== 'solution') session.revealSqlSolution(exercise.id);
          dispatch({ type: 'solution' });
          return;
        case 'navigate': {
          const target = SQL_EXERCISES[index + intent.delta];
          if (target) navigate({ type: 'replace', screen: { name: 'sql-exercise', exercise: target.id } });
          else setStatus(intent.delta === 1 ? 'This is the last exercise.' : 'This is the first exercise.');
          return;
        }
        case 'table':
          table.dispatch(intent.action);
          return;
        case 'scroll':
          scrollBy(intent.action);
          return;
      }
    },
    { isActive: active, within: true },
  );

  const badge = state.passed
    ? { text: `${theme.glyph.done} passed`, roles: ['success' as const] }
    : { text: `${index + 1}/${SQL_EXERCISES.length}`, roles: ['muted' as const] };
  return (
    <Box flexDirection="column">
      <TitleBar kicker="SQL lab" title={exercise.title} badge={badge} width={width} />
      <Text> </Text>
      <Box height={promptHeight} flexDirection="column" overflow="hidden">
        <LinesView lines={prompt} start={0} count={promptHeight} />
      </Box>
      <Text> </Text>
      <Text wrap="truncate-end">
        <Text {...theme.style('bold')}>Your query</Text>
        <Text {...theme.style('muted')}>
          {editing ? `  (${describeFirstKey('labEditLeave')}: commands)` : `  (${describeFirstKey('labEdit')}: type)`}
        </Text>
      </Text>
      <QueryEditor state={editor.state} width={width} height={editorHeight} focused={editing} placeholder="SELECT … FROM system.lakeflow.job_run_timeline" />
      <Text> </Text>
      {rows && table.layout ? <ResultTable layout={table.layout} /> : <ScrollView lines={lines} state={scroll} />}
    </Box>
  );
}
