// Fast paths for the text measuring that Ink and its helpers do on every frame, bundled in place of
// `Intl.Segmenter` (a define + inject in scripts/build.mjs) and around every `string-width`.
//
// Why: the first `new Intl.Segmenter()` loads ICU's break-iterator data, and the first string-width
// call on a non-ASCII string compiles a `\p{RGI_Emoji}` regex; together tens of milliseconds of
// start-up, paid before the first frame because the lesson text has dashes, arrows and box lines.
// After that, each segment() and width call still walks ICU for strings that need none of it.
//
// The fast paths only answer for strings made of "simple" characters: printable ASCII, controls
// (not CR), and the non-ASCII ranges below. Each of these is a grapheme of its own next to any other
// simple character (no marks, joiners, variation selectors, regional indicators, Hangul jamo or
// CR LF pairs), and string-width gives each one column (emoji-capable ones are left out). Anything
// else goes to the real Intl.Segmenter / string-width, created on first need. The equivalence is
// checked for every character of the set against both string-width versions in
// test/bench/fast-text.test.ts.

// Read without the `Intl.Segmenter` spelling, which the build redirects to LazySegmenter.
const NativeSegmenter = Reflect.get(Intl, 'Segmenter');

/** Inclusive ranges of non-ASCII code points that are one column and one grapheme each. */
export const SIMPLE_RANGES = [
  [0x00a0, 0x00a8], // NBSP, Latin-1 punctuation (© U+00A9, soft hyphen U+00AD, ® U+00AE excluded)
  [0x00aa, 0x00ac],
  [0x00af, 0x02ff], // Latin-1 letters, Latin Extended, IPA, spacing modifiers (combining marks start at U+0300)
  [0x2010, 0x2027], // dashes, quotes, bullet, ellipsis
  [0x2030, 0x203b], // per mille … reference mark (‼ U+203C excluded)
  [0x203d, 0x2048], // (⁉ U+2049 excluded)
  [0x204a, 0x205e],
  [0x2190, 0x2193], // arrows (↔…↙ U+2194–2199 and ↩↪ U+21A9–21AA are emoji-capable)
  [0x219a, 0x21a8],
  [0x21ab, 0x21ff],
  [0x2500, 0x25a9], // box drawing, block elements, geometric shapes (emoji-capable ones excluded)
  [0x25ac, 0x25b5],
  [0x25b7, 0x25bf],
  [0x25c1, 0x25fa],
  [0x25ff, 0x25ff],
  [0x2713, 0x2713], // ✓
  [0x2717, 0x2717], // ✗
];

const TABLE_END = 0x2800;
// 1: one column; 0: not simple (fall back). ASCII and C1 controls are handled before the lookup.
const SIMPLE = new Uint8Array(TABLE_END);
for (const [from, to] of SIMPLE_RANGES) SIMPLE.fill(1, from, to + 1);

/** Column width of a string of simple characters; undefined when any character is not simple. */
export function simpleWidth(text) {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width++;
    // Controls (C0 without CR, DEL, C1) take no column in string-width and are graphemes of their own.
    else if (c < 0x20 ? c !== 0x0d : c < 0xa0) continue;
    else if (c < TABLE_END && SIMPLE[c] === 1) width++;
    else return undefined;
  }
  return width;
}

function isSimple(text) {
  return simpleWidth(text) !== undefined;
}

// The colour codes Ink and chalk write (ESC [ params m), spelled so that strip-ansi, which
// string-width uses, removes exactly the same characters.
// eslint-disable-next-line no-control-regex
const SGR = /\u001B\[(?:\d{1,4}(?:[;:]\d{0,4})*)?m/y;

/** simpleWidth of the text without its SGR codes; undefined for any other escape or character. */
export function simpleWidthWithSgr(text) {
  if (text.indexOf('\u001B') === -1 && text.indexOf('\u009B') === -1) return simpleWidth(text);
  let width = 0;
  let from = 0;
  while (from < text.length) {
    const esc = text.indexOf('\u001B', from);
    const end = esc === -1 ? text.length : esc;
    const part = simpleWidth(text.slice(from, end));
    // C1 CSI (U+009B) is a control to simpleWidth but an escape to strip-ansi: leave it to them.
    if (part === undefined || text.slice(from, end).indexOf('\u009B') !== -1) return undefined;
    width += part;
    if (esc === -1) break;
    SGR.lastIndex = esc;
    if (!SGR.test(text)) return undefined;
    from = SGR.lastIndex;
  }
  return width;
}

/**
 * Wraps a string-width implementation (each bundled version gets its own wrapper, see build.mjs).
 * Calls with options, or text the fast path does not know, go to the real one.
 */
export function fastStringWidth(real) {
  return function stringWidth(input, options) {
    if (typeof input === 'string' && options === undefined) {
      const width = simpleWidthWithSgr(input);
      if (width !== undefined) return width;
    }
    return real(input, options);
  };
}

class SimpleSegments {
  constructor(input) {
    this.input = input;
  }

  containing(index = 0) {
    const i = Math.trunc(Number(index) || 0);
    if (i < 0 || i >= this.input.length) return undefined;
    return { segment: this.input[i], index: i, input: this.input };
  }

  *[Symbol.iterator]() {
    const input = this.input;
    for (let index = 0; index < input.length; index++) yield { segment: input[index], index, input };
  }
}

/**
 * Intl.Segmenter with grapheme granularity that does not load ICU for simple strings: each of their
 * UTF-16 units is a grapheme (every simple character is in the BMP and stands alone).
 */
export class LazySegmenter {
  #locales;
  #options;
  #real;

  constructor(locales, options) {
    this.#locales = locales;
    this.#options = options;
  }

  #native() {
    this.#real ??= new NativeSegmenter(this.#locales, this.#options);
    return this.#real;
  }

  segment(input) {
    const text = String(input);
    const granularity = this.#options?.granularity ?? 'grapheme';
    if (granularity === 'grapheme' && isSimple(text)) return new SimpleSegments(text);
    return this.#native().segment(text);
  }

  resolvedOptions() {
    return this.#native().resolvedOptions();
  }

  static supportedLocalesOf(locales, options) {
    return NativeSegmenter.supportedLocalesOf(locales, options);
  }
}
