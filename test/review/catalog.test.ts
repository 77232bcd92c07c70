import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/checks/types';
import { LAB08 } from '../../src/lessons/lab08';
import { TEMPLATE_IDS, catalog, deckMakers, deckRecords, familyOf, resolveCard } from '../../src/review/catalog';
import { makeRng } from '../../src/review/rng';

const noCheck = (): Verdict => ({ outcome: 'passed', output: [], message: 'fixture' });

describe('deckMakers: the catalog, the scenarios introduced so far, one new scenario per family', () => {
  it('adds one drawn scenario per family, and none when counting (seed null)', () => {
    const base = catalog(LAB08, noCheck);
    const withDraws = deckMakers(LAB08, [], 7, noCheck);
    expect(withDraws.length).toBe(base.length + TEMPLATE_IDS.length);
    expect(deckMakers(LAB08, [], null, noCheck).length).toBe(base.length);
    for (const id of TEMPLATE_IDS) expect(withDraws.filter((m) => m.scheduleId.startsWith(`${id}:`))).toHaveLength(1);
  });

  it('keeps every introduced scenario as its own card and ignores ids it cannot rebuild', () => {
    const a = deckMakers(LAB08, [], 1, noCheck).filter((m) => familyOf(m.scheduleId));
    const ids = [...a.map((m) => m.scheduleId), 'gen.repair:broken', 'gen.cron', 'takeaway.gone', 'gen.cron:any:daily.99.0'];
    const deck = deckMakers(LAB08, ids, null, noCheck).map((m) => m.scheduleId);
    for (const m of a) expect(deck).toContain(m.scheduleId);
    expect(deck).not.toContain('gen.repair:broken');
    expect(deck).not.toContain('gen.cron:any:daily.99.0');
    expect(new Set(deck).size).toBe(deck.length);
  });

  it('a resolved scenario is the same card as the drawn one', () => {
    for (const m of deckMakers(LAB08, [], 3, noCheck).filter((x) => familyOf(x.scheduleId))) {
      const again = resolveCard(m.scheduleId);
      expect(again?.make(makeRng(1)).prompt).toBe(m.make(makeRng(1)).prompt);
    }
  });

  it('deckRecords lists introduced scenarios and each family at least once, with the doc URL as source', () => {
    const introduced = deckMakers(LAB08, [], 11, noCheck).filter((m) => familyOf(m.scheduleId)).map((m) => m.scheduleId);
    const records = deckRecords(LAB08, introduced, 'export', noCheck);
    for (const id of introduced) expect(records.map((r) => r.id)).toContain(id);
    const exam = records.filter((r) => r.id.startsWith('exam.'));
    expect(exam.every((r) => r.source?.startsWith('https://'))).toBe(true);
    expect(records.filter((r) => r.id.startsWith('blank.')).every((r) => r.source === null)).toBe(true);
  });
});
