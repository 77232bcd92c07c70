import { describe, expect, it } from 'vitest';
import type { LoadedResult } from '../../src/drill/report';
import { buildReport } from '../../src/drill/report';
import { bar, CSV_HEADER, csvQuote, duration, guardFormula, renderCsv, renderJson, renderText } from '../../src/drill/report-render';
import { inert, inertJson } from '../../src/drill/sanitize';
import { displayWidth } from '../../src/text/width';
import { fakeDrill, FIXTURE_LAB, fixtureJudge, referenceAnswers } from './fixtures';

// Anything a terminal could act on: C0 (but \n between lines), DEL, C1, bidi controls, separators.
// eslint-disable-next-line no-control-regex
const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const HOSTILE_NAME = 'Mallory\u001b[2J\u001b[H\u001b]0;pwned\u0007\u001b[31m\u202eevil\u2066x\u009b1m\u0085';
const HOSTILE_ANSWER = '\u001b]8;;http://evil\u001b\\click\u001b]8;;\u001b\\';

function loaded(learner: string, submit: Record<number, string[]>, finish = true, path = `/r/${learner}.json`): LoadedResult {
  return { path, result: fakeDrill({ learner, submit, finish }).result };
}

function hostileReport() {
  const results = [
    loaded('Ada Lovelace', { 1: referenceAnswers(1), 3: ['6 0 * * *', '0 * * * *'] }),
    loaded(HOSTILE_NAME, { 1: ['3', HOSTILE_ANSWER], 2: ['=cmd|" /C calc"!A0', 'x'] }, false, '/r/\u001b[2Jmallory.json'),
    loaded('=HYPERLINK("http://evil","click")', { 8: referenceAnswers(8) }),
    loaded('+1 Plus', {}),
    loaded('-2 Minus', {}),
    loaded('@SUM(A1)', {}),
    loaded('Comma, "Quoted"', { 5: ['True'] }),
    loaded('李雷 and a very long name that cannot possibly fit into the learners table', {}),
  ];
  return buildReport(results, FIXTURE_LAB, fixtureJudge, {
    seed: { seed: '42\u001b[2J', source: 'majority', agreeing: 8, total: 9 },
    notCounted: [{ path: '/r/evil\u001b]0;x\u0007.json', reason: 'another seed ("\u001b[31mred"; this session\'s is "42")' }],
  });
}

describe('inert', () => {
  it('shows control, C1 and bidi characters as escapes', () => {
    expect(inert('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(inert('\u0007\u0000\u007f\u009b\u0085')).toBe('\\x07\\x00\\x7f\\x9b\\x85');
    expect(inert('\u202a\u202e\u2066\u2069\u200f')).toBe('\\u202a\\u202e\\u2066\\u2069\\u200f');
    expect(inert('tab\there\nnew')).toBe('tab\\x09here\\x0anew');
    expect(inert('lone \ud800 surrogate')).toBe('lone \\ud800 surrogate');
  });

  it('keeps ordinary text, accents, CJK and emoji', () => {
    const text = 'Zoë 李雷 🚀 ok_42 "quoted" ©';
    expect(inert(text)).toBe(text);
  });

  it('inertJson keeps the same JSON value', () => {
    const value = { name: HOSTILE_NAME, answer: HOSTILE_ANSWER };
    const safe = inertJson(JSON.stringify(value));
    expect(safe).not.toMatch(RAW_UNSAFE);
    expect(JSON.parse(safe)).toEqual(value);
  });
});

describe('width helpers', () => {
  it('draws bars with eighth blocks and formats durations', () => {
    expect(bar(0)).toBe(' '.repeat(26));
    expect(bar(1)).toBe('█'.repeat(26));
    expect(bar(0.5)).toBe(`${'█'.repeat(13)}${' '.repeat(13)}`);
    expect(bar(1 / 3).trimEnd()).toBe('████████▋');
    expect(displayWidth(bar(0.77))).toBe(26);
    expect([duration(42), duration(102), duration(723), duration(3720)]).toEqual(['42s', '1m42s', '12m03s', '1h02m']);
  });
});

describe('renderText', () => {
  const report = hostileReport();
  const text = renderText(report, { title: 'LAB 08 drill report' });
  const lines = text.split('\n');

  it('never emits a raw control, C1 or bidi character', () => {
    expect(text).not.toMatch(RAW_UNSAFE);
    expect(text).toContain('Mallory\\x1b[2J\\x1b[H\\x1b]0…');
    expect(text).toContain('\\x1b]8;;http://evil');
    expect(text).toContain('evil\\x1b]0;x\\x07.json');
    expect(text).toContain('Seed "42\\x1b[2J"');
  });

  it('fits 80 columns', () => {
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('shows the summary, the pass-rate chart, wrong answers, learners and files not counted', () => {
    expect(text).toMatch(/^LAB 08 drill report · lab08\n/);
    expect(text).toContain('Learners 8 · finished 7 · unfinished 1');
    const chart = lines.find((l) => /^\s+1 Job Configuration/.test(l));
    expect(chart).toMatch(/█+[▏▎▍▌▋▊▉]?\s+13%\s+1\/8\s+\d+s$/);
    expect(text).toMatch(/cron_daily_6am · expected 0 6 \* \* \* · 1 wrong\n\s+1× {2}6 0 \* \* \*/);
    expect(text).toMatch(/Ada Lovelace\s+1\/8 {2}✓ · ✗ · · · · ·\s+\S+ {2}finished/);
    expect(text).toContain('李雷 and a very long name');
    // The chart uses the short topic; the wrong-answers heading the full title.
    expect(text).toMatch(/^\s+4 Dependencies \(DAG\)\s/m);
    expect(text).toMatch(/Not counted \(1\)\n {2}\/r\/evil\\x1b\]0;x\\x07\.json\n {6}another seed/);
  });
});

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('renderCsv', () => {
  const report = hostileReport();
  const csv = renderCsv(report);
  const rows = parseCsv(csv);

  it('has a header and one row per learner per task, CRLF-terminated', () => {
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1 + 8 * 8);
    expect(csv.endsWith('\r\n')).toBe(true);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
  });

  it('quotes commas and quotes (RFC 4180)', () => {
    expect(csv).toContain('"Comma, ""Quoted"""');
    const comma = rows.find((r) => r[0] === 'Comma, "Quoted"' && r[5] === '5')!;
    expect(comma[7]).toBe('failed');
    expect(JSON.parse(comma[10]!)).toEqual(['True']);
    expect(csvQuote('plain')).toBe('plain');
    expect(csvQuote('a\nb')).toBe('"a\nb"');
  });

  it('guards against formula injection', () => {
    const learners = new Set(rows.slice(1).map((r) => r[0]));
    expect(learners).toContain('\'=HYPERLINK("http://evil","click")');
    expect(learners).toContain("'+1 Plus");
    expect(learners).toContain("'-2 Minus");
    expect(learners).toContain("'@SUM(A1)");
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(guardFormula('=1+1')).toBe("'=1+1");
    expect(guardFormula('1+1')).toBe('1+1');
  });

  it('keeps answers as a JSON list and escapes control characters', () => {
    expect(csv.replaceAll("\r\n", "\n")).not.toMatch(RAW_UNSAFE);
    const mallory = rows.find((r) => r[0]?.startsWith('Mallory') && r[5] === '1')!;
    expect(mallory[0]).toBe(inert(HOSTILE_NAME));
    expect(mallory[1]).toBe('/r/\\x1b[2Jmallory.json');
    expect(JSON.parse(mallory[10]!)).toEqual(['3', HOSTILE_ANSWER]);
  });
});

describe('renderJson', () => {
  const report = hostileReport();
  const json = renderJson(report);
  const value = JSON.parse(json) as Record<string, unknown>;

  it('has a stable top-level shape', () => {
    expect(Object.keys(value)).toEqual(['format', 'version', 'labId', 'seed', 'summary', 'tasks', 'learners', 'notCounted']);
    expect(value).toMatchObject({
      format: 'lakeflow-lab/class-report',
      version: 1,
      labId: 'lab08',
      summary: { learners: 8, finished: 7, unfinished: 1, altered: 0, meanScore: expect.any(Number), medianScore: expect.any(Number) },
    });
    const tasks = value.tasks as Array<Record<string, unknown>>;
    expect(tasks).toHaveLength(8);
    expect(Object.keys(tasks[0]!)).toEqual([
      'task',
      'title',
      'topic',
      'drilled',
      'passed',
      'failed',
      'errors',
      'unanswered',
      'needsReview',
      'passRate',
      'medianSeconds',
      'blanks',
    ]);
    const learners = value.learners as Array<Record<string, unknown>>;
    expect(Object.keys(learners[0]!)).toEqual(['learner', 'file', 'source', 'altered', 'finished', 'endReason', 'seed', 'passed', 'total', 'score', 'seconds', 'tasks']);
    expect(value.notCounted).toEqual([{ file: '/r/evil\u001b]0;x\u0007.json', reason: expect.stringContaining('another seed') }]);
  });

  it('keeps hostile strings exact as JSON values but never raw in the text', () => {
    expect(json).not.toMatch(RAW_UNSAFE);
    const learners = value.learners as Array<{ learner: string; tasks: Array<{ task: number; answers: string[] }> }>;
    const mallory = learners.find((l) => l.learner === HOSTILE_NAME)!;
    expect(mallory.tasks.find((t) => t.task === 1)?.answers).toEqual(['3', HOSTILE_ANSWER]);
  });
});

describe('a class of thousands', () => {
  it('keeps the passed column whole (the bar gives up the room), every line within 80 columns', () => {
    const results = Array.from({ length: 1200 }, (_, i) =>
      loaded(`Learner ${i}`, i % 2 === 0 ? { 1: referenceAnswers(1) } : { 1: ['4', 'x'] }),
    );
    const text = renderText(buildReport(results, FIXTURE_LAB, fixtureJudge, { notCounted: [] }));
    expect(text).toMatch(/ 600\/1200 /);
    for (const line of text.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });
});
