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
