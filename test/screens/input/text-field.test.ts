import { describe, expect, it } from 'vitest';
import { keypress, type Key } from '../../../src/screens/input/key';
import { cleanText, editTextField, FIELD_CAPS, textFieldReducer, type TextFieldState } from '../../../src/screens/input/text-field';

const opts = { maxLength: 100 };
/** The field as text with a | at the cursor. */
const show = (s: TextFieldState): string => `${s.value.slice(0, s.cursor)}|${s.value.slice(s.cursor)}`;
const field = (text: string): TextFieldState => ({ value: text.replace('|', ''), cursor: text.indexOf('|') });

function press(state: TextFieldState, ...keys: Array<[string, Partial<Key>?]>): TextFieldState {
  let s = state;
  for (const [input, flags] of keys) {
    const k = keypress(input, flags);
    s = editTextField(s, k.input, k.key, opts)?.state ?? s;
  }
  return s;
}

describe('TextField editing keys (as in a shell)', () => {
  it('Ctrl+U deletes to the start, Ctrl+K to the end', () => {
    expect(show(press(field('ali|ce'), ['u', { ctrl: true }]))).toBe('|ce');
    expect(show(press(field('ali|ce'), ['k', { ctrl: true }]))).toBe('ali|');
  });

  it('Ctrl+A / Home go to the start, Ctrl+E / End to the end', () => {
    expect(show(press(field('ali|ce'), ['a', { ctrl: true }]))).toBe('|alice');
    expect(show(press(field('ali|ce'), ['', { home: true }]))).toBe('|alice');
    expect(show(press(field('a|lice'), ['e', { ctrl: true }]))).toBe('alice|');
    expect(show(press(field('a|lice'), ['', { end: true }]))).toBe('alice|');
  });

  it('moves by word with Alt+B/F and Alt+←/→, and not with the plain arrows', () => {
    expect(show(press(field('/Volumes/retail_x/default|'), ['b', { meta: true }]))).toBe('/Volumes/retail_x/|default');
    expect(show(press(field('/Volumes/retail_x/|default'), ['', { leftArrow: true, meta: true }]))).toBe('/Volumes/|retail_x/default');
    expect(show(press(field('|/Volumes/x'), ['f', { meta: true }]))).toBe('/Volumes|/x');
    expect(show(press(field('ab|c'), ['', { leftArrow: true }]))).toBe('a|bc');
  });

  it('Ctrl+W deletes back to the previous space; Backspace, Delete and Ctrl+D one character', () => {
    expect(show(press(field('run job now|'), ['w', { ctrl: true }]))).toBe('run job |');
    expect(show(press(field('run job |'), ['w', { ctrl: true }]))).toBe('run |');
    expect(show(press(field('ab|c'), ['', { backspace: true }]))).toBe('a|c');
    expect(show(press(field('ab|cd'), ['', { delete: true }], ['d', { ctrl: true }]))).toBe('ab|');
  });

  it('steps over a whole grapheme (emoji, combining mark)', () => {
    expect(show(press(field('a👍🏽|b'), ['', { leftArrow: true }]))).toBe('a|👍🏽b');
    expect(show(press(field('ae\u0301|x'), ['', { backspace: true }]))).toBe('a|x');
  });

  it('inserts typed characters at the cursor; commands and other chords are not text', () => {
    expect(show(press(field('ac|'), ['', { leftArrow: true }], ['b']))).toBe('ab|c');
    expect(editTextField(field('a|'), 'g', { ...keypress('g').key, ctrl: true }, opts)).toBeUndefined();
    expect(editTextField(field('a|'), '', { ...keypress('').key, tab: true }, opts)).toBeUndefined();
    expect(editTextField(field('a|'), '', { ...keypress('').key, return: true }, opts)).toBeUndefined();
  });
});

describe('TextField paste', () => {
  it('inserts a paste as text: control characters dropped, never run as keys', () => {
    const k = keypress('x\u0007y\u001B[Az\u0012', { paste: true });
    const result = editTextField(field('|'), k.input, k.key, opts);
    expect(result?.state.value).toBe('xy[Az');
    expect(result?.message).toBeUndefined();
  });

  it('refuses line breaks in a one-line field, with a message', () => {
    const k = keypress('a\nb', { paste: true });
    const result = editTextField(field('|'), k.input, k.key, opts);
    expect(result?.state.value).toBe('a b');
    expect(result?.message).toMatch(/Line breaks became spaces/);
  });

  it('caps the length and says so when a paste is cut', () => {
    const big = 'x'.repeat(200_000);
    const result = textFieldReducer(field('ab|'), { type: 'insert', text: big }, { maxLength: FIELD_CAPS.blank });
    expect(result.state.value.length).toBe(FIELD_CAPS.blank);
    expect(result.message).toMatch(/Cut at 2,000 characters/);
  });

  it('never splits a surrogate pair at the cap', () => {
    expect(cleanText('ab😀', 3).text).toBe('ab');
  });

  it('keeps text after a long run of control characters', () => {
    expect(cleanText(`${'\u0007'.repeat(500)}ok`, 10)).toEqual({ text: 'ok', newline: false, cut: false });
  });
});
