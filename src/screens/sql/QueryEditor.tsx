// The multi-line query editor as a component: state hook (useQueryEditor, over the pure reducer
// in query-editor.ts), input hook (useQueryEditorInput: the 'sql-editor' and 'text' scopes of the
// key table) and view (<QueryEditor>). The line with the cursor is the project's TextField, so it
// scrolls sideways and shows cut marks like every other field; the other lines are SQL-coloured.
//
//   const editor = useQueryEditor(initialSql, QUERY_OPTIONS, setStatus);
//   useQueryEditorInput(editor, { isActive: focused, page: height });   // or route keys to editor.onKey
//   <QueryEditor state={editor.state} width={w} height={h} focused={focused} />

import { Box, Text } from 'ink';
import { memo, useCallback, useRef, useState } from 'react';
import { Row } from '../components/Row';
import { truncateP, type PLine } from '../components/code-cell';
import type { Key } from '../input/key';
import { useKeypress } from '../input/keypress';
import { TextField } from '../input/TextField';
import { highlight } from '../markdown/highlight';
import { useTheme } from '../theme';
import { truncate } from '../../text/width';
import {
  createQueryEditor,
  editorTop,
  editQuery,
  queryEditorReducer,
  queryText,
  QUERY_OPTIONS,
  type QueryEditorAction,
  type QueryEditorOptions,
  type QueryEditorState,
} from './query-editor';

export interface QueryEditorHandle {
  state: QueryEditorState;
  /** The query as one string (lines joined with \n). */
  value: string;
  /** One key; true when it was the editor's. `page`: rows PgUp/PgDn move (the editor's height). */
  onKey: (input: string, key: Key, page?: number) => boolean;
  act: (action: QueryEditorAction) => void;
}

/** An editor whose state the component keeps; `onMessage` hears what the learner should be told (a paste cut). */
export function useQueryEditor(initial: string, options: QueryEditorOptions = QUERY_OPTIONS, onMessage?: (message: string) => void): QueryEditorHandle {
  const [state, setState] = useState<QueryEditorState>(() => createQueryEditor(initial, options));
  // Keys arrive one at a time with a commit in between (input/keypress.tsx); the ref also keeps
  // two actions inside one handler call consistent.
  const latest = useRef(state);
  latest.current = state;
  const apply = useCallback((next: QueryEditorState): void => {
    if (next === latest.current) return;
    latest.current = next;
    setState(next);
  }, []);
  const onKey = (input: string, key: Key, page?: number): boolean => {
    const result = editQuery(latest.current, input, key, options, page);
    if (result === undefined) return false;
    apply(result.state);
    if (result.message !== undefined) onMessage?.(result.message);
    return true;
  };
  const act = (action: QueryEditorAction): void => {
    const result = queryEditorReducer(latest.current, action, options);
    apply(result.state);
    if (result.message !== undefined) onMessage?.(result.message);
  };
  return { state, value: queryText(state), onKey, act };
}

/** Feeds keys to the editor while `isActive`; keys it does not take go to `onOther` (run, Esc, Tab). */
export function useQueryEditorInput(
  editor: Pick<QueryEditorHandle, 'onKey'>,
  options: { isActive: boolean; page?: number; onOther?: (input: string, key: Key) => void },
): void {
  useKeypress(
    (input, key) => {
      if (!editor.onKey(input, key, options.page)) options.onOther?.(input, key);
    },
    { isActive: options.isActive },
  );
}

export interface QueryEditorProps {
  state: QueryEditorState;
  width: number;
  /** Rows the editor takes; the view scrolls to keep the cursor's line in them. */
  height: number;
  focused: boolean;
  /** Shown, muted, while the query is empty. */
  placeholder?: string;
}

const lineCache = new Map<string, PLine>();

/** One SQL line coloured (cached: the same lines are drawn on every key). */
function coloured(text: string): PLine {
  let line = lineCache.get(text);
  if (!line) {
    line = (highlight(text, 'sql')[0] ?? []) as PLine;
    if (lineCache.size > 500) lineCache.clear();
    lineCache.set(text, line);
  }
  return line;
}

export const QueryEditor = memo(function QueryEditor({ state, width, height, focused, placeholder = '' }: QueryEditorProps) {
  const theme = useTheme();
  const topRef = useRef(0);
  const rows = Math.max(1, height);
  const top = editorTop(state.row, state.lines.length, rows, topRef.current);
  topRef.current = top;
  const digits = Math.max(2, String(state.lines.length).length);
  const room = Math.max(1, width - digits - 1);
  const muted = theme.style('muted');
  const empty = state.lines.length === 1 && state.lines[0] === '';
  const out = [];
  for (let r = top; r < Math.min(state.lines.length, top + rows); r++) {
    const text = state.lines[r] as string;
    const gutter = (
      <Text {...muted}>
        {String(r + 1).padStart(digits)}{' '}
      </Text>
    );
    let body;
    if (r === state.row && focused) {
      body = <TextField value={text} cursor={state.col} width={room} focused placeholder={empty ? placeholder : ''} />;
    } else if (empty) {
      body = <Text {...muted}>{truncate(placeholder, room)}</Text>;
    } else {
      body = <Row line={truncateP(coloured(text), room)} />;
    }
    out.push(
      <Box key={r} height={1} overflow="hidden">
        {gutter}
        <Box width={room} overflow="hidden">
          {body}
        </Box>
      </Box>,
    );
  }
  return (
    <Box flexDirection="column" height={rows} width={width} overflow="hidden">
      {out}
    </Box>
  );
});
