// Inline markdown of the lesson text: `code`, **bold**, *italic* (also __bold__ / _italic_ at
// word boundaries, so snake_case names stay intact), [links](url), backslash escapes and line
// breaks. A small scanner instead of a full markdown library: this runs for every paragraph on
// every resize, and keeps `marked` out of the start-up path.

import type { Role } from '../theme';
import { HARD_BREAK, merge, type Segment } from './lines';

export interface InlineOptions {
  /** Keep the backticks around code spans (used without colour, where they are the only marker). */
  keepCodeTicks?: boolean;
  /** Roles applied to all the text (a table header, a heading). */
  roles?: readonly Role[];
}

const PUNCT = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;

export function parseInline(text: string, options: InlineOptions = {}): Segment[] {
  return [...merge(scan(text, options.roles ?? [], options))];
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Length of the run of `ch` starting at `i`. */
function runLength(text: string, i: number, ch: string): number {
  let n = 0;
  while (text[i + n] === ch) n++;
  return n;
}

/** Index of the backtick run closing a code span opened by `n` backticks, searching from `from`. */
function findCodeClose(text: string, from: number, n: number): number {
  let j = from;
  while (j < text.length) {
    const k = text.indexOf('`', j);
    if (k === -1) return -1;
    const run = runLength(text, k, '`');
    if (run === n) return k;
    j = k + run;
  }
  return -1;
}

/**
 * Index of the delimiter closing an emphasis opened at `from - delim.length`: the closer must
 * follow non-space text; code spans are skipped; for a single `*`, `**` pairs inside are skipped.
 */
function findEmphasisClose(text: string, from: number, delim: string): number {
  const ch = delim[0] as string;
  let j = from;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (c === '`') {
      const n = runLength(text, j, '`');
      const close = findCodeClose(text, j + n, n);
      j = close === -1 ? j + n : close + n;
      continue;
    }
    if (c === ch) {
      const run = runLength(text, j, ch);
      const before = text[j - 1];
      const closes = j > from && before !== undefined && !SPACE.test(before);
      if (delim.length === 1 && run === 2) {
        // A nested **strong** inside *em*: skip it as a unit.
        const inner = findEmphasisClose(text, j + 2, ch + ch);
        if (inner !== -1) {
          j = inner + 2;
          continue;
        }
      }
      if (closes && run >= delim.length) {
        // `_` closes only at a word boundary (snake_case is not emphasis).
        if (ch === '_' && isWordChar(text[j + delim.length])) {
          j += run;
          continue;
        }
        return run > delim.length && delim.length === 1 ? j + run - 1 : j;
      }
      j += run;
      continue;
    }
    j++;
  }
  return -1;
}

function scan(text: string, roles: readonly Role[], options: InlineOptions): Segment[] {
  const out: Segment[] = [];
  let buf = '';
  const plain = (t: string): Segment => (roles.length ? { text: t, roles } : { text: t });
  const flush = (): void => {
    if (buf) out.push(plain(buf));
    buf = '';
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];

    if (c === '\\' && next !== undefined && PUNCT.test(next)) {
      buf += next;
      i += 2;
      continue;
    }
    if (c === '\\' && next === '\n') {
      flush();
      out.push(HARD_BREAK);
      i += 2;
      continue;
    }

    if (c === '`') {
      const n = runLength(text, i, '`');
      const close = findCodeClose(text, i + n, n);
      if (close === -1) {
        buf += text.slice(i, i + n);
        i += n;
        continue;
      }
      flush();
      let code = text.slice(i + n, close).replace(/\n/g, ' ');
      // CommonMark: one space of padding on both sides is stripped (lets code start with a backtick).
      if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
      const shown = options.keepCodeTicks ? '`' + code + '`' : code;
      out.push({ text: shown, roles: [...roles, 'code'] });
      i = close + n;
      continue;
    }

    if (c === '*' || c === '_') {
      const n = runLength(text, i, c);
      const after = text[i + n];
      const opens =
        after !== undefined &&
        !SPACE.test(after) &&
        // `_` opens only at a word start.
        (c === '*' || !isWordChar(text[i - 1]));
      if (opens) {
        const strong = n >= 2 ? findEmphasisClose(text, i + 2, c + c) : -1;
        if (strong !== -1) {
          flush();
          out.push(...scan(text.slice(i + 2, strong), [...roles, 'bold'], options));
          i = strong + 2;
          continue;
        }
        const em = findEmphasisClose(text, i + 1, c);
        if (em !== -1) {
          flush();
          out.push(...scan(text.slice(i + 1, em), [...roles, 'italic'], options));
          i = em + 1;
          continue;
        }
      }
      buf += text.slice(i, i + n);
      i += n;
      continue;
    }

    if (c === '[') {
      const link = /^\[([^\]]+)\]\(([^)\s]+)\)/.exec(text.slice(i));
      if (link) {
        flush();
        out.push(...scan(link[1] as string, [...roles, 'link'], options));
        i += link[0].length;
        continue;
      }
    }

    if (c === '\n') {
      // Two trailing spaces make a hard break; a bare newline is a soft break (a space).
      if (buf.endsWith('  ')) {
        buf = buf.trimEnd();
        flush();
        out.push(HARD_BREAK);
      } else {
        buf += ' ';
      }
      i++;
      continue;
    }

    buf += c;
    i++;
  }
  flush();
  return out;
}

/** The text a reader sees (markers removed): for measuring and for tests. */
export function plainText(text: string, options: InlineOptions = {}): string {
  return parseInline(text, options)
    .map((s) => s.text)
    .join('');
}
