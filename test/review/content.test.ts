// The content check for review cards (rustlings style): every card of the deck, and 200 seeds
// of every generated family, is laid out as the review screen lays it out at 80 columns; each
// fact its answer depends on must be on its front, nothing may be wider than the screen, every
// card beyond the lab names its source, the reference answer passes the card's own judge, and
// options do not give the answer away by length.
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import type { Verdict } from '../../src/checks/types';
import { catalog, deckRecords } from '../../src/review/catalog';
import { BLANK_NEEDS } from '../../src/review/cards/blanks';
import {
  RUN_IF_SCENARIOS,
  attemptsAfterTimeout,
  attemptsWhenAlwaysFailing,
  continuousWithDependencyRejected,
  queueAnswer,
  runIfAnswer,
} from '../../src/review/cards/exam';
import { FAMILIES } from '../../src/review/cards/generated';
import { makeRng } from '../../src/review/rng';
import type { Card } from '../../src/review/types';
import { questionLines } from '../../src/screens/review/layout';
import { lineText, lineWidth } from '../../src/screens/markdown/lines';
import { createTheme } from '../../src/screens/theme';

/** 80 columns, minus the app's margin and the review panel's scrollbar. */
const WIDTH = 76;
const glyphs = createTheme({ noColor: true }).glyph;

// The blanks' own judging runs the notebook; here only the card's front matters.
const noCheck = (): Verdict => ({ outcome: 'passed', output: [], message: 'fixture' });

/** Text as a reader sees it: markdown markers gone, whitespace (including wrapping) collapsed. */
const plain = (text: string): string => text.replace(/\*\*|`/g, '').replace(/\s+/g, ' ').trim();

/** The front's text; a code line hard-wrapped onto a `┆` continuation is joined back. */
function front(card: Card, noColor: boolean): { text: string; widest: number } {
  const { lines } = questionLines(card, 0, { width: WIDTH, noColor }, glyphs);
  const out: string[] = [];
  for (const line of lines.map(lineText)) {
    if (line.startsWith('┆ ') && out.length > 0) out[out.length - 1] += line.slice(2);
    else out.push(line.startsWith('│ ') ? line.slice(2) : line);
  }
  return { text: plain(out.join('\n')), widest: Math.max(...lines.map(lineWidth)) };
}

const fixed = catalog(LAB08, noCheck).map((m) => m.make(makeRng(1)));
const drawn = FAMILIES.flatMap((f) => Array.from({ length: 200 }, (_, seed) => f.draw(makeRng(seed, f.id)).make(makeRng(seed))));
const everyCard = [...fixed, ...drawn];

describe('every card is self-contained at 80 columns', () => {
  it.each(everyCard.map((c) => [c.id, c] as const))('%s', (_id, card) => {
    for (const noColor of [false, true]) {
      const { text, widest } = front(card, noColor);
      expect(widest, 'a line wider than the screen').toBeLessThanOrEqual(WIDTH);
      for (const fact of card.needs) expect(text, `fact not on the front: ${fact}`).toContain(plain(fact));
    }
  });

  it('every card that shows context (code) declares the facts in it that its answer depends on', () => {
    expect(everyCard.filter((c) => c.code !== undefined && c.needs.length === 0).map((c) => c.id)).toEqual([]);
  });

  it('every practice blank declares the facts its answer depends on', () => {
    const blanks = LAB08.practice.tasks.flatMap((t) => t.blanks.map((b) => b.id));
    expect(blanks.filter((id) => (BLANK_NEEDS[id] ?? []).length === 0)).toEqual([]);
  });

  it('the blanks that depend on context show it: Task 1 the job JSON, Task 5 the DAG and the failed task', () => {
    const byId = new Map(fixed.map((c) => [c.id, c]));
    expect(byId.get('blank.t1.num_tasks')?.code).toContain('"task_key": "generate_report"');
    expect(byId.get('blank.t5.repair_rerun_tasks')?.code).toContain('└── send_notification');
    expect(byId.get('blank.t5.repair_rerun_tasks')?.prompt).toContain('build_fact_tables` failed');
    expect(byId.get('blank.t6.get_task_key')?.code).toContain('rows_processed = 15420');
  });
});

describe('answers and options', () => {
  const answerable = everyCard.filter((c) => c.kind !== 'self' && c.source !== 'blank');

  it('the reference answer passes each card’s own judge', () => {
    for (const card of answerable) {
      if (card.kind === 'self') continue;
      expect(card.judge(card.answer).correct, card.id).toBe(true);
    }
  });

  it('choice options are distinct, contain the answer, and every other option is judged wrong', () => {
    for (const card of fixed) {
      if (card.kind !== 'choice' || card.source === 'blank') continue;
      expect(new Set(card.options).size, card.id).toBe(card.options.length);
      expect(card.options, card.id).toContain(card.answer);
      for (const o of card.options) if (o !== card.answer) expect(card.judge(o).correct, `${card.id}: ${o}`).toBe(false);
    }
  });

  it('the right option is never the longest one (except option sets shared by cards with different answers)', () => {
    const choice = fixed.filter((c): c is Extract<Card, { kind: 'choice' }> => c.kind === 'choice' && c.source !== 'blank');
    const key = (c: { options: string[] }): string => [...c.options].sort().join('\u0000');
    const answersBySet = new Map<string, Set<string>>();
    for (const c of choice) answersBySet.set(key(c), (answersBySet.get(key(c)) ?? new Set()).add(c.answer));
    const giveaways = choice.filter((c) => {
      if ((answersBySet.get(key(c))?.size ?? 0) > 1) return false;
      const longestWrong = Math.max(...c.options.filter((o) => o !== c.answer).map((o) => o.length));
      return c.answer.length > longestWrong;
    });
    expect(giveaways.map((c) => `${c.id}: ${c.answer}`)).toEqual([]);
  });
});

describe('sources', () => {
  it('every card beyond the lab has a source URL, shown on its back', () => {
    for (const card of everyCard) {
      if (card.source !== 'exam' && card.source !== 'generated') continue;
      expect(card.doc?.url, card.id).toMatch(/^https:\/\/\S+$/);
      expect(card.doc?.title.length ?? 0, card.id).toBeGreaterThan(5);
      expect(card.explanation, card.id).toContain(card.doc?.url);
    }
  });

  it('at least 40 exam-topic cards, and the export lists at least 86 cards with the agreed shape', () => {
    expect(fixed.filter((c) => c.source === 'exam').length).toBeGreaterThanOrEqual(40);
    const records = deckRecords(LAB08, [], 'export', noCheck);
    expect(records.length).toBeGreaterThanOrEqual(86);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(Object.keys(r).sort()).toEqual(['answer', 'back', 'front', 'id', 'options', 'source', 'topic']);
      expect(r.front.length, r.id).toBeGreaterThan(10);
      expect(r.back, r.id).toContain(r.answer);
    }
    for (const f of FAMILIES) expect(records.some((r) => r.id.startsWith(`${f.id}:`)), f.id).toBe(true);
  });
});

describe('the jobs model still agrees with the answers the exam cards were written for', () => {
  it.each(RUN_IF_SCENARIOS.map((s) => [s.id, s] as const))('run_if: %s', (_id, s) => {
    expect(runIfAnswer(s)).toBe(s.expect);
  });
  it('retries, timeouts, queueing and continuous jobs', () => {
    expect(attemptsWhenAlwaysFailing(3)).toBe(4);
    expect(attemptsAfterTimeout(false)).toBe(1);
    expect(attemptsAfterTimeout(true)).toBe(2);
    expect(queueAnswer({ queue: false })).toBe('It is skipped');
    expect(queueAnswer({ queue: true })).toBe('It waits, then starts at 01:30');
    expect(continuousWithDependencyRejected()).toBe(true);
  });
});

describe('facts taught as the docs state them', () => {
  const allText = fixed.map((c) => [c.prompt, c.code ?? '', c.explanation, c.answer, c.kind === 'choice' ? c.options.join('\n') : ''].join('\n'));
  it.each([
    [/retr(y|ies) the whole job/i, 'continuous jobs do not retry the whole job with ON_FAILURE'],
    [/(stops?|stop) only after an inactivity/i, 'all-purpose auto-termination is optional'],
    [/pick by latency/i, 'the trigger is chosen by what should start the job'],
  ])('nothing says %s (%s)', (pattern) => {
    expect(allText.filter((t) => pattern.test(t))).toEqual([]);
  });
  it('the system-tables cards name the real time columns and the hourly slices', () => {
    const st = fixed.filter((c) => c.topic === 'system-tables' && c.source !== 'blank').map((c) => c.explanation).join('\n');
    expect(st).toContain('period_start_time');
    expect(st).toMatch(/hourly/);
    const t7 = fixed.find((c) => c.id === 'blank.t7.result_state');
    expect(t7?.explanation).toContain('period_start_time');
  });
  it('the lab’s “dependent tasks do not run” is qualified by run_if wherever it is taught', () => {
    const t1 = fixed.find((c) => c.id === 'blank.t1.validate_runs_on_failure');
    expect(t1?.explanation).toMatch(/run_if: ALL_SUCCESS/);
  });
  it('serverless compute for jobs is taught as the recommended default', () => {
    expect(allText.some((t) => /Serverless compute for jobs is the default for all tasks that support it/.test(t))).toBe(true);
  });
});
