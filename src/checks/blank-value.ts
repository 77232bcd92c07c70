// The value a blank gives, read by the interpreter that judges it, so a live helper never calls a
// valid Python value invalid (`None` is a value, not a name that needs quotes). The blank is read
// on its own: the TODO cell runs with this blank's text and the reference answer in every other
// blank, so a mistake elsewhere does not hide what this blank means.
import type { PracticeTask } from '../lessons/types';
import { fillBlanks } from './engine';
import { valueAfter } from './python/index';
import { pyRepr, setItems } from './python/objects';
import { PyList, PySet, PyTuple, type PyVal, typeName } from './python/values';

export type BlankValue =
  | { state: 'empty' }
  | {
      state: 'error';
      errorType: string;
      message: string;
      /** A syntax error at the end of the text: the learner is probably still typing. */
      incomplete: boolean;
    }
  | {
      state: 'value';
      /** Python's type name: list, str, NoneType… */
      type: string;
      repr: string;
      /** The str itself, when the value is a str. */
      text: string | null;
      /** For a list, tuple or set: its items, each as a string or null when the item is not a str. */
      items: Array<string | null> | null;
      /** For items that are not strings: their reprs, in order. */
      others: string[];
    };

/**
 * The value of `expression` (e.g. `task_dependencies["ingest"]`) after the TODO cell runs with
 * `typed` in blank `index`.
 */
export function readBlankValue(task: PracticeTask, index: number, typed: string, expression: string, now = new Date(0)): BlankValue {
  if (typed.trim() === '') return { state: 'empty' };
  const answers = task.blanks.map((b) => b.answer);
  answers[index] = typed;
  let cell: string;
  try {
    cell = fillBlanks(task.todoCell, answers);
  } catch {
    return { state: 'empty' };
  }
  const read = valueAfter([cell], expression, { now });
  if (!read.ok) {
    const { type, message } = read.error;
    const incomplete =
      type === 'SyntaxError' && (/was never closed|unterminated|unexpected EOF/.test(message) || /^'\[' /.test(message));
    return { state: 'error', errorType: type, message, incomplete };
  }
  return describe(read.value);
}

function describe(v: PyVal): BlankValue {
  const items = v instanceof PyList || v instanceof PyTuple ? v.items : v instanceof PySet ? setItems(v) : null;
  const others: string[] = [];
  const strings = items?.map((x) => {
    if (typeof x === 'string') return x;
    others.push(safeRepr(x));
    return null;
  });
  const text = typeof v === 'string' ? v : null;
  return { state: 'value', type: typeName(v), repr: safeRepr(v), text, items: strings ?? null, others };
}

function safeRepr(v: PyVal): string {
  try {
    return pyRepr(v);
  } catch {
    return `<${typeName(v)}>`;
  }
}
