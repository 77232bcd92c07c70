// Turns Python's error into what a learner should understand and do. Python's own words stay
// available beside it (Verdict.pythonMessage); this adds the why in the lab's terms. The advice is
// data (ADVICE): each rule names the error and the blank kinds it fits, so the table of
// (answer -> advice) tests reads like the rules themselves.
import type { BlankKind, PracticeTask } from '../lessons/types';
import { suggestName } from './suggest';

export interface ExplainContext {
  task: PracticeTask;
  answers: readonly string[];
  /** Index of the blank the error is blamed on, when the engine can tell. */
  blank: number | null;
  /** Names the cells had defined when the error was raised (for "did you mean"). */
  names?: readonly string[];
  /** Builtin names, searched after `names` the way CPython's traceback does. */
  builtins?: readonly string[];
}

/** What a rule sees: the error, the blank it is blamed on and what was typed there. */
export interface Facts {
  type: string;
  message: string;
  /** ` (blank 2: first_task)`, or '' when no blank is known. */
  at: string;
  kind: BlankKind | null;
  /** The text typed in the blamed blank (null when no blank is known). */
  typed: string | null;
  /** The quote character the cell puts around the blamed blank, if any. */
  quote: '"' | "'" | null;
  /** For NameError: the undefined name. */
  name: string | null;
  /** For NameError: CPython's suggestion. */
  suggestion: string | null;
}

export interface AdviceRule {
  /** Python exception classes the rule fits. */
  errors: readonly string[];
  /** Blank kinds it fits; 'any' also fits errors no blank is blamed for. */
  kinds: readonly BlankKind[] | 'any';
  advice: (f: Facts) => string | null;
}

/** The placeholder the TODO cell holds in place of each answer (engine.ts BLANK). */
const BLANK_TEXT = '______';

const CODE_KINDS: readonly BlankKind[] = ['int', 'bool', 'list', 'list-items', 'expression'];
const SYNTAX = ['SyntaxError', 'IndentationError', 'TabError'];

/** First rule that fits and returns advice wins; order is from most to least specific. */
export const ADVICE: readonly AdviceRule[] = [
  {
    errors: ['NameError'],
    kinds: 'any',
    advice: (f) => (f.name === BLANK_TEXT ? `A blank is still empty${f.at}: replace ______ with your answer.` : null),
  },
  {
    errors: ['NameError'],
    kinds: 'any',
    advice: (f) => {
      const lower = f.name?.toLowerCase();
      if (lower !== 'true' && lower !== 'false' && lower !== 'none') return null;
      const fixed = lower === 'none' ? 'None' : lower[0]!.toUpperCase() + lower.slice(1);
      return `${f.name} is not a Python name${f.at}: Python writes it ${fixed}, with a capital letter.`;
    },
  },
  {
    errors: ['NameError'],
    kinds: 'any',
    advice: (f) => (f.suggestion ? `${f.name} is not defined${f.at}: did you mean \`${f.suggestion}\`?` : null),
  },
  {
    errors: ['NameError', ...SYNTAX],
    kinds: ['int'],
    advice: (f) =>
      f.typed !== null && /[A-Za-z]/.test(f.typed) && !/^\s*-?\d/.test(f.typed)
        ? `This blank takes a number${f.at}: type it in digits, without quotes (Python reads a word as a variable name).`
        : null,
  },
  {
    errors: ['NameError'],
    kinds: ['bool'],
    advice: (f) => `This blank takes True or False${f.at}: ${f.name} is not a Python value.`,
  },
  {
    errors: ['NameError'],
    kinds: ['list'],
    advice: (f) =>
      f.typed?.trim().startsWith('[')
        ? null
        : `This blank takes a list${f.at}: square brackets around task names in quotes, like ["${f.name}"], or [] for none.`,
  },
  {
    errors: SYNTAX,
    kinds: ['string', 'sql-text'],
    advice: (f) =>
      f.typed !== null && f.quote !== null && f.typed.includes(f.quote)
        ? `The quotes are already there${f.at}: type the ${/\s/.test(f.typed.trim()) ? 'text' : 'word'} only. A ${f.quote} typed inside the cell's quotes ends the string early.`
        : null,
  },
  {
    errors: ['NameError'],
    kinds: 'any',
    advice: (f) =>
      f.name === null
        ? null
        : `${f.name} is not defined${f.at}: text needs quotes in Python — type "${f.name}" (with the quotes) if you meant the string.`,
  },
  {
    errors: ['KeyError'],
    kinds: CODE_KINDS,
    advice: (f) => {
      const typed = f.typed?.trim() ?? '';
      if (!/^[A-Za-z_]\w*$/.test(typed) || f.message === `'${typed}'`) return null;
      return `The dictionary has no key ${f.message}${f.at}: ${typed} is a variable, so its value ${f.message} was looked up. A key written as text needs quotes: "${typed}".`;
    },
  },
];

function where(ctx: ExplainContext): string {
  if (ctx.blank === null) return '';
  const blank = ctx.task.blanks[ctx.blank];
  return blank ? ` (blank ${ctx.blank + 1}: ${blank.label})` : ` (blank ${ctx.blank + 1})`;
}

/** The quote character written right before the blank in the TODO cell, if any. */
function quoteAround(task: PracticeTask, blank: number): '"' | "'" | null {
  let quotes = quoteCache.get(task);
  if (quotes === undefined) {
    // Once per task: the text before each blank ends with the quote the cell puts around it.
    quotes = task.todoCell.split(BLANK_TEXT).map((before) => {
      const c = before[before.length - 1];
      return c === '"' || c === "'" ? c : null;
    });
    quoteCache.set(task, quotes);
  }
  return quotes[blank] ?? null;
}
const quoteCache = new WeakMap<PracticeTask, Array<'"' | "'" | null>>();

/**
 * CPython's suggestion for `name` among `names`, then `builtins`. Remembered: a class's batch makes
 * the same typo beside the same names many times, and the search measures every candidate.
 */
function suggestionFor(name: string, names: readonly string[], builtins: readonly string[]): string | null {
  let memo = suggestions.get(builtins);
  if (memo === undefined) {
    memo = new Map();
    suggestions.set(builtins, memo);
  }
  // Python names hold no NUL, and the wrong name comes first: one key per (name, names).
  const key = name + '\0' + names.join('\0');
  let found = memo.get(key);
  if (found === undefined) {
    found = suggestName(name, [...names, ...builtins]);
    if (memo.size >= MAX_SUGGESTIONS) memo.clear();
    memo.set(key, found);
  }
  return found;
}

const MAX_SUGGESTIONS = 1024;
const NO_NAMES: readonly string[] = [];
const suggestions = new WeakMap<readonly string[], Map<string, string | null>>();

export function factsFor(type: string, message: string, ctx: ExplainContext): Facts {
  const blank = ctx.blank === null ? undefined : ctx.task.blanks[ctx.blank];
  const name = type === 'NameError' ? (/name '([^']*)' is not defined/.exec(message)?.[1] ?? null) : null;
  return {
    type,
    message,
    at: where(ctx),
    kind: blank?.kind ?? null,
    typed: ctx.blank === null ? null : (ctx.answers[ctx.blank] ?? null),
    quote: ctx.blank === null ? null : quoteAround(ctx.task, ctx.blank),
    name,
    suggestion: name === null || name === BLANK_TEXT ? null : suggestionFor(name, ctx.names ?? NO_NAMES, ctx.builtins ?? NO_NAMES),
  };
}

export function explainError(type: string, message: string, ctx: ExplainContext): string {
  const f = factsFor(type, message, ctx);
  for (const rule of ADVICE) {
    if (!rule.errors.includes(type)) continue;
    if (rule.kinds !== 'any' && (f.kind === null || !rule.kinds.includes(f.kind))) continue;
    const advice = rule.advice(f);
    if (advice !== null) return advice;
  }
  return fallback(type, message, f.at);
}

function fallback(type: string, message: string, at: string): string {
  switch (type) {
    case 'NameError':
      return `Python does not know a name used here${at}: ${message}.`;
    case 'SyntaxError':
    case 'IndentationError':
    case 'TabError':
      return explainSyntax(type, message, at);
    case 'TypeError':
      if (message.includes("'<' not supported between")) {
        return `sorted() cannot order these values${at}: ${message}. Use values of one type (all strings).`;
      }
      if (message.includes('unhashable type')) return `That value cannot be a dictionary key or set member${at}: ${message}.`;
      if (message.includes('not subscriptable')) return `Square brackets need a dict, list or string${at}: ${message}.`;
      if (message.includes('not callable')) return `Something that is not a function was called with ( )${at}: ${message}.`;
      if (message.includes('not iterable')) return `A value that is not a list was used as one${at}: ${message}.`;
      return `The types do not fit together${at}: ${message}.`;
    case 'KeyError':
      return `The dictionary has no key ${message}${at}. Check the spelling and the quotes of the key.`;
    case 'IndexError':
      return `That position does not exist${at}: ${message}.`;
    case 'ZeroDivisionError':
      return `Division by zero${at}: ${message}.`;
    case 'ValueError':
      return `A value has the right type but the wrong content${at}: ${message}.`;
    case 'AttributeError':
      return `That value has no such method or attribute${at}: ${message}.`;
    case 'MemoryError':
      return `That value would be far too large to build${at}. Type a smaller one.`;
    case 'OverflowError':
      return `That number is too large${at}: ${message}.`;
    case 'RecursionError':
    case 'RuntimeError':
      return `The cell could not finish${at}: ${message}.`;
    case 'NotSupportedError':
      return `This trainer runs a subset of Python and cannot run this${at}: ${message}. The notebook may accept it; a plain value is all the blank needs.`;
    default:
      return `${type}${at}: ${message}`;
  }
}

function explainSyntax(type: string, message: string, at: string): string {
  if (type === 'IndentationError') {
    return `The indentation is off${at}: ${message}. A blank holds one expression on one line.`;
  }
  if (message.startsWith('unterminated string literal') || message.startsWith('unterminated triple-quoted string')) {
    return `A string is not closed${at}: ${message}. A quote typed inside quotes ends the string early.`;
  }
  if (message.startsWith('leading zeros in decimal integer literals')) {
    return `Python does not allow a number to start with 0${at}: write 3, not 03.`;
  }
  if (message.includes('was never closed') || message.startsWith('unmatched') || message.startsWith('closing parenthesis')) {
    return `Brackets do not match${at}: ${message}.`;
  }
  if (message.includes('invalid syntax') || message.startsWith('expected')) {
    return `Python cannot read this line${at}: ${message}. Is a blank empty, or does it hold words without quotes?`;
  }
  return `Python cannot read this${at}: ${message}.`;
}
