// Semantic styles for the whole TUI. Screens name a role ("success", "muted"), never a colour,
// so NO_COLOR is honoured in one place: without colour, roles fall back to bold/inverse/dim and
// the text markers (✓ ✗ › …) that every screen prints anyway.

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
  style(role: Role): TextStyle;
  /** Glyphs that carry meaning without colour. */
  readonly glyph: Readonly<Glyphs>;
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
};

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

export function createTheme(options: { noColor?: boolean } = {}): Theme {
  const noColor = options.noColor ?? false;
  const table = noColor ? MONO : COLOUR;
  return {
    noColor,
    style: (role) => table[role],
    glyph: GLYPHS,
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
