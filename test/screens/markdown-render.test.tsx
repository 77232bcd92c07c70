import chalk from 'chalk';
import stringWidth from 'string-width';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons';
import type { Block } from '../../src/lessons/types';
import { Markdown } from '../../src/screens/markdown/Markdown';
import { createTheme, ThemeContext } from '../../src/screens/theme';
import { hasColourCodes, renderAt, visibleLines } from './helpers';

beforeAll(() => {
  chalk.level = 3;
});

const mounted: Array<() => void> = [];
afterEach(() => {
  while (mounted.length) mounted.pop()?.();
});

function show(blocks: Block[], width = 80, noColor = false) {
  const r = renderAt(
    <ThemeContext.Provider value={createTheme({ noColor })}>
      <Markdown blocks={blocks} width={width} />
    </ThemeContext.Provider>,
    { columns: width, rows: 200 },
  );
  mounted.push(r.unmount);
  return r;
}

const BLOCKS: Block[] = [
  { kind: 'paragraph', text: 'Click **Create Job** and open `orders_pipeline` *now*.' },
  {
    kind: 'table',
    header: ['Field', 'Value'],
    align: [null, 'right'],
    rows: [
      ['**Task name**', '`bronze_customer`'],
      ['**Compute**', 'Shared training cluster *(for workshop only — in production, use a dedicated Job cluster)*'],
    ],
  },
  { kind: 'code', lang: 'yaml', code: 'resources:\n  jobs:\n    demo: {}   # keep me' },
];

describe('<Markdown>', () => {
  it('styles inline bold and code with the theme', () => {
    const raw = show(BLOCKS).rawFrame();
    // Bold is SGR 1 right before the words; code is the theme's code colour (yellow, SGR 33).
    const ESC = '\u001B';
    expect(raw).toContain(`${ESC}[1mCreate Job`);
    expect(raw).toContain(`${ESC}[33morders_pipeline`);
    expect(raw).toContain(`${ESC}[3mnow`);
    expect(visibleLines(raw)[0]).toBe('Click Create Job and open orders_pipeline now.');
  });

  it('draws the table aligned, within 80 columns, wrapping the long cell', () => {
    const lines = visibleLines(show(BLOCKS).rawFrame()).filter((l) => /^[├┌└]/.test(l) || /^│.*│$/.test(l));
    const widths = new Set(lines.map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
    expect([...widths][0]).toBeLessThanOrEqual(80);
    // Right-aligned value column: the short value ends at the column's right edge.
    const row = lines.find((l) => l.includes('Task name')) as string;
    expect(row).toMatch(/ bronze_customer │$/);
    expect(lines.filter((l) => l.startsWith('│ ')).length).toBeGreaterThan(3);
  });

  it('keeps code block content line for line', () => {
    const lines = visibleLines(show(BLOCKS).rawFrame());
    const code = lines.filter((l) => l.startsWith('│ ') && !l.includes('│ ', 2)).map((l) => l.slice(2).trimEnd());
    expect(code).toEqual(['resources:', '  jobs:', '    demo: {}   # keep me']);
  });

  it('never draws wider than the terminal, for the whole lab', () => {
    const blocks: Block[] = [
      ...LAB08.structure,
      ...LAB08.workshop.intro,
      ...LAB08.workshop.steps.flatMap((s) => s.blocks),
      ...LAB08.workshop.reference.blocks,
      ...LAB08.practice.tasks.flatMap((t) => t.prompt),
    ];
    for (const width of [80, 60]) {
      const lines = visibleLines(show(blocks, width).rawFrame());
      expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(width);
    }
  });

  it('without colour: no colour codes, code spans keep their backticks', () => {
    const r = show(BLOCKS, 80, true);
    expect(hasColourCodes(r.rawFrame())).toBe(false);
    expect(visibleLines(r.rawFrame())[0]).toBe('Click Create Job and open `orders_pipeline` now.');
  });
});
