// The view of the one text field (state and keys: text-field.ts). One line, scrolled so the
// cursor is always visible, with a mark where text is cut; only the visible window is laid out.
// The component owns no input: the screen that owns focus passes keys to editTextField (or
// useTextField below) and draws this with the resulting value and cursor.

import { Text } from 'ink';
import { memo, useRef, useState } from 'react';
import { useTheme, type Role } from '../theme';
import { CUT_MARK, fieldWindow } from './field-window';
import type { Key } from './key';
import { createTextField, editTextField, textFieldReducer, type TextFieldAction, type TextFieldOptions, type TextFieldState } from './text-field';

export interface TextFieldProps {
  value: string;
  /** UTF-16 index of the cursor (ignored unless focused). */
  cursor: number;
  width: number;
  focused: boolean;
  /** Shown, muted, when the value is empty. */
  placeholder?: string;
  /** Role of the text (default 'code'); the focused field adds 'selection' to nothing: it underlines. */
  role?: Role;
}

export const TextField = memo(function TextField({ value, cursor, width, focused, placeholder = '', role = 'code' }: TextFieldProps) {
  const theme = useTheme();
  const start = useRef(0);
  const room = Math.max(1, width);
  if (!focused) {
    start.current = 0;
    if (value === '') return <Text {...theme.style('muted')}>{cutEnd(placeholder, room)}</Text>;
    // Unfocused: the end of the value (paths and names differ at their end).
    const w = fieldWindow(value, value.length, value.length, room + 1);
    return (
      <Text {...theme.style(role)}>
        {w.leftCut ? CUT_MARK : ''}
        {w.before}
      </Text>
    );
  }
  const w = fieldWindow(value, Math.min(Math.max(0, cursor), value.length), start.current, room);
  start.current = w.start;
  const muted = theme.style('muted');
  return (
    <Text {...theme.style(role)}>
      {w.leftCut ? <Text {...muted}>{CUT_MARK}</Text> : ''}
      {w.before}
      <Text inverse>{w.atCursor === '' ? ' ' : w.atCursor}</Text>
      {w.after}
      {w.rightCut ? <Text {...muted}>{CUT_MARK}</Text> : ''}
      {value === '' && placeholder !== '' ? <Text {...muted}>{cutEnd(placeholder, room - 1)}</Text> : ''}
    </Text>
  );
});

function cutEnd(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}${CUT_MARK}`;
}

/**
 * A text field whose state the component keeps (review answers, the drill lobby's name):
 * `onKey` returns true when the key was the field's, and reports any message (a paste cut…).
 */
export function useTextField(initial: string, options: TextFieldOptions, onMessage?: (message: string) => void) {
  const [state, setState] = useState<TextFieldState>(() => createTextField(initial, options));
  // Keys arrive one at a time with a commit in between (input/keypress.tsx); the ref also keeps
  // two keys inside one handler call consistent.
  const latest = useRef(state);
  latest.current = state;
  const apply = (next: TextFieldState): void => {
    latest.current = next;
    setState(next);
  };
  const onKey = (input: string, key: Key): boolean => {
    const result = editTextField(latest.current, input, key, options);
    if (result === undefined) return false;
    apply(result.state);
    if (result.message !== undefined) onMessage?.(result.message);
    return true;
  };
  const act = (action: TextFieldAction): void => apply(textFieldReducer(latest.current, action, options).state);
  return { state, onKey, act };
}
