// Source patches for Ink's output stage (ink 6.8 `build/output.js`, @alcalzone/ansi-tokenize 0.2
// `build/styledChars.js`), applied by the build (plugins.mjs). Ink redraws the whole screen on every
// change; per frame it tokenises every line again and, for every cell, diffs the previous cell's
// styles against its own with three new Sets — thousands of allocations per key press. The patches
// keep Ink's algorithm and its output byte for byte (test/bench/ink-output.test.ts compares them
// with the originals on random frames):
// - styledCharsToString skips the diff when a cell has the same styles as the one before (the diff
//   of equal style lists is empty), which is nearly every cell;
// - Output's caches (tokenised lines, widths, clipped slices) live for two frames instead of one,
//   so an unchanged line is not tokenised again on the next frame;
// - the blank cells the grid starts with are one shared object (cells are replaced, never changed);
// - a row whose cells are the very same objects as in the previous frame (an unchanged line: its
//   cells come from the caches) reuses that frame's text for the row.
// Each patch fails the build if the code it expects is not there exactly once.
//
// Ink's incremental renderer (`incrementalRendering`, ink/build/log-update.js) rewrites only the
// lines that changed, but it loses a line when the frame ends with a newline (any frame shorter
// than the terminal, like the App's): it moves the cursor up one line too few, and `ESC[0A` moves
// one line where zero was meant. patchLogUpdate fixes both; test/bench/ink-output.test.ts checks
// on a virtual terminal that incremental frames leave the same screen as full redraws.

function replaceOnce(source, from, to, what) {
  const at = source.indexOf(from);
  if (at === -1 || source.indexOf(from, at + from.length) !== -1) {
    throw new Error(`${what}: the code to patch was not found exactly once; the dependency changed, update scripts/build/ink-output.mjs`);
  }
  return source.slice(0, at) + to + source.slice(at + from.length);
}

const STYLED_CHARS_TO_STRING = `export function styledCharsToString(chars) {
    let ret = "";
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        if (i === 0) {
            ret += ansiCodesToString(char.styles);
        }
        else {
            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));
        }
        ret += char.value;
        // reset active styles at the end of the string
        if (i === chars.length - 1) {
            ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
        }
    }
    return ret;
}`;

const FAST_STYLED_CHARS_TO_STRING = `function sameStyles(a, b) {
    if (a === b)
        return true;
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++) {
        if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode)
            return false;
    }
    return true;
}
export function styledCharsToString(chars) {
    let ret = "";
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        if (i === 0) {
            if (char.styles.length > 0)
                ret += ansiCodesToString(char.styles);
        }
        else if (!sameStyles(chars[i - 1].styles, char.styles)) {
            ret += ansiCodesToString(diffAnsiCodes(chars[i - 1].styles, char.styles));
        }
        ret += char.value;
        // reset active styles at the end of the string
        if (i === chars.length - 1 && char.styles.length > 0) {
            ret += ansiCodesToString(diffAnsiCodes(char.styles, []));
        }
    }
    return ret;
}`;

/** @alcalzone/ansi-tokenize/build/styledChars.js */
export function patchStyledChars(source) {
  return replaceOnce(source, STYLED_CHARS_TO_STRING, FAST_STYLED_CHARS_TO_STRING, '@alcalzone/ansi-tokenize styledCharsToString');
}

const TWO_FRAME_CACHES = `// Patched (scripts/build/ink-output.mjs): entries live for this frame and the next one.
function fromFrames(caches, name, key, compute) {
    let cached = caches[name].get(key);
    if (cached === undefined) {
        cached = caches.previous?.[name].get(key);
        if (cached === undefined)
            cached = compute();
        caches[name].set(key, cached);
    }
    return cached;
}
let lastFrameCaches;
class OutputCaches {
    widths = new Map();
    blockWidths = new Map();
    styledChars = new Map();
    slices = new Map();
    previous = lastFrameCaches;
    constructor() {
        if (this.previous)
            this.previous.previous = undefined;
        lastFrameCaches = this;
    }
    getSlice(line, from, to) {
        return fromFrames(this, 'slices', \`\${from}:\${to}:\${line}\`, () => sliceAnsi(line, from, to));
    }
    getStyledChars(line) {
        return fromFrames(this, 'styledChars', line, () => styledCharsFromTokens(tokenize(line)));
    }
    getStringWidth(text) {
        return fromFrames(this, 'widths', text, () => stringWidth(text));
    }
    getWidestLine(text) {
        return fromFrames(this, 'blockWidths', text, () => {
            let lineWidth = 0;
            for (const line of text.split('\\n')) {
                lineWidth = Math.max(lineWidth, this.getStringWidth(line));
            }
            return lineWidth;
        });
    }
}
`;
const BLANK_ROW = `            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }`;
const SHARED_BLANK_ROW = `            for (let x = 0; x < this.width; x++) {
                row.push(BLANK_CELL);
            }`;
const ROWS_TO_TEXT = `        const generatedOutput = output
            .map(line => {
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();
        })
            .join('\\n');`;
const ROWS_TO_TEXT_REUSED = `        const rows = [];
        const generatedOutput = output
            .map((line, y) => {
            const before = lastFrameRows[y];
            if (before !== undefined && before.cells.length === line.length) {
                let same = true;
                for (let x = 0; x < line.length; x++) {
                    if (before.cells[x] !== line[x]) {
                        same = false;
                        break;
                    }
                }
                if (same) {
                    rows.push(before);
                    return before.text;
                }
            }
            // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            const text = styledCharsToString(lineWithoutEmptyItems).trimEnd();
            rows.push({ cells: line, text });
            return text;
        })
            .join('\\n');
        lastFrameRows = rows;`;
const SLICE = 'return sliceAnsi(line, from, to);';
const CACHED_SLICE = 'return this.caches.getSlice(line, from, to);';

/** ink/build/output.js */
export function patchInkOutput(source) {
  const start = source.indexOf('class OutputCaches {');
  const end = source.indexOf('export default class Output {');
  const original = start === -1 || end < start ? '' : source.slice(start, end);
  if (!['getStyledChars(line)', 'getStringWidth(text)', 'getWidestLine(text)'].every((m) => original.includes(m)) || original.includes('getSlice')) {
    throw new Error('ink Output caches: the code to patch changed; update scripts/build/ink-output.mjs');
  }
  let out = source.slice(0, start) + TWO_FRAME_CACHES + source.slice(end);
  out = replaceOnce(out, BLANK_ROW, SHARED_BLANK_ROW, 'ink Output blank cells');
  out = replaceOnce(out, SLICE, CACHED_SLICE, 'ink Output clipping');
  out = replaceOnce(out, ROWS_TO_TEXT, ROWS_TO_TEXT_REUSED, 'ink Output rows');
  out = replaceOnce(
    out,
    'export default class Output {',
    "const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });\n" +
      '// The rows of the last frame drawn, with their cells, to reuse the text of unchanged rows.\n' +
      'let lastFrameRows = [];\nexport default class Output {',
    'ink Output',
  );
  return out;
}

const INCREMENTAL_UP = `            buffer.push(ansiEscapes.eraseLines(previousVisible - visibleCount + extraSlot), ansiEscapes.cursorUp(visibleCount));
        }
        else {
            buffer.push(ansiEscapes.cursorUp(previousVisible - 1));
        }`;
const INCREMENTAL_UP_FIXED = `            buffer.push(ansiEscapes.eraseLines(previousVisible - visibleCount + extraSlot), visibleCount > 0 ? ansiEscapes.cursorUp(visibleCount) : '');
        }
        else {
            // Patched: after a frame that ended with a newline the cursor is one line lower.
            const up = previousVisible - (previousOutput.endsWith('\\n') ? 0 : 1);
            buffer.push(up > 0 ? ansiEscapes.cursorUp(up) : '');
        }`;

/** ink/build/log-update.js */
export function patchLogUpdate(source) {
  return replaceOnce(source, INCREMENTAL_UP, INCREMENTAL_UP_FIXED, 'ink incremental log-update');
}
