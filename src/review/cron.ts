// CRON by meaning. The lab writes standard 5-field cron; Databricks stores Quartz (6-7 fields,
// seconds first, `?`, day-of-week 1-7 with 1 = SUN, facts §a). Two expressions are the same
// answer when they fire at the same instants, so `0 8 * * MON-FRI` equals `0 8 * * 1-5` and
// `0 0 6 * * ?` equals `0 6 * * *`. Bad input is explained, never thrown.
import { CronExpressionParser, type CronExpression } from 'cron-parser';

export { CronExpressionParser };
import cronstrue from 'cronstrue';

export type CronFlavor = 'unix' | 'quartz';

export interface CronParsed {
  ok: true;
  /** The input, trimmed, with runs of spaces collapsed. */
  input: string;
  flavor: CronFlavor;
  /** cron-parser's form: `second minute hour day-of-month month day-of-week`, Sunday = 0. */
  normalized: string;
  /** The standard 5-field form, or null when the expression fires at a non-zero second. */
  unix: string | null;
  /** The Quartz form Databricks stores, or null when Quartz cannot say it (both day fields set). */
  quartz: string | null;
  /** In words (cronstrue). */
  description: string;
  /** What was converted from Quartz or is non-standard, one sentence each. */
  notes: string[];
}

export interface CronInvalid {
  ok: false;
  input: string;
  flavor: CronFlavor | null;
  /** Why, in a sentence a learner can act on. */
  message: string;
}

export type CronResult = CronParsed | CronInvalid;

const UNIX_FIELDS = ['minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const;
const QUARTZ_FIELDS = ['second', 'minute', 'hour', 'day-of-month', 'month', 'day-of-week', 'year'] as const;
const CRON_FIELDS = ['second', 'minute', 'hour', 'day-of-month', 'month', 'day-of-week'] as const;

const NICKNAMES: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};

const invalid = (input: string, flavor: CronFlavor | null, message: string): CronInvalid => ({
  ok: false,
  input,
  flavor,
  message,
});

function parseRaw(normalized: string): CronExpression {
  // UTC keeps comparisons free of the machine's DST changes.
  return CronExpressionParser.parse(normalized, { tz: 'UTC', currentDate: '2025-01-01T00:00:00Z' });
}

/**
 * Which field of a 6-field cron-parser expression is at fault, with cron-parser's reason.
 * `shown` is what the learner wrote in each position (before any Quartz conversion).
 */
function fieldError(fields: readonly string[], shown: readonly string[]): string | null {
  for (let i = 0; i < fields.length; i++) {
    const probe = ['0', '*', '*', '*', '*', '*'];
    probe[i] = fields[i] as string;
    try {
      parseRaw(probe.join(' '));
    } catch (error) {
      return `the ${CRON_FIELDS[i]} field \`${shown[i] ?? fields[i]}\` is not valid (${(error as Error).message})`;
    }
  }
  return null;
}

function checkTokens(field: string, name: string): string | null {
  for (const token of field.split(',')) {
    // cron-parser accepts Jenkins' H; neither cron nor Quartz does. No month or day name starts with H.
    if (/^H/i.test(token)) return `the ${name} field uses \`H\`, a Jenkins extension that cron and Quartz do not have`;
    if (token === '') return `the ${name} field \`${field}\` has an empty item between commas`;
  }
  if (/[()]/.test(field)) return `the ${name} field \`${field}\` contains brackets`;
  return null;
}

/** Quartz day-of-week (1-7, 1 = SUN) to cron-parser's (0-6, 0 = SUN); names stay as they are. */
function quartzDayOfWeek(field: string): { ok: true; value: string } | { ok: false; message: string } {
  if (field === '?' || field === '*') return { ok: true, value: '*' };
  const out: string[] = [];
  for (const token of field.split(',')) {
    if (token.toUpperCase() === 'L') {
      out.push('6'); // `L` alone in day-of-week is Quartz's "last day of the week": Saturday
      continue;
    }
    let bad: string | null = null;
    const shifted = token.replace(/\d+/g, (digits, offset: number) => {
      // The number after `#` is "which occurrence" and after `/` a step: both stay.
      const before = token[offset - 1];
      if (before === '#' || before === '/') return digits;
      const n = Number(digits);
      if (n < 1 || n > 7) bad = digits;
      return String(n - 1);
    });
    if (bad !== null) {
      return {
        ok: false,
        message: `Quartz day-of-week runs 1-7 with 1 = SUN, so \`${bad}\` in \`${field}\` is out of range`,
      };
    }
    out.push(shifted);
  }
  return { ok: true, value: out.join(',') };
}

/** Standard cron day-of-week to Quartz: 0 or 7 = SUN becomes 1. Names stay. */
function unixDayOfWeekToQuartz(field: string): string {
  return field
    .split(',')
    .map((token) => {
      const range = /^(\d+)-7$/.exec(token);
      // `5-7` is Fri..Sun in cron; Quartz has no 8, so Sunday wraps round to 1.
      if (range) return range[1] === '0' ? '1-7' : `${Number(range[1]) + 1}-7,1`;
      return token.replace(/\d+/g, (digits, offset: number) => {
        const before = token[offset - 1];
        if (before === '#' || before === '/') return digits;
        const n = Number(digits);
        return String(n === 7 ? 1 : n + 1);
      });
    })
    .join(',');
}

function toQuartz(sec: string, min: string, hour: string, dom: string, month: string, dow: string): string | null {
  const domAny = dom === '*' || dom === '?';
  const dowAny = dow === '*' || dow === '?';
  if (dowAny) return `${sec} ${min} ${hour} ${dom === '?' ? '*' : dom} ${month} ?`;
  if (domAny) return `${sec} ${min} ${hour} ? ${month} ${unixDayOfWeekToQuartz(dow)}`;
  return null; // cron ORs two restricted day fields; Quartz cannot say that
}

function describe(expression: string): string {
  try {
    return cronstrue.toString(expression, { verbose: false });
  } catch (error) {
    return `(no description: ${String(error)})`;
  }
}

const isZero = (field: string): boolean => /^0+$/.test(field);

/** Parses a 5-field cron or a 6/7-field Quartz expression. Never throws. */
export function parseCron(text: string): CronResult {
  const input = text.trim().replace(/\s+/g, ' ');
  if (input === '') return invalid(input, null, 'The expression is empty: write five fields, e.g. `0 6 * * *`.');
  const nickname = NICKNAMES[input.toLowerCase()];
  if (nickname !== undefined) {
    return invalid(
      input,
      null,
      `\`${input}\` is a crontab nickname; Databricks and the lab use fields: write \`${nickname}\`.`,
    );
  }
  const fields = input.split(' ');
  if (fields.length === 5) return parseUnix(input, fields);
  if (fields.length === 6 || fields.length === 7) return parseQuartz(input, fields);
  return invalid(
    input,
    null,
    `Expected 5 fields (minute hour day-of-month month day-of-week) or 6-7 for Quartz, got ${fields.length}.`,
  );
}

function parseUnix(input: string, fields: string[]): CronResult {
  for (let i = 0; i < fields.length; i++) {
    const problem = checkTokens(fields[i] as string, UNIX_FIELDS[i] as string);
    if (problem) return invalid(input, 'unix', `Not valid: ${problem}.`);
  }
  const [min, hour, dom, month, dow] = fields as [string, string, string, string, string];
  const notes: string[] = [];
  if (fields.includes('?')) notes.push('`?` is Quartz syntax; standard cron writes `*` there (it means the same here).');
  const normalized = `0 ${min} ${hour} ${dom === '?' ? '*' : dom} ${month} ${dow === '?' ? '*' : dow}`;
  try {
    parseRaw(normalized);
  } catch {
    const where = fieldError(normalized.split(' '), ['0', ...fields]);
    return invalid(input, 'unix', `Not valid: ${where ?? 'cron-parser rejected it'}.`);
  }
  const unix = `${min} ${hour} ${dom} ${month} ${dow}`;
  return {
    ok: true,
    input,
    flavor: 'unix',
    normalized,
    unix,
    quartz: toQuartz('0', min, hour, dom, month, dow),
    description: describe(normalized.slice(2)),
    notes,
  };
}

function parseQuartz(input: string, fields: string[]): CronResult {
  for (let i = 0; i < fields.length; i++) {
    const problem = checkTokens(fields[i] as string, QUARTZ_FIELDS[i] as string);
    if (problem) return invalid(input, 'quartz', `Not valid Quartz: ${problem}.`);
  }
  const [sec, min, hour, dom, month, dow, year] = fields as [string, string, string, string, string, string, string?];
  for (const [i, f] of [sec, min, hour, month].entries()) {
    if (f.includes('?')) {
      const name = ['second', 'minute', 'hour', 'month'][i];
      return invalid(input, 'quartz', `Not valid Quartz: \`?\` is allowed only in day-of-month or day-of-week, not in the ${name} field.`);
    }
  }
  if (dom === '?' && dow === '?') {
    return invalid(input, 'quartz', 'Not valid Quartz: only one of day-of-month and day-of-week may be `?`.');
  }
  if (dom !== '?' && dow !== '?') {
    return invalid(
      input,
      'quartz',
      `Not valid Quartz: put \`?\` ("no specific value") in day-of-month or day-of-week; Quartz, and so Databricks, rejects a value in both (e.g. \`${sec} ${min} ${hour} ${dom} ${month} ?\`).`,
    );
  }
  if (year !== undefined && year !== '*') {
    return invalid(input, 'quartz', `The year field \`${year}\` limits the schedule to certain years; this trainer compares only yearly-repeating schedules, so leave it out or use \`*\`.`);
  }
  if (/W/i.test(dom) || /^L-/i.test(dom)) {
    return invalid(input, 'quartz', `Day-of-month \`${dom}\` (nearest weekday / offset from the last day) is valid Quartz but cannot be checked here.`);
  }
  const weekday = quartzDayOfWeek(dow);
  if (!weekday.ok) return invalid(input, 'quartz', `Not valid Quartz: ${weekday.message}.`);
  const cronDom = dom === '?' ? '*' : dom;
  const normalized = `${sec} ${min} ${hour} ${cronDom} ${month} ${weekday.value}`;
  try {
    parseRaw(normalized);
  } catch {
    const where = fieldError(normalized.split(' '), fields);
    return invalid(input, 'quartz', `Not valid Quartz: ${where ?? 'cron-parser rejected it'}.`);
  }
  const unix = isZero(sec) ? `${min} ${hour} ${cronDom} ${month} ${weekday.value}` : null;
  const notes = ['Quartz (Databricks) format: a seconds field first, then the five standard fields.'];
  if (isZero(sec)) notes.push(`Seconds \`${sec}\` is dropped for standard cron.`);
  else notes.push(`It fires at second ${sec}; standard cron has no seconds field.`);
  notes.push(`\`?\` means "no specific value"; standard cron writes \`*\`.`);
  if (dow !== '?' && dow !== weekday.value && dow !== '*') {
    notes.push(`Quartz day-of-week runs 1-7 with 1 = SUN, so \`${dow}\` is \`${weekday.value}\` in standard cron (0 = Sunday).`);
  }
  if (year !== undefined) notes.push('The year field `*` (every year) is dropped.');
  if (unix !== null) notes.push(`As standard cron: \`${unix}\`.`);
  return {
    ok: true,
    input,
    flavor: 'quartz',
    normalized,
    unix,
    quartz: `${sec} ${min} ${hour} ${dom} ${month} ${dow}`,
    description: describe(unix ?? normalized),
    notes,
  };
}

/** cron or Quartz in words; an invalid expression gets its reason instead. */
export function describeCron(text: string): string {
  const parsed = parseCron(text);
  return parsed.ok ? parsed.description : parsed.message;
}

// ---------------------------------------------------------------- equivalence

export interface CronComparison {
  equivalent: boolean;
  /** Why not (or '' when equivalent): which field differs, or a day one fires and the other not. */
  reason: string;
}

type ValueField = 'second' | 'minute' | 'hour' | 'month';
const VALUE_FIELDS: ReadonlyArray<[ValueField, string, number, number]> = [
  ['second', 'seconds', 0, 59],
  ['minute', 'minutes', 0, 59],
  ['hour', 'hours', 0, 23],
  ['month', 'months', 1, 12],
];

function numbers(expression: CronExpression, field: ValueField): number[] {
  const values: ReadonlyArray<unknown> = expression.fields[field].values;
  return values.filter((v): v is number => typeof v === 'number').sort((a, b) => a - b);
}

/** `0, 15, 30, 45` / `9–17` / `every` for a whole range: how a field's values read on screen. */
export function compactValues(values: readonly number[], min: number, max: number): string {
  if (values.length === max - min + 1) return 'every value';
  const parts: string[] = [];
  let i = 0;
  while (i < values.length) {
    let j = i;
    while (j + 1 < values.length && (values[j + 1] as number) === (values[j] as number) + 1) j++;
    parts.push(j - i >= 2 ? `${values[i]}–${values[j]}` : values.slice(i, j + 1).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Four years, one of them leap: every month starts on several weekdays, so L, # and weekday
// patterns all show up. Scanning is ~10 ms and only needed when the day fields are written differently.
const SCAN_START = Date.UTC(2024, 0, 1);
const SCAN_DAYS = 4 * 365 + 1;
const DAY_MS = 86_400_000;

function dayFields(normalized: string): string {
  return normalized.split(' ').slice(3).join(' ').toUpperCase();
}

/** Compares two already-parsed expressions (use `compareCron` for text). */
export function compareParsed(a: CronParsed, b: CronParsed, labels: [string, string] = ['yours', 'expected']): CronComparison {
  const ea = parseRaw(a.normalized);
  const eb = parseRaw(b.normalized);
  const differences: string[] = [];
  for (const [field, plural, min, max] of VALUE_FIELDS) {
    const va = numbers(ea, field);
    const vb = numbers(eb, field);
    if (va.join(',') !== vb.join(',')) {
      differences.push(`The ${plural} differ: ${labels[0]} ${compactValues(va, min, max)}; ${labels[1]} ${compactValues(vb, min, max)}.`);
    }
  }
  if (differences.length > 0) return { equivalent: false, reason: differences.join(' ') };
  if (dayFields(a.normalized) === dayFields(b.normalized)) return { equivalent: true, reason: '' };
  // Same seconds, minutes, hours and months: the expressions differ only in which days they fire.
  const hour = numbers(ea, 'hour')[0] ?? 0;
  const minute = numbers(ea, 'minute')[0] ?? 0;
  const second = numbers(ea, 'second')[0] ?? 0;
  for (let d = 0; d < SCAN_DAYS; d++) {
    const at = new Date(SCAN_START + d * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000);
    const ia = ea.includesDate(at);
    const ib = eb.includesDate(at);
    if (ia !== ib) {
      const day = `${WEEKDAYS[at.getUTCDay()]} ${at.toISOString().slice(0, 10)}`;
      const [fires, silent] = ia ? labels : [labels[1], labels[0]];
      return { equivalent: false, reason: `They fire on different days: on ${day} ${fires} fires, ${silent} does not.` };
    }
  }
  return { equivalent: true, reason: '' };
}

/** Same schedule? Both may be cron or Quartz. An invalid side is never equivalent. */
export function compareCron(a: string, b: string, labels: [string, string] = ['yours', 'expected']): CronComparison {
  const pa = parseCron(a);
  if (!pa.ok) return { equivalent: false, reason: pa.message };
  const pb = parseCron(b);
  if (!pb.ok) return { equivalent: false, reason: `${labels[1]}: ${pb.message}` };
  return compareParsed(pa, pb, labels);
}
