import { describe, expect, it } from 'vitest';
import { asciiDrawing, createTheme, resolveNoColor, type Role } from '../../src/screens/theme';

const ROLES: Role[] = [
  'text', 'heading', 'accent', 'muted', 'code', 'success', 'failure', 'error', 'warning', 'selection', 'key',
  'bold', 'italic', 'link', 'quote', 'barFull', 'barEmpty', 'tableBorder', 'tableHeader', 'codeKeyword',
  'codeString', 'codeNumber', 'codeComment', 'codeKey', 'codePunct', 'codeBlank',
];

describe('theme', () => {
  it('follows NO_COLOR (non-empty) unless an explicit option says otherwise', () => {
    expect(resolveNoColor(undefined, {})).toBe(false);
    expect(resolveNoColor(undefined, { NO_COLOR: '1' })).toBe(true);
    expect(resolveNoColor(undefined, { NO_COLOR: '' })).toBe(false);
    expect(resolveNoColor(false, { NO_COLOR: '1' })).toBe(false);
    expect(resolveNoColor(true, {})).toBe(true);
  });

  it('uses no colour at all without colour, but keeps the selection and the blanks visible', () => {
    const mono = createTheme({ noColor: true });
    for (const role of ROLES) {
      expect(mono.style(role).color, role).toBeUndefined();
      expect(mono.style(role).backgroundColor, role).toBeUndefined();
    }
    expect(mono.style('selection').inverse).toBe(true);
    expect(mono.style('codeBlank').inverse).toBe(true);
  });

  it('colours the semantic roles otherwise', () => {
    const colour = createTheme();
    expect(colour.style('success').color).toBe('green');
    expect(colour.style('failure').color).toBe('red');
    expect(colour.noColor).toBe(false);
  });

  it('with ascii, every glyph is ASCII, borders are classic, and drawing maps one character to one', () => {
    const ascii = createTheme({ ascii: true });
    for (const [name, glyph] of Object.entries(ascii.glyph)) expect(glyph, name).toMatch(/^[\x20-\x7e]+$/);
    expect(ascii.borderStyle).toBe('classic');
    expect(createTheme().borderStyle).toBe('round');
    const drawn = '┌─┬─┐ │a│é│ ├─┼─┤ └─┴─┘ ↑↓←→ ✓ ✗ ● ○ › • … █░▌ ┆ · — “q”';
    const mapped = asciiDrawing(drawn);
    expect(mapped).toBe('+-+-+ |a|é| +-+-+ +-+-+ ^v<> + x * o > * ~ #-| : - - "q"');
    expect([...mapped]).toHaveLength([...drawn].length);
    // Letters, CJK and emoji are text, not drawing.
    expect(asciiDrawing('Ana María 名前 🎉')).toBe('Ana María 名前 🎉');
    expect(ascii.plain('↑↓')).toBe('^v');
    expect(createTheme().plain('↑↓')).toBe('↑↓');
  });
});
