// Grapheme boundaries next to an index, looking at a few characters only (a cursor step must
// not segment the whole value). Plain ASCII, the common case, needs no segmenter.

/** Longest grapheme we step over (an emoji ZWJ sequence is ~20 code units). */
const WINDOW = 32;

let segmenter: Intl.Segmenter | undefined;
const seg = (): Intl.Segmenter => (segmenter ??= new Intl.Segmenter());

const simple = (code: number): boolean => code >= 0x20 && code < 0x7f;

export function graphemeBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  const prev = text.charCodeAt(index - 1);
  const next = index < text.length ? text.charCodeAt(index) : 0x20;
  if (simple(prev) && simple(next) && (index < 2 || simple(text.charCodeAt(index - 2)))) return index - 1;
  const from = Math.max(0, index - WINDOW);
  let last = from;
  for (const s of seg().segment(text.slice(from, index))) last = from + s.index;
  return last;
}

export function graphemeAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const here = text.charCodeAt(index);
  const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 0x20;
  if (simple(here) && simple(next)) return index + 1;
  const slice = text.slice(index, index + WINDOW);
  for (const s of seg().segment(slice)) return index + s.segment.length;
  return text.length;
}
