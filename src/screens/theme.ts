// Semantic styles for the whole TUI. Screens name a role ("success", "muted"), never a colour,
// so NO_COLOR is honoured in one place: without colour, roles fall back to bold/inverse/dim and
// the text markers (✓ ✗ › …) that every screen prints anyway. The `ascii` setting is honoured
// here too: ASCII glyphs, Ink's 'classic' borders, and `asciiDrawing` for what layout code draws.

import { createContext, useContext } from 'react';

export type Role =
  | 'text'
  | 'heading'
  | 'accent'
  | 'muted'
  | 'code'
  | 'success'
  | 'failure'
  | 'error'
  | 'warning'
  | 'selection'
  | 'key'
  | 'bold'
  | 'italic'
  | 'link'
  | 'quote'
  | 'barFull'
  | 'barEmpty'
  | 'tableBorder'
  | 'tableHeader'
  // Syntax colouring of code blocks.
  | 'codeKeyword'
  | 'codeString'
  | 'codeNumber'
  | 'codeComment'
  | 'codeKey'
  | 'codePunct'
  /** The `______` a learner fills in. */
  | 'codeBlank'
  /** The cursor cell of a text field. */
  | 'cursor';

/** The subset of Ink's <Text> props a role may set. */
export interface TextStyle {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

export interface Theme {
  readonly noColor: boolean;
  /** ASCII only: no box-drawing, blocks, arrows or other symbols (the `ascii` setting). */
  readonly ascii: boolean;
  style(role: Role): TextStyle;
  /** Glyphs that carry meaning without colour. */
  readonly glyph: Readonly<Glyphs>;
  /** For an Ink <Box borderStyle>: 'classic' draws with + - | only. */
  readonly borderStyle: 'round' | 'classic';
  /** `text` as this theme draws it: with `ascii`, drawing characters become ASCII ones. */
  plain(text: string): string;
}

export interface Glyphs {
  pointer: string;
  done: string;
  failed: string;
  attempted: string;
  todo: string;
  warning: string;
  bullet: string;
  quoteBar: string;
  barFull: string;
  barEmpty: string;
  /** Between the crumbs of the header's trail. */
  crumb: string;
  /** A choice field's chosen and other options. */
  radioOn: string;
  radioOff: string;
  /** A scroll bar's thumb and track. */
  scrollThumb: string;
  scrollTrack: string;
}

const GLYPHS: Glyphs = {
  pointer: '›',
  done: '✓',
  failed: '✗',
  attempted: '●',
  todo: '○',
  warning: '!',
  bullet: '•',
  quoteBar: '▌',
  barFull: '█',
  barEmpty: '░',
  crumb: '›',
  radioOn: '●',
  radioOff: '○',
  scrollThumb: '█',
  scrollTrack: '│',
};

const ASCII_GLYPHS: Glyphs = {
  pointer: '>',
  done: '+',
  failed: 'x',
  attempted: '*',
  todo: 'o',
  warning: '!',
  bullet: '*',
  quoteBar: '|',
  barFull: '#',
  barEmpty: '-',
  crumb: '>',
  radioOn: '*',
  radioOff: 'o',
  scrollThumb: '#',
  scrollTrack: '|',
};

// One ASCII character for each drawing character, so that every width computed for the
// original still holds: layout code (tables, DAGs, code cells, scroll bars) draws with the
// characters below and the output is mapped as it is written (screens/run.tsx).
const ASCII_FOR: Record<string, string> = {
  '─': '-', '━': '-', '┄': '-', '┅': '-', '┈': '-', '┉': '-', '╌': '-', '╍': '-', '═': '=', '╴': '-', '╶': '-',
  '│': '|', '┃': '|', '┆': ':', '┇': ':', '┊': ':', '┋': ':', '╎': ':', '╏': ':', '║': '|', '╵': '|', '╷': '|',
  '▌': '|', '▐': '|', '▏': '|', '▕': '|', '░': '-', '▒': ':', '▓': '#',
  '←': '<', '→': '>', '↑': '^', '↓': 'v', '↔': '-', '⇒': '>', '⇐': '<', '↵': '<',
  '›': '>', '‹': '<', '»': '>', '«': '<', '•': '*', '·': '-', '…': '~', '✓': '+', '✔': '+', '✗': 'x', '✘': 'x',
  '●': '*', '○': 'o', '◆': '*', '◇': 'o', '■': '#', '□': 'o', '▶': '>', '▸': '>', '◀': '<', '▲': '^', '▼': 'v',
  '×': 'x', '−': '-', '–': '-', '—': '-', '“': '"', '”': '"', '‘': "'", '’': "'", '§': 'S', '≥': '>', '≤': '<',
};

/** One ASCII character for a drawing one; undefined for text (letters, CJK, emoji). */
function asciiFor(ch: string): string | undefined {
  const mapped = ASCII_FOR[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2500 && code <= 0x257f) return '+'; // the rest of box drawing: corners, junctions
  if (code >= 0x2580 && code <= 0x259f) return '#'; // blocks
  if (code >= 0x2190 && code <= 0x21ff) return '>'; // arrows
  if (code >= 0x25a0 && code <= 0x25ff) return '*'; // geometric shapes
  if (code >= 0x2700 && code <= 0x27bf) return '*'; // dingbats
  return undefined;
}

const NON_ASCII = /[\u0080-\uffff]/g;

/** `text` with every drawing character replaced by one ASCII character (same width). */
export function asciiDrawing(text: string): string {
  return text.replace(NON_ASCII, (ch) => asciiFor(ch) ?? ch);
}

/**
 * While `on()`, what is written to `stdout` is drawn in ASCII (asciiDrawing): what layout code
 * draws (tables, DAGs, rules, arrows) follows the `ascii` setting without each layout knowing.
 * Returns the function that undoes it.
 */
export function asciiOutput(stdout: NodeJS.WriteStream, on: () => boolean): () => void {
  const original = stdout.write;
  const write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const out = typeof chunk === 'string' && on() ? asciiDrawing(chunk) : chunk;
    return (original as (...args: unknown[]) => boolean).call(this, out, ...rest);
  };
  stdout.write = write as typeof stdout.write;
  return () => {
    if (stdout.write === (write as typeof stdout.write)) stdout.write = original;
  };
}

// Named ANSI colours only: they follow the user's terminal palette (light or dark).
const COLOUR: Record<Role, TextStyle> = {
  text: {},
  heading: { color: 'cyan', bold: true },
  accent: { color: 'cyan' },
  muted: { color: 'gray' },
  code: { color: 'yellow' },
  success: { color: 'green' },
  failure: { color: 'red' },
  error: { color: 'red', bold: true },
  warning: { color: 'yellow' },
  selection: { color: 'cyan', bold: true },
  key: { color: 'cyan', bold: true },
  bold: { bold: true },
  italic: { italic: true },
  link: { color: 'blue', underline: true },
  quote: { color: 'cyan' },
  barFull: { color: 'green' },
  barEmpty: { color: 'gray' },
  tableBorder: { color: 'gray' },
  tableHeader: { bold: true },
  codeKeyword: { color: 'magenta' },
  codeString: { color: 'green' },
  codeNumber: { color: 'yellow' },
  codeComment: { color: 'gray', italic: true },
  codeKey: { color: 'cyan' },
  codePunct: {},
  codeBlank: { color: 'black', backgroundColor: 'yellow' },
  cursor: { inverse: true },
};

// Without colour: only attributes, chosen so that every role that mattered stays distinguishable.
const MONO: Record<Role, TextStyle> = {
  text: {},
  heading: { bold: true, underline: true },
  accent: { bold: true },
  muted: { dimColor: true },
  code: {},
  success: { bold: true },
  failure: { bold: true },
  error: { bold: true },
  warning: { bold: true },
  selection: { inverse: true },
  key: { bold: true },
  bold: { bold: true },
  italic: { italic: true },
  link: { underline: true },
  quote: {},
  barFull: {},
  barEmpty: { dimColor: true },
  tableBorder: {},
  tableHeader: { bold: true },
  codeKeyword: { bold: true },
  codeString: {},
  codeNumber: {},
  codeComment: { dimColor: true },
  codeKey: {},
  codePunct: {},
  codeBlank: { inverse: true },
  cursor: { inverse: true },
};

const same = (text: string): string => text;

export function createTheme(options: { noColor?: boolean; ascii?: boolean } = {}): Theme {
  const noColor = options.noColor ?? false;
  const ascii = options.ascii ?? false;
  const table = noColor ? MONO : COLOUR;
  return {
    noColor,
    ascii,
    style: (role) => table[role],
    glyph: ascii ? ASCII_GLYPHS : GLYPHS,
    borderStyle: ascii ? 'classic' : 'round',
    plain: ascii ? asciiDrawing : same,
  };
}

/**
 * https://no-color.org: NO_COLOR set to a non-empty value disables colour. An explicit option
 * (a `--no-color` flag) wins over the environment.
 */
export function resolveNoColor(option: boolean | undefined, env: NodeJS.ProcessEnv = process.env): boolean {
  if (option !== undefined) return option;
  const value = env['NO_COLOR'];
  return value !== undefined && value !== '';
}

/** Merge several roles, later ones winning (e.g. bold text inside a code span). */
export function mergeStyles(theme: Theme, roles: readonly Role[]): TextStyle {
  if (roles.length === 1) return theme.style(roles[0] as Role);
  const out: TextStyle = {};
  for (const role of roles) Object.assign(out, theme.style(role));
  return out;
}

export const ThemeContext = createContext<Theme>(createTheme());

export function useTheme(): Theme {
  return useContext(ThemeContext);
}
