// One keypress as every handler sees it. The flags are Ink's (so handlers written against
// `useInput` keep working), plus what Ink cannot tell apart: Backspace vs Delete, and a paste.

import type { Key as InkKey } from 'ink';

export interface Key extends InkKey {
  /**
   * The input is pasted text (bracketed paste, or a run of printable characters too long to be
   * typing). It is text for a text field and never a command: a paste of `q` does not quit.
   */
  paste?: boolean;
}

export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

export interface Keypress {
  /** The character(s) typed: a letter, the letter of a Ctrl+letter, pasted text; '' for named keys. */
  input: string;
  key: Key;
}

export const keypress = (input: string, flags: Partial<Key> = {}): Keypress => ({ input, key: { ...NO_KEY, ...flags } });
