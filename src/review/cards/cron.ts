// CRON cards: a schedule in words → an expression, or Databricks' Quartz form → standard cron.
// Judged by meaning (see ../cron.ts), never by text.
import { compareParsed, parseCron } from '../cron';
import { joinExplanation } from '../judge';
import type { Rng } from '../rng';
import type { Card, Judgement } from '../types';

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

type Pattern = (rng: Rng) => Schedule;

const minuteOf = (rng: Rng): number => rng.pick([0, 0, 15, 30, 45]);

export const PATTERNS: Record<string, Pattern> = {
  daily: (rng) => {
    const h = rng.int(0, 23);
    const m = minuteOf(rng);
    return { id: `daily.${h}.${m}`, words: `Every day at ${clock(h, m)}`, unix: `${m} ${h} * * *`, quartz: `0 ${m} ${h} * * ?` };
  },
  hourly: (rng) => {
    const m = rng.pick([0, 5, 10, 15, 20, 30, 45]);
    const words = m === 0 ? 'Every hour, on the hour' : `Every hour at ${m} minutes past the hour`;
    return { id: `hourly.${m}`, words, unix: `${m} * * * *`, quartz: `0 ${m} * * * ?` };
  },
  minutes: (rng) => {
    const n = rng.pick([5, 10, 15, 20, 30]);
    return { id: `minutes.${n}`, words: `Every ${n} minutes`, unix: `*/${n} * * * *`, quartz: `0 */${n} * * * ?` };
  },
  hours: (rng) => {
    const n = rng.pick([2, 3, 4, 6, 8, 12]);
    return { id: `hours.${n}`, words: `Every ${n} hours, on the hour, starting at midnight`, unix: `0 */${n} * * *`, quartz: `0 0 */${n} * * ?` };
  },
  weekdays: (rng) => {
    const h = rng.int(5, 20);
    const m = minuteOf(rng);
    const dow = rng.pick(['MON-FRI', '2-6']);
    return { id: `weekdays.${h}.${m}`, words: `Monday to Friday at ${clock(h, m)}`, unix: `${m} ${h} * * 1-5`, quartz: `0 ${m} ${h} ? * ${dow}` };
  },
  weekends: (rng) => {
    const h = rng.int(6, 22);
    const m = minuteOf(rng);
    const dow = rng.pick(['SAT,SUN', '1,7']);
    return { id: `weekends.${h}.${m}`, words: `Saturdays and Sundays at ${clock(h, m)}`, unix: `${m} ${h} * * 0,6`, quartz: `0 ${m} ${h} ? * ${dow}` };
  },
  weekday: (rng) => {
    const d = rng.int(0, 6);
    const h = rng.int(0, 23);
    const m = minuteOf(rng);
    const dow = rng.chance(0.5) ? QUARTZ_DAYS[d] : String(d + 1);
    return { id: `weekday.${d}.${h}.${m}`, words: `Every ${DAY_NAMES[d]} at ${clock(h, m)}`, unix: `${m} ${h} * * ${d}`, quartz: `0 ${m} ${h} ? * ${dow}` };
  },
  monthly: (rng) => {
    const day = rng.pick([1, 2, 5, 10, 15, 20, 28]);
    const h = rng.int(0, 23);
    const m = minuteOf(rng);
    return { id: `monthly.${day}.${h}.${m}`, words: `On the ${ordinal(day)} of every month at ${clock(h, m)}`, unix: `${m} ${h} ${day} * *`, quartz: `0 ${m} ${h} ${day} * ?` };
  },
  twice: (rng) => {
    const a = rng.int(0, 11);
    const b = a + rng.pick([6, 8, 12]);
    return { id: `twice.${a}.${b}`, words: `Every day at ${clock(a, 0)} and at ${clock(b, 0)}`, unix: `0 ${a},${b} * * *`, quartz: `0 0 ${a},${b} * * ?` };
  },
  business: (rng) => {
    const step = rng.pick([15, 30]);
    const start = rng.pick([7, 8, 9]);
    const end = rng.pick([16, 17, 18]);
    return {
      id: `business.${step}.${start}.${end}`,
      words: `Every ${step} minutes from ${clock(start, 0)} to ${clock(end, 60 - step)}, Monday to Friday`,
      unix: `*/${step} ${start}-${end} * * 1-5`,
      quartz: `0 */${step} ${start}-${end} ? * MON-FRI`,
    };
  },
  quarterly: (rng) => {
    const h = rng.int(0, 6);
    return {
      id: `quarterly.${h}`,
      words: `At ${clock(h, 0)} on the first day of each quarter (January, April, July, October)`,
      unix: `0 ${h} 1 1,4,7,10 *`,
      quartz: `0 0 ${h} 1 1,4,7,10 ?`,
    };
  },
};

export function randomSchedule(rng: Rng, avoid?: string): Schedule {
  const avoidPattern = avoid?.split('#').pop()?.split('.')[0]?.replace(/^(any|quartz|unix)-/, '');
  const names = Object.keys(PATTERNS).filter((n) => n !== avoidPattern);
  return (PATTERNS[rng.pick(names)] as Pattern)(rng);
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

export function cronCard(rng: Rng, avoid?: string): Card {
  const schedule = randomSchedule(rng, avoid);
  const mode = rng.pick(['any', 'any', 'quartz', 'unix'] as const);
  const general =
    'Standard cron: `minute hour day-of-month month day-of-week` (0 = Sunday). Databricks stores Quartz: `second minute hour day-of-month month day-of-week`, `?` for "no specific value" in one day field, and day-of-week 1-7 with 1 = SUN. Schedules run in the job\'s `timezone_id`.';
  const base = { scheduleId: 'gen.cron', topic: 'cron' as const, source: 'generated' as const, explanation: general };
  if (mode === 'any') {
    return {
      ...base,
      kind: 'typed',
      id: `gen.cron#any-${schedule.id}`,
      prompt: `Write a cron expression for this schedule (5-field standard cron, as in the lab):\n${schedule.words}`,
      placeholder: 'minute hour day month weekday',
      judge: (answer) => {
        const j = judgeCron(answer, schedule.unix, 'any');
        return { ...j, explanation: joinExplanation(j.explanation, general) };
      },
    };
  }
  if (mode === 'quartz') {
    return {
      ...base,
      kind: 'typed',
      id: `gen.cron#quartz-${schedule.id}`,
      prompt: `Write the Quartz expression Databricks stores in \`schedule.quartz_cron_expression\` for:\n${schedule.words}`,
      placeholder: 'second minute hour day month weekday',
      judge: (answer) => {
        const j = judgeCron(answer, schedule.quartz, 'quartz');
        return { ...j, explanation: joinExplanation(j.explanation, general) };
      },
    };
  }
  return {
    ...base,
    kind: 'typed',
    id: `gen.cron#unix-${schedule.id}`,
    prompt: `A Databricks job shows this Quartz schedule: \`${schedule.quartz}\`.\nWrite the same schedule as standard 5-field cron.`,
    placeholder: 'minute hour day month weekday',
    judge: (answer) => {
      const j = judgeCron(answer, schedule.unix, 'unix');
      return { ...j, explanation: joinExplanation(j.explanation, general) };
    },
  };
}
