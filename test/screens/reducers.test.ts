import { describe, expect, it } from 'vitest';
import { listReducer, visibleWindow } from '../../src/screens/components/list';
import { initScroll, maxOffset, scrollReducer, thumb, type ScrollAction } from '../../src/screens/components/scroll';
import { barCells } from '../../src/screens/components/bar';

const run = (actions: ScrollAction[], total = 100, viewport = 20) => actions.reduce(scrollReducer, initScroll(total, viewport));

describe('scrollReducer', () => {
  it('moves by lines and pages, keeping one line of context per page', () => {
    expect(run([{ type: 'lineDown' }, { type: 'lineDown' }]).offset).toBe(2);
    expect(run([{ type: 'pageDown' }]).offset).toBe(19);
    expect(run([{ type: 'pageDown' }, { type: 'pageUp' }]).offset).toBe(0);
  });

  it('stays within [0, total - viewport]', () => {
    expect(run([{ type: 'lineUp' }]).offset).toBe(0);
    expect(run([{ type: 'bottom' }]).offset).toBe(80);
    expect(run([{ type: 'bottom' }, { type: 'lineDown' }, { type: 'pageDown' }]).offset).toBe(80);
    expect(run([{ type: 'scrollTo', offset: 500 }]).offset).toBe(80);
    expect(run([{ type: 'pageDown' }], 10, 20).offset).toBe(0);
  });

  it('returns the same state when nothing moves (no re-render)', () => {
    const s = initScroll(100, 20);
    expect(scrollReducer(s, { type: 'top' })).toBe(s);
    expect(scrollReducer(s, { type: 'resize', total: 100, viewport: 20 })).toBe(s);
  });

  it('re-clamps when the content shrinks or the terminal grows', () => {
    const s = run([{ type: 'bottom' }]);
    expect(scrollReducer(s, { type: 'resize', total: 50, viewport: 20 }).offset).toBe(30);
    expect(scrollReducer(s, { type: 'resize', total: 100, viewport: 120 }).offset).toBe(0);
    expect(maxOffset({ total: 5, viewport: 0 })).toBe(4);
  });

  it('draws a thumb proportional to the view, at the top and at the bottom', () => {
    expect(thumb(initScroll(10, 20))).toBeUndefined();
    expect(thumb(initScroll(40, 20))).toEqual([0, 10]);
    expect(thumb(run([{ type: 'bottom' }], 40, 20))).toEqual([10, 10]);
  });
});

describe('listReducer', () => {
  it('moves without wrapping and jumps to the ends', () => {
    let s = { index: 0, count: 3 };
    s = listReducer(s, { type: 'up' });
    expect(s.index).toBe(0);
    s = listReducer(listReducer(listReducer(s, { type: 'down' }), { type: 'down' }), { type: 'down' });
    expect(s.index).toBe(2);
    expect(listReducer(s, { type: 'first' }).index).toBe(0);
    expect(listReducer({ index: 0, count: 3 }, { type: 'last' }).index).toBe(2);
  });

  it('keeps the cursor valid when the list shrinks', () => {
    expect(listReducer({ index: 5, count: 6 }, { type: 'resize', count: 2 })).toEqual({ index: 1, count: 2 });
    expect(listReducer({ index: 0, count: 3 }, { type: 'select', index: 9 }).index).toBe(2);
  });

  it('windows a long list around the cursor', () => {
    expect(visibleWindow(0, 5, 10)).toEqual({ start: 0, end: 5 });
    expect(visibleWindow(0, 30, 10)).toEqual({ start: 0, end: 10 });
    expect(visibleWindow(15, 30, 10)).toEqual({ start: 10, end: 20 });
    expect(visibleWindow(29, 30, 10)).toEqual({ start: 20, end: 30 });
  });
});

describe('barCells', () => {
  it('is full only when everything is done and never empty once something is', () => {
    expect(barCells(8, 8, 8)).toEqual({ full: 8, empty: 0 });
    expect(barCells(0, 8, 8)).toEqual({ full: 0, empty: 8 });
    expect(barCells(1, 100, 8).full).toBe(1);
    expect(barCells(99, 100, 8).full).toBe(7);
    expect(barCells(5, 8, 8)).toEqual({ full: 5, empty: 3 });
  });
});
