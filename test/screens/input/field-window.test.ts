import { describe, expect, it } from 'vitest';
import { fieldWindow } from '../../../src/screens/input/field-window';
import { displayWidth } from '../../../src/text/width';

/** The line as drawn: marks, text, [cursor cell]. */
function draw(value: string, cursor: number, start: number, width: number): { line: string; start: number } {
  const w = fieldWindow(value, cursor, start, width);
  const line = `${w.leftCut ? '…' : ''}${w.before}[${w.atCursor}]${w.after}${w.rightCut ? '…' : ''}`;
  return { line, start: w.start };
}

describe('fieldWindow', () => {
  it('shows a short value whole', () => {
    expect(draw('alice', 5, 0, 20).line).toBe('alice[]');
  });

  it('keeps the end of a long path and the cursor on screen while typing at the end', () => {
    const path = '/Volumes/retailhub_alexandra/default/datasets/orders/2026/x';
    const { line } = draw(path, path.length, 0, 30);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('/x[]')).toBe(true);
    expect(displayWidth(line) - 2).toBeLessThanOrEqual(30);
  });

  it('marks both ends when the cursor is in the middle of a long value', () => {
    const value = 'abcdefghij'.repeat(10);
    const { line } = draw(value, 50, 45, 20);
    expect(line.startsWith('…')).toBe(true);
    expect(line.endsWith('…')).toBe(true);
    expect(displayWidth(line) - 2).toBeLessThanOrEqual(20);
  });

  it('scrolls back when the cursor moves left of the window', () => {
    const value = 'abcdefghij'.repeat(10);
    const moved = draw(value, 10, 60, 20);
    expect(moved.start).toBeLessThanOrEqual(10);
    expect(moved.line).toContain('[a]');
  });

  it('measures wide characters by display width', () => {
    const value = '漢字'.repeat(30);
    const { line } = draw(value, value.length, 0, 21);
    expect(displayWidth(line.replace('[', '').replace(']', ' '))).toBeLessThanOrEqual(21);
  });

  it('fits its width at every cursor position (property over positions)', () => {
    const value = 'ab漢😀e\u0301'.repeat(20);
    let start = 0;
    for (let cursor = 0; cursor <= value.length; cursor++) {
      const w = fieldWindow(value, cursor, start, 17);
      start = w.start;
      const cells = (w.leftCut ? 1 : 0) + displayWidth(w.before) + Math.max(1, displayWidth(w.atCursor)) + displayWidth(w.after) + (w.rightCut ? 1 : 0);
      expect(cells).toBeLessThanOrEqual(17);
    }
  });
});
