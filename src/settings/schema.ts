// The learner's preferences as data: each setting's key (kebab-case, as the CLI and the Settings
// screen name it), its default, one line on what it does, what values it takes, how text typed
// for it becomes a value, and the JSON schema conf validates the file with. Pure: no conf, no I/O,
// so `config` can refuse a bad value and the app can read the file without loading conf.

import { isAbsolute, resolve } from 'node:path';
import { examDateProblem, MAX_NEW_PER_DAY, MAX_SESSION_SIZE } from '../review/settings';

export type ColorChoice = 'auto' | 'always' | 'never';

export interface Settings {
  'learner-name': string | null;
  'exam-date': string | null;
  'desired-retention': number;
  'new-cards-per-day': number;
  'session-size': number;
  'drill-out': string | null;
  'time-zone': string | null;
  color: ColorChoice;
  ascii: boolean;
  'confirm-reset': boolean;
}

export type SettingKey = keyof Settings;

export const RETENTION_SETTING = { min: 0.7, max: 0.97 } as const;
export const MAX_LEARNER_NAME = 60;
const MAX_PATH = 4096;

type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface SettingDef<K extends SettingKey> {
  key: K;
  /** 'choice': picked from `choices` (the Settings screen cycles them); 'text': typed. */
  kind: 'text' | 'choice';
  choices?: readonly string[];
  default: Settings[K];
  /** How the default reads where no value is set ("none", "the machine's"). */
  defaultText: string;
  /** One line on what the setting does. */
  help: string;
  /** What it takes, for the one-line refusal of a bad value. */
  allowed: string;
  /** Text typed by the learner → value; `cwd` resolves a relative folder. */
  parse(text: string, context: ParseContext): Parsed<Settings[K]>;
  /** Whether a value read from the file is one this setting can hold. */
  accepts(value: unknown): value is Settings[K];
  /** conf's JSON schema for the key (the default is documented there too). */
  schema: Record<string, unknown>;
}

export interface ParseContext {
  cwd: string;
  /** Whether an IANA time zone exists; only called for a zone being set. */
  zoneExists?: (zone: string) => string | null;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const ZONE_SHAPE = /^[A-Za-z][\w+-]*(\/[\w+-]+){0,2}$/;
const BOOL = ['true', 'false'] as const;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = <T>(problem: string): Parsed<T> => ({ ok: false, problem });

function wholeNumber(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!/^\d{1,6}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

function boolSetting<K extends 'ascii' | 'confirm-reset'>(key: K, help: string, fallback: boolean): SettingDef<K> {
  return {
    key,
    kind: 'choice',
    choices: BOOL,
    default: fallback,
    defaultText: String(fallback),
    help,
    allowed: 'true or false',
    parse: (text) => {
      const t = text.trim().toLowerCase();
      return t === 'true' ? ok(true) : t === 'false' ? ok(false) : no('');
    },
    accepts: (v): v is boolean => typeof v === 'boolean',
    schema: { type: 'boolean', default: fallback },
  } as SettingDef<K>;
}

/** The machine's zone as Intl names it; only asked for when a zone is set or shown. */
export function zoneProblem(zone: string): string | null {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return null;
  } catch {
    return 'this machine knows no such time zone';
  }
}

export const SETTING_DEFS: { [K in SettingKey]: SettingDef<K> } = {
  'learner-name': {
    key: 'learner-name',
    kind: 'text',
    default: null,
    defaultText: 'none',
    help: "Your name: fills in the workshop's name (step 2) and the drill's --name.",
    allowed: `a name of 1 to ${MAX_LEARNER_NAME} characters`,
    parse: (text) => {
      const name = text.trim().replace(/\s+/g, ' ');
      if (name === '') return no('it is empty');
      if (name.length > MAX_LEARNER_NAME) return no(`it is longer than ${MAX_LEARNER_NAME} characters`);
      if (CONTROL.test(name)) return no('it has control characters');
      return ok(name);
    },
    accepts: (v): v is string => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_LEARNER_NAME && !CONTROL.test(v),
    schema: { type: 'string', minLength: 1, maxLength: MAX_LEARNER_NAME },
  },
  'exam-date': {
    key: 'exam-date',
    kind: 'text',
    default: null,
    defaultText: 'none',
    help: 'The day of your exam (YYYY-MM-DD): review never schedules a card past it.',
    allowed: 'a date YYYY-MM-DD',
    parse: (text) => {
      const problem = examDateProblem(text);
      return problem === null ? ok(text.trim()) : no(/^exam date must be/.test(problem) ? '' : problem);
    },
    accepts: (v): v is string => typeof v === 'string' && examDateProblem(v) === null && v === v.trim(),
    schema: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
  },
  'desired-retention': {
    key: 'desired-retention',
    kind: 'text',
    default: 0.9,
    defaultText: '0.90',
    help: 'How likely you still know a card when review brings it back (higher: more reviews).',
    allowed: `a number from ${RETENTION_SETTING.min.toFixed(2)} to ${RETENTION_SETTING.max.toFixed(2)}`,
    parse: (text) => {
      const t = text.trim();
      const n = Number(t);
      if (!/^(0?\.\d+|0|1)$/.test(t) || n < RETENTION_SETTING.min || n > RETENTION_SETTING.max) return no('');
      return ok(n);
    },
    accepts: (v): v is number => typeof v === 'number' && v >= RETENTION_SETTING.min && v <= RETENTION_SETTING.max,
    schema: { type: 'number', minimum: RETENTION_SETTING.min, maximum: RETENTION_SETTING.max, default: 0.9 },
  },
  'new-cards-per-day': {
    key: 'new-cards-per-day',
    kind: 'text',
    default: 20,
    defaultText: '20',
    help: 'How many never-seen review cards a day may bring in.',
    allowed: `a whole number from 0 to ${MAX_NEW_PER_DAY}`,
    parse: (text) => {
      const n = wholeNumber(text, 0, MAX_NEW_PER_DAY);
      return n === undefined ? no('') : ok(n);
    },
    accepts: (v): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_NEW_PER_DAY,
    schema: { type: 'integer', minimum: 0, maximum: MAX_NEW_PER_DAY, default: 20 },
  },
  'session-size': {
    key: 'session-size',
    kind: 'text',
    default: 10,
    defaultText: '10',
    help: 'How many cards a review session starts with (review --cards overrides it).',
    allowed: `a whole number from 1 to ${MAX_SESSION_SIZE}`,
    parse: (text) => {
      const n = wholeNumber(text, 1, MAX_SESSION_SIZE);
      return n === undefined ? no('') : ok(n);
    },
    accepts: (v): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_SESSION_SIZE,
    schema: { type: 'integer', minimum: 1, maximum: MAX_SESSION_SIZE, default: 10 },
  },
  'drill-out': {
    key: 'drill-out',
    kind: 'text',
    default: null,
    defaultText: '<data folder>/drills',
    help: 'The folder drill result files go to (drill --out overrides it).',
    allowed: 'a folder path (a relative one is taken from the current folder)',
    parse: (text, context) => {
      const t = text.trim();
      if (t === '') return no('it is empty');
      if (t.length > MAX_PATH || CONTROL.test(t)) return no('');
      return ok(isAbsolute(t) ? resolve(t) : resolve(context.cwd, t));
    },
    accepts: (v): v is string => typeof v === 'string' && isAbsolute(v) && v.length <= MAX_PATH && !CONTROL.test(v),
    schema: { type: 'string', minLength: 1 },
  },
  'time-zone': {
    key: 'time-zone',
    kind: 'text',
    default: null,
    defaultText: "the machine's",
    help: "The time zone of the CRON helper's next fire times (IANA name, e.g. Europe/Paris).",
    allowed: 'an IANA time zone such as Europe/Paris or UTC',
    parse: (text, context) => {
      const t = text.trim();
      if (!ZONE_SHAPE.test(t)) return no('');
      const problem = (context.zoneExists ?? zoneProblem)(t);
      return problem === null ? ok(t) : no(problem);
    },
    accepts: (v): v is string => typeof v === 'string' && ZONE_SHAPE.test(v),
    schema: { type: 'string', pattern: ZONE_SHAPE.source },
  },
  color: {
    key: 'color',
    kind: 'choice',
    choices: ['auto', 'always', 'never'],
    default: 'auto',
    defaultText: 'auto',
    help: 'Colours: auto (when the terminal has them), always, never. --no-color and NO_COLOR win.',
    allowed: 'auto, always or never',
    parse: (text) => {
      const t = text.trim().toLowerCase();
      return t === 'auto' || t === 'always' || t === 'never' ? ok(t) : no('');
    },
    accepts: (v): v is ColorChoice => v === 'auto' || v === 'always' || v === 'never',
    schema: { type: 'string', enum: ['auto', 'always', 'never'], default: 'auto' },
  },
  ascii: boolSetting('ascii', 'Draw with ASCII only (no box-drawing or symbols), for fonts without them.', false),
  'confirm-reset': boolSetting('confirm-reset', "Whether `reset` asks before wiping your progress (false: it does not ask).", true),
};

export const SETTING_KEYS = Object.keys(SETTING_DEFS) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFS[k].default])) as unknown as Settings;

export function isSettingKey(key: string): key is SettingKey {
  return Object.prototype.hasOwnProperty.call(SETTING_DEFS, key);
}

/** The one-line refusal of an unknown key. */
export function unknownKeyMessage(key: string): string {
  return `unknown setting '${key}'; settings: ${SETTING_KEYS.join(', ')}`;
}

/** Typed text → value, or the one-line refusal naming what the setting takes. */
export function parseSetting<K extends SettingKey>(key: K, text: string, context: ParseContext): Parsed<Settings[K]> {
  const def = SETTING_DEFS[key] as SettingDef<K>;
  const parsed = def.parse(text, context);
  if (parsed.ok) return parsed;
  const detail = parsed.problem === '' ? '' : ` (${parsed.problem})`;
  return { ok: false, problem: `${key} takes ${def.allowed}, got '${text}'${detail}` };
}

/** A value as `config get` prints it and the Settings screen shows it ('' for none). */
export function formatSetting<K extends SettingKey>(key: K, value: Settings[K]): string {
  if (value === null) return '';
  if (key === 'desired-retention') return (value as number).toFixed(2);
  return String(value);
}

/** The values of `raw` (a settings file's object) this app knows; the rest are kept by conf. */
export function knownValues(raw: Record<string, unknown>): { values: Partial<Settings>; bad: SettingKey[] } {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const bad: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(raw, key)) continue;
    const value = raw[key];
    if ((SETTING_DEFS[key] as SettingDef<SettingKey>).accepts(value)) values[key] = value;
    else bad.push(key);
  }
  return { values: values as Partial<Settings>, bad };
}

/** conf's `schema` option: every key with its type, bounds and default. */
export function confSchema(): Record<SettingKey, Record<string, unknown>> {
  return Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFS[k].schema])) as Record<SettingKey, Record<string, unknown>>;
}
