// Terminal bytes → keypresses. Pure and incremental: `push` takes whatever chunk the terminal
// delivered and returns the keys in it, in order, keeping only an unfinished escape sequence or
// paste for the next chunk. No timer: a lone ESC at the end of a chunk is the Esc key (terminals
// send a key's sequence in one write; a sequence cut between chunks is awaited only once it has
// started with `ESC [` or `ESC O`).
//
// Printable text arrives one key per character, so `jjj` in one chunk moves three rows exactly
// as three separate presses do. A bracketed paste (ESC[200~ … ESC[201~, turned on by the
// keypress layer) is one event with `key.paste`; so is a run of printable characters longer than
// anyone types between two reads (a terminal without bracketed paste), which keeps a pasted
// megabyte from becoming a million keypresses.

import { keypress, type Key, type Keypress } from './key';

const ESC = '\u001B';
const PASTE_START = '\u001B[200~';
const PASTE_END = '\u001B[201~';
/** A run of printable characters longer than this in one read is a paste, not typing. */
export const TYPED_RUN_MAX = 64;
/** Pasted text kept from one paste; the rest is dropped (every field caps far below this). */
export const PASTE_KEEP_MAX = 1_000_000;

export interface KeyParser {
  push(chunk: string): Keypress[];
}

type Named = Partial<Key>;

const CSI_LETTER: Record<string, Named> = {
  A: { upArrow: true },
  B: { downArrow: true },
  C: { rightArrow: true },
  D: { leftArrow: true },
  H: { home: true },
  F: { end: true },
  Z: { tab: true, shift: true },
};

const CSI_TILDE: Record<string, Named> = {
  '1': { home: true },
  '7': { home: true },
  '4': { end: true },
  '8': { end: true },
  '3': { delete: true },
  '5': { pageUp: true },
  '6': { pageDown: true },
};

/** xterm modifier parameter: 1 + (shift 1, alt 2, ctrl 4). */
function modifiers(param: string | undefined): Named {
  const m = Number(param) - 1;
  if (!Number.isInteger(m) || m <= 0) return {};
  const out: Named = {};
  if (m & 1) out.shift = true;
  if (m & 2) out.meta = true;
  if (m & 4) out.ctrl = true;
  return out;
}

/** A control character (C0 or DEL) typed as a key. */
function controlKey(code: number): Keypress | undefined {
  if (code === 0x0d || code === 0x0a) return keypress('', { return: true });
  if (code === 0x09) return keypress('', { tab: true });
  if (code === 0x7f || code === 0x08) return keypress('', { backspace: true });
  if (code >= 0x01 && code <= 0x1a) return keypress(String.fromCharCode(code + 0x60), { ctrl: true });
  return undefined;
}

function isControl(code: number): boolean {
  return code < 0x20 || code === 0x7f;
}

export function createKeyParser(): KeyParser {
  let pending = '';
  /** Inside a bracketed paste: the text so far (capped) and whether some was dropped. */
  let paste: string[] | undefined;
  let pasteLength = 0;

  const finishPaste = (out: Keypress[]): void => {
    const text = (paste ?? []).join('');
    paste = undefined;
    pasteLength = 0;
    if (text !== '') out.push(keypress(text, { paste: true }));
  };

  const keepPasted = (text: string): void => {
    if (paste === undefined || text === '') return;
    const room = PASTE_KEEP_MAX - pasteLength;
    if (room <= 0) return;
    const kept = text.length > room ? text.slice(0, room) : text;
    paste.push(kept);
    pasteLength += kept.length;
  };

  /** Inside a paste: text up to the end marker. Returns the index after it, or -1 (wait). */
  const readPaste = (data: string, from: number, out: Keypress[]): number => {
    const end = data.indexOf(PASTE_END, from);
    if (end === -1) {
      // The marker may be cut between chunks: hold back a possible start of it.
      let hold = 0;
      for (let n = Math.min(PASTE_END.length - 1, data.length - from); n > 0; n--) {
        if (PASTE_END.startsWith(data.slice(data.length - n))) {
          hold = n;
          break;
        }
      }
      keepPasted(data.slice(from, data.length - hold));
      pending = data.slice(data.length - hold);
      return -1;
    }
    keepPasted(data.slice(from, end));
    finishPaste(out);
    return end + PASTE_END.length;
  };

  /** An escape sequence at `i` (data[i] === ESC): the keypress and the index after it, or 'wait'. */
  const readEscape = (data: string, i: number, out: Keypress[]): number | 'wait' => {
    const next = data[i + 1];
    if (next === undefined) {
      out.push(keypress('', { escape: true }));
      return i + 1;
    }
    if (next === '[') {
      let j = i + 2;
      while (j < data.length && /[0-9;:<=>?]/.test(data[j] as string)) j++;
      while (j < data.length && /[ -/]/.test(data[j] as string)) j++;
      if (j >= data.length) return 'wait';
      const final = data[j] as string;
      const code = final.charCodeAt(0);
      if (code < 0x40 || code > 0x7e) {
        // Not a sequence after all: Esc, then whatever followed as its own keys.
        out.push(keypress('', { escape: true }));
        return i + 1;
      }
      const params = data.slice(i + 2, j).split(';');
      const end = j + 1;
      if (final === '~' && params[0] === '200') {
        paste = [];
        pasteLength = 0;
        return end;
      }
      const named = final === '~' ? CSI_TILDE[params[0] ?? ''] : CSI_LETTER[final];
      if (named) out.push(keypress('', { ...named, ...modifiers(params[1]) }));
      // Anything else (focus reports, F-keys, stray paste end) is not a key the app uses.
      return end;
    }
    if (next === 'O') {
      const final = data[i + 2];
      if (final === undefined) return 'wait';
      const named = CSI_LETTER[final];
      if (named) out.push(keypress('', named));
      return i + 3;
    }
    if (next === ESC) {
      // Esc, then whatever the next ESC starts (an arrow…): a quick Esc before another key, or a
      // script. (rxvt's old ESC ESC [ A for Alt+↑ reads as Esc, ↑: xterm and tmux send ESC[1;3A.)
      out.push(keypress('', { escape: true }));
      return i + 1;
    }
    // Alt+key: ESC then the key. Esc followed by Enter or Tab in one read is two keys (a quick
    // "leave, then confirm", or a script): Alt+Enter and Alt+Tab are not keys the app uses.
    const code = next.codePointAt(0) ?? 0;
    if (code === 0x0d || code === 0x0a || code === 0x09) {
      out.push(keypress('', { escape: true }));
      return i + 1;
    }
    if (isControl(code)) {
      const control = controlKey(code);
      if (control) out.push({ input: control.input, key: { ...control.key, meta: true } });
      return i + 2;
    }
    const ch = String.fromCodePoint(code);
    out.push(keypress(ch, { meta: true }));
    return i + 1 + ch.length;
  };

  const push = (chunk: string): Keypress[] => {
    const data = pending + chunk;
    pending = '';
    const out: Keypress[] = [];
    let i = 0;
    while (i < data.length) {
      if (paste !== undefined) {
        const after = readPaste(data, i, out);
        if (after === -1) return out;
        i = after;
        continue;
      }
      const code = data.charCodeAt(i);
      if (code === 0x1b) {
        const after = readEscape(data, i, out);
        if (after === 'wait') {
          pending = data.slice(i);
          return out;
        }
        i = after;
        continue;
      }
      if (isControl(code)) {
        const control = controlKey(code);
        if (control) out.push(control);
        i++;
        continue;
      }
      // A run of printable text up to the next control character.
      let j = i;
      while (j < data.length && !isControl(data.charCodeAt(j))) j++;
      // A chunk may end between the two halves of a surrogate pair: wait for the second.
      const lastCode = data.charCodeAt(j - 1);
      if (j === data.length && lastCode >= 0xd800 && lastCode <= 0xdbff) {
        pending = data.slice(j - 1);
        j--;
        if (j === i) return out;
      }
      const run = data.slice(i, j);
      if (run.length > TYPED_RUN_MAX) {
        out.push(keypress(run, { paste: true }));
      } else {
        for (const ch of run) out.push(keypress(ch, /^[A-Z]$/.test(ch) ? { shift: true } : {}));
      }
      i = j;
    }
    return out;
  };

  return { push };
}

/** Turn bracketed paste on/off (the layer writes these to the terminal). */
export const BRACKETED_PASTE_ON = '\u001B[?2004h';
export const BRACKETED_PASTE_OFF = '\u001B[?2004l';
export { PASTE_START, PASTE_END };
