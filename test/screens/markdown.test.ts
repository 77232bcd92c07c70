import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons';
import type { Block } from '../../src/lessons/types';
import { highlight } from '../../src/screens/markdown/highlight';
import { parseInline, plainText } from '../../src/screens/markdown/inline';
import { layoutBlocks } from '../../src/screens/markdown/layout';
import { hardWrap, lineText, lineWidth, wrapSegments, type Line } from '../../src/screens/markdown/lines';
import { fitColumns, renderTable } from '../../src/screens/markdown/table';

const roleOf = (text: string, source: string) => parseInline(source).find((s) => s.text === text)?.roles ?? [];

describe('parseInline', () => {
  it('styles bold, italic and code spans and drops their markers', () => {
    expect(plainText('Click **Create Job** in `Jobs` *now*')).toBe('Click Create Job in Jobs now');
    expect(roleOf('Create Job', 'Click **Create Job**')).toEqual(['bold']);
    expect(roleOf('Jobs', 'in `Jobs`')).toEqual(['code']);
    expect(roleOf('now', 'go *now*')).toEqual(['italic']);
  });

  it('nests code in bold and bold in italic', () => {
    expect(parseInline('**`dbutils.jobs.taskValues`**')).toEqual([{ text: 'dbutils.jobs.taskValues', roles: ['bold', 'code'] }]);
    expect(roleOf('very', '*a **very** fine*')).toEqual(['italic', 'bold']);
  });

  it('leaves snake_case, lone stars, blanks and unclosed markers alone', () => {
    expect(plainText('<your_name>_customer_pipeline')).toBe('<your_name>_customer_pipeline');
    expect(plainText('3 * 4 * 5')).toBe('3 * 4 * 5');
    expect(plainText('fill ______ in')).toBe('fill ______ in');
    expect(plainText('a **dangling')).toBe('a **dangling');
    expect(plainText('a `tick')).toBe('a `tick');
    expect(plainText('*/15 * * * *')).toBe('*/15 * * * *');
  });

  it('keeps code span content verbatim (stars inside are not emphasis)', () => {
    expect(parseInline('`*/N` for every')[0]).toEqual({ text: '*/N', roles: ['code'] });
    expect(plainText('`*` for "every" and `*/N`')).toBe('* for "every" and */N');
  });

  it('handles escapes, links, soft and hard breaks', () => {
    expect(plainText('\\*not italic\\*')).toBe('*not italic*');
    expect(plainText('see [the docs](https://example.com)')).toBe('see the docs');
    expect(plainText('one\ntwo')).toBe('one two');
    expect(parseInline('one  \ntwo').some((s) => s.text === '\n')).toBe(true);
  });

  it('keeps the backticks when asked (no colour to mark code)', () => {
    expect(plainText('run `x`', { keepCodeTicks: true })).toBe('run `x`');
  });
});

describe('wrapSegments', () => {
  it('never exceeds the width and keeps every word in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z—→✓]{1,30}$/), { maxLength: 40 }),
        fc.integer({ min: 1, max: 100 }),
        (words, width) => {
          const lines = wrapSegments([{ text: words.join(' ') }], width);
          for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(width);
          expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(words.join(''));
        },
      ),
    );
  });

  it('indents continuation lines under a hanging prefix', () => {
    const lines = wrapSegments([{ text: 'alpha beta gamma delta' }], 12, { first: [{ text: '• ' }], rest: [{ text: '  ' }] });
    expect(lines.map(lineText)).toEqual(['• alpha beta', '  gamma', '  delta']);
  });

  it('hard-wraps code at exactly the width, keeping spaces', () => {
    const parts = hardWrap([{ text: '    key: value that is long' }], 10);
    expect(parts.map(lineText).join('')).toBe('    key: value that is long');
    expect(parts.every((p) => lineWidth(p) <= 10)).toBe(true);
  });
});

describe('renderTable', () => {
  const table = {
    header: ['Parameter', 'Value', 'N'],
    align: ['left', 'center', 'right'] as const,
    rows: [
      ['`catalog`', 'retailhub', '1'],
      ['`source_path`', '/Volumes/x', '12345'],
    ],
  };

  it('aligns every column: all rows as wide, bars at the same columns', () => {
    const lines = renderTable({ ...table, align: [...table.align] }, 80).map(lineText);
    const widths = new Set(lines.map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
    const bars = (l: string) => [...l].flatMap((ch, i) => ('│┼┬┴├┤┌┐└┘'.includes(ch) ? [i] : []));
    for (const l of lines) expect(bars(l)).toEqual(bars(lines[0] as string));
  });

  it('honours the alignment row', () => {
    const lines = renderTable({ ...table, align: [...table.align] }, 80).map(lineText);
    const row = lines.find((l) => l.includes('catalog')) as string;
    const cells = row.split('│').slice(1, -1);
    expect(cells[0]).toBe(' catalog     ');
    // Column 2 is 10 wide ('/Volumes/x'): 'retailhub' leaves one column, which goes right.
    expect(cells[1]).toBe(' retailhub  ');
    expect(cells[2]).toBe('     1 ');
    const header = lines[1]?.split('│').slice(1, -1) ?? [];
    expect(header[1]).toBe('   Value    ');
    expect(header[2]).toBe('     N ');
  });

  it('shrinks the widest column and wraps its cells when the table is too wide', () => {
    const wide = {
      header: ['Task', 'Topic', 'Skills Tested'],
      align: [null, null, null],
      rows: [['1', 'Job Configuration (JSON)', 'Reading job definitions, timeouts, retries, and a great deal more text']],
    };
    const lines = renderTable(wide, 50);
    for (const l of lines) expect(lineWidth(l)).toBeLessThanOrEqual(50);
    const text = lines.map(lineText).join('\n');
    expect(text).toContain('│ Task │');
    const skills = lines
      .map(lineText)
      .filter((l) => l.startsWith('│'))
      .slice(1)
      .map((l) => l.split('│')[3]?.trim())
      .join(' ');
    expect(skills).toBe('Reading job definitions, timeouts, retries, and a great deal more text');
    expect(lines.length).toBeGreaterThan(5);
  });

  it('fits columns by trimming the widest first', () => {
    expect(fitColumns([4, 24, 43], [4, 6, 6], 60)).toEqual([4, 24, 32]);
    expect(fitColumns([10, 10], [6, 6], 30)).toEqual([10, 10]);
  });
});

describe('highlight', () => {
  const roleOfToken = (lines: Line[], text: string) => lines.flat().find((s) => s.text === text)?.roles?.[0];

  it('keeps every character of the code, in every language', () => {
    const samples: Array<[string, string]> = [
      ['yaml', LAB08.workshop.reference.ordersYaml],
      ['json', '{ "a": [1, 2.5, true, null], "b": "x" }'],
      ['python', LAB08.practice.tasks.map((t) => t.todoCell).join('\n')],
      ['sql', "SELECT a FROM t WHERE s = 'FAILED' -- note\n  AND d >= 7"],
      ['', '  ingest\n    ├── build'],
    ];
    for (const [lang, code] of samples) {
      expect(highlight(code, lang).map(lineText).join('\n')).toBe(code);
    }
  });

  it('colours yaml keys, json keys and strings, python keywords, comments and blanks', () => {
    const yaml = highlight('  name: demo # the job\n  retries: 2', 'yaml');
    expect(roleOfToken(yaml, 'name')).toBe('codeKey');
    expect(roleOfToken(yaml, '# the job')).toBe('codeComment');
    expect(roleOfToken(yaml, '2')).toBe('codeNumber');
    const json = highlight('{ "task_key": "ingest", "n": 3 }', 'json');
    expect(roleOfToken(json, '"task_key"')).toBe('codeKey');
    expect(roleOfToken(json, '"ingest"')).toBe('codeString');
    const py = highlight('assert x == True  # check\nname = "______"', 'python');
    expect(roleOfToken(py, 'assert')).toBe('codeKeyword');
    expect(roleOfToken(py, '# check')).toBe('codeComment');
    expect(roleOfToken(py, '______')).toBe('codeBlank');
    const sql = highlight("SELECT job_id FROM t WHERE x = 'FAILED'", 'sql');
    expect(roleOfToken(sql, 'SELECT')).toBe('codeKeyword');
    expect(roleOfToken(sql, "'FAILED'")).toBe('codeString');
  });

  it('carries python triple-quoted strings across lines', () => {
    const lines = highlight('q = """\nSELECT 1\n"""\nx = 2', 'python');
    expect(lines[1]?.[0]).toEqual({ text: 'SELECT 1', roles: ['codeString'] });
    expect(roleOfToken(lines, '2')).toBe('codeNumber');
  });
});

describe('layoutBlocks', () => {
  const everyBlock: Block[] = [
    { kind: 'heading', level: 1, text: LAB08.title },
    ...LAB08.structure,
    ...LAB08.setup,
    ...LAB08.workshop.intro,
    ...LAB08.workshop.steps.flatMap((s) => s.blocks),
    ...LAB08.workshop.reference.blocks,
    ...LAB08.practice.intro,
    ...LAB08.practice.tasks.flatMap((t) => [...t.prompt, { kind: 'code' as const, lang: 'python', code: t.todoCell }]),
    ...LAB08.summary.workshop,
    ...LAB08.summary.practice,
  ];

  it.each([80, 78, 60, 40, 20])('lays the whole lab out within %i columns', (width) => {
    for (const noColor of [false, true]) {
      const lines = layoutBlocks(everyBlock, { width, noColor });
      const widest = Math.max(...lines.map((l) => stringWidth(lineText(l))));
      expect(widest).toBeLessThanOrEqual(width);
    }
  });

  it('renders each kind of block recognisably', () => {
    const lines = layoutBlocks(
      [
        { kind: 'heading', level: 2, text: 'Title' },
        { kind: 'note', text: '**Note:** one\n\ntwo' },
        { kind: 'image', caption: 'Create Job', file: 'x.webp' },
        { kind: 'list', ordered: true, items: ['a', 'b'] },
        { kind: 'list', ordered: false, items: ['c'] },
        { kind: 'rule' },
        { kind: 'code', lang: 'yaml', code: 'a: 1', title: 'job.yml' },
      ],
      { width: 30 },
    ).map(lineText);
    expect(lines).toEqual([
      'Title',
      '─────',
      '',
      '▌ Note: one',
      '▌ ',
      '▌ two',
      '',
      '[screenshot: Create Job]',
      '',
      '1. a',
      '2. b',
      '',
      '• c',
      '',
      '─'.repeat(30),
      '',
      'job.yml',
      '│ a: 1',
    ]);
  });
});
