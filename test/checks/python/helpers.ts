import { expect } from 'vitest';
import { type PyError, type RunOutcome, runCells } from '../../../src/checks/python/index';

/** The instant every test's datetime.now() starts at (read as local time). */
export const NOW = new Date(2026, 10, 23, 22, 30, 59, 123);

export function run(src: string | string[]): RunOutcome {
  return runCells(Array.isArray(src) ? src : [src], { now: NOW });
}

/** Runs and expects success; returns the printed lines. */
export function out(src: string | string[]): string[] {
  const r = run(src);
  expect(r.error, `unexpected error for ${JSON.stringify(src)}`).toBeNull();
  return r.output;
}

/** Runs a single print(...) of the expression and returns the printed line. */
export function show(expr: string): string {
  const lines = out(`print(${expr})`);
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

/** Runs and expects an error; returns it. */
export function err(src: string | string[]): PyError {
  const r = run(src);
  expect(r.error, `expected an error for ${JSON.stringify(src)}`).not.toBeNull();
  return r.error as PyError;
}

/** [type, message] of the error, for compact table tests. */
export function failure(src: string | string[]): [string, string] {
  const e = err(src);
  return [e.type, e.message];
}
