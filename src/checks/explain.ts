// Turns Python's error into what a learner should understand and do. Python's own words stay
// available beside it (Verdict.pythonMessage); this adds the why in the lab's terms.
import type { PracticeTask } from '../lessons/types';

export interface ExplainContext {
  task: PracticeTask;
  answers: readonly string[];
  /** Index of the blank whose text is on the failing line, when known. */
  blank: number | null;
}

function where(ctx: ExplainContext): string {
  if (ctx.blank === null) return '';
  const blank = ctx.task.blanks[ctx.blank];
  return blank ? ` (blank ${ctx.blank + 1}: ${blank.label})` : ` (blank ${ctx.blank + 1})`;
}

export function explainError(type: string, message: string, ctx: ExplainContext): string {
  const at = where(ctx);
  switch (type) {
    case 'NameError': {
      const name = /name '([^']*)' is not defined/.exec(message)?.[1];
      if (name === '______') return `A blank is still empty${at}: replace ______ with your answer.`;
      if (name !== undefined) {
        const lower = name.toLowerCase();
        if (lower === 'true' || lower === 'false' || lower === 'none') {
          const fixed = lower === 'none' ? 'None' : lower[0]!.toUpperCase() + lower.slice(1);
          return `${name} is not a Python name${at}: Python writes it ${fixed}, with a capital letter.`;
        }
        return `${name} is not defined${at}: text needs quotes in Python — type "${name}" (with the quotes) if you meant the string.`;
      }
      return `Python does not know a name used here${at}: ${message}.`;
    }
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
