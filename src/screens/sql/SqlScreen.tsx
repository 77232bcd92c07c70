// The SQL screen (`lakeflow-lab sql` on a terminal, or Home → SQL): a multi-line editor, the
// queries run this session (Ctrl+P / Ctrl+N), the rows in a table that scrolls both ways, and the
// tables with their columns. Three panes, Tab between them; while the editor has the keyboard
// letters are text, so the screen's own commands are Ctrl or named keys (key table: 'sql…').
// The engine loads on the first Ctrl+R, never when the screen opens.

import { Box, Text } from 'ink';
import { useCallback, useContext, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactElement } from 'react';
import type { QueryResult } from '../../sql/types';
import { TABLES } from '../../sql/tables';
import { displayWidth, truncate, wrap } from '../../text/width';
import { Row } from '../components/Row';
import { TitleBar } from '../components/TitleBar';
import type { PLine } from '../components/code-cell';
import { useBodySize, useTui } from '../context';
import { useFooter } from '../footer-context';
import type { Key } from '../input/key';
import { useFocusOwner, useKeypress } from '../input/keypress';
import { matchKey, type Scope } from '../keys';
import type { ScreenOf } from '../nav';
import { SessionContext } from '../session';
import { useTheme, type Role } from '../theme';
import { readHistoryFile, writeHistoryFile } from './history-file';
import { useOpenTables } from './open-tables';
import { QueryEditor, useQueryEditor } from './QueryEditor';
import { createHistory, historyReducer, historyText, type QueryHistoryState } from './query-history';
import { QUERY_OPTIONS } from './query-editor';
import { ResultTable, resultTableAction, useResultTable } from './ResultTable';
import { errorLine, RUN_IDLE, runReducer, type RunAction, type RunState } from './run-state';
import { schemaItems, schemaLines, schemaReducer, type SchemaTable } from './schema-list';

export type SqlPane = 'editor' | 'results' | 'schema';
const PANES: readonly SqlPane[] = ['editor', 'results', 'schema'];

/** The first query offered: the lab's Task 7 question, on the real table's columns. */
export const SAMPLE_QUERY = `SELECT job_id, run_id, result_state, period_start_time, period_end_time
FROM system.lakeflow.job_run_timeline
WHERE result_state IS NOT NULL
ORDER BY period_start_time DESC`;

/** The tables as the learner types them, from the engine's own definitions. */
export const SCHEMA: readonly SchemaTable[] = TABLES.map((t) => ({
  name: `system.lakeflow.${t.name}`,
  doc: t.doc,
  columns: t.columns.map((c) => ({ name: c.name, type: c.type, doc: c.doc })),
}));

/**
 * Queries run this app session, kept when the screen is left and opened again; read from the
 * data folder the first time (history-file.ts), saved there after each run.
 */
let sessionHistory: QueryHistoryState | undefined;

/** Forgets this session's queries (tests start from none). */
export function resetSqlHistory(): void {
  sessionHistory = undefined;
}

/** Terminal width from which the table list stays beside the editor and the rows. */
const SIDE_SCHEMA_WIDTH = 110;
const SIDE_WIDTH = 34;

function paneScopes(pane: SqlPane): Scope[] {
  if (pane === 'editor') return ['sql', 'sql-editor'];
  if (pane === 'results') return ['sql', 'sql-table', 'global'];
  return ['sql', 'sql-schema', 'global'];
}

function rule(title: string, width: number, focused: boolean, right = ''): PLine {
  const head = `── ${title} `;
  const tail = right === '' ? '' : ` ${right} ──`;
  const fill = Math.max(0, width - displayWidth(head) - displayWidth(tail));
  const roles: readonly Role[] = focused ? ['accent'] : ['muted'];
  return [
    { text: truncate(head, width), roles: focused ? ['selection'] : ['muted'] },
    { text: '─'.repeat(fill), roles },
    { text: truncate(tail, Math.max(0, width - displayWidth(head))), roles: ['muted'] },
  ];
}

export interface SqlScreenProps {
  screen: ScreenOf<'sql'>;
  active: boolean;
}

export function SqlScreen({ screen, active }: SqlScreenProps) {
  const { setStatus } = useTui();
  const theme = useTheme();
  const body = useBodySize();
  const width = Math.max(30, body.width);
  const height = Math.max(10, body.height);
  const openTables = useOpenTables(screen.seed);

  const [pane, setPane] = useState<SqlPane>('editor');
  const paneRef = useRef(pane);
  paneRef.current = pane;
  const dataDir = useContext(SessionContext)?.dataDir;
  const [history, setHistory] = useState<QueryHistoryState>(() => {
    sessionHistory ??= createHistory(dataDir === undefined ? [] : readHistoryFile(dataDir));
    return sessionHistory;
  });
  const historyRef = useRef(history);
  const updateHistory = (next: QueryHistoryState): void => {
    const added = next.entries !== historyRef.current.entries;
    historyRef.current = next;
    sessionHistory = next;
    setHistory(next);
    if (added && dataDir !== undefined) writeHistoryFile(dataDir, next.entries);
  };
  const editor = useQueryEditor(history.entries[history.entries.length - 1] ?? SAMPLE_QUERY, QUERY_OPTIONS, (m) => setStatus(m));

  const [run, dispatchRun] = useReducer(runReducer as (s: RunState<QueryResult>, a: RunAction<QueryResult>) => RunState<QueryResult>, RUN_IDLE);
  const runId = useRef(0);

  // ------------------------------------------------------------ layout
  const side = width >= SIDE_SCHEMA_WIDTH;
  const mainWidth = side ? width - SIDE_WIDTH - 1 : width;
  const editorRows = Math.min(8, Math.max(3, Math.floor((height - 4) / 3)));
  // Title, the editor's rule, the editor, the lower pane's rule: the rest is the lower pane.
  const lowerRows = Math.max(3, height - 3 - editorRows);
  const notes = run.status === 'done' ? run.value.notes.slice(0, 2) : [];
  // A note is wrapped, never cut: its continuation lines are indented under the bullet.
  const noteLines = notes.flatMap((n) => wrap(n, Math.max(10, mainWidth - 2)).map((l, i) => `${i === 0 ? '·' : ' '} ${l}`));
  const result = run.status === 'done' ? run.value : null;
  const table = useResultTable(result, { width: mainWidth, height: Math.max(3, lowerRows - noteLines.length) });

  const items = useMemo(() => schemaItems(SCHEMA), []);
  const [schemaIndex, setSchemaIndex] = useState(0);
  const schemaTop = useRef(0);
  const schemaWidth = side ? SIDE_WIDTH : width;
  const schemaRows = side ? height - 2 : lowerRows;
  // The selected item's description takes the last rows of the list: as many as the longest
  // description needs at this width (the same for every item, so the list does not jump), never cut.
  const docRows = useMemo(
    () => Math.min(Math.max(1, schemaRows - 3), Math.max(2, ...items.map((item) => (item.doc ? wrap(item.doc, schemaWidth).length : 0)))),
    [items, schemaWidth, schemaRows],
  );
  const schemaList = useMemo(() => {
    const out = schemaLines(items, schemaIndex, schemaWidth, Math.max(1, schemaRows - docRows), schemaTop.current);
    schemaTop.current = out.top;
    return out.lines;
  }, [items, schemaIndex, schemaWidth, schemaRows, docRows]);

  // ------------------------------------------------------------ keys and footer
  // The editor is a focus owner: while it has the keyboard, letters are text (the App's q / ? / Esc
  // are off). It follows the pane in the same call that moves it, and has the keyboard at first.
  const editorFocus = useFocusOwner('editor', { captures: true });
  const movePane = (next: SqlPane): void => {
    paneRef.current = next;
    setPane(next);
    if (next === 'editor') editorFocus.take();
    else editorFocus.release();
  };
  const takeEditor = editorFocus.take;
  useLayoutEffect(() => {
    if (paneRef.current === 'editor') takeEditor();
  }, [takeEditor]);
  useFooter({ scopes: paneScopes(pane), ...(history.entries.length === 0 ? { omit: ['sqlHistoryPrev', 'sqlHistoryNext'] } : {}) }, active);

  const runQuery = useCallback(() => {
    const sql = editor.value;
    if (sql.trim() === '') {
      setStatus('Type a query first.');
      return;
    }
    updateHistory(historyReducer(historyRef.current, { type: 'add', sql }));
    const id = ++runId.current;
    dispatchRun({ type: 'start', id, sql });
    // DuckDB loads here, on the first query of the app session.
    openTables()
      .then((tables) => tables.query(sql))
      .then(
        (value) => dispatchRun({ type: 'finish', id, value }),
        (error: unknown) => dispatchRun({ type: 'fail', id, message: errorLine(error) }),
      );
    // updateHistory only touches refs and state setters.
  }, [editor.value, openTables, setStatus]);

  const showHistory = (next: QueryHistoryState): void => {
    if (next === historyRef.current) {
      setStatus(next.entries.length === 0 ? 'No query has run yet this session.' : 'No more queries in that direction.');
      return;
    }
    updateHistory(next);
    editor.act({ type: 'set', value: historyText(next) });
    movePane('editor');
  };

  const onKey = (input: string, key: Key): void => {
    const current = paneRef.current;
    switch (matchKey(input, key, 'sql')) {
      case 'sqlRun':
        return runQuery();
      case 'sqlNextPane':
      case 'sqlPrevPane': {
        const step = matchKey(input, key, 'sql') === 'sqlNextPane' ? 1 : PANES.length - 1;
        movePane(PANES[(PANES.indexOf(current) + step) % PANES.length] as SqlPane);
        return;
      }
      case 'sqlHistoryPrev':
        return showHistory(historyReducer(historyRef.current, { type: 'prev', current: editor.value }));
      case 'sqlHistoryNext':
        return showHistory(historyReducer(historyRef.current, { type: 'next' }));
      default:
        break;
    }
    if (current === 'editor') {
      if (editor.onKey(input, key, editorRows)) return;
      if (matchKey(input, key, 'sql-editor') === 'editorLeave') movePane('results');
      return;
    }
    if (current === 'results') {
      const action = resultTableAction(input, key);
      if (action) return table.dispatch(action);
      if (matchKey(input, key, 'sql-table') === 'tableEdit') movePane('editor');
      return;
    }
    switch (matchKey(input, key, 'sql-schema')) {
      case 'schemaUp':
        return setSchemaIndex((i) => schemaReducer(i, { type: 'move', delta: -1 }, items.length));
      case 'schemaDown':
        return setSchemaIndex((i) => schemaReducer(i, { type: 'move', delta: 1 }, items.length));
      case 'schemaPageUp':
        return setSchemaIndex((i) => schemaReducer(i, { type: 'page', delta: -1, rows: schemaRows }, items.length));
      case 'schemaPageDown':
        return setSchemaIndex((i) => schemaReducer(i, { type: 'page', delta: 1, rows: schemaRows }, items.length));
      case 'schemaInsert': {
        const item = items[schemaIndex];
        const { lines, row, col } = editor.state;
        // Right after a word the name would run into it: a space first.
        const joined = /[\w)]$/.test((lines[row] ?? '').slice(0, col));
        if (item) editor.act({ type: 'text', action: { type: 'insert', text: joined ? ` ${item.insert}` : item.insert } });
        movePane('editor');
        return;
      }
      case 'schemaEdit':
        movePane('editor');
        return;
      default:
        return;
    }
  };
  // One handler for every pane: `within` gives it the editor's keys too.
  useKeypress(onKey, { isActive: active, within: true });

  // ------------------------------------------------------------ frame
  const badge = useMemo((): { text: string; roles: Role[] } | undefined => {
    switch (run.status) {
      case 'running':
        return { text: 'running…', roles: ['warning'] };
      case 'done':
        return { text: `${run.value.rows.length.toLocaleString('en-US')} ${run.value.rows.length === 1 ? 'row' : 'rows'}`, roles: ['success'] };
      case 'error':
        return { text: '✗ error', roles: ['failure'] };
      default:
        return undefined;
    }
  }, [run]);

  const where = editor.state.lines.length > 1 ? `line ${editor.state.row + 1}/${editor.state.lines.length}` : '';
  const lowerTitle = !side && pane === 'schema' ? 'Tables' : 'Result';
  const lower = ((): ReactElement => {
    if (!side && pane === 'schema') return <SchemaPane lines={schemaList} doc={items[schemaIndex]?.doc} width={width} rows={docRows} />;
    switch (run.status) {
      case 'idle':
        return (
          <Box flexDirection="column">
            {wrap('Ctrl+R runs the query. Tab moves to the rows, then to the tables and their columns.', mainWidth).map((l, i) => (
              <Text key={i} {...theme.style('muted')}>
                {l}
              </Text>
            ))}
          </Box>
        );
      case 'running':
        return <Text {...theme.style('muted')}>Running… (the SQL engine loads on the first query)</Text>;
      case 'error':
        return (
          <Text {...theme.style('error')} wrap="wrap">
            {`✗ ${run.message}`}
          </Text>
        );
      case 'done':
        return (
          <Box flexDirection="column">
            {noteLines.map((l, i) => (
              <Text key={i} {...theme.style('muted')}>
                {l}
              </Text>
            ))}
            {table.layout ? <ResultTable layout={table.layout} /> : null}
          </Box>
        );
    }
  })();

  return (
    <Box flexDirection="column" width={width} height={height}>
      <TitleBar kicker="SQL" title="system.lakeflow · the seeded history and your runs" {...(badge ? { badge } : {})} width={width} />
      <Box flexDirection="row">
        <Box flexDirection="column" width={mainWidth}>
          <Row line={rule('Query', mainWidth, pane === 'editor', where)} />
          <QueryEditor state={editor.state} width={mainWidth} height={editorRows} focused={pane === 'editor' && active} placeholder="Type a query, Ctrl+R to run it" />
          <Row line={rule(lowerTitle, mainWidth, pane === 'results' || (!side && pane === 'schema'))} />
          <Box height={lowerRows} flexDirection="column" overflow="hidden">
            {lower}
          </Box>
        </Box>
        {side ? (
          <Box flexDirection="column" width={SIDE_WIDTH} marginLeft={1}>
            <Row line={rule('Tables', SIDE_WIDTH, pane === 'schema')} />
            <SchemaPane lines={schemaList} doc={items[schemaIndex]?.doc} width={SIDE_WIDTH} rows={docRows} />
          </Box>
        ) : null}
      </Box>
    </Box>
  );
}

function SchemaPane({ lines, doc, width, rows }: { lines: readonly PLine[]; doc: string | undefined; width: number; rows: number }) {
  const theme = useTheme();
  const wrapped = doc ? wrap(doc, width) : [];
  // Only a terminal too short for the longest description cuts it (its last row ends in …).
  const shown = wrapped.length > rows ? [...wrapped.slice(0, rows - 1), truncate(wrapped.slice(rows - 1).join(' '), width)] : wrapped;
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        <Row key={i} line={line} />
      ))}
      <Box height={rows} width={width} flexDirection="column" overflow="hidden">
        {shown.map((l, i) => (
          <Text key={i} {...theme.style('muted')}>
            {l}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
