import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons';
import { cronBlankIndices, cronBlankText, cronInsight, cronToolsWanted, formatFireTime, isCronBlank, loadCronTools, zoneLabel, type CronInsight, type CronTools } from '../../src/practice/cron';

let tools: CronTools;
beforeAll(async () => {
  tools = await loadCronTools();
});

// A Monday evening in UTC: the next weekday-morning runs start on Tuesday.
const NOW = new Date('2026-11-23T22:00:00Z');
const at = (text: string, timeZone = 'UTC'): CronInsight => cronInsight(tools, text, { currentDate: NOW, timeZone });

function valid(text: string, timeZone = 'UTC'): Extract<CronInsight, { state: 'valid' }> {
  const r = at(text, timeZone);
  if (r.state !== 'valid') throw new Error(`${text}: ${JSON.stringify(r)}`);
  return r;
}

describe('which blanks are CRON blanks', () => {
  it('finds the four blanks of task 3 and none elsewhere', () => {
    const tasks = LAB08.practice.tasks;
    expect(cronBlankIndices(tasks[2]!)).toEqual([0, 1, 2, 3]);
    for (const t of tasks.filter((t) => t.number !== 3)) expect(cronBlankIndices(t)).toEqual([]);
    expect(isCronBlank({ id: 'x.cron_nightly', label: 'whatever' })).toBe(true);
  });
});

describe('loading', () => {
  it('loads the libraries once', async () => {
    expect(await loadCronTools()).toBe(tools);
  });
  it('wants them only once a CRON blank holds text', () => {
    const t3 = LAB08.practice.tasks[2]!;
    expect(cronToolsWanted(t3, ['', '', '', ''])).toBe(false);
    expect(cronToolsWanted(t3, ['', '  ', '', ''])).toBe(false);
    expect(cronToolsWanted(t3, ['', '', '0', ''])).toBe(true);
    const t1 = LAB08.practice.tasks[0]!;
    expect(cronToolsWanted(t1, t1.blanks.map((b) => b.answer))).toBe(false);
  });
});

describe('fire times in the machine\'s own zone, without Intl', () => {
  // Node reads TZ again when it changes: each zone below is the machine's own for a moment.
  const saved = process.env.TZ;
  const instants = ['2026-11-23T22:00:00Z', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', '2026-10-25T00:59:00Z', '2026-01-01T12:34:00Z', '2026-07-04T23:05:00Z'].map((s) => new Date(s));
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
  it.each(['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'])('reads like Intl in %s', (zone) => {
    process.env.TZ = zone;
    for (const d of instants) expect(formatFireTime(d), d.toISOString()).toBe(formatFireTime(d, zone));
  });
  it('names the zone it shows: the one given, else local time and its offset then', () => {
    expect(zoneLabel('Europe/Paris', instants[0]!)).toBe('Europe/Paris');
    process.env.TZ = 'Europe/Paris';
    expect(zoneLabel(undefined, instants[0]!)).toBe('local time, UTC+01:00');
    process.env.TZ = 'Asia/Kolkata';
    expect(zoneLabel(undefined, instants[0]!)).toBe('local time, UTC+05:30');
    process.env.TZ = 'America/New_York';
    expect(zoneLabel(undefined, instants[0]!)).toBe('local time, UTC-05:00');
  });
});

describe('descriptions and next fire times of the lab\'s four schedules', () => {
  it.each([
    ['0 6 * * *', 'At 06:00 AM', ['Tue 24 Nov 06:00', 'Wed 25 Nov 06:00', 'Thu 26 Nov 06:00']],
    ['0 * * * *', 'Every hour', ['Mon 23 Nov 23:00', 'Tue 24 Nov 00:00', 'Tue 24 Nov 01:00']],
    ['0 8 * * 1-5', 'At 08:00 AM, Monday through Friday', ['Tue 24 Nov 08:00', 'Wed 25 Nov 08:00', 'Thu 26 Nov 08:00']],
    ['*/15 * * * *', 'Every 15 minutes', ['Mon 23 Nov 22:15', 'Mon 23 Nov 22:30', 'Mon 23 Nov 22:45']],
  ])('%s', (text, description, next) => {
    const r = valid(text);
    expect(r.description).toBe(description);
    expect(r.next.map((d) => formatFireTime(d, 'UTC'))).toEqual(next);
  });

  it('skips the weekend for weekday schedules', () => {
    const friday = cronInsight(tools, '0 8 * * 1-5', { currentDate: new Date('2026-11-27T09:00:00Z'), timeZone: 'UTC' });
    if (friday.state !== 'valid') throw new Error('expected valid');
    expect(friday.next.map((d) => formatFireTime(d, 'UTC'))).toEqual(['Mon 30 Nov 08:00', 'Tue 01 Dec 08:00', 'Wed 02 Dec 08:00']);
  });

  it('computes fire times in the schedule\'s time zone', () => {
    const r = valid('0 6 * * *', 'Europe/Paris');
    // 06:00 in Paris is 05:00 UTC in winter.
    expect(r.next[0]?.toISOString()).toBe('2026-11-24T05:00:00.000Z');
    expect(formatFireTime(r.next[0] as Date, 'Europe/Paris')).toBe('Tue 24 Nov 06:00');
  });

  it('gives as many times as asked', () => {
    const r = cronInsight(tools, '0 6 * * *', { currentDate: NOW, count: 5 });
    expect(r.state === 'valid' && r.next.length).toBe(5);
  });
});

describe('the Quartz form of a Databricks schedule', () => {
  it.each([
    ['0 6 * * *', '0 0 6 * * ?'],
    ['0 * * * *', '0 0 * * * ?'],
    ['*/15 * * * *', '0 */15 * * * ?'],
    ['0 8 * * 1-5', '0 0 8 ? * 2-6'],
    ['0 8 * * MON-FRI', '0 0 8 ? * MON-FRI'],
    ['0 6 * * 0', '0 0 6 ? * 1'],
    ['0 6 * * 7', '0 0 6 ? * 1'],
    ['30 7 1 * *', '0 30 7 1 * ?'],
  ])('%s → %s', (unix, quartz) => {
    expect(valid(unix).quartz).toBe(quartz);
  });

  it('says when Quartz cannot express a schedule (both day fields set)', () => {
    const r = valid('0 0 1 * 1');
    expect(r.quartz).toBeNull();
    expect(r.quartzNote).toContain('`?`');
  });

  it('recognises a Quartz expression and points back to the lab\'s 5-field form', () => {
    const r = valid('0 0 6 * * ?');
    expect(r.flavor).toBe('quartz');
    expect(r.description).toBe('At 06:00 AM');
    expect(r.notes.join(' ')).toContain('`0 6 * * *`');
  });
});

describe('what is wrong with an expression', () => {
  it('empty input is not an error', () => {
    expect(at('   ')).toEqual({ state: 'empty' });
  });

  it.each([
    ['0 6 * *', /Expected 5 fields.*got 4/],
    ['0 25 * * *', /hour field `25`/],
    ['60 * * * *', /minute field `60`/],
    ['0 6 * 13 *', /month field `13`/],
    ['@daily', /nickname.*`0 0 \* \* \*`/],
    ['every day', /got 2/],
    ['0 6 * * * *', /6 fields; the lab's format has 5/],
  ])('%s', (text, reason) => {
    const r = at(text);
    expect(r.state).toBe('invalid');
    expect(r.state === 'invalid' && r.message).toMatch(reason);
  });
});

describe('CronInsightCache', () => {
  it('reuses the insight of an unchanged blank within the same minute, and recomputes when the minute moves on', async () => {
    const { CronInsightCache } = await import('../../src/practice/cron');
    const cache = new CronInsightCache(2);
    const a = cache.get(tools, '0 6 * * *', { currentDate: NOW, timeZone: 'UTC' });
    expect(cache.get(tools, '0 6 * * *', { currentDate: new Date(NOW.getTime() + 30_000), timeZone: 'UTC' })).toBe(a);
    expect(cache.get(tools, '0 6 * * *', { currentDate: new Date(NOW.getTime() + 60_000), timeZone: 'UTC' })).not.toBe(a);
    // Bounded: the oldest entries go.
    cache.get(tools, '0 7 * * *', { currentDate: NOW });
    cache.get(tools, '0 8 * * *', { currentDate: NOW });
    expect(cache.get(tools, '0 6 * * *', { currentDate: NOW, timeZone: 'UTC' })).not.toBe(a);
    expect(cache.get(tools, '0 6 * * *', { currentDate: NOW, timeZone: 'UTC' })).toEqual(a);
  });
});

describe('a CRON blank is read through Python, like the check reads it', () => {
  const t3 = LAB08.practice.tasks[2]!;
  it('gives the string the notebook compares', () => {
    expect(cronBlankText(t3, 0, '0 6 * * *')).toEqual({ ok: true, text: '0 6 * * *' });
    expect(cronBlankText(t3, 0, '0\\t6 * * *')).toEqual({ ok: true, text: '0\t6 * * *' });
  });
  it('says what the engine says when the cell no longer runs', () => {
    expect(cronBlankText(t3, 0, '"0 6 * * *"')).toEqual({
      ok: false,
      message: 'SyntaxError: The quotes are already there (blank 1: cron_daily_6am): type the text only. A " typed inside the cell\'s quotes ends the string early.',
    });
  });
});
