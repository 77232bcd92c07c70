// CRON cards: a schedule in words → an expression, or Databricks' Quartz form → standard cron.
// Judged by meaning (see ../cron.ts), never by text.
import { compareParsed, parseCron } from '../cron';
import { joinExplanation } from '../judge';
import type { Rng } from '../rng';
import type { Card, Judgement } from '../types';
import { explain } from './make';

export interface Schedule {
  /** `pattern.params`: the pattern part is what the next draw avoids. */
  id: string;
  words: string;
  unix: string;
  quartz: string;
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const QUARTZ_DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** 12-hour clock as the lab writes it: `6:00 AM`, `12:00 PM (noon)`. */
export function clock(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const text = `${h12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
  if (hour === 12 && minute === 0) return `${text} (noon)`;
  if (hour === 0 && minute === 0) return `${text} (midnight)`;
  return text;
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * A schedule pattern: `draw` picks its numbers, `build` turns numbers into the schedule and
 * returns undefined for numbers it would never draw (so an id from storage is checked, not trusted).
 */
interface Pattern {
  draw(rng: Rng): number[];
  build(p: readonly number[]): Schedule | undefined;
}

const MINUTES = [0, 15, 30, 45];
const inRange = (n: number | undefined, lo: number, hi: number): n is number => n !== undefined && Number.isInteger(n) && n >= lo && n <= hi;
const oneOf = (n: number | undefined, values: readonly number[]): n is number => n !== undefined && values.includes(n);
const minuteOf = (rng: Rng): number => rng.pick([0, 0, 15, 30, 45]);

export const PATTERNS: Record<string, Pattern> = {
  daily: {
    draw: (rng) => [rng.int(0, 23), minuteOf(rng)],
    build: ([h, m]) =>
      inRange(h, 0, 23) && oneOf(m, MINUTES) ? { id: `daily.${h}.${m}`, words: `Every day at ${clock(h, m)}`, unix: `${m} ${h} * * *`, quartz: `0 ${m} ${h} * * ?` } : undefined,
  },
  hourly: {
    draw: (rng) => [rng.pick([0, 5, 10, 15, 20, 30, 45])],
    build: ([m]) =>
      oneOf(m, [0, 5, 10, 15, 20, 30, 45])
        ? { id: `hourly.${m}`, words: m === 0 ? 'Every hour, on the hour' : `Every hour at ${m} minutes past the hour`, unix: `${m} * * * *`, quartz: `0 ${m} * * * ?` }
        : undefined,
  },
  minutes: {
    draw: (rng) => [rng.pick([5, 10, 15, 20, 30])],
    build: ([n]) => (oneOf(n, [5, 10, 15, 20, 30]) ? { id: `minutes.${n}`, words: `Every ${n} minutes`, unix: `*/${n} * * * *`, quartz: `0 */${n} * * * ?` } : undefined),
  },
  hours: {
    draw: (rng) => [rng.pick([2, 3, 4, 6, 8, 12])],
    build: ([n]) =>
      oneOf(n, [2, 3, 4, 6, 8, 12]) ? { id: `hours.${n}`, words: `Every ${n} hours, on the hour, starting at midnight`, unix: `0 */${n} * * *`, quartz: `0 0 */${n} * * ?` } : undefined,
  },
  weekdays: {
    draw: (rng) => [rng.int(5, 20), minuteOf(rng), rng.int(0, 1)],
    build: ([h, m, form]) =>
      inRange(h, 5, 20) && oneOf(m, MINUTES) && inRange(form, 0, 1)
        ? { id: `weekdays.${h}.${m}.${form}`, words: `Monday to Friday at ${clock(h, m)}`, unix: `${m} ${h} * * 1-5`, quartz: `0 ${m} ${h} ? * ${form === 0 ? 'MON-FRI' : '2-6'}` }
        : undefined,
  },
  weekends: {
    draw: (rng) => [rng.int(6, 22), minuteOf(rng), rng.int(0, 1)],
    build: ([h, m, form]) =>
      inRange(h, 6, 22) && oneOf(m, MINUTES) && inRange(form, 0, 1)
        ? { id: `weekends.${h}.${m}.${form}`, words: `Saturdays and Sundays at ${clock(h, m)}`, unix: `${m} ${h} * * 0,6`, quartz: `0 ${m} ${h} ? * ${form === 0 ? 'SAT,SUN' : '1,7'}` }
        : undefined,
  },
  weekday: {
    draw: (rng) => [rng.int(0, 6), rng.int(0, 23), minuteOf(rng), rng.int(0, 1)],
    build: ([d, h, m, form]) =>
      inRange(d, 0, 6) && inRange(h, 0, 23) && oneOf(m, MINUTES) && inRange(form, 0, 1)
        ? {
            id: `weekday.${d}.${h}.${m}.${form}`,
            words: `Every ${DAY_NAMES[d]} at ${clock(h, m)}`,
            unix: `${m} ${h} * * ${d}`,
            quartz: `0 ${m} ${h} ? * ${form === 0 ? QUARTZ_DAYS[d] : String(d + 1)}`,
          }
        : undefined,
  },
  monthly: {
    draw: (rng) => [rng.pick([1, 2, 5, 10, 15, 20, 28]), rng.int(0, 23), minuteOf(rng)],
    build: ([day, h, m]) =>
      oneOf(day, [1, 2, 5, 10, 15, 20, 28]) && inRange(h, 0, 23) && oneOf(m, MINUTES)
        ? { id: `monthly.${day}.${h}.${m}`, words: `On the ${ordinal(day)} of every month at ${clock(h, m)}`, unix: `${m} ${h} ${day} * *`, quartz: `0 ${m} ${h} ${day} * ?` }
        : undefined,
  },
  twice: {
    draw: (rng) => {
      const a = rng.int(0, 11);
      return [a, a + rng.pick([6, 8, 12])];
    },
    build: ([a, b]) =>
      inRange(a, 0, 11) && b !== undefined && oneOf(b - a, [6, 8, 12])
        ? { id: `twice.${a}.${b}`, words: `Every day at ${clock(a, 0)} and at ${clock(b, 0)}`, unix: `0 ${a},${b} * * *`, quartz: `0 0 ${a},${b} * * ?` }
        : undefined,
  },
  business: {
    draw: (rng) => [rng.pick([15, 30]), rng.pick([7, 8, 9]), rng.pick([16, 17, 18])],
    build: ([step, start, end]) =>
      oneOf(step, [15, 30]) && oneOf(start, [7, 8, 9]) && oneOf(end, [16, 17, 18])
        ? {
            id: `business.${step}.${start}.${end}`,
            words: `Every ${step} minutes from ${clock(start, 0)} to ${clock(end, 60 - step)}, Monday to Friday`,
            unix: `*/${step} ${start}-${end} * * 1-5`,
            quartz: `0 */${step} ${start}-${end} ? * MON-FRI`,
          }
        : undefined,
  },
  quarterly: {
    draw: (rng) => [rng.int(0, 6)],
    build: ([h]) =>
      inRange(h, 0, 6)
        ? { id: `quarterly.${h}`, words: `At ${clock(h, 0)} on the first day of each quarter (January, April, July, October)`, unix: `0 ${h} 1 1,4,7,10 *`, quartz: `0 0 ${h} 1 1,4,7,10 ?` }
        : undefined,
  },
};

export function randomSchedule(rng: Rng): Schedule {
  const pattern = PATTERNS[rng.pick(Object.keys(PATTERNS))] as Pattern;
  return pattern.build(pattern.draw(rng)) as Schedule;
}

/** The schedule a `Schedule.id` names (`daily.6.0`), or undefined when it is not one we draw. */
export function scheduleFromId(id: string): Schedule | undefined {
  const [name, ...rest] = id.split('.');
  const pattern = PATTERNS[name ?? ''];
  if (!pattern || rest.some((r) => !/^\d{1,2}$/.test(r))) return undefined;
  const built = pattern.build(rest.map(Number));
  return built && built.id === id ? built : undefined;
}

/** What a card asks for: meaning in any notation, or specifically Quartz / standard cron. */
export type CronAnswerFormat = 'any' | 'unix' | 'quartz';

const code = (text: string): string => `\`${text}\``;

/**
 * Judges a typed expression against a reference by meaning. `format` adds a notation
 * requirement: the right schedule in the wrong notation is wrong, with the conversion shown.
 */
export function judgeCron(answer: string, reference: string, format: CronAnswerFormat): Judgement {
  const ref = parseCron(reference);
  if (!ref.ok) throw new Error(`bad reference cron ${reference}: ${ref.message}`);
  const refText = `Expected ${code(reference)}: ${ref.description}.${ref.flavor === 'quartz' && ref.unix ? ` Standard cron: ${code(ref.unix)}.` : ''}${ref.flavor === 'unix' && ref.quartz ? ` In Databricks (Quartz): ${code(ref.quartz)}.` : ''}`;
  const mine = parseCron(answer);
  if (!mine.ok) {
    return { correct: false, expected: reference, explanation: joinExplanation(`Not a valid expression: ${mine.message}`, refText) };
  }
  const yours = `Yours, ${code(mine.input)}: ${mine.description}.`;
  const notes = mine.notes.length > 0 ? mine.notes.join(' ') : undefined;
  const same = compareParsed(mine, ref);
  if (!same.equivalent) {
    return { correct: false, expected: reference, explanation: joinExplanation(`Not the same schedule. ${same.reason}`, yours, notes, refText) };
  }
  if (format === 'quartz' && mine.flavor !== 'quartz') {
    return {
      correct: false,
      expected: reference,
      explanation: joinExplanation(
        `Right schedule, but Databricks' \`quartz_cron_expression\` needs Quartz: a seconds field first and \`?\` in day-of-month or day-of-week${mine.quartz ? `, i.e. ${code(mine.quartz)}` : ''}.`,
        refText,
      ),
    };
  }
  if (format === 'unix' && mine.flavor !== 'unix') {
    return {
      correct: false,
      expected: reference,
      explanation: joinExplanation(
        `Right schedule, but in Quartz form; the question asks for standard 5-field cron${mine.unix ? `: ${code(mine.unix)}` : ''}.`,
        notes,
        refText,
      ),
    };
  }
  return { correct: true, expected: reference, explanation: joinExplanation(`Correct: same schedule. ${yours}`, notes, refText) };
}

const GENERAL =
  'Standard cron: `minute hour day-of-month month day-of-week` (0 = Sunday). Databricks stores Quartz: `second minute hour day-of-month month day-of-week`, `?` for "no specific value" in one day field, and day-of-week 1-7 with 1 = SUN. Schedules run in the job\'s `timezone_id`.';

export const CRON_DOC = { title: 'CronTrigger Tutorial (Quartz Scheduler)', url: 'https://www.quartz-scheduler.org/documentation/quartz-2.3.0/tutorials/crontrigger.html' };

export const CRON_MODES = ['any', 'quartz', 'unix'] as const;
export type CronMode = (typeof CRON_MODES)[number];

/** One CRON scenario: a schedule asked in one direction. Judged by meaning (cron-parser). */
export function cronCard(schedule: Schedule, mode: CronMode, id: string): Card {
  const explanation = explain(GENERAL, CRON_DOC);
  const base = { id, scheduleId: id, topic: 'cron' as const, source: 'generated' as const, explanation, doc: CRON_DOC, kind: 'typed' as const };
  const judged = (reference: string, format: CronAnswerFormat) => (answer: string) => {
    const j = judgeCron(answer, reference, format);
    return { ...j, explanation: joinExplanation(j.explanation, explanation) };
  };
  if (mode === 'any') {
    return {
      ...base,
      prompt: `Write a cron expression for this schedule (standard 5-field cron as in the lab; Quartz is accepted too):\n${schedule.words}`,
      placeholder: 'minute hour day month weekday',
      answer: schedule.unix,
      needs: [schedule.words],
      judge: judged(schedule.unix, 'any'),
    };
  }
  if (mode === 'quartz') {
    return {
      ...base,
      prompt: `Write the Quartz expression Databricks stores in \`schedule.quartz_cron_expression\` for:\n${schedule.words}`,
      placeholder: 'second minute hour day month weekday',
      answer: schedule.quartz,
      needs: [schedule.words],
      judge: judged(schedule.quartz, 'quartz'),
    };
  }
  return {
    ...base,
    prompt: `A Databricks job shows this Quartz schedule: \`${schedule.quartz}\`.\nWrite the same schedule as standard 5-field cron.`,
    placeholder: 'minute hour day month weekday',
    answer: schedule.unix,
    needs: [schedule.quartz],
    judge: judged(schedule.unix, 'unix'),
  };
}
