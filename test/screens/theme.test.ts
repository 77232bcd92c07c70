import { describe, expect, it } from 'vitest';
import { createTheme, resolveNoColor, type Role } from '../../src/screens/theme';

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
});
