// Terminal-column arithmetic: the ONE place that measures, pads, cuts and wraps text for a
// terminal. The TUI lays out with it, and so do the plain-text outputs (`report`, the live class
// view), so every line agrees with Ink about its width. Pure (no Ink, no React, no I/O), in its own
// folder because src/drill and src/screens both need it and neither should import the other.
//
// Widths are string-width's, Ink's own dependency: CJK and emoji take two columns, combining
// marks none. In the bundle every string-width is wrapped by the fast path of
// scripts/stubs/fast-text.js (one table of one-column characters, checked against string-width by
// test/bench/fast-text.test.ts), so there is one width table for the app and for Ink.

import stringWidth from 'string-width';

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  // Lesson text is nearly all ASCII: skip grapheme segmentation for it.
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Split into user-perceived characters with their widths. */
export function graphemes(text: string): Array<{ text: string; width: number }> {
  if (PRINTABLE_ASCII.test(text)) return Array.from(text, (ch) => ({ text: ch, width: 1 }));
  return Array.from(segmenter().segment(text), (s) => ({ text: s.segment, width: stringWidth(s.segment) }));
}

let cachedSegmenter: Intl.Segmenter | undefined;
function segmenter(): Intl.Segmenter {
  cachedSegmenter ??= new Intl.Segmenter();
  return cachedSegmenter;
}

/** The longest prefix of `text` that fits in `width` columns, and the rest. */
export function splitAtWidth(text: string, width: number): [string, string] {
  if (width <= 0) return ['', text];
  if (PRINTABLE_ASCII.test(text)) return [text.slice(0, width), text.slice(width)];
  let used = 0;
  let cut = 0;
  for (const g of graphemes(text)) {
    if (used + g.width > width) break;
    used += g.width;
    cut += g.text.length;
  }
  return [text.slice(0, cut), text.slice(cut)];
}

/** Fit `text` in `width` columns, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number, ellipsis = '…'): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const room = width - displayWidth(ellipsis);
  if (room <= 0) return splitAtWidth(text, width)[0];
  return splitAtWidth(text, room)[0].trimEnd() + ellipsis;
}

/** Fit `text` in `width` columns keeping its end (`…end/of/a/path.json`: the end tells paths apart). */
export function truncateStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  // ASCII: one column per character, nothing to segment (a pasted field is 2,000 of them).
  if (PRINTABLE_ASCII.test(text)) return `…${text.slice(text.length - (width - 1))}`;
  const parts = graphemes(text);
  let kept = '';
  let used = 0;
  for (let i = parts.length - 1; i >= 0; i--) {
    const g = parts[i] as { text: string; width: number };
    if (used + g.width > width - 1) break;
    kept = g.text + kept;
    used += g.width;
  }
  return `…${kept}`;
}

/** Fit `text` in `width` columns keeping its start and its end (`aaaa…aXYZ`), both readable. */
export function truncateMiddle(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width < 3) return truncate(text, width);
  const head = splitAtWidth(text, Math.floor((width - 1) / 2))[0];
  return head + truncateStart(text.slice(head.length), width - displayWidth(head));
}

/**
 * Every word (a run without whitespace) wider than `width` columns cut in its middle to fit
 * (truncateMiddle); the rest of the text as it was. A live helper quoting a pasted 2,000-character
 * answer then shows it on one row instead of 27, and lays out the same few rows on every key.
 */
export function elideLongWords(text: string, width: number): string {
  return text.replace(/\S+/g, (word) => (displayWidth(word) > width ? truncateMiddle(word, width) : word));
}

/** Exactly `width` columns: cut with `…` when longer, padded with spaces on the right when shorter. */
export function padEnd(text: string, width: number): string {
  const fitted = truncate(text, width);
  return fitted + ' '.repeat(Math.max(0, width - displayWidth(fitted)));
}

/** Exactly `width` columns, aligned right (numbers in a table). */
export function padStart(text: string, width: number): string {
  const fitted = truncate(text, width);
  return ' '.repeat(Math.max(0, width - displayWidth(fitted))) + fitted;
}

/**
 * Greedy word wrap of plain text to `width` columns (runs of whitespace become one space); a word
 * longer than a line is cut into pieces. At least one line, possibly empty.
 */
export function wrap(text: string, width: number): string[] {
  const room = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    let rest = word;
    while (displayWidth(rest) > room) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      const [piece, after] = splitAtWidth(rest, room);
      // A character wider than the whole line still goes somewhere.
      const taken = piece === '' ? (graphemes(rest)[0]?.text ?? rest) : piece;
      lines.push(taken);
      rest = piece === '' ? rest.slice(taken.length) : after;
    }
    if (rest === '') continue;
    if (line === '') line = rest;
    else if (displayWidth(line) + 1 + displayWidth(rest) <= room) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}
