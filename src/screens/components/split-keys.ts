// Ink hands useInput one stdin chunk at a time. When keys come faster than the app reads them (a
// paste, a fast typist, a script), one chunk can hold text with Tab or Enter inside it; treated as
// one input, those keys would be lost. This splits such a chunk into the keys a person pressed.
import type { Key } from 'ink';

const PLAIN: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

export function splitKeys(input: string, key: Key): Array<[string, Key]> {
  if (input.length <= 1 || !/[\t\r\n]/.test(input) || key.ctrl || key.meta || input.startsWith('\u001b')) return [[input, key]];
  const out: Array<[string, Key]> = [];
  let text = '';
  const flush = () => {
    if (text !== '') out.push([text, { ...PLAIN }]);
    text = '';
  };
  for (const ch of input) {
    if (ch === '\t') {
      flush();
      out.push(['', { ...PLAIN, tab: true }]);
    } else if (ch === '\r' || ch === '\n') {
      flush();
      out.push(['', { ...PLAIN, return: true }]);
    } else {
      text += ch;
    }
  }
  flush();
  return out;
}
