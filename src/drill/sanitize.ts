// Text from result files reaches the instructor's terminal (often on a projector). A learner name
// must not be able to clear, recolour or retitle it, nor reorder what is shown with bidi controls,
// so every such string goes through `inert` before it is printed.

// C0 controls (ESC included), DEL, C1 controls (U+0080–U+009F, which some terminals read as CSI/OSC),
// bidi embeddings/overrides/isolates and marks, line/paragraph separators, BOM, and lone surrogates.
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Shows unsafe characters as visible escapes (`\x1b`, `\u202e`); everything else is kept. */
export function inert(text: string): string {
  return text.replace(UNSAFE, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * Escapes inside an already-serialised JSON text the characters JSON.stringify leaves raw (C1
 * controls, bidi controls, separators). The result is the same JSON value, just safe to print.
 */
export function inertJson(json: string): string {
  return json.replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (ch) =>
    `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Terminal columns a (sanitised) string takes: wide East Asian and emoji count 2, marks 0. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200d\u2060]$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;

function charWidth(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.test(ch)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  ) {
    return 2;
  }
  if (code >= 0x1f000 && EMOJI.test(ch)) return 2;
  return 1;
}

/** Cuts to at most `width` columns, ending with `…` when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Cuts from the left (`…end/of/a/path.json`): the end of a path is the part that tells files apart. */
export function truncateStart(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  const chars = [...text];
  let out = '';
  let used = 0;
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] as string;
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out = ch + out;
    used += w;
  }
  return `…${out}`;
}

export function padEnd(text: string, width: number): string {
  const fitted = truncate(text, width);
  return fitted + ' '.repeat(Math.max(0, width - displayWidth(fitted)));
}

export function padStart(text: string, width: number): string {
  const fitted = truncate(text, width);
  return ' '.repeat(Math.max(0, width - displayWidth(fitted))) + fitted;
}

/** Word-wraps to `width` columns; words longer than a line are cut into pieces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (displayWidth(rest) > width) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      const chars = [...rest];
      let piece = '';
      while (chars.length > 0 && displayWidth(piece + (chars[0] as string)) <= width) piece += chars.shift();
      if (piece === '') piece = chars.shift() ?? '';
      lines.push(piece);
      rest = chars.join('');
    }
    if (rest === '') continue;
    if (line === '') line = rest;
    else if (displayWidth(line) + 1 + displayWidth(rest) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length === 0 ? [''] : lines;
}
