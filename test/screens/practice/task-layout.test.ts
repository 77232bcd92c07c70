import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../../src/lessons';
import { cellLines } from '../../../src/practice/cell';
import { CellRowCache, fieldSegments, type FieldLook, type FieldView, type PLine } from '../../../src/screens/components/code-cell';
import { dagModel } from '../../../src/practice/dag';
import { dagPanel, overlay } from '../../../src/screens/practice/task/task-layout';
import { displayWidth } from '../../../src/text/width';
import { keyHints, practiceKey, type KeyContext } from '../../../src/screens/practice/task/keys';
import { commandsIn, KEYS, type KeySpec } from '../../../src/screens/keys';
import type { Key } from 'ink';

const T3 = LAB08.practice.tasks[2]!;
const text = (line: PLine): string => line.map((s) => s.text).join('');

function view(answers: string[], focus: number, cursor: number, mode: 'edit' | 'command' = 'edit'): FieldView {
  return {
    look: (b): FieldLook => (b !== focus ? 'idle' : mode === 'edit' ? 'edit' : 'focus'),
    text: (b) => answers[b] ?? '',
    cursor: () => cursor,
  };
}

describe('CellRowCache: a key stroke rebuilds only the edited line', () => {
  it('returns the very same row objects for lines whose blanks did not change', () => {
    const cache = new CellRowCache(cellLines(T3.todoCell), T3.todoCell, 78);
    const before = cache.all(view(['0 6 * *', '', '', ''], 0, 7));
    const after = cache.all(view(['0 6 * * ', '', '', ''], 0, 8));
    const changed = before.map((rows, l) => rows !== after[l]).flatMap((c, l) => (c ? [l] : []));
    expect(changed).toEqual([3]);
    expect(text(after[3]![0]!)).toBe('│ cron_daily_6am = "0 6 * *  "');
    // Moving the focus repaints the two lines involved, nothing else.
    const moved = cache.all(view(['0 6 * * ', '', '', ''], 1, 0));
    expect(moved.map((rows, l) => rows !== after[l]).flatMap((c, l) => (c ? [l] : []))).toEqual([3, 6]);
  });

  it('wraps a long answer behind a continuation gutter, within the width, while the blank is not being typed in', () => {
    const cache = new CellRowCache(cellLines(T3.todoCell), T3.todoCell, 40);
    const rows = cache.line(3, view(['x'.repeat(60), '', '', ''], 0, 60, 'command'));
    expect(rows.length).toBe(3);
    expect(rows.map((r) => r.map((s) => s.text).join('').length).every((w) => w <= 40)).toBe(true);
    expect(text(rows[1]!).startsWith('┆ ')).toBe(true);
  });

  it('scrolls the blank being typed in on its own row: the cursor and a cut mark show, the rest of the line stays', () => {
    const cache = new CellRowCache(cellLines(T3.todoCell), T3.todoCell, 40);
    const long = `${'x'.repeat(58)}YZ`;
    const atEnd = cache.line(3, view([long, '', '', ''], 0, 60));
    expect(atEnd.length).toBe(1);
    expect(text(atEnd[0]!)).toMatch(/^│ cron_daily_6am = "…x+YZ "$/);
    expect(text(atEnd[0]!).length).toBeLessThanOrEqual(40);
    expect(atEnd[0]!.find((s) => s.cursor === true)?.text).toBe(' ');
    // Home: the start shows, cut at the right; the window only moves as far as the cursor needs.
    const atStart = cache.line(3, view([long, '', '', ''], 0, 0));
    expect(text(atStart[0]!)).toMatch(/^│ cron_daily_6am = "x+…"$/);
    const oneRight = cache.line(3, view([long, '', '', ''], 0, 1));
    expect(text(oneRight[0]!)).toBe(text(atStart[0]!));
  });

  it('lays out the same number of rows for a 2,000-character answer as for a 60-character one', () => {
    const cache = new CellRowCache(cellLines(T3.todoCell), T3.todoCell, 78);
    const rows = (n: number) => cache.line(3, view(['x'.repeat(n), '', '', ''], 0, n)).length;
    expect(rows(2000)).toBe(rows(60));
  });
});

describe('fieldSegments', () => {
  it('draws an empty blank as ______, a filled one underlined, the focused one with an inverse cursor', () => {
    expect(fieldSegments('', 'idle', 0)).toEqual([{ text: '______', roles: ['codeBlank'] }]);
    expect(fieldSegments('abc', 'idle', 0)[0]?.extra).toEqual({ underline: true });
    const edit = fieldSegments('abc', 'edit', 1);
    expect(edit.map((s) => s.text)).toEqual(['a', 'b', 'c']);
    expect(edit[1]).toMatchObject({ cursor: true, extra: { inverse: true } });
    // At the end the cursor is a space cell; an empty field keeps the blank's width.
    expect(fieldSegments('ab', 'edit', 2).map((s) => s.text)).toEqual(['ab', ' ']);
    expect(fieldSegments('', 'edit', 0).map((s) => s.text).join('')).toHaveLength(6);
  });
});

describe('overlay', () => {
  it('marks a column range across segments', () => {
    const line: PLine = [{ text: "WHERE x = '" }, { text: "FAILED'", roles: ['codeString'] }];
    const out = overlay(line, 11, 17, { underline: true });
    expect(out.map((s) => [s.text, s.extra?.underline ?? false])).toEqual([
      ["WHERE x = '", false],
      ['FAILED', true],
      ["'", false],
    ]);
  });
});

describe('dagPanel', () => {
  const T4 = LAB08.practice.tasks[3]!;
  const panel = (first: string): string[] => dagPanel(dagModel(T4, T4.blanks.map((_, i) => (i === 0 ? first : '')))!, 78).map(text);

  it('quotes a pasted 2,000-character answer on one row, cut in its middle, with the advice whole', () => {
    const name = `${'a'.repeat(1997)}XYZ`;
    const long = panel(name);
    // Each of the two messages quoting it takes a row or two more than with a short name (it
    // took 27 more each when the name was wrapped whole).
    expect(long.length).toBeLessThanOrEqual(panel('a'.repeat(20)).length + 4);
    expect(long.filter((row) => row.includes('…aaa')).map((row) => displayWidth(row.trim()))).toEqual([76, 76]);
    expect(long.every((row) => displayWidth(row) <= 78)).toBe(true);
    const advice = long.map((row) => row.trim()).join(' ');
    expect(advice).toContain('aXYZ"], or [] for none.');
    expect(advice).toContain('Pick an existing task or remove the dependency.');
  });
});

describe('keys', () => {
  const key = (k: Partial<Key>): Key => ({
    upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
    return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
    super: false, hyper: false, capsLock: false, numLock: false, ...k,
  } as Key);
  const ctx: KeyContext = { mode: 'edit', pickerOpen: false, hasOptions: false, fieldEmpty: true, lastBlank: false, solutionRevealed: false };

  it('in a blank, letters are text and commands need Ctrl', () => {
    const text = (type: string, extra = {}) => ({ kind: 'action', action: { type: 'text', action: { type, ...extra } } });
    expect(practiceKey('h', key({}), ctx)).toEqual(text('insert', { text: 'h' }));
    expect(practiceKey('s', key({}), ctx)).toEqual(text('insert', { text: 's' }));
    expect(practiceKey('g', key({ ctrl: true }), ctx)).toEqual({ kind: 'action', action: { type: 'hint' } });
    expect(practiceKey('t', key({ ctrl: true }), ctx)).toEqual({ kind: 'action', action: { type: 'reveal' } });
    expect(practiceKey('r', key({ ctrl: true }), ctx)).toEqual({ kind: 'run' });
    // The text field's shell keys: Ctrl+E is End, Ctrl+K deletes to the end.
    expect(practiceKey('e', key({ ctrl: true }), ctx)).toEqual(text('end'));
    expect(practiceKey('k', key({ ctrl: true }), ctx)).toEqual(text('deleteToEnd'));
    // Ctrl+H arrives as Backspace in many terminals: it erases, never shows a hint.
    expect(practiceKey('', key({ backspace: true }), ctx)).toEqual(text('backspace'));
    expect(practiceKey('', key({ delete: true }), ctx)).toEqual(text('delete'));
  });

  it('Enter runs on the last blank only; Tab and Shift+Tab move', () => {
    expect(practiceKey('', key({ return: true }), ctx)).toEqual({ kind: 'action', action: { type: 'next' } });
    expect(practiceKey('', key({ return: true }), { ...ctx, lastBlank: true })).toEqual({ kind: 'run' });
    expect(practiceKey('', key({ tab: true }), ctx)).toEqual({ kind: 'action', action: { type: 'next' } });
    expect(practiceKey('', key({ tab: true, shift: true }), ctx)).toEqual({ kind: 'action', action: { type: 'prev' } });
  });

  it('arrows pick options in an options blank, move between blanks elsewhere', () => {
    expect(practiceKey('', key({ downArrow: true }), { ...ctx, hasOptions: true })).toEqual({ kind: 'action', action: { type: 'cycleOption', delta: 1 } });
    expect(practiceKey('', key({ downArrow: true }), ctx)).toEqual({ kind: 'action', action: { type: 'next' } });
    expect(practiceKey(' ', key({}), { ...ctx, hasOptions: true })).toEqual({ kind: 'action', action: { type: 'openPicker' } });
    expect(practiceKey(' ', key({}), { ...ctx, hasOptions: true, fieldEmpty: false })).toEqual({ kind: 'action', action: { type: 'text', action: { type: 'insert', text: ' ' } } });
    expect(practiceKey('2', key({}), { ...ctx, pickerOpen: true, hasOptions: true })).toEqual({ kind: 'action', action: { type: 'pickerChoose', index: 1 } });
  });

  it('in command mode single letters are commands', () => {
    const cmd: KeyContext = { ...ctx, mode: 'command' };
    expect(practiceKey('h', key({}), cmd)).toEqual({ kind: 'action', action: { type: 'hint' } });
    expect(practiceKey('s', key({}), cmd)).toEqual({ kind: 'action', action: { type: 'reveal' } });
    expect(practiceKey('s', key({}), { ...cmd, solutionRevealed: true })).toEqual({ kind: 'action', action: { type: 'toggleSolution' } });
    expect(practiceKey('r', key({}), cmd)).toEqual({ kind: 'run' });
    expect(practiceKey('3', key({}), cmd)).toEqual({ kind: 'action', action: { type: 'focus', index: 2 } });
    expect(practiceKey('', key({ escape: true }), cmd)).toEqual({ kind: 'back' });
    expect(practiceKey('j', key({}), cmd)).toEqual({ kind: 'scroll', move: 'lineDown' });
  });

  it('documents every binding, without Ctrl+H, Ctrl+S or Ctrl+Q', () => {
    const commands = [...commandsIn('practice'), ...commandsIn('practice-blank'), ...commandsIn('practice-options')];
    const all: KeySpec[] = commands.flatMap((c) => [...KEYS[c].keys]);
    expect(all).toEqual(expect.arrayContaining(['tab', 'shift+tab', 'ctrl+r', 'ctrl+g', 'ctrl+t', 'h', 's', 'esc']));
    // Ctrl+H is Backspace, Ctrl+S/Q flow control, Ctrl+C quit, Ctrl+Z suspend; A E K U W D edit text.
    for (const banned of ['ctrl+h', 'ctrl+s', 'ctrl+q', 'ctrl+c', 'ctrl+z', 'ctrl+a', 'ctrl+e', 'ctrl+k', 'ctrl+u', 'ctrl+w', 'ctrl+d']) {
      expect(all).not.toContain(banned);
    }
    for (const c of commands) expect(KEYS[c].description.length).toBeGreaterThan(5);
    const hints = keyHints({ ...ctx, canReveal: true, canNavigate: true }).map((h) => h.label);
    expect(hints).toContain('solution');
    expect(keyHints({ ...ctx, canReveal: false, canNavigate: true }).map((h) => h.label)).not.toContain('solution');
  });
});
