// Terminal-column arithmetic. Everything the TUI lays out is measured here, with the same
// rules Ink uses (string-width), so our layout and Ink's never disagree about a line's width.
// string-width is Ink's own dependency; it is imported directly because layout needs it
// before Ink sees the text.

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
