import { describe, expect, it } from 'vitest';
import {
  createQueryEditor,
  editorTop,
  editQuery,
  queryEditorAction,
  queryEditorReducer,
  queryText,
  type QueryEditorAction,
  type QueryEditorState,
} from '../../../src/screens/sql/query-editor';
import { key, NO_KEY } from '../../support/ink-key';

const run = (state: QueryEditorState, ...actions: QueryEditorAction[]): QueryEditorState =>
  actions.reduce((s, a) => queryEditorReducer(s, a).state, state);
const type = (text: string): QueryEditorAction => ({ type: 'text', action: { type: 'insert', text } });
const t = (name: 'left' | 'right' | 'backspace' | 'delete' | 'start' | 'end' | 'deleteToEnd' | 'deleteWordBack'): QueryEditorAction => ({
  type: 'text',
  action: { type: name },
});

describe('queryEditorReducer', () => {
  it('starts with the cursor at the end of the text, an empty query being one empty line', () => {
    expect(createQueryEditor('')).toEqual({ lines: [''], row: 0, col: 0, goal: null });
    expect(createQueryEditor('SELECT 1\nFROM t')).toMatchObject({ lines: ['SELECT 1', 'FROM t'], row: 1, col: 6 });
  });

  it('Enter splits the line and keeps its indentation', () => {
    const s = run(createQueryEditor('SELECT *'), { type: 'newline' }, type('FROM t'), { type: 'newline' }, type('  WHERE a = 1'), { type: 'newline' }, type('AND b'));
    expect(queryText(s)).toBe('SELECT *\nFROM t\n  WHERE a = 1\n  AND b');
    expect(s).toMatchObject({ row: 3, col: 7 });
    // In the middle of a line: the rest moves down.
    const mid = run(createQueryEditor('ab'), t('left'), { type: 'newline' });
    expect(mid).toMatchObject({ lines: ['a', 'b'], row: 1, col: 0 });
  });

  it('← and → cross line ends; Backspace and Delete join lines', () => {
    let s = createQueryEditor('ab\ncd');
    s = run(s, t('start'), t('left'));
    expect(s).toMatchObject({ row: 0, col: 2 });
    s = run(s, t('right'));
    expect(s).toMatchObject({ row: 1, col: 0 });
    s = run(s, t('backspace'));
    expect(s).toMatchObject({ lines: ['abcd'], row: 0, col: 2 });
    s = run(createQueryEditor('ab\ncd'), { type: 'up' }, t('end'), t('delete'));
    expect(s).toMatchObject({ lines: ['abcd'], row: 0, col: 2 });
    s = run(createQueryEditor('ab\ncd'), { type: 'up' }, t('end'), t('deleteToEnd'));
    expect(s.lines).toEqual(['abcd']);
    s = run(createQueryEditor('ab\ncd'), t('start'), t('deleteWordBack'));
    expect(s.lines).toEqual(['abcd']);
  });

  it('the text field edits the line: Ctrl+W, Ctrl+U, word moves', () => {
    let s = createQueryEditor('SELECT job_id FROM x');
    s = queryEditorReducer(s, { type: 'text', action: { type: 'deleteWordBack' } }).state;
    expect(queryText(s)).toBe('SELECT job_id FROM ');
    s = queryEditorReducer(s, { type: 'text', action: { type: 'deleteToStart' } }).state;
    expect(queryText(s)).toBe('');
  });

  it('↑ and ↓ keep the display column across shorter lines', () => {
    let s = createQueryEditor('SELECT 東京, 1234\nab\nSELECT 12345678');
    s = run(s, t('end'));
    const goal = 'SELECT 12345678'.length;
    s = run(s, { type: 'up' });
    expect(s).toMatchObject({ row: 1, col: 2, goal });
    s = run(s, { type: 'up' });
    // 東京 takes 4 columns: column 15 is after "SELECT 東京, 12" (7 + 4 + 2 + 2).
    expect(s.row).toBe(0);
    expect(s.lines[0]?.slice(0, s.col)).toBe('SELECT 東京, 12');
    s = run(s, { type: 'up' });
    expect(s).toMatchObject({ row: 0, col: 0 });
    s = run(s, { type: 'pageDown', rows: 10 });
    expect(s.row).toBe(2);
  });

  it('a paste keeps its line breaks (CRLF too), drops control characters and turns tabs into spaces', () => {
    const s = queryEditorReducer(createQueryEditor('-- x'), { type: 'text', action: { type: 'insert', text: '\r\nSELECT\t1\r\nFROM\u0007 t' } }).state;
    expect(s.lines).toEqual(['-- x', 'SELECT 1', 'FROM t']);
    expect(s).toMatchObject({ row: 2, col: 6 });
    // Pasted in the middle of a line: the rest of the line follows the pasted text.
    const mid = run(createQueryEditor('AB'), t('left'), type('1\n2'));
    expect(mid).toMatchObject({ lines: ['A1', '2B'], row: 1, col: 1 });
  });

  it('cuts what goes over the limit and says so', () => {
    const options = { maxLength: 10 };
    const r = queryEditorReducer(createQueryEditor('', options), type('12345\n6789012'), options);
    expect(queryText(r.state)).toBe('12345\n6789');
    expect(r.message).toMatch(/Cut at 10 characters/);
    const full = queryEditorReducer(r.state, { type: 'newline' }, options);
    expect(full.state).toBe(r.state);
    expect(full.message).toMatch(/limit/);
  });

  it('set replaces the query, cursor at its end', () => {
    const s = run(createQueryEditor('a'), { type: 'set', value: 'x\ny' });
    expect(s).toMatchObject({ lines: ['x', 'y'], row: 1, col: 1 });
  });
});

describe('queryEditorAction (keys from the key table)', () => {
  it('Enter is a new line, arrows move between lines, letters are text; Esc, Tab and Ctrl+R are not the editor’s', () => {
    expect(queryEditorAction('', key({ return: true }))).toEqual({ type: 'newline' });
    expect(queryEditorAction('', key({ upArrow: true }))).toEqual({ type: 'up' });
    expect(queryEditorAction('', key({ pageDown: true }), 7)).toEqual({ type: 'pageDown', rows: 7 });
    expect(queryEditorAction('q', NO_KEY)).toEqual({ type: 'text', action: { type: 'insert', text: 'q' } });
    expect(queryEditorAction('', key({ escape: true }))).toBeUndefined();
    expect(queryEditorAction('', key({ tab: true }))).toBeUndefined();
    expect(queryEditorAction('r', key({ ctrl: true }))).toBeUndefined();
  });

  it('a pasted text with line breaks is one insert, never Enter', () => {
    const r = editQuery(createQueryEditor(''), 'a\nb', key({ paste: true } as never));
    expect(r?.state.lines).toEqual(['a', 'b']);
  });
});

describe('editorTop', () => {
  it('scrolls only as far as needed to show the cursor line', () => {
    expect(editorTop(0, 20, 5, 0)).toBe(0);
    expect(editorTop(7, 20, 5, 0)).toBe(3);
    expect(editorTop(4, 20, 5, 3)).toBe(3);
    expect(editorTop(1, 20, 5, 3)).toBe(1);
    expect(editorTop(2, 3, 5, 9)).toBe(0);
  });
});
