import { describe, expect, it } from 'vitest';
import { helpLines } from '../../src/screens/HelpOverlay';
import { PRACTICE_KEYS } from '../../src/screens/practice/task/keys';
import { FORM_KEYS } from '../../src/screens/workshop/checkpoints/keys';

const text = (width: number) => helpLines(width).map((line) => line.map((seg) => seg.text).join('')).join('\n').replace(/\s+/g, ' ');

describe('help overlay', () => {
  it('lists every practice and workshop-form key, not only the app table', () => {
    const help = text(200);
    for (const entry of PRACTICE_KEYS) expect(help).toContain(entry.description.replace(/\s+/g, ' '));
    for (const entry of Object.values(FORM_KEYS)) expect(help).toContain(entry.description.replace(/\s+/g, ' '));
    expect(help).toContain('Ctrl+R');
  });
});
