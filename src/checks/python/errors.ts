// A Python exception travelling through the interpreter. It is deliberately not a JS Error:
// no stack capture (exceptions are part of normal control flow for wrong answers).
import type { Expr } from './ast';
import type { PyExcInstance, PyVal } from './values';

export class PyException {
  /** 1-based line within the running cell; filled in by the interpreter when known. */
  line: number | undefined;
  /** For a failed `assert`: its test and the values it compared (read after the run, never changed). */
  assertion?: { test: Expr; values: PyVal[] };
  /** The exception object, once one exists (raised by the learner's code or caught by `except`). */
  instance: PyExcInstance | undefined;
  /** The single argument when it differs from the message (KeyError's key). */
  args: PyVal | undefined;
  /** The trainer's own limits (step budget, refusals): `except` never catches these. */
  fatal = false;
  constructor(
    /** CPython class name, e.g. `TypeError`. */
    readonly type: string,
    /** str(exc) as CPython 3.11 gives it. */
    readonly message: string,
    line?: number,
  ) {
    this.line = line;
  }
}

export const typeError = (msg: string): PyException => new PyException('TypeError', msg);
export const valueError = (msg: string): PyException => new PyException('ValueError', msg);
export const indexError = (msg: string): PyException => new PyException('IndexError', msg);
export const overflowError = (msg: string): PyException => new PyException('OverflowError', msg);
export const zeroDivision = (msg: string): PyException => new PyException('ZeroDivisionError', msg);
export const attributeError = (msg: string): PyException => new PyException('AttributeError', msg);
export const memoryError = (): PyException => new PyException('MemoryError', '');
export const recursionError = (what: string): PyException =>
  new PyException('RecursionError', `maximum recursion depth exceeded${what}`);

/** Something real Python would run but this trainer deliberately does not. */
export function notSupported(what: string): PyException {
  const e = new PyException('NotSupportedError', `${what} is not supported by this trainer`);
  e.fatal = true;
  return e;
}
