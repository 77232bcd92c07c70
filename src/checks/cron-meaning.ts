// Whether two CRON texts mean the same schedule. The notebook compares CRON text exactly, so this
// never changes a verdict; it only lets the trainer say "same schedule, different text". Accepts
// 5-field Unix cron and Quartz's 6/7-field form (seconds first, `?`, day-of-week 1-7 = SUN-SAT),
// which Databricks schedules use. Anything it does not fully understand (L, W, #, odd ranges) is
// "not known to be the same": silence is allowed, a wrong "same" is not.

interface Schedule {
  seconds: string;
  minutes: string;
  hours: string;
  /** Whether the schedule fires on a (month, day of month, day of week) combination. */
  fires: (month: number, dom: number, dow: number) => boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** True when both texts parse and fire at exactly the same instants (and the texts differ). */
export function sameCronSchedule(a: string, b: string): boolean {
  if (a === b) return false;
  // Remembered: every failed string comparison of a batch asks, often about the same two texts,
  // and comparing two schedules walks all 2,604 day combinations.
  const key = `${a.length}:${a}${b}`;
  let same = sameMemo.get(key);
  if (same === undefined) {
    const sa = parseSchedule(a);
    const sb = parseSchedule(b);
    same = sa !== null && sb !== null && sa.seconds === sb.seconds && sa.minutes === sb.minutes && sa.hours === sb.hours && sameDays(sa, sb);
    if (sameMemo.size >= 1024) sameMemo.clear();
    sameMemo.set(key, same);
  }
  return same;
}

const sameMemo = new Map<string, boolean>();

/** Every (month, day of month, day of week) combination: fired on by both or by neither. */
function sameDays(a: Schedule, b: Schedule): boolean {
  for (let m = 1; m <= 12; m++) {
    for (let d = 1; d <= 31; d++) {
      for (let w = 0; w <= 6; w++) if (a.fires(m, d, w) !== b.fires(m, d, w)) return false;
    }
  }
  return true;
}

export function parseSchedule(text: string): Schedule | null {
  const fields = text.trim().split(/\s+/);
  if (fields.length === 5) return unix(fields);
  if (fields.length === 6 || fields.length === 7) return quartz(fields);
  return null;
}

function unix(f: string[]): Schedule | null {
  const [mi, h, dom, mon, dow] = f as [string, string, string, string, string];
  const minutes = field(mi, 0, 59, null);
  const hours = field(h, 0, 23, null);
  const doms = field(dom, 1, 31, null);
  const months = field(mon, 1, 12, MONTHS, 1);
  // 7 is Sunday as well as 0.
  const dows = field(dow, 0, 7, DAYS, 0);
  if (!minutes || !hours || !doms || !months || !dows) return null;
  if (dows.has(7)) dows.add(0);
  dows.delete(7);
  // Vixie cron: when either day field starts with `*` both must match; otherwise either may.
  const either = !dom.startsWith('*') && !dow.startsWith('*');
  return { seconds: '0', minutes: key(minutes), hours: key(hours), fires: dayRule(months, doms, dows, either) };
}

function quartz(f: string[]): Schedule | null {
  const [s, mi, h, dom, mon, dow, year] = f as [string, string, string, string, string, string, string | undefined];
  if (year !== undefined && year !== '*') return null;
  const seconds = field(s, 0, 59, null);
  const minutes = field(mi, 0, 59, null);
  const hours = field(h, 0, 23, null);
  const months = field(mon, 1, 12, MONTHS, 1);
  if (!seconds || !minutes || !hours || !months) return null;
  // Quartz: exactly one of the two day fields is `?` (no specific value).
  let doms: Set<number> | null;
  let dows: Set<number> | null;
  if (dom === '?' && dow !== '?') {
    doms = field('*', 1, 31, null);
    // Quartz numbers days 1-7 from Sunday; names are the same names.
    const q = field(dow, 1, 7, DAYS, 1);
    dows = q ? new Set([...q].map((d) => d - 1)) : null;
  } else if (dow === '?' && dom !== '?') {
    doms = field(dom, 1, 31, null);
    dows = field('*', 0, 6, null);
  } else {
    return null;
  }
  if (!doms || !dows) return null;
  return { seconds: key(seconds), minutes: key(minutes), hours: key(hours), fires: dayRule(months, doms, dows, false) };
}

function dayRule(months: Set<number>, doms: Set<number>, dows: Set<number>, either: boolean): Schedule['fires'] {
  return (m, d, w) => months.has(m) && (either ? doms.has(d) || dows.has(w) : doms.has(d) && dows.has(w));
}

function key(s: Set<number>): string {
  return [...s].sort((x, y) => x - y).join(',');
}

/** The values a field allows, or null when it is not plain cron (names only where `names` given). */
function field(text: string, min: number, max: number, names: string[] | null, nameBase = 0): Set<number> | null {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return null;
    const [, range, stepText] = m as unknown as [string, string, string | undefined];
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!(step >= 1)) return null;
    let lo: number;
    let hi: number;
    if (range === '*') {
      lo = min;
      hi = max;
    } else {
      const [x, y] = range.split('-') as [string, string | undefined];
      const a = value(x, names, nameBase);
      const b = y === undefined ? (stepText === undefined ? a : max) : value(y, names, nameBase);
      if (a === null || b === null || a > b) return null;
      lo = a;
      hi = b;
    }
    if (lo < min || hi > max) return null;
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

function value(text: string, names: string[] | null, nameBase: number): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (!names) return null;
  const i = names.indexOf(text.toUpperCase());
  return i < 0 ? null : i + nameBase;
}
