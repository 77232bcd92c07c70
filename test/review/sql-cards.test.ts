// The SQL lab's review cards: one recall card per exercise, keyed by the exercise's id, its front
// naming the tables it needs (the content test lays every card out at 80 columns), its back the
// docs' query and where it comes from.
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { SQL_EXERCISES } from '../../src/lessons/sql-exercises';
import type { Verdict } from '../../src/checks/types';
import { catalog, deckRecords } from '../../src/review/catalog';
import { oneLine, sqlMakers } from '../../src/review/cards/sql';
import { makeRng } from '../../src/review/rng';

const noCheck = (): Verdict => ({ outcome: 'passed', output: [], message: 'fixture' });

describe('SQL lab review cards', () => {
  const cards = sqlMakers().map((m) => m.make(makeRng(1)));

  it('one card per exercise, under the exercise id, in the deck', () => {
    expect(cards.map((c) => c.id)).toEqual(SQL_EXERCISES.map((e) => e.id));
    const deck = new Set(catalog(LAB08, noCheck).map((m) => m.scheduleId));
    for (const e of SQL_EXERCISES) expect(deck.has(e.id), e.id).toBe(true);
  });

  it('a recall card: the task on the front, the reference query on the back, with its source', () => {
    for (const [i, card] of cards.entries()) {
      const exercise = SQL_EXERCISES[i]!;
      expect(card.kind).toBe('self');
      expect(card.topic).toBe('system-tables');
      expect(card.prompt).toContain(exercise.prompt);
      expect(card.answer).toBe(oneLine(exercise.reference));
      expect(card.explanation).toContain(exercise.doc.url);
      expect(card.needs.length, `${card.id} names no table`).toBeGreaterThan(0);
      for (const table of card.needs) expect(card.prompt).toContain(table);
    }
  });

  it('the export carries them with their source URL', () => {
    const records = deckRecords(LAB08, [], 'export', noCheck);
    const sql = records.filter((r) => r.id.startsWith('sql.'));
    expect(sql.map((r) => r.id)).toEqual(SQL_EXERCISES.map((e) => e.id));
    for (const r of sql) {
      expect(r.source).toMatch(/^https:\/\//);
      expect(r.back).toContain(r.answer);
    }
  });

  it('oneLine keeps the query, only its spacing changes', () => {
    expect(oneLine('SELECT\n  job_id,\n  COUNT(*)\nFROM t\nWHERE ( a = 1 )')).toBe('SELECT job_id, COUNT(*) FROM t WHERE (a = 1)');
  });
});
