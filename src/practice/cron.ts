// Task 3's live helper: what a CRON blank means while it is being typed — in words, when it
// next fires, the Quartz form a Databricks schedule stores (facts §a), or what is wrong with it.
// The notebook's asserts still decide pass or fail; this only explains.
//
// cron-parser and cronstrue cost start-up time, so they are loaded on first use (loadCronTools)
// and everything else here takes the loaded tools as an argument and stays synchronous.

import type { PracticeTask } from '../lessons/types';
import { readBlankValue } from '../checks/blank-value';
import { explainError } from '../checks/explain';

import type { CronExpressionParser } from 'cron-parser';
import type { parseCron } from '../review/cron';

export interface CronTools {
  parseCron: typeof parseCron;
  parser: typeof CronExpressionParser;
}

let loading: Promise<CronTools> | undefined;
let loaded: CronTools | undefined;

/** Loads the cron libraries once; later calls share the same promise. */
export function loadCronTools(): Promise<CronTools> {
  // cron-parser comes through review/cron's static import: a dynamic import of the CommonJS
  // package in the split bundle did not expose CronExpressionParser, so no fire times showed.
  loading ??= import('../review/cron').then((review) => {
    loaded = { parseCron: review.parseCron, parser: review.CronExpressionParser };
    return loaded;
  });
  return loading;
}

/** The tools if already loaded (lets a view skip its "loading…" frame on a second visit). */
export function cronToolsIfLoaded(): CronTools | undefined {
  return loaded;
}

export type CronInsight =
  | { state: 'empty' }
  | { state: 'invalid'; input: string; message: string }
  | {
      state: 'valid';
      input: string;
      /** 'quartz' when 6-7 fields were typed (the lab asks for the 5-field form). */
      flavor: 'unix' | 'quartz';
      /** In words (cronstrue). */
      description: string;
      /** What a Databricks schedule's quartz_cron_expression would hold, or null if Quartz cannot say it. */
      quartz: string | null;
      /** Why `quartz` is null, or a remark about the conversion. */
      quartzNote: string | null;
      /** The next fire times after `currentDate`. */
      next: Date[];
      /** Remarks worth knowing (non-standard syntax, the lab's 5-field format). */
      notes: string[];
    };

export interface InsightOptions {
  /** Fire times are computed after this instant. */
  currentDate: Date;
  /**
   * IANA time zone the schedule runs in (a Databricks schedule's timezone_id). Default: the
   * machine's own zone.
   */
  timeZone?: string;
  /** How many fire times (default 3). */
  count?: number;
}

/** Is this blank a CRON expression? Decided from the lesson data, not the task number. */
export function isCronBlank(blank: { id: string; label: string }): boolean {
  return /(^|[._])cron/i.test(blank.id) || /^cron_/i.test(blank.label);
}

export function cronBlankIndices(task: PracticeTask): number[] {
  return task.blanks.flatMap((b, i) => (isCronBlank(b) ? [i] : []));
}

/**
 * Whether the CRON helper needs its libraries (cron-parser, cronstrue): once a CRON blank holds
 * text. Until then the task opens without loading them, nor the ICU date data cron-parser's
 * luxon maps on its first use (about 8 MiB).
 */
export function cronToolsWanted(task: PracticeTask, answers: readonly string[]): boolean {
  return task.blanks.some((b, i) => isCronBlank(b) && (answers[i] ?? '').trim() !== '');
}

/**
 * The text a CRON blank gives Python: the blank is read by the interpreter (escapes, stray quotes),
 * so the helper describes the same string the notebook compares, or the engine's own words for
 * why the cell does not run.
 */
export function cronBlankText(task: PracticeTask, index: number, typed: string): { ok: true; text: string } | { ok: false; message: string } {
  const blank = task.blanks[index];
  if (!blank || typed.trim() === '') return { ok: true, text: typed };
  const value = readBlankValue(task, index, typed, blank.label);
  if (value.state === 'empty') return { ok: true, text: typed };
  if (value.state === 'error') {
    const answers = task.blanks.map((b) => b.answer);
    answers[index] = typed;
    return { ok: false, message: `${value.errorType}: ${explainError(value.errorType, value.message, { task, answers, blank: index })}` };
  }
  if (value.type !== 'str') return { ok: false, message: `${blank.label} is ${value.repr} (${value.type}), not a CRON text.` };
  return { ok: true, text: value.text ?? typed };
}

export function cronInsight(tools: CronTools, text: string, options: InsightOptions): CronInsight {
  const input = text.trim();
  if (input === '') return { state: 'empty' };
  const parsed = tools.parseCron(input);
  if (!parsed.ok) {
    const fields = input.split(/\s+/).length;
    // Six fields is more often one too many than deliberate Quartz: say what the lab expects first.
    const message =
      parsed.flavor === 'quartz'
        ? `This has ${fields} fields; the lab's format has 5 (minute hour day_of_month month day_of_week). Read as Quartz, ${parsed.message.replace(/^Not valid Quartz: /, '')}`
        : parsed.message;
    return { state: 'invalid', input, message };
  }

  let next: Date[] = [];
  try {
    const expression = tools.parser.parse(parsed.normalized, {
      currentDate: options.currentDate,
      ...(options.timeZone === undefined ? {} : { tz: options.timeZone }),
    });
    next = expression.take(options.count ?? 3).map((d) => d.toDate());
  } catch {
    // A schedule that never fires again (cannot happen without a year field) shows no times.
  }

  const notes: string[] = [];
  if (parsed.flavor === 'quartz') {
    notes.push(
      parsed.unix !== null
        ? `That is Quartz (Databricks) syntax. The lab asks for the standard 5-field form: \`${parsed.unix}\`.`
        : 'That is Quartz (Databricks) syntax with a seconds value; the lab asks for the standard 5-field form.',
    );
  } else {
    notes.push(...parsed.notes);
  }

  return {
    state: 'valid',
    input: parsed.input,
    flavor: parsed.flavor,
    description: parsed.description,
    quartz: parsed.quartz,
    quartzNote:
      parsed.quartz === null
        ? 'Quartz cannot say this: it needs `?` in day-of-month or day-of-week, while standard cron fires when either matches.'
        : null,
    next,
    notes,
  };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/**
 * `Mon 24 Nov 06:00` in the schedule's time zone; without one, in the machine's own zone, read
 * from Date's local fields. Only a named zone needs Intl: its first DateTimeFormat maps ICU's
 * date data, about 8 MiB of memory, which the machine's own zone does not need.
 */
export function formatFireTime(date: Date, timeZone?: string): string {
  if (timeZone === undefined) {
    return `${WEEKDAYS[date.getDay()]} ${two(date.getDate())} ${MONTHS[date.getMonth()]} ${two(date.getHours())}:${two(date.getMinutes())}`;
  }
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('hour')}:${get('minute')}`;
}

/** How fire times name their zone: the zone given, else `local time, UTC+01:00` (the offset at `at`). */
export function zoneLabel(timeZone: string | undefined, at: Date): string {
  if (timeZone !== undefined) return timeZone;
  const east = -at.getTimezoneOffset();
  const sign = east < 0 ? '-' : '+';
  const abs = Math.abs(east);
  return `local time, UTC${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/**
 * Insights keyed by what they depend on, so a key stroke re-parses only the blank being typed
 * in (a parse with its description and fire times is about a millisecond). The fire times move
 * on with the clock, so the key holds the minute.
 */
export class CronInsightCache {
  private readonly entries = new Map<string, CronInsight>();

  constructor(private readonly limit = 64) {}

  get(tools: CronTools, text: string, options: InsightOptions): CronInsight {
    const minute = Math.floor(options.currentDate.getTime() / 60_000);
    const key = `${minute}|${options.timeZone ?? ''}|${options.count ?? 3}|${text}`;
    const hit = this.entries.get(key);
    if (hit) return hit;
    const insight = cronInsight(tools, text, options);
    if (this.entries.size >= this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, insight);
    return insight;
  }
}
