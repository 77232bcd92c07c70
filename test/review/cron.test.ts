import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATTERNS, judgeCron, randomSchedule, scheduleFromId } from '../../src/review/cards/cron';
import { compareCron, describeCron, parseCron } from '../../src/review/cron';
import { makeRng } from '../../src/review/rng';

describe('compareCron: same schedule, different spelling', () => {
  it.each([
    ['0 8 * * MON-FRI', '0 8 * * 1-5'],
    ['*/15 * * * *', '0,15,30,45 * * * *'],
    ['0 6 * * *', '0 6 * * 0-6'],
    ['0 0 * * 7', '0 0 * * 0'],
    ['0 0 * * SUN', '0 0 * * 0'],
    ['0 */6 * * *', '0 0,6,12,18 * * *'],
    ['0 6 * * *', '00 06 * * *'],
    ['0 6 * * *', '0  6 *  * *'],
    // cron ORs two restricted day fields: every day of the month OR Monday is every day.
    ['0 0 1-31 * 1', '0 0 * * *'],
    // Quartz, Databricks' format
    ['0 0 6 * * ?', '0 6 * * *'],
    ['0 0 12 * * ?', '0 12 * * *'],
    ['0 0 8 ? * MON-FRI', '0 8 * * 1-5'],
    ['0 0 8 ? * 2-6', '0 8 * * 1-5'],
    ['0 30 7 ? * 1', '30 7 * * 0'],
    ['0 0 10 ? * 1,7', '0 10 * * 0,6'],
    ['0 0 0 ? * 6L', '0 0 * * 5L'],
    ['0 0 6 * * ? *', '0 6 * * *'],
    ['0 0/15 * * * ?', '*/15 * * * *'],
  ])('%s ≡ %s', (a, b) => {
    expect(compareCron(a, b)).toEqual({ equivalent: true, reason: '' });
    expect(compareCron(b, a).equivalent).toBe(true);
  });
});

describe('compareCron: different schedules are told apart, with the reason', () => {
  it('names the field that differs', () => {
    const r = compareCron('*/15 * * * *', '0 * * * *');
    expect(r.equivalent).toBe(false);
    expect(r.reason).toContain('minutes differ');
    expect(r.reason).toContain('0, 15, 30, 45');
  });
  it('lists every field that differs', () => {
    const r = compareCron('*/15 6 * * *', '0 7 * * *');
    expect(r.reason).toContain('minutes differ');
    expect(r.reason).toContain('hours differ: yours 6; expected 7');
  });
  it('finds a day on which only one fires', () => {
    const r = compareCron('0 8 * * 1-6', '0 8 * * 1-5');
    expect(r.equivalent).toBe(false);
    expect(r.reason).toMatch(/Sat \d{4}-\d\d-\d\d yours fires/);
  });
  it('tells Quartz 1 = SUN apart from cron 1 = MON', () => {
    expect(compareCron('0 0 8 ? * 1', '0 8 * * 1').equivalent).toBe(false);
  });
  it('cron OR semantics differ from either field alone', () => {
    expect(compareCron('0 0 1 * 1', '0 0 1 * *').equivalent).toBe(false);
    expect(compareCron('0 0 1 * 1', '0 0 * * 1').equivalent).toBe(false);
  });
  it('seconds matter for Quartz', () => {
    expect(compareCron('30 0 6 * * ?', '0 6 * * *').equivalent).toBe(false);
  });
});

describe('parseCron explains bad input instead of throwing', () => {
  it.each([
    ['', /empty/],
    ['0 6 * *', /Expected 5 fields/],
    ['1 2 3 4 5 6 7 8', /Expected 5 fields/],
    ['61 * * * *', /minute field `61`/],
    ['0 25 * * *', /hour field `25`/],
    ['0 8 * * MON-FRX', /day-of-week field/],
    ['0 0 6 * * *', /put `\?`/],
    ['0 0 6 ? * ?', /only one of/],
    ['0 0 6 ? * 0', /1-7 with 1 = SUN/],
    ['0 0 6 ? * 8', /1-7 with 1 = SUN/],
    ['0 ? 6 * * ?', /only in day-of-month or day-of-week/],
    ['0 0 6 15W * ?', /cannot be checked/],
    ['0 0 6 * * ? 2030', /year field/],
    ['@daily', /nickname.*0 0 \* \* \*/],
    ['H 6 * * *', /Jenkins/],
    ['0 6 * * 1,,2', /empty item/],
    ['banana', /Expected 5 fields/],
  ])('%j', (input, message) => {
    const r = parseCron(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
    expect(compareCron(input, '0 6 * * *').equivalent).toBe(false);
  });
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expect(() => parseCron(text)).not.toThrow();
        expect(() => compareCron(text, '0 6 * * *')).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('Quartz is recognised, converted and described', () => {
  it('converts `0 0 6 * * ?` to `0 6 * * *`', () => {
    const r = parseCron('0 0 6 * * ?');
    expect(r.ok && r.flavor).toBe('quartz');
    if (!r.ok) return;
    expect(r.unix).toBe('0 6 * * *');
    expect(r.description).toContain('06:00 AM');
    expect(r.notes.join(' ')).toContain('`?` means "no specific value"');
  });
  it('shifts day-of-week: Quartz 2-6 is cron 1-5', () => {
    const r = parseCron('0 0 8 ? * 2-6');
    expect(r.ok && r.unix).toBe('0 8 * * 1-5');
    if (r.ok) expect(r.notes.join(' ')).toContain('1 = SUN');
  });
  it('gives the Quartz form of a standard expression', () => {
    const a = parseCron('0 6 * * *');
    const b = parseCron('0 8 * * 1-5');
    expect(a.ok && a.quartz).toBe('0 0 6 * * ?');
    expect(b.ok && b.quartz).toBe('0 0 8 ? * 2-6');
    if (b.ok && b.quartz) expect(compareCron(b.quartz, '0 8 * * 1-5').equivalent).toBe(true);
  });
  it('describes in words', () => {
    expect(describeCron('0 8 * * 1-5')).toBe('At 08:00 AM, Monday through Friday');
    expect(describeCron('*/15 * * * *')).toBe('Every 15 minutes');
    expect(describeCron('0 0 6 * * ?')).toBe('At 06:00 AM');
  });
});

describe('judgeCron', () => {
  it('accepts any spelling of the right schedule', () => {
    expect(judgeCron('0 8 * * MON-FRI', '0 8 * * 1-5', 'any').correct).toBe(true);
    expect(judgeCron('0 0 8 ? * MON-FRI', '0 8 * * 1-5', 'any').correct).toBe(true);
  });
  it('explains a wrong schedule with both descriptions', () => {
    const j = judgeCron('0 8 * * 1-6', '0 8 * * 1-5', 'any');
    expect(j.correct).toBe(false);
    expect(j.explanation).toContain('Monday through Saturday');
    expect(j.explanation).toContain('Monday through Friday');
  });
  it('requires Quartz when asked for Databricks’ format, and says how', () => {
    const j = judgeCron('0 6 * * *', '0 0 6 * * ?', 'quartz');
    expect(j.correct).toBe(false);
    expect(j.explanation).toContain('`0 0 6 * * ?`');
    expect(judgeCron('0 0 6 ? * *', '0 0 6 * * ?', 'quartz').correct).toBe(true);
  });
  it('requires standard cron when asked, and says how', () => {
    const j = judgeCron('0 0 6 * * ?', '0 6 * * *', 'unix');
    expect(j.correct).toBe(false);
    expect(j.explanation).toContain('`0 6 * * *`');
  });
  it('explains an invalid answer', () => {
    const j = judgeCron('0 6 * *', '0 6 * * *', 'any');
    expect(j.correct).toBe(false);
    expect(j.explanation).toContain('Not a valid expression');
  });
});

describe('generated schedules', () => {
  it('every pattern: words, cron and Quartz agree, for many seeds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...Object.keys(PATTERNS)), (seed, name) => {
        const pattern = PATTERNS[name];
        const s = pattern?.build(pattern.draw(makeRng(seed)));
        if (!s) throw new Error(`${name} built nothing`);
        const unix = parseCron(s.unix);
        const quartz = parseCron(s.quartz);
        expect(unix.ok && unix.flavor).toBe('unix');
        expect(quartz.ok && quartz.flavor).toBe('quartz');
        expect(compareCron(s.quartz, s.unix)).toEqual({ equivalent: true, reason: '' });
        expect(s.words.length).toBeGreaterThan(5);
        expect(scheduleFromId(s.id)).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });
  it('an id it would never draw is refused', () => {
    for (const id of ['daily.24.0', 'daily.6.7', 'nope.1', 'hours.5', 'twice.3.4', 'daily.6', 'daily.6.0.1']) {
      expect(scheduleFromId(id), id).toBeUndefined();
    }
    expect(randomSchedule(makeRng(1)).id).toMatch(/^[a-z]+(\.\d+)+$/);
  });
});
